// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "DisplayNumbers.h"

#include "model/catalog/ComponentSpec.h"
#include "model/evaluation/Evaluation.h"
#include "model/design/Project.h"

#include <QColor>
#include <QIcon>
#include <QString>

#include <optional>

namespace headroom::designer {

// The line under a node's label: "3 × m6i.large", "db.r6g.xlarge + 2 replicas, Multi-AZ", ...
// `result` adds what the model decided (the instances an Auto Scaling group runs).
QString keyConfiguration(const Component &component, const ComponentSpec &spec, const ComponentResult *result);

// Utilization colours: green below 60 %, amber below 85 %, red from 85 %, and a distinct
// dark red at saturation (100 % and over).
QColor utilizationColor(double utilization);

// The project's icon for a component type (resources/icons/<type>.svg), drawn for Headroom.
QIcon componentIcon(const std::string &type);
QColor categoryColor(Category category);

} // namespace headroom::designer

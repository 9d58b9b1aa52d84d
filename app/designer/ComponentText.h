// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

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

// "1.2k rps", "350 rps", "0.35 rps".
QString formatRate(double perSecond);
// "1,234,567" in the user's locale; "—" for a missing value.
QString formatCount(double value);
QString formatUsd(double usd);
QString formatPercent(double fraction, int decimals = 0);

// Utilization colours: green below 60 %, amber below 85 %, red from 85 %, and a distinct
// dark red at saturation (100 % and over).
QColor utilizationColor(double utilization);

// The project's icon for a component type (resources/icons/<type>.svg), drawn for Headroom.
QIcon componentIcon(const std::string &type);
QColor categoryColor(Category category);

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/compile/CompiledModel.h"
#include "model/cost/CostModel.h"
#include "model/evaluation/Evaluation.h"
#include "model/core/Expected.h"
#include "model/design/Project.h"

#include <optional>
#include <string>

namespace headroom {

// A design evaluated at one user count and priced with one book, through the same
// compileModel → evaluate → costOf as the designer, the CLI and the report. The advisor and
// the right-sizer compare designs only through this, so their figures never differ from
// what `headroom-cli evaluate` prints for the same file.
struct MeasuredDesign
{
    CompiledModel model;
    Evaluation evaluation;
    SystemCost cost;

    const ComponentResult *component(const std::string &id) const;
    int indexOf(const std::string &id) const;       // -1 when there is no such component
    const ComponentResult *bottleneck() const;      // nullptr when nothing carries load
    double highestUtilization() const;              // over every component
};

Expected<MeasuredDesign> measureDesign(const Project &project, double users, const PriceBook &book);

// The figures a finding reports for its design before and after the fix.
struct DesignFigures
{
    std::string componentId;               // whose utilization: the finding's, else the bottleneck
    std::string componentLabel;            // its displayName, for text
    double utilization = 0.0;
    std::optional<double> responseTimeMs;  // empty when the request path saturates
    std::optional<double> nines;           // empty when availability is 1
    double availability = 1.0;
    double monthlyUsd = 0.0;               // at the project's purchase option
    bool costComplete = true;
};

// Figures of `design`; `componentId` empty (or unknown) takes the bottleneck's utilization.
DesignFigures figuresOf(const MeasuredDesign &design, const std::string &componentId);

} // namespace headroom

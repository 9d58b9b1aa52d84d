// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/analysis/BottleneckSummary.h"
#include "model/compile/CompiledModel.h"
#include "model/cost/CostModel.h"
#include "model/evaluation/Evaluation.h"
#include "model/analysis/StageTable.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace headroom::designer {

// The figures of the whole system at one user count of a sweep, for the charts.
struct CurvePoint
{
    double users = 0.0;
    double monthlyUsd = 0.0;
    double availability = 1.0;
    std::optional<double> nines;
    std::optional<double> slaNines;              // the SLA floor's nines
    std::optional<double> responseTimeMs;
    std::vector<double> utilizationByComponent;  // parallel to DesignCurves::componentIds
};

// Sweeps of the design from 1 to 100 000 000 users, recomputed when the design changes (not
// when only the user count moves).
struct DesignCurves
{
    std::vector<std::string> componentIds;    // components with a capacity (not the entries)
    std::vector<std::string> componentLabels; // parallel to componentIds
    std::vector<CurvePoint> points;           // log-spaced, increasing users
    std::vector<StageRow> stages;             // the project's stages
};

// Everything the views show, computed by EvaluationController from one document state.
// Immutable once published; views hold it by shared_ptr and never write to it.
struct DesignResults
{
    double users = 0.0;
    std::optional<std::string> compileError;  // the model refused the design: nothing below is valid
    std::shared_ptr<const CompiledModel> model;  // what `evaluation` evaluated; null with compileError
    Evaluation evaluation;
    SystemCost cost;
    BottleneckSummary bottleneck;                // the component that breaks first, and how near
    std::shared_ptr<const DesignCurves> curves;  // shared between results of the same design
    // The design changed and its new curves are still being swept: `curves` are the previous
    // design's (or empty) until results with curvesPending false arrive.
    bool curvesPending = false;
    // The sweep's answer arriving: these results carry only `users`, `model`, `curves` and
    // `curvesPending`; the figures are those of the previous results, which views that do
    // not chart keep showing (EvaluationController::results() has both together).
    bool onlyCurvesChanged = false;

    const ComponentResult *component(const std::string &id) const
    {
        for (const ComponentResult &result : evaluation.components)
            if (result.id == id)
                return &result;
        return nullptr;
    }
    // The label of component `id` (ids stay keys; people read labels); `id` without a model.
    const std::string &labelOf(const std::string &id) const { return model ? model->labelOf(id) : id; }
    const ComponentCost *componentCost(const std::string &id) const
    {
        for (const ComponentCost &result : cost.components)
            if (result.id == id)
                return &result;
        return nullptr;
    }
};

using DesignResultsPtr = std::shared_ptr<const DesignResults>;

} // namespace headroom::designer

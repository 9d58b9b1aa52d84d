// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "CurveSweep.h"

#include "model/analysis/Sweep.h"
#include "model/evaluation/Evaluator.h"
#include "model/math/Availability.h"

namespace headroom::designer {

CurveSweepInput CurveSweepInput::of(std::shared_ptr<const CompiledModel> model, std::shared_ptr<const PriceBook> prices,
                                    const Project &project, int points)
{
    CurveSweepInput input;
    input.model = std::move(model);
    input.prices = std::move(prices);
    for (const Component &component : project.components) {
        input.componentIds.push_back(component.id);
        input.componentLabels.push_back(component.label);
    }
    input.stages = project.stages;
    input.purchaseOption = project.purchaseOption;
    input.points = points;
    return input;
}

void sweepCurves(QPromise<std::shared_ptr<const DesignCurves>> &promise, const CurveSweepInput &input)
{
    const CompiledModel &model = *input.model;
    auto curves = std::make_shared<DesignCurves>();
    std::vector<size_t> indices;
    for (size_t i = 0; i < model.nodes.size() && i < input.componentIds.size(); ++i)
        if (model.nodes[i].behaviour != Behaviour::Entry) {
            indices.push_back(i);
            curves->componentIds.push_back(input.componentIds[i]);
            curves->componentLabels.push_back(input.componentLabels[i]);
        }
    const MonthlyCost monthlyCost(model, *input.prices, input.purchaseOption);  // the total alone at each point
    Evaluation evaluation;
    for (double users : logSpacedUsers(1.0, 1e8, input.points)) {
        if (promise.isCanceled())
            return;
        evaluate(model, users, evaluation);  // into the same storage at every point
        CurvePoint point;
        point.users = users;
        point.monthlyUsd = monthlyCost.at(users);
        point.availability = evaluation.availability;
        point.nines = evaluation.nines;
        point.slaNines = ninesOf(1.0 - evaluation.slaAvailability);
        point.responseTimeMs = evaluation.responseTimeMs;
        for (size_t index : indices)
            point.utilizationByComponent.push_back(evaluation.components[index].utilization);
        curves->points.push_back(std::move(point));
    }
    if (promise.isCanceled())
        return;
    curves->stages = stageTable(model, input.stages, *input.prices, input.purchaseOption);
    promise.addResult(std::shared_ptr<const DesignCurves>(std::move(curves)));
}

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/analysis/DesignMeasure.h"

#include "model/evaluation/Evaluator.h"

#include <algorithm>

namespace headroom {

const ComponentResult *MeasuredDesign::component(const std::string &id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &evaluation.components[static_cast<size_t>(index)];
}

int MeasuredDesign::indexOf(const std::string &id) const
{
    for (size_t i = 0; i < evaluation.components.size(); ++i)
        if (evaluation.components[i].id == id)
            return static_cast<int>(i);
    return -1;
}

const ComponentResult *MeasuredDesign::bottleneck() const
{
    return evaluation.bottleneck.empty() ? nullptr : component(evaluation.bottleneck);
}

double MeasuredDesign::highestUtilization() const
{
    double highest = 0.0;
    for (const ComponentResult &result : evaluation.components)
        highest = std::max(highest, result.utilization);
    return highest;
}

Expected<MeasuredDesign> measureDesign(const Project &project, double users, const PriceBook &book)
{
    auto model = compileModel(project);
    if (!model)
        return model.error();
    MeasuredDesign design;
    design.model = std::move(model).value();
    design.evaluation = evaluate(design.model, users);
    design.cost = costOf(design.model, users, book, project.purchaseOption);
    return design;
}

DesignFigures figuresOf(const MeasuredDesign &design, const std::string &componentId)
{
    DesignFigures figures;
    const ComponentResult *focus = componentId.empty() ? nullptr : design.component(componentId);
    if (!focus)
        focus = design.bottleneck();
    if (focus) {
        figures.componentId = focus->id;
        figures.componentLabel = design.model.nodes[static_cast<size_t>(design.indexOf(focus->id))].label;
        figures.utilization = focus->utilization;
    }
    figures.responseTimeMs = design.evaluation.responseTimeMs;
    figures.nines = design.evaluation.nines;
    figures.availability = design.evaluation.availability;
    figures.monthlyUsd = design.cost.monthlyUsd;
    figures.costComplete = design.cost.complete;
    return figures;
}

} // namespace headroom

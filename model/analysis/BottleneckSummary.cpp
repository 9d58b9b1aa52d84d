// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/analysis/BottleneckSummary.h"

#include "model/core/NumberText.h"

namespace headroom {

BottleneckSummary bottleneckOf(const CompiledModel &model, const Evaluation &evaluation)
{
    BottleneckSummary summary;
    if (evaluation.bottleneck.empty())
        return summary;
    for (size_t i = 0; i < evaluation.components.size(); ++i) {
        const ComponentResult &result = evaluation.components[i];
        if (result.id != evaluation.bottleneck)
            continue;
        summary.exists = true;
        summary.componentId = result.id;
        summary.label = i < model.nodes.size() ? model.nodes[i].label : result.id;
        summary.dimension = result.limitingDimension;
        summary.utilization = result.utilization;
        summary.breaksAtUsers = result.usersAtSaturation;
        summary.shareOfBreakingPoint = !result.usersAtSaturation ? result.utilization
                                       : *result.usersAtSaturation > 0.0 ? evaluation.users / *result.usersAtSaturation
                                                                         : 1.0;
        summary.level = loadLevel(summary.shareOfBreakingPoint);
        break;
    }
    return summary;
}

std::string bottleneckSentence(const BottleneckSummary &summary)
{
    if (!summary.exists)
        return "nothing carries load";
    const std::string dimension = summary.dimension.empty() ? std::string("load") : summary.dimension;
    switch (summary.level) {
    case LoadLevel::Saturated:
        return summary.label + " is saturated (" + dimension + " at " + percentText(summary.utilization) + ")";
    case LoadLevel::NearLimit:
        return summary.label + " at " + percentText(summary.utilization) + " (" + dimension + ")"
               + (summary.breaksAtUsers ? ", breaks at " + breaksAtText(*summary.breaksAtUsers) : "");
    case LoadLevel::Watch:
    case LoadLevel::Comfortable:
        break;
    }
    if (summary.breaksAtUsers)
        return "nothing near its limit; " + summary.label + " breaks first, at " + breaksAtText(*summary.breaksAtUsers);
    return "nothing near its limit; busiest " + summary.label + " at " + percentText(summary.utilization) + " ("
           + dimension + ")";
}

} // namespace headroom

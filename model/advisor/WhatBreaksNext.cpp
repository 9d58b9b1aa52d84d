// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// "What breaks next": the first component to saturate and the fix that buys the most users
// per dollar (model/README.md, "Advisor and right-sizing").

#include "model/advisor/Advisor.h"

#include "model/advisor/CapacityFixes.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace headroom {

namespace {

// The component that saturates at the fewest users (the evaluation's bottleneck, so the
// advisor and every view name the same one), with the dimension that does it.
const ComponentResult *firstToSaturate(const Evaluation &evaluation, std::string &dimension)
{
    const ComponentResult *first = nullptr;
    for (const ComponentResult &result : evaluation.components)
        if (result.id == evaluation.bottleneck && result.usersAtSaturation)
            first = &result;
    if (first)
        for (const DimensionResult &d : first->dimensions)
            if (d.usersAtSaturation && *d.usersAtSaturation == *first->usersAtSaturation)
                dimension = d.name;
    return first;
}

// How much a candidate is worth: the users gained per added dollar; infinite when it costs
// nothing more; negative when it gains nothing.
double valueOf(const FixCandidate &candidate, double gained)
{
    if (!candidate.raisesBreakingPoint)
        return -1.0;
    if (candidate.costDeltaUsdPerMonth <= 0.005)
        return std::numeric_limits<double>::infinity();
    return gained / candidate.costDeltaUsdPerMonth;
}

} // namespace

WhatBreaksNext whatBreaksNext(const Project &project, double users, const PriceBook &book)
{
    WhatBreaksNext next;
    const auto design = measureDesign(project, users, book);
    if (!design)
        return next;
    const ComponentResult *first = firstToSaturate(design->evaluation, next.limitingDimension);
    if (!first)
        return next;
    next.componentId = first->id;
    next.componentLabel = design->model.nodes[static_cast<size_t>(design->indexOf(first->id))].label;
    next.breaksAtUsers = design->evaluation.breaksAtUsers;
    const double breaking = *first->usersAtSaturation;
    // Costs are compared where the fix is needed: at the user count where the component breaks.
    const SystemCost startCost = costOf(design->model, breaking, book, project.purchaseOption);

    double bestValue = -1.0, bestGain = 0.0;
    const auto fixes = stepFixes(project, *design, design->indexOf(first->id), book);
    for (const ProposedChange &fix : fixes) {
        const auto after = measureDesign(fix.changed, users, book);
        if (!after)
            continue;
        FixCandidate candidate;
        candidate.proposal = fix.proposal;
        candidate.changed = fix.changed;
        candidate.breaksAtUsers = after->evaluation.breaksAtUsers;
        candidate.costDeltaUsdPerMonth =
            costOf(after->model, breaking, book, project.purchaseOption).monthlyUsd - startCost.monthlyUsd;
        const double gained = candidate.breaksAtUsers
                                  ? *candidate.breaksAtUsers - next.breaksAtUsers.value_or(breaking)
                                  : std::numeric_limits<double>::infinity();
        candidate.raisesBreakingPoint = gained > 1e-9 * std::max(1.0, breaking);
        if (candidate.raisesBreakingPoint && candidate.costDeltaUsdPerMonth > 0.005 && std::isfinite(gained))
            candidate.usersGainedPerUsd = gained / candidate.costDeltaUsdPerMonth;
        const double value = valueOf(candidate, gained);
        if (value > bestValue || (value == bestValue && value >= 0.0 && gained > bestGain)) {
            bestValue = value;
            bestGain = gained;
            if (value >= 0.0)
                next.best = static_cast<int>(next.candidates.size());
        }
        next.candidates.push_back(std::move(candidate));
    }
    return next;
}

} // namespace headroom

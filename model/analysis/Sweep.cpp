// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/analysis/Sweep.h"

#include "model/evaluation/Evaluator.h"

#include <cmath>
#include <optional>

namespace headroom {

std::vector<double> logSpacedUsers(double from, double to, int points)
{
    std::vector<double> users;
    if (points <= 0)
        return users;
    if (points == 1)
        return {from};
    const double logFrom = std::log10(from);
    const double step = (std::log10(to) - logFrom) / static_cast<double>(points - 1);
    users.reserve(points);
    for (int i = 0; i < points; ++i)
        users.push_back(i == points - 1 ? to : std::pow(10.0, logFrom + step * i));
    return users;
}

SweepRow sweepRowOf(const Evaluation &evaluation)
{
    SweepRow row;
    row.users = evaluation.users;
    row.entryRatePerSecond = evaluation.entryRatePerSecond;
    row.responseTimeMs = evaluation.responseTimeMs;
    row.concurrentRequests = evaluation.concurrentRequests;
    row.availability = evaluation.availability;
    row.nines = evaluation.nines;
    row.slaAvailability = evaluation.slaAvailability;
    row.downtimeMinutesPerYear = evaluation.downtimeMinutesPerYear;
    row.bottleneck = evaluation.bottleneck;
    for (const ComponentResult &component : evaluation.components)
        if (component.id == evaluation.bottleneck)
            row.bottleneckUtilization = component.utilization;
    row.breaksAtUsers = evaluation.breaksAtUsers;
    return row;
}

std::vector<SweepRow> sweep(const CompiledModel &model, const std::vector<double> &users,
                            const PriceBook *book, PurchaseOption option)
{
    std::vector<SweepRow> rows;
    rows.reserve(users.size());
    std::optional<MonthlyCost> cost;  // the total alone: costOf's monthlyUsd without its lines
    if (book)
        cost.emplace(model, *book, option);
    for (double count : users) {
        rows.push_back(sweepRowOf(evaluate(model, count)));
        if (cost)
            rows.back().monthlyCostUsd = cost->at(count);
    }
    return rows;
}

} // namespace headroom

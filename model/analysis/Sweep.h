// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/compile/CompiledModel.h"
#include "model/cost/CostModel.h"
#include "model/evaluation/Evaluation.h"

#include <string>
#include <vector>

namespace headroom {

// `points` user counts spaced evenly in log10 from `from` to `to` (both included).
// from > 0, to ≥ from, points ≥ 1; a single point is `from`.
std::vector<double> logSpacedUsers(double from, double to, int points);

// The system-level figures at one user count.
struct SweepRow
{
    double users = 0.0;
    double entryRatePerSecond = 0.0;
    std::optional<double> responseTimeMs;
    std::optional<double> concurrentRequests;
    double availability = 1.0;
    std::optional<double> nines;
    double downtimeMinutesPerYear = 0.0;
    double slaAvailability = 1.0;          // the SLA floor
    std::string bottleneck;
    double bottleneckUtilization = 0.0;
    std::optional<double> breaksAtUsers;
    std::optional<double> monthlyCostUsd;  // when the sweep was priced
};

SweepRow sweepRowOf(const Evaluation &evaluation);
// Evaluates every user count; with a price book, also prices each at `option` (the monthly total
// alone, MonthlyCost). A long sweep shares its points out over the cores; the rows are the same.
std::vector<SweepRow> sweep(const CompiledModel &model, const std::vector<double> &users,
                            const PriceBook *book = nullptr, PurchaseOption option = PurchaseOption::OnDemand);

} // namespace headroom

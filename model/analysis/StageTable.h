// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/analysis/CommitmentPlan.h"
#include "model/compile/CompiledModel.h"
#include "model/cost/CostModel.h"

#include <optional>
#include <string>
#include <vector>

namespace headroom {

// One stage of the road: what the design does and costs at that many users.
struct StageRow
{
    std::string name;
    double users = 0.0;
    double peakRatePerSecond = 0.0;
    double monthlyUsd = 0.0;                    // at the project's purchase option
    double onDemandMonthlyUsd = 0.0;
    std::optional<double> oneYearMonthlyUsd;    // SystemCost's: empty when no line has a price for the term
    std::optional<double> threeYearMonthlyUsd;
    std::vector<std::string> oneYearOnDemand;   // committable lines on demand in that figure
    std::vector<std::string> threeYearOnDemand;
    // What to commit while the design grows from this stage's users to the next stage's (the
    // last stage: at its users).
    StageCommitments commitments;
    std::optional<double> costPerUserUsd;
    bool costComplete = true;
    std::string bottleneck;                     // its id (Evaluation::bottleneck: breaks first)
    std::string bottleneckLabel;                // its displayName, for text
    double bottleneckUtilization = 0.0;
    std::string limitingDimension;
    std::optional<double> responseTimeMs;
    double availability = 1.0;                  // expected (model/README.md §6)
    std::optional<double> nines;
    double downtimeMinutesPerYear = 0.0;        // the evaluation's figure, not recomputed
    double slaAvailability = 1.0;               // the SLA floor
    std::string topDowntime;                    // "Primary DB: failovers, 7.0 min" — the largest contributor
    std::optional<double> breaksAtUsers;
};

std::vector<StageRow> stageTable(const CompiledModel &model, const std::vector<Stage> &stages,
                                 const PriceBook &book, PurchaseOption option);

} // namespace headroom

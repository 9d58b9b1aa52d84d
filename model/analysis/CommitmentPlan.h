// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/compile/CompiledModel.h"
#include "model/cost/CostModel.h"

#include <string>
#include <vector>

namespace headroom {

// One commitment to buy: the always-on part of a cost line across a stage's range.
struct CommittedFloor
{
    std::string component;        // its id
    std::string label;            // its displayName
    std::string priceKey;         // "elasticache/redis/cache.r6g.large"
    std::string what;             // the cost line: "cache.r6g.large node-hours"
    std::string unit;             // "node-hour"
    double unitsPerMonth = 0.0;   // the floor, in `unit`s a month
    // Whole units running every hour when `unit` is an hour ("instance-hour"): what to reserve.
    // 0 for other units (a Savings Plan's GB-seconds).
    double hourlyUnits = 0.0;
    double onDemandMonthlyUsd = 0.0;   // the floor paid on demand
    double committedMonthlyUsd = 0.0;  // the floor committed: paid every month of the term
    double savingMonthlyUsd = 0.0;
    // The share of the term the committed capacity must be in use to beat on demand:
    // committed unit price ÷ on-demand unit price (AWS's break-even for a reservation).
    double breakEvenUtilization = 0.0;
    std::string payment;          // the offer: "no upfront", ...
};

// What to commit for one term at a stage: each committable cost line's floor, the least
// quantity it has anywhere between the stage's users and the next stage's (usage above the
// floor stays on demand), and what that saves against on demand.
struct CommitmentPlan
{
    PurchaseOption term = PurchaseOption::OneYear;
    double fromUsers = 0.0;
    double toUsers = 0.0;
    std::vector<CommittedFloor> commit;      // by saving, largest first
    double committedMonthlyUsd = 0.0;        // Σ commit[].committedMonthlyUsd
    double savingMonthlyUsd = 0.0;           // Σ commit[].savingMonthlyUsd
    // Committable lines with a floor but no price for the term: "Cache (cache-west): on demand
    // (no 1-year price for elasticache/redis/cache.r7g.large)".
    std::vector<std::string> onDemand;
};

struct StageCommitments
{
    CommitmentPlan oneYear;
    CommitmentPlan threeYear;
};

// The plans for both terms over [fromUsers, toUsers] (toUsers ≥ fromUsers ≥ 0). The floor is
// the least quantity of each line (a component's lines at one price summed) at the two ends
// and three points spaced evenly in log between them (none when fromUsers is 0): lines grow
// with users, and a group that shrinks between the ends is caught.
StageCommitments stageCommitments(const CompiledModel &model, double fromUsers, double toUsers,
                                  const PriceBook &book);

} // namespace headroom

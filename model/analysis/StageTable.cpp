// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/analysis/StageTable.h"

#include "model/core/NumberText.h"
#include "model/evaluation/Evaluator.h"

#include <algorithm>

namespace headroom {

std::vector<StageRow> stageTable(const CompiledModel &model, const std::vector<Stage> &stages,
                                 const PriceBook &book, PurchaseOption option)
{
    std::vector<StageRow> rows;
    rows.reserve(stages.size());
    for (size_t s = 0; s < stages.size(); ++s) {
        const Stage &stage = stages[s];
        const double nextUsers = s + 1 < stages.size() ? std::max(stage.users, stages[s + 1].users) : stage.users;
        const Evaluation evaluation = evaluate(model, stage.users);
        const SystemCost cost = costOf(model, stage.users, book, option);
        StageRow row;
        row.name = stage.name;
        row.users = stage.users;
        row.peakRatePerSecond = evaluation.entryRatePerSecond;
        row.monthlyUsd = cost.monthlyUsd;
        row.onDemandMonthlyUsd = cost.onDemandMonthlyUsd;
        row.oneYearMonthlyUsd = cost.oneYearMonthlyUsd;
        row.threeYearMonthlyUsd = cost.threeYearMonthlyUsd;
        row.oneYearOnDemand = cost.oneYearOnDemand;
        row.threeYearOnDemand = cost.threeYearOnDemand;
        row.commitments = stageCommitments(model, stage.users, nextUsers, book);
        row.costPerUserUsd = cost.costPerUserUsd;
        row.costComplete = cost.complete;
        row.bottleneck = evaluation.bottleneck;
        row.bottleneckLabel = evaluation.bottleneck.empty() ? std::string() : model.labelOf(evaluation.bottleneck);
        for (const ComponentResult &component : evaluation.components)
            if (component.id == evaluation.bottleneck) {
                row.bottleneckUtilization = component.utilization;
                row.limitingDimension = component.limitingDimension;
            }
        row.responseTimeMs = evaluation.responseTimeMs;
        row.availability = evaluation.availability;
        row.nines = evaluation.nines;
        row.downtimeMinutesPerYear = evaluation.downtimeMinutesPerYear;
        row.slaAvailability = evaluation.slaAvailability;
        if (!evaluation.downtimeContributors.empty()) {
            const DowntimeContributor &top = evaluation.downtimeContributors.front();
            row.topDowntime = model.labelOf(top.component) + ": " + top.cause + ", " + minutesText(top.minutesPerYear);
        }
        row.breaksAtUsers = evaluation.breaksAtUsers;
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/analysis/CommitmentPlan.h"

#include "model/cost/CommittedCost.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace headroom {

namespace {

constexpr int kInteriorSamples = 3;

std::vector<double> sampleUsers(double fromUsers, double toUsers)
{
    std::vector<double> users{fromUsers};
    if (toUsers > fromUsers && fromUsers > 0.0) {
        const double ratio = std::log(toUsers / fromUsers);
        for (int k = 1; k <= kInteriorSamples; ++k)
            users.push_back(fromUsers * std::exp(ratio * k / (kInteriorSamples + 1)));
    }
    if (toUsers > fromUsers)
        users.push_back(toUsers);
    return users;
}

// A committable line at the least quantity it had at any sample; absent at one sample: 0.
struct Floor
{
    size_t component = 0;
    CostLine line;
    int seen = 0;
};

bool isHourly(const std::string &unit)
{
    return unit.size() > 5 && unit.compare(unit.size() - 5, 5, "-hour") == 0;
}

CommitmentPlan planFor(const CompiledModel &model, const std::map<std::pair<size_t, std::string>, Floor> &floors,
                       int samples, PurchaseOption term, double fromUsers, double toUsers)
{
    CommitmentPlan plan;
    plan.term = term;
    plan.fromUsers = fromUsers;
    plan.toUsers = toUsers;
    for (const auto &[key, floor] : floors) {
        const CostLine &line = floor.line;
        if (floor.seen < samples || !(line.quantity > 0.0))
            continue;
        const CompiledNode &node = model.nodes[floor.component];
        const auto &commitment = line.commitment(term);
        if (!commitment) {
            plan.onDemand.push_back(node.label + ": " + onDemandForTerm(line, term));
            continue;
        }
        CommittedFloor commit;
        commit.component = node.id;
        commit.label = node.label;
        commit.priceKey = line.priceKey;
        commit.what = line.what;
        commit.unit = line.unit;
        commit.unitsPerMonth = line.quantity;
        if (isHourly(line.unit))
            commit.hourlyUnits = std::floor(line.quantity / kHoursPerMonth + 1e-9);
        commit.onDemandMonthlyUsd = line.quantity * line.onDemandUnitPriceUsd;
        commit.committedMonthlyUsd = line.quantity * commitment->unitPriceUsd;
        commit.savingMonthlyUsd = commit.onDemandMonthlyUsd - commit.committedMonthlyUsd;
        commit.breakEvenUtilization
            = line.onDemandUnitPriceUsd > 0.0 ? commitment->unitPriceUsd / line.onDemandUnitPriceUsd : 1.0;
        commit.payment = commitment->payment;
        plan.committedMonthlyUsd += commit.committedMonthlyUsd;
        plan.savingMonthlyUsd += commit.savingMonthlyUsd;
        plan.commit.push_back(std::move(commit));
    }
    std::stable_sort(plan.commit.begin(), plan.commit.end(), [](const CommittedFloor &a, const CommittedFloor &b) {
        return a.savingMonthlyUsd > b.savingMonthlyUsd;
    });
    return plan;
}

} // namespace

StageCommitments stageCommitments(const CompiledModel &model, double fromUsers, double toUsers, const PriceBook &book)
{
    const std::vector<double> users = sampleUsers(fromUsers, std::max(fromUsers, toUsers));
    std::map<std::pair<size_t, std::string>, Floor> floors;  // (component, price key) → floor
    for (double at : users) {
        const SystemCost cost = costOf(model, at, book, PurchaseOption::OnDemand);
        // One line per (component, price key) at this point: a Single-AZ database's primary
        // and its replicas are two lines of one price, and both run all the time.
        std::map<std::pair<size_t, std::string>, CostLine> here;
        for (size_t i = 0; i < cost.components.size(); ++i)
            for (const CostLine &line : cost.components[i].lines) {
                if (!line.committable())
                    continue;
                auto [found, added] = here.try_emplace({i, line.priceKey}, line);
                if (!added) {
                    found->second.quantity += line.quantity;
                    found->second.what += " + " + line.what;
                }
            }
        for (auto &[key, line] : here) {
            auto [found, added] = floors.try_emplace(key, Floor{key.first, line, 0});
            if (!added && line.quantity < found->second.line.quantity)
                found->second.line = line;
            ++found->second.seen;
        }
    }
    const int samples = static_cast<int>(users.size());
    return {planFor(model, floors, samples, PurchaseOption::OneYear, fromUsers, toUsers),
            planFor(model, floors, samples, PurchaseOption::ThreeYear, fromUsers, toUsers)};
}

} // namespace headroom

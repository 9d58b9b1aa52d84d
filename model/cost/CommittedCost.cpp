// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/cost/CommittedCost.h"

#include <map>

namespace headroom {

const char *termWords(PurchaseOption term)
{
    return term == PurchaseOption::ThreeYear ? "3-year" : "1-year";
}

std::string onDemandForTerm(const CostLine &line, PurchaseOption term)
{
    return std::string("on demand (no ") + termWords(term) + " price for " + line.priceKey + ")";
}

void applyPurchaseOption(ComponentCost &cost, PurchaseOption option)
{
    for (CostLine &line : cost.lines) {
        line.monthlyUsd = line.onDemandMonthlyUsd;
        line.unitPriceUsd = line.onDemandUnitPriceUsd;
        if (option != PurchaseOption::OnDemand && line.committable()) {
            if (const auto &commitment = line.commitment(option)) {
                line.unitPriceUsd = commitment->unitPriceUsd;
                line.monthlyUsd = line.quantity * commitment->unitPriceUsd;
            } else {
                const std::string onDemand = onDemandForTerm(line, option);
                line.priceNote = line.priceNote.empty() ? onDemand : line.priceNote + "; " + onDemand;
            }
        }
        cost.monthlyUsd += line.monthlyUsd;
        cost.onDemandMonthlyUsd += line.onDemandMonthlyUsd;
    }
}

namespace {

void addTermTotal(const CompiledModel &model, SystemCost &system, PurchaseOption term,
                  std::optional<double> &total, std::vector<std::string> &onDemand)
{
    double sum = 0.0;
    bool anyCommitted = false;
    for (size_t i = 0; i < system.components.size(); ++i)
        for (const CostLine &line : system.components[i].lines) {
            const auto &commitment = line.commitment(term);
            if (commitment) {
                sum += line.quantity * commitment->unitPriceUsd;
                anyCommitted = true;
                continue;
            }
            sum += line.onDemandMonthlyUsd;
            if (line.committable())
                onDemand.push_back(model.nodes[i].label + ": " + onDemandForTerm(line, term));
        }
    if (anyCommitted)
        total = sum;
}

} // namespace

void addCommittedTotals(const CompiledModel &model, SystemCost &system)
{
    addTermTotal(model, system, PurchaseOption::OneYear, system.oneYearMonthlyUsd, system.oneYearOnDemand);
    addTermTotal(model, system, PurchaseOption::ThreeYear, system.threeYearMonthlyUsd, system.threeYearOnDemand);
}

void noteFallbackPrices(SystemCost &system)
{
    std::map<std::string, std::map<std::string, int>> fallbackLines;  // region → fallback region → lines
    for (const ComponentCost &component : system.components)
        for (const CostLine &line : component.lines)
            if (line.fallbackPrice)
                ++fallbackLines[component.region][line.priceRegion];
    for (const auto &[region, byFallback] : fallbackLines)
        for (const auto &[fallback, lines] : byFallback)
            system.notes.push_back(std::to_string(lines) + " cost line" + (lines == 1 ? "" : "s") + " in " + region
                                   + " priced at " + fallback + " rates: the " + region
                                   + " price book has no price for them (the region's fallback_prices)");
}

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "FuzzChecks.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace headroom::fuzz {
namespace {

void requireFinite(double value, std::string_view what)
{
    require(std::isfinite(value), std::string(what) + " is " + std::to_string(value));
}

void requireFinite(const std::optional<double> &value, std::string_view what)
{
    if (value)
        requireFinite(*value, what);
}

void requireNonNegative(double value, std::string_view what)
{
    requireFinite(value, what);
    require(value >= 0.0, std::string(what) + " is negative: " + std::to_string(value));
}

void requireProbability(double value, std::string_view what)
{
    requireNonNegative(value, what);
    require(value <= 1.0, std::string(what) + " is above 1: " + std::to_string(value));
}

void requireFiniteComponent(const ComponentResult &component)
{
    const std::string where = "component " + component.id + ": ";
    requireNonNegative(component.arrivalRatePerSecond, where + "arrival rate");
    requireNonNegative(component.readRatePerSecond, where + "read rate");
    requireNonNegative(component.writeRatePerSecond, where + "write rate");
    requireNonNegative(component.utilization, where + "utilization");
    requireFinite(component.serviceTimeMs, where + "service time");
    requireFinite(component.headroom, where + "headroom");
    requireFinite(component.capacityRps, where + "capacity");
    requireFinite(component.waitProbability, where + "wait probability");
    requireFinite(component.responseTimeMs, where + "response time");
    requireFinite(component.inFlight, where + "in flight");
    requireFinite(component.usersAtSaturation, where + "users at saturation");
    requireProbability(component.availability, where + "availability");
    requireProbability(component.unavailability, where + "unavailability");
    requireFinite(component.connectionDemand, where + "connection demand");
    requireFinite(component.maxConnections, where + "max connections");
    requireFinite(component.concurrency, where + "concurrency");
    for (const DimensionResult &dimension : component.dimensions) {
        requireNonNegative(dimension.utilization, where + dimension.name + " utilization");
        requireFinite(dimension.usersAtSaturation, where + dimension.name + " users at saturation");
    }
}

} // namespace

void require(bool holds, std::string_view what)
{
    if (holds)
        return;
    std::fprintf(stderr, "invariant broken: %.*s\n", static_cast<int>(what.size()), what.data());
    std::abort();
}

void requireFiniteEvaluation(const Evaluation &evaluation)
{
    requireNonNegative(evaluation.users, "users");
    requireNonNegative(evaluation.entryRatePerSecond, "entry rate");
    requireFinite(evaluation.responseTimeMs, "response time");
    requireFinite(evaluation.concurrentRequests, "concurrent requests");
    requireProbability(evaluation.availability, "availability");
    requireProbability(evaluation.unavailability, "unavailability");
    requireFinite(evaluation.nines, "nines");
    requireNonNegative(evaluation.downtimeMinutesPerYear, "downtime");
    requireProbability(evaluation.singleRegionAvailability, "single-region availability");
    requireFinite(evaluation.breaksAtUsers, "breaks at users");
    for (const RegionResult &region : evaluation.regions) {
        // A share is calls per entry request: above 1 when global components fan out into the region.
        requireNonNegative(region.trafficShare, "region " + region.id + " traffic share");
        requireProbability(region.availability, "region " + region.id + " availability");
        requireFinite(region.usersAtSaturation, "region " + region.id + " users at saturation");
    }
    for (const ComponentResult &component : evaluation.components)
        requireFiniteComponent(component);
    for (const ConnectionResult &connection : evaluation.connections) {
        const std::string where = "connection " + connection.from + "→" + connection.to + ": ";
        requireNonNegative(connection.ratePerSecond, where + "rate");
        requireNonNegative(connection.readRatePerSecond, where + "read rate");
        requireNonNegative(connection.writeRatePerSecond, where + "write rate");
    }
}

void requireFiniteCost(const SystemCost &cost)
{
    requireNonNegative(cost.monthlyUsd, "monthly cost");
    requireNonNegative(cost.onDemandMonthlyUsd, "on-demand monthly cost");
    requireNonNegative(cost.averageEntryRatePerSecond, "average entry rate");
    requireFinite(cost.oneYearMonthlyUsd, "1-year monthly cost");
    requireFinite(cost.threeYearMonthlyUsd, "3-year monthly cost");
    requireFinite(cost.costPerUserUsd, "cost per user");
    // cost_complete is honest (issue 20): complete exactly when no warning was raised, and the
    // total is the sum of the components, none left out.
    require(cost.complete == cost.warnings.empty(), "cost complete with warnings, or incomplete without one");
    double sum = 0.0;
    for (const ComponentCost &component : cost.components)
        sum += component.monthlyUsd;
    require(std::fabs(sum - cost.monthlyUsd) <= 1e-9 * std::max(1.0, sum),
            "monthly cost " + std::to_string(cost.monthlyUsd) + " is not the sum of its components " + std::to_string(sum));
    for (const ComponentCost &component : cost.components) {
        requireNonNegative(component.monthlyUsd, "component " + component.id + " monthly cost");
        for (const CostLine &line : component.lines) {
            const std::string where = "component " + component.id + " line \"" + line.what + "\": ";
            requireNonNegative(line.quantity, where + "quantity");
            requireNonNegative(line.unitPriceUsd, where + "unit price");
            requireNonNegative(line.monthlyUsd, where + "monthly");
            requireNonNegative(line.onDemandMonthlyUsd, where + "on-demand monthly");
        }
    }
}

void requireSanePrices(const PriceBook &book)
{
    static constexpr double kQuantities[] = {0.0, 0.5, 1.0, 730.0, 1e6, 1e12};
    for (const PriceEntry &entry : book.entries()) {
        // What the reader promises (pricing/README.md): bounded prices, an unbounded last band.
        require(!entry.tiers.empty() && !entry.tiers.back().upTo, entry.key + ": the last band is bounded");
        for (const PriceTier &tier : entry.tiers)
            require(tier.usd <= 1e6, entry.key + ": a price above $1,000,000");
        for (double quantity : kQuantities) {
            const PricedQuantity priced = priceOf(entry, quantity);
            requireNonNegative(priced.usd, "price of " + entry.key);
            requireNonNegative(priced.unitPriceUsd, "unit price of " + entry.key);
        }
        for (const CommittedRate &rate : entry.committed) {
            const std::string what = "committed " + rate.term + " price of " + entry.key;
            requireFinite(rate.usd, what);
            require(rate.usd > 0.0 && rate.usd < entry.tiers.front().usd, what + " not below its on-demand price");
        }
    }
    for (const Commitment &commitment : book.commitments()) {
        const std::string what = "commitment " + commitment.service + "/" + commitment.term;
        requireFinite(commitment.factor, what);
        require(commitment.factor > 0.0 && commitment.factor <= 1.0, what + " factor outside (0, 1]");
    }
}

} // namespace headroom::fuzz

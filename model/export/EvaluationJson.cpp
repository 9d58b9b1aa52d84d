// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/export/EvaluationJson.h"

#include "model/core/JsonValues.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace headroom {

using nlohmann::ordered_json;

namespace {

using json::number;
using json::text;

ordered_json componentJson(const ComponentResult &c)
{
    ordered_json item;
    item["id"] = c.id;
    item["type"] = c.type;
    item["arrival_rate_rps"] = number(c.arrivalRatePerSecond);
    item["read_rate_rps"] = number(c.readRatePerSecond);
    item["write_rate_rps"] = number(c.writeRatePerSecond);
    item["instances"] = c.instances;
    item["servers"] = c.servers;
    item["service_time_ms"] = number(c.serviceTimeMs);
    item["utilization"] = number(c.utilization);
    item["limiting_dimension"] = text(c.limitingDimension);
    item["headroom"] = number(c.headroom);
    item["capacity_rps"] = number(c.capacityRps);
    item["wait_probability"] = number(c.waitProbability);
    item["response_time_ms"] = number(c.responseTimeMs);
    item["in_flight"] = number(c.inFlight);
    item["saturated"] = c.saturated;
    item["users_at_saturation"] = number(c.usersAtSaturation);
    item["availability"] = number(c.availability);
    item["sla_availability"] = number(c.slaAvailability);
    item["downtime_causes"] = ordered_json::array();
    for (const DowntimeCause &cause : c.causes)
        item["downtime_causes"].push_back({{"cause", cause.cause},
                                           {"minutes_per_year", number(cause.minutesPerYear)},
                                           {"outage_minutes", number(cause.outageMinutes)}});
    item["on_request_path"] = c.onRequestPath;
    item["request_share"] = number(c.requestShare);
    item["connection_demand"] = number(c.connectionDemand);
    item["max_connections"] = number(c.maxConnections);
    item["concurrency"] = number(c.concurrency);
    item["replay_rate_rps"] = number(c.replayRatePerSecond);
    item["dimensions"] = ordered_json::array();
    for (const DimensionResult &d : c.dimensions)
        item["dimensions"].push_back({{"name", d.name},
                                      {"utilization", number(d.utilization)},
                                      {"users_at_saturation", number(d.usersAtSaturation)}});
    return item;
}

ordered_json costLinesJson(const ComponentCost &cost)
{
    ordered_json lines = ordered_json::array();
    for (const CostLine &line : cost.lines) {
        ordered_json item = {{"what", line.what},
                             {"quantity", number(line.quantity)},
                             {"unit", line.unit},
                             {"unit_price_usd", number(line.unitPriceUsd)},
                             {"monthly_usd", number(line.monthlyUsd)},
                             {"price_key", text(line.priceKey)},
                             {"price_region", text(line.priceRegion)}};
        if (!line.priceNote.empty())
            item["price_note"] = line.priceNote;
        if (line.committable()) {
            item["committed_1yr_unit_price_usd"] = line.oneYear ? number(line.oneYear->unitPriceUsd) : ordered_json();
            item["committed_3yr_unit_price_usd"] = line.threeYear ? number(line.threeYear->unitPriceUsd) : ordered_json();
        }
        lines.push_back(std::move(item));
    }
    return lines;
}

void addCost(ordered_json &root, const SystemCost &cost, const PriceBook *book)
{
    root["monthly_cost_usd"] = number(cost.monthlyUsd);
    root["cost_per_user_usd"] = number(cost.costPerUserUsd);
    root["cost_complete"] = cost.complete;
    root["purchase_option"] = purchaseOptionKey(cost.purchaseOption);
    root["on_demand_monthly_usd"] = number(cost.onDemandMonthlyUsd);
    root["committed_1yr_monthly_usd"] = number(cost.oneYearMonthlyUsd);
    root["committed_3yr_monthly_usd"] = number(cost.threeYearMonthlyUsd);
    root["committed_1yr_on_demand"] = cost.oneYearOnDemand;
    root["committed_3yr_on_demand"] = cost.threeYearOnDemand;
    root["cost_warnings"] = cost.warnings;
    root["cost_notes"] = cost.notes;
    if (book)
        root["price_book"] = {{"region", book->region}, {"currency", book->currency}, {"as_of", book->asOf}};
}

ordered_json sweepRowJson(const SweepRow &row)
{
    ordered_json item;
    item["users"] = number(row.users);
    item["entry_rate_rps"] = number(row.entryRatePerSecond);
    item["response_time_ms"] = number(row.responseTimeMs);
    item["concurrent_requests"] = number(row.concurrentRequests);
    item["availability"] = number(row.availability);
    item["nines"] = number(row.nines);
    item["downtime_minutes_per_year"] = number(row.downtimeMinutesPerYear);
    item["sla_availability"] = number(row.slaAvailability);
    item["bottleneck"] = text(row.bottleneck);
    item["bottleneck_utilization"] = number(row.bottleneckUtilization);
    item["breaks_at_users"] = number(row.breaksAtUsers);
    if (row.monthlyCostUsd)
        item["monthly_cost_usd"] = number(row.monthlyCostUsd);
    return item;
}

} // namespace

std::string evaluationToJson(const Evaluation &evaluation, const SystemCost *cost, const PriceBook *book)
{
    ordered_json root;
    root["users"] = number(evaluation.users);
    root["entry_rate_rps"] = number(evaluation.entryRatePerSecond);
    root["response_time_ms"] = number(evaluation.responseTimeMs);
    root["concurrent_requests"] = number(evaluation.concurrentRequests);
    root["availability"] = number(evaluation.availability);
    root["nines"] = number(evaluation.nines);
    root["downtime_minutes_per_year"] = number(evaluation.downtimeMinutesPerYear);
    root["sla_availability"] = number(evaluation.slaAvailability);
    root["downtime_contributors"] = ordered_json::array();
    for (const DowntimeContributor &contributor : evaluation.downtimeContributors)
        root["downtime_contributors"].push_back({{"component", contributor.component},
                                                 {"cause", contributor.cause},
                                                 {"minutes_per_year", number(contributor.minutesPerYear)}});
    root["bottleneck"] = text(evaluation.bottleneck);
    root["breaks_at_users"] = number(evaluation.breaksAtUsers);
    root["single_region_availability"] = number(evaluation.singleRegionAvailability);
    root["region_failures_tolerated"] = evaluation.regionFailuresTolerated;
    root["regions"] = ordered_json::array();
    for (const RegionResult &region : evaluation.regions)
        root["regions"].push_back({{"id", region.id},
                                   {"name", region.name},
                                   {"standby", region.standby},
                                   {"traffic_share", number(region.trafficShare)},
                                   {"availability", number(region.availability)},
                                   {"users_at_saturation", number(region.usersAtSaturation)}});
    if (cost)
        addCost(root, *cost, book);
    root["components"] = ordered_json::array();
    for (size_t i = 0; i < evaluation.components.size(); ++i) {
        ordered_json item = componentJson(evaluation.components[i]);
        if (cost && i < cost->components.size()) {
            item["monthly_cost_usd"] = number(cost->components[i].monthlyUsd);
            item["cost_lines"] = costLinesJson(cost->components[i]);
            item["cost_warnings"] = cost->components[i].warnings;
        }
        root["components"].push_back(std::move(item));
    }
    root["connections"] = ordered_json::array();
    for (const ConnectionResult &connection : evaluation.connections)
        root["connections"].push_back({{"from", connection.from},
                                       {"to", connection.to},
                                       {"rate_rps", number(connection.ratePerSecond)},
                                       {"read_rate_rps", number(connection.readRatePerSecond)},
                                       {"write_rate_rps", number(connection.writeRatePerSecond)},
                                       {"async", connection.async}, {"soft", connection.soft}});
    return root.dump(2) + "\n";
}

std::string sweepToJson(const std::vector<SweepRow> &rows)
{
    ordered_json root = ordered_json::array();
    for (const SweepRow &row : rows)
        root.push_back(sweepRowJson(row));
    return root.dump(2) + "\n";
}

} // namespace headroom

namespace headroom {

namespace {

ordered_json planJson(const CommitmentPlan &plan)
{
    ordered_json commit = ordered_json::array();
    for (const CommittedFloor &floor : plan.commit)
        commit.push_back({{"component", floor.component},
                          {"label", floor.label},
                          {"price_key", floor.priceKey},
                          {"what", floor.what},
                          {"unit", floor.unit},
                          {"units_per_month", number(floor.unitsPerMonth)},
                          {"hourly_units", number(floor.hourlyUnits)},
                          {"on_demand_monthly_usd", number(floor.onDemandMonthlyUsd)},
                          {"committed_monthly_usd", number(floor.committedMonthlyUsd)},
                          {"saving_monthly_usd", number(floor.savingMonthlyUsd)},
                          {"break_even_utilization", number(floor.breakEvenUtilization)},
                          {"payment", floor.payment}});
    return {{"from_users", number(plan.fromUsers)},
            {"to_users", number(plan.toUsers)},
            {"committed_monthly_usd", number(plan.committedMonthlyUsd)},
            {"saving_monthly_usd", number(plan.savingMonthlyUsd)},
            {"commit", std::move(commit)},
            {"on_demand", plan.onDemand}};
}

} // namespace

std::string stagesToJson(const std::vector<StageRow> &rows)
{
    ordered_json root = ordered_json::array();
    for (const StageRow &row : rows)
        root.push_back({{"name", row.name},
                        {"users", number(row.users)},
                        {"peak_rps", number(row.peakRatePerSecond)},
                        {"monthly_cost_usd", number(row.monthlyUsd)},
                        {"on_demand_monthly_usd", number(row.onDemandMonthlyUsd)},
                        {"committed_1yr_monthly_usd", number(row.oneYearMonthlyUsd)},
                        {"committed_3yr_monthly_usd", number(row.threeYearMonthlyUsd)},
                        {"committed_1yr_on_demand", row.oneYearOnDemand},
                        {"committed_3yr_on_demand", row.threeYearOnDemand},
                        {"commitment_plan", {{"1yr", planJson(row.commitments.oneYear)},
                                             {"3yr", planJson(row.commitments.threeYear)}}},
                        {"cost_per_user_usd", number(row.costPerUserUsd)},
                        {"cost_complete", row.costComplete},
                        {"bottleneck", text(row.bottleneck)},
                        {"bottleneck_utilization", number(row.bottleneckUtilization)},
                        {"limiting_dimension", text(row.limitingDimension)},
                        {"response_time_ms", number(row.responseTimeMs)},
                        {"availability", number(row.availability)},
                        {"nines", number(row.nines)},
                        {"downtime_minutes_per_year", number(row.downtimeMinutesPerYear)},
                        {"sla_availability", number(row.slaAvailability)},
                        {"top_downtime", text(row.topDowntime)},
                        {"breaks_at_users", number(row.breaksAtUsers)}});
    return root.dump(2) + "\n";
}

} // namespace headroom

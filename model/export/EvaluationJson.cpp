// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/export/EvaluationJson.h"

#include "model/core/JsonStreamWriter.h"

namespace headroom {

namespace {

// Written straight to the output, in the keys' documented order (no document tree: at 10,000
// components the tree cost more than everything else the CLI does, issue 19).

void writeDimensions(JsonStreamWriter &w, const std::vector<DimensionResult> &dimensions)
{
    w.beginArray();
    for (const DimensionResult &d : dimensions) {
        w.beginObject();
        w.key("name").str(d.name);
        w.key("utilization").number(d.utilization);
        w.key("users_at_saturation").number(d.usersAtSaturation);
        w.endObject();
    }
    w.endArray();
}

// The component's own figures; the caller closes the object (cost keys may follow).
void writeComponentFigures(JsonStreamWriter &w, const ComponentResult &c)
{
    w.key("id").str(c.id);
    w.key("type").str(c.type);
    w.key("arrival_rate_rps").number(c.arrivalRatePerSecond);
    w.key("read_rate_rps").number(c.readRatePerSecond);
    w.key("write_rate_rps").number(c.writeRatePerSecond);
    w.key("instances").integer(c.instances);
    w.key("servers").integer(c.servers);
    w.key("service_time_ms").number(c.serviceTimeMs);
    w.key("utilization").number(c.utilization);
    w.key("limiting_dimension").text(c.limitingDimension);
    w.key("headroom").number(c.headroom);
    w.key("capacity_rps").number(c.capacityRps);
    w.key("wait_probability").number(c.waitProbability);
    w.key("response_time_ms").number(c.responseTimeMs);
    w.key("in_flight").number(c.inFlight);
    w.key("saturated").boolean(c.saturated);
    w.key("users_at_saturation").number(c.usersAtSaturation);
    w.key("availability").number(c.availability);
    w.key("sla_availability").number(c.slaAvailability);
    w.key("downtime_causes").beginArray();
    for (const DowntimeCause &cause : c.causes) {
        w.beginObject();
        w.key("cause").str(cause.cause);
        w.key("minutes_per_year").number(cause.minutesPerYear);
        w.key("outage_minutes").number(cause.outageMinutes);
        w.endObject();
    }
    w.endArray();
    w.key("on_request_path").boolean(c.onRequestPath);
    w.key("request_share").number(c.requestShare);
    w.key("connection_demand").number(c.connectionDemand);
    w.key("max_connections").number(c.maxConnections);
    w.key("concurrency").number(c.concurrency);
    w.key("replay_rate_rps").number(c.replayRatePerSecond);
    w.key("dimensions");
    writeDimensions(w, c.dimensions);
}

void writeCostLines(JsonStreamWriter &w, const ComponentCost &cost)
{
    w.beginArray();
    for (const CostLine &line : cost.lines) {
        w.beginObject();
        w.key("what").str(line.what);
        w.key("quantity").number(line.quantity);
        w.key("unit").str(line.unit);
        w.key("unit_price_usd").number(line.unitPriceUsd);
        w.key("monthly_usd").number(line.monthlyUsd);
        w.key("price_key").text(line.priceKey);
        w.key("price_region").text(line.priceRegion);
        if (!line.priceNote.empty())
            w.key("price_note").str(line.priceNote);
        if (line.committable()) {
            w.key("committed_1yr_unit_price_usd");
            line.oneYear ? w.number(line.oneYear->unitPriceUsd) : w.null();
            w.key("committed_3yr_unit_price_usd");
            line.threeYear ? w.number(line.threeYear->unitPriceUsd) : w.null();
        }
        w.endObject();
    }
    w.endArray();
}

void writeCost(JsonStreamWriter &w, const SystemCost &cost, const PriceBook *book)
{
    w.key("monthly_cost_usd").number(cost.monthlyUsd);
    w.key("cost_per_user_usd").number(cost.costPerUserUsd);
    w.key("cost_complete").boolean(cost.complete);
    w.key("purchase_option").str(purchaseOptionKey(cost.purchaseOption));
    w.key("on_demand_monthly_usd").number(cost.onDemandMonthlyUsd);
    w.key("committed_1yr_monthly_usd").number(cost.oneYearMonthlyUsd);
    w.key("committed_3yr_monthly_usd").number(cost.threeYearMonthlyUsd);
    w.key("committed_1yr_on_demand").strings(cost.oneYearOnDemand);
    w.key("committed_3yr_on_demand").strings(cost.threeYearOnDemand);
    w.key("cost_warnings").strings(cost.warnings);
    w.key("cost_notes").strings(cost.notes);
    if (book) {
        w.key("price_book").beginObject();
        w.key("region").str(book->region);
        w.key("currency").str(book->currency);
        w.key("as_of").str(book->asOf);
        w.endObject();
    }
}

void writeTopFigures(JsonStreamWriter &w, const Evaluation &evaluation)
{
    w.key("users").number(evaluation.users);
    w.key("entry_rate_rps").number(evaluation.entryRatePerSecond);
    w.key("response_time_ms").number(evaluation.responseTimeMs);
    w.key("concurrent_requests").number(evaluation.concurrentRequests);
    w.key("availability").number(evaluation.availability);
    w.key("nines").number(evaluation.nines);
    w.key("downtime_minutes_per_year").number(evaluation.downtimeMinutesPerYear);
    w.key("sla_availability").number(evaluation.slaAvailability);
    w.key("downtime_contributors").beginArray();
    for (const DowntimeContributor &contributor : evaluation.downtimeContributors) {
        w.beginObject();
        w.key("component").str(contributor.component);
        w.key("cause").str(contributor.cause);
        w.key("minutes_per_year").number(contributor.minutesPerYear);
        w.endObject();
    }
    w.endArray();
    w.key("bottleneck").text(evaluation.bottleneck);
    w.key("breaks_at_users").number(evaluation.breaksAtUsers);
    w.key("single_region_availability").number(evaluation.singleRegionAvailability);
    w.key("region_failures_tolerated").integer(evaluation.regionFailuresTolerated);
    w.key("regions").beginArray();
    for (const RegionResult &region : evaluation.regions) {
        w.beginObject();
        w.key("id").str(region.id);
        w.key("name").str(region.name);
        w.key("standby").boolean(region.standby);
        w.key("traffic_share").number(region.trafficShare);
        w.key("availability").number(region.availability);
        w.key("users_at_saturation").number(region.usersAtSaturation);
        w.endObject();
    }
    w.endArray();
}

void writeConnections(JsonStreamWriter &w, const std::vector<ConnectionResult> &connections)
{
    w.beginArray();
    for (const ConnectionResult &connection : connections) {
        w.beginObject();
        w.key("from").str(connection.from);
        w.key("to").str(connection.to);
        w.key("rate_rps").number(connection.ratePerSecond);
        w.key("read_rate_rps").number(connection.readRatePerSecond);
        w.key("write_rate_rps").number(connection.writeRatePerSecond);
        w.key("async").boolean(connection.async);
        w.key("soft").boolean(connection.soft);
        w.endObject();
    }
    w.endArray();
}

void writeEvaluation(JsonStreamWriter &w, const Evaluation &evaluation, const SystemCost *cost, const PriceBook *book)
{
    w.beginObject();
    writeTopFigures(w, evaluation);
    if (cost)
        writeCost(w, *cost, book);
    w.key("components").beginArray();
    for (size_t i = 0; i < evaluation.components.size(); ++i) {
        w.beginObject();
        writeComponentFigures(w, evaluation.components[i]);
        if (cost && i < cost->components.size()) {
            w.key("monthly_cost_usd").number(cost->components[i].monthlyUsd);
            w.key("cost_lines");
            writeCostLines(w, cost->components[i]);
            w.key("cost_warnings").strings(cost->components[i].warnings);
        }
        w.endObject();
    }
    w.endArray();
    w.key("connections");
    writeConnections(w, evaluation.connections);
    w.endObject();
}

} // namespace

std::string evaluationToJson(const Evaluation &evaluation, const SystemCost *cost, const PriceBook *book)
{
    std::string out;
    out.reserve(4096 + 2560 * evaluation.components.size());
    JsonStreamWriter w(out);
    writeEvaluation(w, evaluation, cost, book);
    out.push_back('\n');
    return out;
}

void writeEvaluationJson(std::ostream &sink, const Evaluation &evaluation, const SystemCost *cost, const PriceBook *book)
{
    std::string buffer;
    buffer.reserve(80 * 1024);
    JsonStreamWriter w(buffer, sink);
    writeEvaluation(w, evaluation, cost, book);
    buffer.push_back('\n');
    w.flush();
}

std::string sweepToJson(const std::vector<SweepRow> &rows)
{
    std::string out;
    JsonStreamWriter w(out);
    w.beginArray();
    for (const SweepRow &row : rows) {
        w.beginObject();
        w.key("users").number(row.users);
        w.key("entry_rate_rps").number(row.entryRatePerSecond);
        w.key("response_time_ms").number(row.responseTimeMs);
        w.key("concurrent_requests").number(row.concurrentRequests);
        w.key("availability").number(row.availability);
        w.key("nines").number(row.nines);
        w.key("downtime_minutes_per_year").number(row.downtimeMinutesPerYear);
        w.key("sla_availability").number(row.slaAvailability);
        w.key("bottleneck").text(row.bottleneck);
        w.key("bottleneck_utilization").number(row.bottleneckUtilization);
        w.key("breaks_at_users").number(row.breaksAtUsers);
        if (row.monthlyCostUsd)
            w.key("monthly_cost_usd").number(row.monthlyCostUsd);
        w.endObject();
    }
    w.endArray();
    out.push_back('\n');
    return out;
}

namespace {

void writePlan(JsonStreamWriter &w, const CommitmentPlan &plan)
{
    w.beginObject();
    w.key("from_users").number(plan.fromUsers);
    w.key("to_users").number(plan.toUsers);
    w.key("committed_monthly_usd").number(plan.committedMonthlyUsd);
    w.key("saving_monthly_usd").number(plan.savingMonthlyUsd);
    w.key("commit").beginArray();
    for (const CommittedFloor &floor : plan.commit) {
        w.beginObject();
        w.key("component").str(floor.component);
        w.key("label").str(floor.label);
        w.key("price_key").str(floor.priceKey);
        w.key("what").str(floor.what);
        w.key("unit").str(floor.unit);
        w.key("units_per_month").number(floor.unitsPerMonth);
        w.key("hourly_units").number(floor.hourlyUnits);
        w.key("on_demand_monthly_usd").number(floor.onDemandMonthlyUsd);
        w.key("committed_monthly_usd").number(floor.committedMonthlyUsd);
        w.key("saving_monthly_usd").number(floor.savingMonthlyUsd);
        w.key("break_even_utilization").number(floor.breakEvenUtilization);
        w.key("payment").str(floor.payment);
        w.endObject();
    }
    w.endArray();
    w.key("on_demand").strings(plan.onDemand);
    w.endObject();
}

} // namespace

std::string stagesToJson(const std::vector<StageRow> &rows)
{
    std::string out;
    JsonStreamWriter w(out);
    w.beginArray();
    for (const StageRow &row : rows) {
        w.beginObject();
        w.key("name").str(row.name);
        w.key("users").number(row.users);
        w.key("peak_rps").number(row.peakRatePerSecond);
        w.key("monthly_cost_usd").number(row.monthlyUsd);
        w.key("on_demand_monthly_usd").number(row.onDemandMonthlyUsd);
        w.key("committed_1yr_monthly_usd").number(row.oneYearMonthlyUsd);
        w.key("committed_3yr_monthly_usd").number(row.threeYearMonthlyUsd);
        w.key("committed_1yr_on_demand").strings(row.oneYearOnDemand);
        w.key("committed_3yr_on_demand").strings(row.threeYearOnDemand);
        w.key("commitment_plan").beginObject();
        w.key("1yr");
        writePlan(w, row.commitments.oneYear);
        w.key("3yr");
        writePlan(w, row.commitments.threeYear);
        w.endObject();
        w.key("cost_per_user_usd").number(row.costPerUserUsd);
        w.key("cost_complete").boolean(row.costComplete);
        w.key("bottleneck").text(row.bottleneck);
        w.key("bottleneck_utilization").number(row.bottleneckUtilization);
        w.key("limiting_dimension").text(row.limitingDimension);
        w.key("response_time_ms").number(row.responseTimeMs);
        w.key("availability").number(row.availability);
        w.key("nines").number(row.nines);
        w.key("downtime_minutes_per_year").number(row.downtimeMinutesPerYear);
        w.key("sla_availability").number(row.slaAvailability);
        w.key("top_downtime").text(row.topDowntime);
        w.key("breaks_at_users").number(row.breaksAtUsers);
        w.endObject();
    }
    w.endArray();
    out.push_back('\n');
    return out;
}

} // namespace headroom

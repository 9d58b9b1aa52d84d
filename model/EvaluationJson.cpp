#include "EvaluationJson.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace headroom {

using nlohmann::ordered_json;

namespace {

// A finite number, or null: JSON has no NaN or infinity, and we never emit them.
ordered_json number(double value)
{
    return std::isfinite(value) ? ordered_json(value) : ordered_json(nullptr);
}

ordered_json number(const std::optional<double> &value)
{
    return value ? number(*value) : ordered_json(nullptr);
}

ordered_json text(const std::string &value)
{
    return value.empty() ? ordered_json(nullptr) : ordered_json(value);
}

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
    item["on_request_path"] = c.onRequestPath;
    item["connection_demand"] = number(c.connectionDemand);
    item["max_connections"] = number(c.maxConnections);
    item["concurrency"] = number(c.concurrency);
    item["dimensions"] = ordered_json::array();
    for (const DimensionResult &d : c.dimensions)
        item["dimensions"].push_back({{"name", d.name},
                                      {"utilization", number(d.utilization)},
                                      {"users_at_saturation", number(d.usersAtSaturation)}});
    return item;
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
    item["bottleneck"] = text(row.bottleneck);
    item["bottleneck_utilization"] = number(row.bottleneckUtilization);
    item["breaks_at_users"] = number(row.breaksAtUsers);
    return item;
}

} // namespace

std::string evaluationToJson(const Evaluation &evaluation)
{
    ordered_json root;
    root["users"] = number(evaluation.users);
    root["entry_rate_rps"] = number(evaluation.entryRatePerSecond);
    root["response_time_ms"] = number(evaluation.responseTimeMs);
    root["concurrent_requests"] = number(evaluation.concurrentRequests);
    root["availability"] = number(evaluation.availability);
    root["nines"] = number(evaluation.nines);
    root["downtime_minutes_per_year"] = number(evaluation.downtimeMinutesPerYear);
    root["bottleneck"] = text(evaluation.bottleneck);
    root["breaks_at_users"] = number(evaluation.breaksAtUsers);
    root["components"] = ordered_json::array();
    for (const ComponentResult &component : evaluation.components)
        root["components"].push_back(componentJson(component));
    root["connections"] = ordered_json::array();
    for (const ConnectionResult &connection : evaluation.connections)
        root["connections"].push_back({{"from", connection.from},
                                       {"to", connection.to},
                                       {"rate_rps", number(connection.ratePerSecond)},
                                       {"read_rate_rps", number(connection.readRatePerSecond)},
                                       {"write_rate_rps", number(connection.writeRatePerSecond)},
                                       {"async", connection.async}});
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

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/compile/CompiledModel.h"

#include "model/catalog/Catalog.h"
#include "model/catalog/InstanceTypes.h"
#include "model/io/ProjectValidator.h"
#include "model/compile/TrafficSolver.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>
#include <unordered_map>

namespace headroom {

namespace {

// A component's parameters with the catalog's defaults filled in. The project has been
// validated, so every value has the kind its spec promises.
class ResolvedParams
{
public:
    ResolvedParams(const Component &component, const ComponentSpec &spec)
        : m_component(component), m_spec(spec) {}

    bool has(std::string_view name) const { return paramOrDefault(m_component, nullptr, name) != nullptr; }
    double number(std::string_view name) const { return std::get<double>(value(name)); }
    long long count(std::string_view name) const { return std::llround(number(name)); }
    bool flag(std::string_view name) const { return std::get<bool>(value(name)); }
    const std::string &text(std::string_view name) const { return std::get<std::string>(value(name)); }

private:
    const ParamValue &value(std::string_view name) const
    {
        return *paramOrDefault(m_component, &m_spec, name);
    }

    const Component &m_component;
    const ComponentSpec &m_spec;
};

// The failure and recovery parameters the type has (model/README.md §6), and its SLA floors.
FailureProfile resolveFailure(const ResolvedParams &params, const ComponentSpec &spec)
{
    FailureProfile failure;
    auto has = [&](const char *name) { return spec.param(name) != nullptr; };
    if (has("failures_per_year"))
        failure.failuresPerYear = params.number("failures_per_year");
    if (has("recovery_minutes"))
        failure.recoveryMinutes = params.number("recovery_minutes");
    if (has("restarts_per_year")) {
        failure.restartsPerYear = params.number("restarts_per_year");
        failure.restartMinutes = params.number("restart_minutes");
    }
    if (has("maintenance_per_year")) {
        failure.restartsPerYear = params.number("maintenance_per_year");
        failure.restartMinutes = params.number("maintenance_minutes");
    }
    if (has("failover_seconds"))
        failure.failoverMinutes = params.number("failover_seconds") / 60.0;
    if (has("promotion_minutes"))
        failure.promotionMinutes = params.number("promotion_minutes");
    if (has("outages_per_year")) {
        failure.outagesPerYear = params.number("outages_per_year");
        failure.outageMinutes = params.number("outage_minutes");
    }
    if (params.has("availability"))
        failure.measured = params.number("availability");
    failure.sla = spec.sla;
    failure.slaSpread = spec.slaSpread;
    return failure;
}

// Zones assumed for a design that names none: two, the fewest an ALB accepts.
const std::vector<std::string> &assumedZones()
{
    static const std::vector<std::string> zones{"a", "b"};
    return zones;
}

// Route 53's failover time: detection (interval × threshold) plus the TTL, in minutes; the
// defaults when the design has no Route 53 (30 s × 3 + 60 s).
double dnsFailoverMinutes(const Project &project)
{
    for (const Component &component : project.components) {
        if (component.type != "route53")
            continue;
        const ResolvedParams params(component, *Catalog::builtIn().find("route53"));
        const double interval = params.text("health_check_interval") == "10s" ? 10.0 : 30.0;
        return (interval * params.number("failure_threshold") + params.number("dns_ttl_s")) / 60.0;
    }
    return (30.0 * 3.0 + 60.0) / 60.0;
}

// Default max_connections from the engine's parameter-group formula. DBInstanceClassMemory
// is taken as the class's nominal memory (GiB × 2³⁰ bytes); AWS reserves a little, so the
// real figure may be slightly lower. PostgreSQL: LEAST(memory / 9 531 392, 5 000);
// MySQL: memory / 12 582 880 (secondary source, see model/README.md).
double defaultMaxConnections(const std::string &engine, double memoryGiB)
{
    const double bytes = memoryGiB * 1073741824.0;
    if (engine == "mysql")
        return std::floor(bytes / 12582880.0);
    return std::min(std::floor(bytes / 9531392.0), 5000.0);
}

std::vector<Quota> managedQuotas(const std::string &type, const ResolvedParams &params)
{
    std::vector<Quota> quotas;
    if (params.has("quota_rps") || type == "cloudfront" || type == "api_gateway")
        quotas.push_back({"requests", params.number("quota_rps"), 1.0, 1.0});
    if (type == "dynamodb") {
        // One read unit per 4 KB strongly consistent read (half for eventually consistent);
        // one write unit per 1 KB written (AWS DynamoDB read/write request units).
        const double itemKb = params.number("item_kb");
        const double readUnits = std::ceil(itemKb / 4.0)
                                 * (params.flag("strongly_consistent_reads") ? 1.0 : 0.5);
        const double writeUnits = std::ceil(itemKb);
        quotas.push_back({"read units", params.number("table_read_units_per_s"), readUnits, 0.0});
        quotas.push_back({"write units", params.number("table_write_units_per_s"), 0.0, writeUnits});
    } else if (type == "s3") {
        const double prefixes = params.number("prefixes");
        quotas.push_back({"GET rate", prefixes * params.number("get_rps_per_prefix"), 1.0, 0.0});
        quotas.push_back({"PUT rate", prefixes * params.number("put_rps_per_prefix"), 0.0, 1.0});
    } else if (type == "sqs" && params.flag("fifo")) {
        const double perAction = params.number("fifo_quota_per_s") * (params.flag("batching") ? 10.0 : 1.0);
        quotas.push_back({"FIFO throughput", perAction, 1.0, 1.0});
    }
    return quotas;
}

// The parameters only pricing reads, copied into `node` when the type has them.
void resolvePricing(const ResolvedParams &params, const ComponentSpec &spec, CompiledNode &node)
{
    auto has = [&](const char *name) { return spec.param(name) != nullptr; };
    if (has("instance_type"))
        node.instanceType = params.text("instance_type");
    if (has("engine"))
        node.engine = params.text("engine");
    if (has("architecture"))
        node.variant = params.text("architecture");
    if (has("api_type"))
        node.variant = params.text("api_type");
    if (has("storage_gb"))
        node.storageGb = params.number("storage_gb");
    if (has("ebs_gb"))
        node.ebsGbPerInstance = params.number("ebs_gb");
    if (has("io_per_write"))
        node.ioPerWrite = params.number("io_per_write");
    if (has("queries_per_request"))
        node.queriesPerRequest = params.number("queries_per_request");
    if (has("rules"))
        node.rules = params.count("rules");
    if (has("requests_per_connection"))
        node.requestsPerConnection = params.number("requests_per_connection");
    if (has("connection_duration_s"))
        node.connectionDurationS = params.number("connection_duration_s");
    if (has("fifo"))
        node.fifo = params.flag("fifo");
    for (const char *price : {"usd_per_task_hour", "usd_per_instance_hour"})
        if (has(price) && params.has(price))
            node.customHourlyUsd = params.number(price);
}

// Fills `node` (a new one) for `component`. `index`: the component's place in the project, named
// by an error (its pointer is built then only).
std::optional<ModelError> resolveNode(const Component &component, const ComponentSpec &spec, size_t index,
                                      CompiledNode &node)
{
    const ResolvedParams params(component, spec);
    resolvePricing(params, spec, node);
    node.id = component.id;
    node.label = displayName(component);
    node.type = component.type;
    node.spec = &spec;
    node.behaviour = spec.behaviour;
    if (spec.filtersReads)
        node.hitRatio = params.number("hit_ratio");
    if (spec.holdsDbConnections)
        node.dbPoolSize = params.count("db_pool_size");

    const InstanceType *instanceType = nullptr;
    if (spec.param("instance_type"))
        instanceType = InstanceTypes::builtIn().find(spec.param("instance_type")->instanceFamily,
                                                     params.text("instance_type"));
    if (spec.param("vcpus"))
        node.vcpus = params.has("vcpus") || !instanceType ? params.count("vcpus")
                                                          : std::llround(instanceType->vcpus);

    switch (spec.behaviour) {
    case Behaviour::Entry:
        node.entryShare = params.number("share");
        break;
    case Behaviour::Station:
        node.instances = params.count("instances");
        node.serviceTimeMs = params.number("service_time_ms");
        break;
    case Behaviour::Scaling:
        node.minInstances = params.count("min_instances");
        node.maxInstances = params.count("max_instances");
        node.targetUtilization = params.number("target_utilization");
        node.serviceTimeMs = params.number("service_time_ms");
        break;
    case Behaviour::Database: {
        node.instances = 1;
        node.readReplicas = params.count("read_replicas");
        node.multiAz = params.flag("multi_az");
        node.serviceTimeMs = params.number("service_time_ms");
        if (params.has("max_connections"))
            node.maxConnections = params.number("max_connections");
        else if (instanceType)
            node.maxConnections = defaultMaxConnections(params.text("engine"), instanceType->memoryGiB);
        else
            return ModelError::at("/components/" + std::to_string(index) + "/params/max_connections",
                                  "required: instance type \"" + params.text("instance_type")
                                      + "\" is not in the table, so its memory and default "
                                        "connection limit are unknown");
        break;
    }
    case Behaviour::Managed:
        node.latencyMs = params.number("latency_ms");
        node.quotas = managedQuotas(spec.type, params);
        if (spec.type == "dynamodb") {
            node.readUnitsPerRead = node.quotas[0].readWeight;
            node.writeUnitsPerWrite = node.quotas[1].writeWeight;
        }
        break;
    case Behaviour::Function:
        node.durationMs = params.number("duration_ms");
        node.memoryMb = params.number("memory_mb");
        node.concurrencyLimit = params.number("concurrency_limit");
        break;
    }
    node.failure = resolveFailure(params, spec);
    return std::nullopt;
}

bool carries(TrafficClass filter, TrafficClass traffic)
{
    return filter == TrafficClass::All || filter == traffic;
}

// Which connections a traffic solve follows.
enum class Follow { All, Sync, Hard };

// Edge gains for one traffic class: calls × class filter × (for reads) the source's miss ratio.
std::vector<double> edgeGains(const CompiledModel &model, TrafficClass traffic, Follow follow)
{
    std::vector<double> gains(model.edges.size(), 0.0);
    for (size_t e = 0; e < model.edges.size(); ++e) {
        const CompiledEdge &edge = model.edges[e];
        const bool skipped = (follow != Follow::All && edge.async) || (follow == Follow::Hard && edge.soft);
        if (skipped || !carries(edge.trafficClass, traffic))
            continue;
        const double forwarded = traffic == TrafficClass::Read ? 1.0 - model.nodes[edge.from].hitRatio : 1.0;
        gains[e] = edge.callsPerRequest * forwarded;
    }
    return gains;
}

std::vector<bool> requestPath(const CompiledModel &model)
{
    std::vector<std::vector<int>> next(model.nodes.size());
    for (const CompiledEdge &edge : model.edges)
        if (!edge.async)
            next[edge.from].push_back(edge.to);
    std::vector<bool> reached(model.nodes.size(), false);
    std::vector<int> pending;
    for (size_t i = 0; i < model.nodes.size(); ++i)
        if (model.nodes[i].behaviour == Behaviour::Entry) {
            reached[i] = true;
            pending.push_back(static_cast<int>(i));
        }
    while (!pending.empty()) {
        const int at = pending.back();
        pending.pop_back();
        for (int to : next[at])
            if (!reached[to]) {
                reached[to] = true;
                pending.push_back(to);
            }
    }
    return reached;
}

} // namespace

const std::string &CompiledModel::labelOf(const std::string &id) const
{
    for (const CompiledNode &node : nodes)
        if (node.id == id)
            return node.label;
    return id;
}

double CompiledModel::entryRateFor(double users) const
{
    return users * workload.requestsPerUserPerDay * workload.peakToAverage / 86400.0;
}

namespace {

// The zones a node's instances spread over: its own zone, its region's zones, or the assumed two.
// Services that span zones by themselves have none.
std::vector<std::string> zonesOf(const CompiledNode &node, const std::vector<Region> &regions)
{
    if (node.behaviour != Behaviour::Station && node.behaviour != Behaviour::Scaling
        && node.behaviour != Behaviour::Database)
        return {};
    if (!node.zone.empty())
        return {node.zone};
    if (node.region >= 0 && !regions[static_cast<size_t>(node.region)].zones.empty())
        return regions[static_cast<size_t>(node.region)].zones;
    return assumedZones();
}

// The project with its users sent to the standby regions, as after the active ones failed: each
// global component's calls into active regions go, in total, to its calls into standby regions
// (evenly when those are all zero, else in their proportions), and the active regions get none,
// so their replication into the standby stops too.
Project routedToStandby(const Project &project)
{
    std::map<std::string, RegionRole> roleOf;
    for (const Region &region : project.regions)
        roleOf[region.id] = region.role;
    std::map<std::string, std::string> regionOf;
    for (const Component &component : project.components)
        regionOf[component.id] = component.region;
    auto role = [&](const std::string &id) -> std::optional<RegionRole> {
        const std::string &region = regionOf[id];
        if (region.empty() || !roleOf.contains(region))
            return std::nullopt;
        return roleOf[region];
    };
    Project routed = project;
    std::map<std::string, double> activeCalls, standbyCalls;
    std::map<std::string, int> standbyEdges;
    for (const Connection &c : project.connections) {
        if (c.async || role(c.from))
            continue;
        if (role(c.to) == RegionRole::Active)
            activeCalls[c.from] += c.callsPerRequest;
        else if (role(c.to) == RegionRole::Standby) {
            standbyCalls[c.from] += c.callsPerRequest;
            ++standbyEdges[c.from];
        }
    }
    for (Connection &c : routed.connections) {
        if (c.async || role(c.from))
            continue;
        if (role(c.to) == RegionRole::Active) {
            c.callsPerRequest = 0.0;
            continue;
        }
        if (role(c.to) != RegionRole::Standby)
            continue;
        const double total = activeCalls[c.from];
        c.callsPerRequest = standbyCalls[c.from] > 0.0 ? total * c.callsPerRequest / standbyCalls[c.from]
                                                        : total / standbyEdges[c.from];
    }
    return routed;
}

Expected<CompiledModel> compileOne(const Project &project)
{
    CompiledModel model;
    model.workload = project.workload;
    model.regions = project.regions;
    std::unordered_map<std::string_view, int> indexOf;  // ids are unique (validated)
    indexOf.reserve(project.components.size());
    model.nodes.reserve(project.components.size());
    model.edges.reserve(project.connections.size());
    for (size_t i = 0; i < project.components.size(); ++i) {
        const Component &component = project.components[i];
        CompiledNode &node = model.nodes.emplace_back();  // built in place: a node is large
        if (auto error = resolveNode(component, *Catalog::builtIn().find(component.type), i, node))
            return *error;
        indexOf[component.id] = static_cast<int>(i);
        model.nodes.back().zone = component.zone;
        for (size_t r = 0; r < project.regions.size(); ++r)
            if (project.regions[r].id == component.region)
                model.nodes.back().region = static_cast<int>(r);
    }
    for (const Connection &connection : project.connections)
        model.edges.push_back({indexOf.at(connection.from), indexOf.at(connection.to),
                               connection.callsPerRequest, connection.trafficClass, connection.async,
                               connection.soft});

    double totalShare = 0.0;
    for (const CompiledNode &node : model.nodes)
        totalShare += node.entryShare;
    std::vector<double> readEntry(model.nodes.size(), 0.0), writeEntry(model.nodes.size(), 0.0);
    for (size_t i = 0; i < model.nodes.size(); ++i) {
        if (model.nodes[i].behaviour != Behaviour::Entry)
            continue;
        model.nodes[i].entryShare /= totalShare;
        readEntry[i] = model.nodes[i].entryShare * project.workload.readFraction;
        writeEntry[i] = model.nodes[i].entryShare * (1.0 - project.workload.readFraction);
    }

    // Hard traffic differs from synchronous traffic only when a connection is soft.
    const bool anySoft = std::any_of(model.edges.begin(), model.edges.end(),
                                     [](const CompiledEdge &edge) { return edge.soft && !edge.async; });
    for (const Follow follow : {Follow::All, Follow::Sync, Follow::Hard}) {
        if (follow == Follow::Hard && !anySoft) {
            model.hardVisits = model.syncVisits;
            continue;
        }
        auto reads = solveTraffic(model.nodes, model.edges, readEntry, edgeGains(model, TrafficClass::Read, follow));
        if (!reads)
            return reads.error();
        auto writes = solveTraffic(model.nodes, model.edges, writeEntry, edgeGains(model, TrafficClass::Write, follow));
        if (!writes)
            return writes.error();
        UnitTraffic &target = follow == Follow::All ? model.visits : follow == Follow::Sync ? model.syncVisits
                                                                                           : model.hardVisits;
        target.reads = std::move(reads.value().nodeRates);
        target.writes = std::move(writes.value().nodeRates);
        if (follow == Follow::All) {
            model.edgeFlows.reads = std::move(reads.value().edgeRates);
            model.edgeFlows.writes = std::move(writes.value().edgeRates);
        }
    }
    model.onRequestPath = requestPath(model);
    for (CompiledNode &node : model.nodes)
        node.zones = zonesOf(node, model.regions);
    model.dnsFailoverMinutes = dnsFailoverMinutes(project);
    model.derived = std::make_shared<DerivedOnce>();
    return model;
}

} // namespace

Expected<CompiledModel> compileModel(const Project &project)
{
    if (auto error = validateProject(project))
        return *error;
    return compileValidatedModel(project);
}

Expected<CompiledModel> compileValidatedModel(const Project &project)
{
    auto model = compileOne(project);
    if (!model)
        return model;
    const bool hasStandby = std::any_of(project.regions.begin(), project.regions.end(),
                                        [](const Region &region) { return region.role == RegionRole::Standby; });
    if (hasStandby) {
        auto takeover = compileOne(routedToStandby(project));
        if (!takeover)
            return takeover.error();
        model.value().takeover = std::make_shared<const CompiledModel>(std::move(takeover).value());
    }
    return model;
}

} // namespace headroom

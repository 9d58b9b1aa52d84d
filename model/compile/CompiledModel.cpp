// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/compile/CompiledModel.h"

#include "model/catalog/Catalog.h"
#include "model/catalog/InstanceTypes.h"
#include "model/io/ProjectValidator.h"
#include "model/compile/TrafficSolver.h"

#include <cmath>
#include <map>

namespace headroom {

namespace {

// A component's parameters with the catalog's defaults filled in. The project has been
// validated, so every value has the kind its spec promises.
class ResolvedParams
{
public:
    ResolvedParams(const Component &component, const ComponentSpec &spec)
        : m_component(component), m_spec(spec) {}

    bool has(const std::string &name) const { return m_component.params.contains(name); }
    double number(const std::string &name) const { return std::get<double>(value(name)); }
    long long count(const std::string &name) const { return std::llround(number(name)); }
    bool flag(const std::string &name) const { return std::get<bool>(value(name)); }
    const std::string &text(const std::string &name) const { return std::get<std::string>(value(name)); }

private:
    const ParamValue &value(const std::string &name) const
    {
        return *paramOrDefault(m_component, &m_spec, name);
    }

    const Component &m_component;
    const ComponentSpec &m_spec;
};

// RDS and Aurora SLA figures (see catalog::kSlaRds, kSlaAurora): the primary's availability
// by Multi-AZ setting, and a replica's, taken as the Single-AZ figure.
struct DatabaseSla { double singleAz; double multiAz; };

DatabaseSla databaseSla(const std::string &type)
{
    return type == "aurora" ? DatabaseSla{0.999, 0.9999} : DatabaseSla{0.995, 0.9995};
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

// The parameters only pricing reads, copied when the type has them.
CompiledNode resolvePricing(const ResolvedParams &params, const ComponentSpec &spec)
{
    CompiledNode node;
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
    return node;
}

Expected<CompiledNode> resolveNode(const Component &component, const ComponentSpec &spec,
                                   const std::string &pointer)
{
    const ResolvedParams params(component, spec);
    CompiledNode node = resolvePricing(params, spec);
    node.id = component.id;
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
        node.instanceAvailability = params.number("availability");
        break;
    case Behaviour::Scaling:
        node.minInstances = params.count("min_instances");
        node.maxInstances = params.count("max_instances");
        node.targetUtilization = params.number("target_utilization");
        node.serviceTimeMs = params.number("service_time_ms");
        node.instanceAvailability = params.number("availability");
        break;
    case Behaviour::Database: {
        node.instances = 1;
        node.readReplicas = params.count("read_replicas");
        node.multiAz = params.flag("multi_az");
        node.serviceTimeMs = params.number("service_time_ms");
        const DatabaseSla sla = databaseSla(spec.type);
        node.instanceAvailability = params.has("availability") ? params.number("availability")
                                    : node.multiAz                ? sla.multiAz
                                                                  : sla.singleAz;
        node.replicaAvailability = sla.singleAz;
        if (params.has("max_connections"))
            node.maxConnections = params.number("max_connections");
        else if (instanceType)
            node.maxConnections = defaultMaxConnections(params.text("engine"), instanceType->memoryGiB);
        else
            return ModelError::at(pointer + "/params/max_connections",
                                  "required: instance type \"" + params.text("instance_type")
                                      + "\" is not in the table, so its memory and default "
                                        "connection limit are unknown");
        break;
    }
    case Behaviour::Managed:
        node.latencyMs = params.number("latency_ms");
        node.availability = params.number("availability");
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
        node.availability = params.number("availability");
        break;
    }
    return node;
}

bool carries(TrafficClass filter, TrafficClass traffic)
{
    return filter == TrafficClass::All || filter == traffic;
}

// Edge gains for one traffic class: calls × class filter × (for reads) the source's miss ratio.
std::vector<double> edgeGains(const CompiledModel &model, TrafficClass traffic, bool syncOnly)
{
    std::vector<double> gains(model.edges.size(), 0.0);
    for (size_t e = 0; e < model.edges.size(); ++e) {
        const CompiledEdge &edge = model.edges[e];
        if ((syncOnly && edge.async) || !carries(edge.trafficClass, traffic))
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

double CompiledModel::entryRateFor(double users) const
{
    return users * workload.requestsPerUserPerDay * workload.peakToAverage / 86400.0;
}

Expected<CompiledModel> compileModel(const Project &project)
{
    if (auto error = validateProject(project))
        return *error;

    CompiledModel model;
    model.workload = project.workload;
    model.regions = project.regions;
    std::map<std::string, int> indexOf;
    for (size_t i = 0; i < project.components.size(); ++i) {
        const Component &component = project.components[i];
        auto node = resolveNode(component, *Catalog::builtIn().find(component.type),
                                "/components/" + std::to_string(i));
        if (!node)
            return node.error();
        indexOf[component.id] = static_cast<int>(i);
        model.nodes.push_back(std::move(node).value());
        model.nodes.back().zone = component.zone;
        for (size_t r = 0; r < project.regions.size(); ++r)
            if (project.regions[r].id == component.region)
                model.nodes.back().region = static_cast<int>(r);
    }
    for (const Connection &connection : project.connections)
        model.edges.push_back({indexOf.at(connection.from), indexOf.at(connection.to),
                               connection.callsPerRequest, connection.trafficClass, connection.async});

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

    for (const bool syncOnly : {false, true}) {
        auto reads = solveTraffic(model.nodes, model.edges, readEntry,
                                  edgeGains(model, TrafficClass::Read, syncOnly));
        if (!reads)
            return reads.error();
        auto writes = solveTraffic(model.nodes, model.edges, writeEntry,
                                   edgeGains(model, TrafficClass::Write, syncOnly));
        if (!writes)
            return writes.error();
        UnitTraffic &target = syncOnly ? model.syncVisits : model.visits;
        target.reads = std::move(reads.value().nodeRates);
        target.writes = std::move(writes.value().nodeRates);
        if (!syncOnly) {
            model.edgeFlows.reads = std::move(reads.value().edgeRates);
            model.edgeFlows.writes = std::move(writes.value().edgeRates);
        }
    }
    model.onRequestPath = requestPath(model);
    return model;
}

} // namespace headroom

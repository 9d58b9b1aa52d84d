// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/advisor/CapacityFixes.h"

#include "model/core/NumberText.h"
#include "model/catalog/Catalog.h"
#include "model/advisor/DesignChanges.h"
#include "model/cost/InstanceClasses.h"

#include <algorithm>
#include <cmath>

namespace headroom {

namespace {

constexpr long long kMaxReadReplicas = 15;  // AWS: up to 15 read replicas per source

// ceil(x) for a count that ought to be whole: 3.0000000001 from rounding is 3.
long long ceilCount(double value)
{
    if (!std::isfinite(value))
        return 0;
    return static_cast<long long>(std::ceil(value - 1e-9));
}

std::string count(long long value) { return groupedText(static_cast<double>(value)); }

std::string unitWord(const CompiledNode &node)
{
    if (node.type == "elasticache" || node.type == "opensearch")
        return "nodes";
    return node.type == "ecs_fargate" ? "tasks" : "instances";
}

// The catalog's upper bound of a count parameter; a raise beyond it is not a fix.
double paramMaximum(const CompiledNode &node, const std::string &name)
{
    const ParamSpec *param = node.spec ? node.spec->param(name) : nullptr;
    return param ? param->maximum : 1e300;
}

double dimension(const ComponentResult &result, const std::string &name)
{
    for (const DimensionResult &d : result.dimensions)
        if (d.name == name)
            return d.utilization;
    return 0.0;
}

const Component &componentAt(const Project &project, int index)
{
    return project.components[static_cast<size_t>(index)];
}

// Whether a database of `vcpus` per instance and `replicas` replicas keeps every instance's cpu
// at or below `target`: the primary takes writes (and reads when it has no replicas); each
// replica takes reads / replicas and the whole write stream (model/README.md §2).
bool databaseFits(const CompiledNode &node, const ComponentResult &result, double vcpus, long long replicas,
                  double target)
{
    const double capacity = target * vcpus * 1000.0 / node.serviceTimeMs;  // queries/s at the target
    const double reads = result.readRatePerSecond;
    const double writes = result.writeRatePerSecond;
    if (replicas == 0)
        return reads + writes <= capacity * (1.0 + 1e-12);
    return writes <= capacity * (1.0 + 1e-12)
           && reads / static_cast<double>(replicas) + writes <= capacity * (1.0 + 1e-12);
}

// Read replicas that bring a database to `target` with its current class; 0 when none can.
long long replicasNeeded(const CompiledNode &node, const ComponentResult &result, double target)
{
    const double capacity = target * static_cast<double>(node.vcpus) * 1000.0 / node.serviceTimeMs;
    const double spare = capacity - result.writeRatePerSecond;
    if (spare <= 0.0)
        return 0;
    const long long needed = std::max(1LL, ceilCount(result.readRatePerSecond / spare));
    return needed <= kMaxReadReplicas ? needed : 0;
}

bool stationFits(const CompiledNode &node, const ComponentResult &result, double vcpus, double target)
{
    const double offered = result.arrivalRatePerSecond * node.serviceTimeMs / 1000.0;
    const long long instances = node.behaviour == Behaviour::Scaling ? node.maxInstances : node.instances;
    return offered <= target * vcpus * static_cast<double>(instances) * (1.0 + 1e-12);
}

ProposedChange withReplicas(const Project &project, const CompiledNode &node, long long replicas)
{
    const long long added = replicas - node.readReplicas;
    const std::string what = added == 1 ? std::string("a read replica") : count(added) + " read replicas";
    return {"Add " + what + " to " + node.label + " (" + count(node.readReplicas) + " → " + count(replicas) + ")",
            withParam(project, node.id, "read_replicas", static_cast<double>(replicas))};
}

// The parameter that sets a managed service's quota for `dimension`, and how its value reads.
struct QuotaParam
{
    const char *name;
    const char *label;
};

std::optional<QuotaParam> quotaParam(const std::string &dimension)
{
    if (dimension == "requests")
        return QuotaParam{"quota_rps", "requests/s quota"};
    if (dimension == "read units")
        return QuotaParam{"table_read_units_per_s", "read units/s"};
    if (dimension == "write units")
        return QuotaParam{"table_write_units_per_s", "write units/s"};
    if (dimension == "GET rate" || dimension == "PUT rate")
        return QuotaParam{"prefixes", "key prefixes"};
    if (dimension == "FIFO throughput")
        return QuotaParam{"fifo_quota_per_s", "FIFO messages/s quota"};
    if (dimension == "concurrency")
        return QuotaParam{"concurrency_limit", "concurrency_limit"};
    return std::nullopt;
}

} // namespace

std::optional<ProposedChange> scaleOutTo(const Project &project, const MeasuredDesign &design, int index,
                                         double target)
{
    const CompiledNode &node = design.model.nodes[static_cast<size_t>(index)];
    const ComponentResult &result = design.evaluation.components[static_cast<size_t>(index)];
    const double offered = result.arrivalRatePerSecond * node.serviceTimeMs / 1000.0;
    const long long needed = ceilCount(offered / (static_cast<double>(std::max(1LL, node.vcpus)) * target));
    if (node.behaviour == Behaviour::Station) {
        const long long to = std::max(needed, node.instances + 1);
        if (static_cast<double>(to) > paramMaximum(node, "instances"))
            return std::nullopt;
        return ProposedChange{"Scale " + node.label + " out from " + count(node.instances) + " to " + count(to) + " "
                                  + unitWord(node),
                              withParam(project, node.id, "instances", static_cast<double>(to))};
    }
    if (node.behaviour == Behaviour::Scaling) {
        const long long to = std::max(needed, node.maxInstances + 1);
        if (static_cast<double>(to) > paramMaximum(node, "max_instances"))
            return std::nullopt;
        return ProposedChange{"Raise " + possessive(node.label) + " max_instances from " + count(node.maxInstances) + " to "
                                  + count(to),
                              withParam(project, node.id, "max_instances", static_cast<double>(to))};
    }
    return std::nullopt;
}

std::optional<ProposedChange> largerClass(const Project &project, const MeasuredDesign &design, int index,
                                          const PriceBook &book, std::optional<double> target, LargerFor purpose)
{
    const CompiledNode &node = design.model.nodes[static_cast<size_t>(index)];
    const ComponentResult &result = design.evaluation.components[static_cast<size_t>(index)];
    const ParamSpec *param = node.spec ? node.spec->param("instance_type") : nullptr;
    if (!param || node.instanceType.empty())
        return std::nullopt;
    std::vector<const InstanceType *> larger = largerInSeries(param->instanceFamily, node.instanceType);
    std::vector<const InstanceType *> priced;
    if (purpose == LargerFor::Cpu)
        std::erase_if(larger, [&](const InstanceType *type) { return type->vcpus <= static_cast<double>(node.vcpus); });
    for (const InstanceType *type : larger)
        if (hasInstancePrice(node, type->name, book))
            priced.push_back(type);
    const std::vector<const InstanceType *> &choices = priced.empty() ? larger : priced;
    if (choices.empty())
        return std::nullopt;
    const InstanceType *chosen = choices.front();
    if (target) {
        chosen = choices.back();
        for (const InstanceType *type : choices) {
            const bool fits = node.behaviour == Behaviour::Database
                                  ? databaseFits(node, result, type->vcpus, node.readReplicas, *target)
                                  : stationFits(node, result, type->vcpus, *target);
            if (fits) {
                chosen = type;
                break;
            }
        }
    }
    Project changed = withParam(project, node.id, "instance_type", chosen->name);
    for (Component &component : changed.components)
        if (component.id == node.id)
            component.params.erase("vcpus");  // the class sets vCPUs now
    return ProposedChange{"Move " + node.label + " from " + node.instanceType + " to " + chosen->name + " ("
                              + count(node.vcpus) + " → " + groupedText(chosen->vcpus) + " vCPUs)",
                          std::move(changed)};
}

std::optional<ProposedChange> databaseCapacityTo(const Project &project, const MeasuredDesign &design,
                                                 int index, double target, const PriceBook &book)
{
    const CompiledNode &node = design.model.nodes[static_cast<size_t>(index)];
    const ComponentResult &result = design.evaluation.components[static_cast<size_t>(index)];
    if (node.behaviour != Behaviour::Database)
        return std::nullopt;
    const bool replicasLimit = dimension(result, "cpu (replicas)") > dimension(result, "cpu (primary)");
    const bool readHeavy = result.readRatePerSecond > result.writeRatePerSecond;
    if (replicasLimit || (node.readReplicas == 0 && readHeavy)) {
        const long long replicas = replicasNeeded(node, result, target);
        if (replicas > node.readReplicas)
            return withReplicas(project, node, replicas);
    }
    return largerClass(project, design, index, book, target);
}

std::optional<ProposedChange> raiseLimitTo(const Project &project, const MeasuredDesign &design, int index,
                                           const std::string &dimensionName, double target)
{
    const CompiledNode &node = design.model.nodes[static_cast<size_t>(index)];
    const ComponentResult &result = design.evaluation.components[static_cast<size_t>(index)];
    const auto param = quotaParam(dimensionName);
    const Component &component = componentAt(project, index);
    if (!param)
        return std::nullopt;
    const double current = numberParam(component, param->name).value_or(0.0);
    const double utilization = dimension(result, dimensionName);
    if (!(current > 0.0) || !(utilization > 0.0) || !(target > 0.0))
        return std::nullopt;
    const long long to = std::max(ceilCount(current * utilization / target), ceilCount(current) + 1);
    if (static_cast<double>(to) > paramMaximum(node, param->name))
        return std::nullopt;
    Project changed = withParam(project, node.id, param->name, static_cast<double>(to));
    if (dimensionName == "GET rate" || dimensionName == "PUT rate")
        return ProposedChange{"Spread " + possessive(node.label) + " keys over " + count(to) + " prefixes (from "
                                  + count(ceilCount(current)) + ")",
                              std::move(changed)};
    return ProposedChange{"Raise " + possessive(node.label) + " " + param->label + " from " + groupedText(current) + " to "
                              + count(to) + " (a quota increase request to AWS)",
                          std::move(changed)};
}

std::optional<ProposedChange> rdsProxyFor(const Project &project, const MeasuredDesign &design, int index)
{
    const CompiledNode &node = design.model.nodes[static_cast<size_t>(index)];
    if (node.behaviour != Behaviour::Database)
        return std::nullopt;
    std::vector<std::string> callers;
    std::vector<std::string> callerLabels;
    for (const CompiledEdge &edge : design.model.edges) {
        const CompiledNode &caller = design.model.nodes[static_cast<size_t>(edge.from)];
        if (edge.to != index || !(caller.spec->holdsDbConnections || caller.behaviour == Behaviour::Function))
            continue;
        if (std::find(callers.begin(), callers.end(), caller.id) == callers.end()) {
            callers.push_back(caller.id);
            callerLabels.push_back(caller.label);
        }
    }
    if (callers.empty())
        return std::nullopt;
    std::string names;
    for (size_t i = 0; i < callerLabels.size(); ++i)
        names += (i == 0 ? "" : i + 1 == callerLabels.size() ? " and " : ", ") + callerLabels[i];
    return ProposedChange{"Put an RDS Proxy between " + names + " and " + node.label
                              + " (it multiplexes their connections onto the queries in flight)",
                          withRdsProxy(project, node.id, callers)};
}

std::vector<ProposedChange> stepFixes(const Project &project, const MeasuredDesign &design, int index,
                                      const PriceBook &book)
{
    const CompiledNode &node = design.model.nodes[static_cast<size_t>(index)];
    const ComponentResult &result = design.evaluation.components[static_cast<size_t>(index)];
    std::vector<ProposedChange> fixes;
    auto add = [&](std::optional<ProposedChange> fix) {
        if (fix)
            fixes.push_back(std::move(*fix));
    };
    switch (node.behaviour) {
    case Behaviour::Station:
        add(scaleOutTo(project, design, index, 1e300));  // one step: the count + 1
        add(largerClass(project, design, index, book));
        break;
    case Behaviour::Scaling: {
        // A higher maximum costs nothing until the instances run, so one more would rank first and
        // come back after every apply having bought one instance's worth of users: double it.
        const long long to = std::max(2 * node.maxInstances, node.maxInstances + 1);
        if (static_cast<double>(to) <= paramMaximum(node, "max_instances"))
            add(ProposedChange{"Raise " + possessive(node.label) + " max_instances from " + count(node.maxInstances) + " to "
                                   + count(to),
                               withParam(project, node.id, "max_instances", static_cast<double>(to))});
        add(largerClass(project, design, index, book));
        break;
    }
    case Behaviour::Database:
        if (node.readReplicas < kMaxReadReplicas)
            add(withReplicas(project, node, node.readReplicas + 1));
        add(largerClass(project, design, index, book, std::nullopt,
                        result.limitingDimension == "connections" ? LargerFor::Memory : LargerFor::Cpu));
        add(rdsProxyFor(project, design, index));
        break;
    case Behaviour::Function:
    case Behaviour::Managed:
        if (!result.limitingDimension.empty())
            add(raiseLimitTo(project, design, index, result.limitingDimension, result.utilization / 2.0));
        break;
    case Behaviour::Entry:
        break;
    }
    return fixes;
}

} // namespace headroom

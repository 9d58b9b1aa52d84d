// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The capacity checks: utilization, connections, Lambda concurrency, weak caches.

#include "model/advisor/AdvisorChecks.h"

#include "model/core/NumberText.h"
#include "model/advisor/CapacityFixes.h"
#include "model/advisor/DesignChanges.h"

#include <algorithm>
#include <vector>

namespace headroom::advice {

namespace {

std::string atUsers(const Context &context)
{
    return " at " + usersText(context.users);
}

// "web runs at 92 % (cpu)" or "web is saturated (cpu at 134 %)".
std::string load(const std::string &name, double utilization, const std::string &dimension)
{
    if (utilization >= 1.0)
        return name + " is saturated (" + dimension + " at " + utilizationText(utilization) + ")";
    return name + " runs at " + utilizationText(utilization) + " (" + dimension + ")";
}

// The name of the highest cpu dimension ("cpu", "cpu (primary)", "cpu (replicas)").
std::string cpuDimensionName(const ComponentResult &result)
{
    const DimensionResult *highest = nullptr;
    for (const DimensionResult &d : result.dimensions)
        if (d.name.rfind("cpu", 0) == 0 && (!highest || d.utilization > highest->utilization))
            highest = &d;
    return highest ? highest->name : std::string("cpu");
}

// The quota dimension of a managed service that is highest, with its utilization.
const DimensionResult *highestDimension(const ComponentResult &result)
{
    const DimensionResult *highest = nullptr;
    for (const DimensionResult &d : result.dimensions)
        if (!highest || d.utilization > highest->utilization)
            highest = &d;
    return highest;
}

void overUtilizedStation(const Context &context, std::vector<Finding> &findings, size_t i)
{
    const CompiledNode &node = context.node(i);
    const ComponentResult &result = context.result(i);
    const double utilization = cpuUtilization(result);
    const bool scaling = node.behaviour == Behaviour::Scaling;
    // An Auto Scaling group below max_instances adds instances by itself; at max it is
    // held to its own target.
    const double target = scaling ? node.targetUtilization : kUtilizationTarget;
    if (utilization <= target || (scaling && result.instances < node.maxInstances))
        return;
    auto fix = scaleOutTo(context.project, context.design, static_cast<int>(i), target);
    if (!fix)
        return;
    std::string message = load(node.label, utilization, "cpu") + atUsers(context) + ", above the "
                          + percentText(target) + " target";
    message += scaling ? " with all " + groupedText(static_cast<double>(node.maxInstances)) + " instances running"
                       : " on " + groupedText(static_cast<double>(result.servers)) + " vCPUs";
    message += "; queueing delay grows steeply as utilization nears 100 %";
    addFinding(context, findings, FindingKind::OverUtilization, node.id, std::move(message),
               std::move(fix->proposal), std::move(fix->changed));
}

void overUtilizedDatabase(const Context &context, std::vector<Finding> &findings, size_t i)
{
    const ComponentResult &result = context.result(i);
    const double utilization = cpuUtilization(result);
    if (utilization <= kUtilizationTarget)
        return;
    auto fix = databaseCapacityTo(context.project, context.design, static_cast<int>(i), kUtilizationTarget,
                                  context.book);
    if (!fix)
        return;
    std::string message = load(context.node(i).label, utilization, cpuDimensionName(result))
                          + atUsers(context) + ", above the " + percentText(kUtilizationTarget) + " target; it takes "
                          + measureText(result.readRatePerSecond) + " reads/s and "
                          + measureText(result.writeRatePerSecond) + " writes/s";
    addFinding(context, findings, FindingKind::OverUtilization, result.id, std::move(message),
               std::move(fix->proposal), std::move(fix->changed));
}

void overUtilizedQuota(const Context &context, std::vector<Finding> &findings, size_t i)
{
    const ComponentResult &result = context.result(i);
    const DimensionResult *dimension = highestDimension(result);
    if (!dimension || dimension->utilization <= kUtilizationTarget)
        return;
    auto fix = raiseLimitTo(context.project, context.design, static_cast<int>(i), dimension->name,
                            kUtilizationTarget);
    if (!fix)
        return;
    addFinding(context, findings, FindingKind::OverUtilization, result.id,
               load(context.node(i).label, dimension->utilization, dimension->name) + atUsers(context) + ", above the "
                   + percentText(kUtilizationTarget) + " target; past the quota AWS throttles requests",
               std::move(fix->proposal), std::move(fix->changed));
}

// Databases reached from component `from` through managed services (a proxy), not beyond.
std::vector<size_t> downstreamDatabases(const CompiledModel &model, size_t from)
{
    std::vector<size_t> found;
    std::vector<bool> seen(model.nodes.size(), false);
    std::vector<size_t> pending{from};
    seen[from] = true;
    while (!pending.empty()) {
        const size_t at = pending.back();
        pending.pop_back();
        for (const CompiledEdge &edge : model.edges) {
            const auto to = static_cast<size_t>(edge.to);
            if (static_cast<size_t>(edge.from) != at || seen[to])
                continue;
            seen[to] = true;
            if (model.nodes[to].behaviour == Behaviour::Database)
                found.push_back(to);
            else if (model.nodes[to].behaviour == Behaviour::Managed)
                pending.push_back(to);
        }
    }
    return found;
}

} // namespace

double cpuUtilization(const ComponentResult &result)
{
    double highest = 0.0;
    for (const DimensionResult &d : result.dimensions)
        if (d.name.rfind("cpu", 0) == 0)
            highest = std::max(highest, d.utilization);
    return highest;
}

void checkOverUtilization(const Context &context, std::vector<Finding> &findings)
{
    for (size_t i = 0; i < context.design.model.nodes.size(); ++i) {
        switch (context.node(i).behaviour) {
        case Behaviour::Station:
        case Behaviour::Scaling:
            overUtilizedStation(context, findings, i);
            break;
        case Behaviour::Database:
            overUtilizedDatabase(context, findings, i);
            break;
        case Behaviour::Managed:
            overUtilizedQuota(context, findings, i);
            break;
        case Behaviour::Entry:
        case Behaviour::Function:  // concurrency: checkLambdaConcurrency
            break;
        }
    }
}

void checkConnectionExhaustion(const Context &context, std::vector<Finding> &findings)
{
    for (size_t i = 0; i < context.design.model.nodes.size(); ++i) {
        const ComponentResult &result = context.result(i);
        if (!result.connectionDemand || !result.maxConnections || !(*result.maxConnections > 0.0))
            continue;
        const double share = *result.connectionDemand / *result.maxConnections;
        if (share < kLimitWarning)
            continue;
        auto fix = rdsProxyFor(context.project, context.design, static_cast<int>(i));
        if (!fix)
            fix = largerClass(context.project, context.design, static_cast<int>(i), context.book, std::nullopt,
                              LargerFor::Memory);
        if (!fix)
            continue;
        addFinding(context, findings, FindingKind::ConnectionExhaustion, result.id,
                   context.node(i).label + " is asked for " + groupedText(*result.connectionDemand) + " connections"
                       + atUsers(context) + ", " + percentText(share) + " of its max_connections ("
                       + groupedText(*result.maxConnections) + "); past the limit new connections are refused",
                   std::move(fix->proposal), std::move(fix->changed));
    }
}

void checkLambdaConcurrency(const Context &context, std::vector<Finding> &findings)
{
    for (size_t i = 0; i < context.design.model.nodes.size(); ++i) {
        const CompiledNode &node = context.node(i);
        const ComponentResult &result = context.result(i);
        if (node.behaviour != Behaviour::Function || !result.concurrency || !(node.concurrencyLimit > 0.0))
            continue;
        const double share = *result.concurrency / node.concurrencyLimit;
        if (share < kLimitWarning)
            continue;
        auto fix = raiseLimitTo(context.project, context.design, static_cast<int>(i), "concurrency",
                                kUtilizationTarget);
        if (!fix)
            continue;
        addFinding(context, findings, FindingKind::LambdaConcurrency, node.id,
                   node.label + " needs " + groupedText(*result.concurrency) + " concurrent executions" + atUsers(context)
                       + " (" + measureText(result.arrivalRatePerSecond) + " invocations/s × "
                       + msText(node.durationMs) + "), " + percentText(share) + " of its limit of "
                       + groupedText(node.concurrencyLimit) + "; past it invocations are throttled",
                   std::move(fix->proposal), std::move(fix->changed));
    }
}

void checkCacheTooWeak(const Context &context, std::vector<Finding> &findings)
{
    for (size_t i = 0; i < context.design.model.nodes.size(); ++i) {
        const CompiledNode &node = context.node(i);
        if (!node.spec->filtersReads || node.hitRatio >= kGoodHitRatio)
            continue;
        const ComponentResult *busiest = nullptr;
        const std::string *busiestLabel = nullptr;
        for (size_t db : downstreamDatabases(context.design.model, i))
            if (!busiest || cpuUtilization(context.result(db)) > cpuUtilization(*busiest)) {
                busiest = &context.result(db);
                busiestLabel = &context.node(db).label;
            }
        if (!busiest || cpuUtilization(*busiest) <= kUtilizationTarget)
            continue;
        const std::string how = node.type == "cloudfront" ? "cache more at the edge: longer TTLs, fewer cache-key variations"
                                                           : "cache more: a larger node or longer TTL";
        addFinding(context, findings, FindingKind::CacheTooWeak, node.id,
                   node.label + " answers " + percentText(node.hitRatio) + " of reads; the misses put "
                       + load(*busiestLabel, cpuUtilization(*busiest), cpuDimensionName(*busiest)) + atUsers(context)
                       + ", above the " + percentText(kUtilizationTarget) + " target",
                   "Raise " + possessive(node.label) + " hit ratio from " + percentText(node.hitRatio) + " to "
                       + percentText(kGoodHitRatio) + " (" + how + ")",
                   withParam(context.project, node.id, "hit_ratio", kGoodHitRatio), busiest->id);
    }
}

} // namespace headroom::advice

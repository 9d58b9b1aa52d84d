// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/evaluation/ComponentEvaluator.h"

#include "model/evaluation/FailureCauses.h"
#include "model/math/MultiServerQueue.h"

#include <algorithm>
#include <cmath>

namespace headroom {

namespace {

void evaluateStation(const CompiledNode &node, ComponentResult &result, VisitTimes &times, CauseWriter &causes)
{
    const double lambda = result.arrivalRatePerSecond;
    const double offered = lambda * node.serviceTimeMs / 1000.0;
    result.instances = runningInstances(node, offered);
    result.servers = result.instances * node.vcpus;
    result.serviceTimeMs = node.serviceTimeMs;
    const MmcResult station = evaluateMmc(lambda, node.serviceTimeMs, result.servers);
    result.dimensions.push_back({"cpu", station.utilization, std::nullopt});
    result.waitProbability = station.waitProbability;
    result.responseTimeMs = station.responseTimeMs;
    result.inFlight = station.inFlight;
    times = {station.responseTimeMs, station.responseTimeMs};
    addInstanceTierCauses(node, result.instances, instancesNeeded(offered, node.vcpus), causes);
}

// A primary that takes all writes (and all reads when it has no replicas), and replicas that
// share the reads evenly and each apply the whole write stream.
void evaluateDatabase(const CompiledNode &node, ComponentResult &result, VisitTimes &times, CauseWriter &causes)
{
    const double reads = result.readRatePerSecond;
    const double writes = result.writeRatePerSecond;
    const long long replicas = node.readReplicas;
    const double primaryRate = writes + (replicas == 0 ? reads : 0.0);
    const double replicaRate = replicas > 0 ? reads / static_cast<double>(replicas) + writes : 0.0;
    const MmcResult primary = evaluateMmc(primaryRate, node.serviceTimeMs, node.vcpus);
    result.instances = 1 + replicas;
    result.servers = result.instances * node.vcpus;
    result.serviceTimeMs = node.serviceTimeMs;
    result.dimensions.push_back({"cpu (primary)", primary.utilization, std::nullopt});
    result.waitProbability = primary.waitProbability;
    times.writeMs = primary.responseTimeMs;
    times.readMs = primary.responseTimeMs;

    long long replicasNeeded = 0;
    bool anySaturated = primary.saturated;
    if (replicas > 0) {
        const MmcResult replica = evaluateMmc(replicaRate, node.serviceTimeMs, node.vcpus);
        result.dimensions.push_back({"cpu (replicas)", replica.utilization, std::nullopt});
        if (replica.utilization > primary.utilization)
            result.waitProbability = replica.waitProbability;
        times.readMs = replica.responseTimeMs;
        anySaturated = anySaturated || replica.saturated;
        // Every replica applies every write: work the replicas do that no caller waits for.
        result.replayRatePerSecond = writes * static_cast<double>(replicas);
        // Replicas needed for the reads when each also applies the writes.
        const double readLoad = reads * node.serviceTimeMs / 1000.0;
        const double spare = static_cast<double>(node.vcpus) - writes * node.serviceTimeMs / 1000.0;
        const long long needed = spare > 0.0
            ? std::max(1LL, static_cast<long long>(std::min(std::ceil(readLoad / spare), 1e15)))
            : replicas + 1;
        // Reads fall back to the primary when replicas are down, so replicas count against
        // availability only when the primary could not carry reads and writes on its own.
        const double totalLoad = (reads + writes) * node.serviceTimeMs / 1000.0;
        if (totalLoad >= static_cast<double>(node.vcpus))
            replicasNeeded = needed;
    }
    addDatabaseCauses(node, replicasNeeded, causes);

    const double lambda = result.arrivalRatePerSecond;
    if (!anySaturated) {
        // The callers' requests only (reads at a replica, writes at the primary), so that
        // in_flight = arrival rate × response time holds (Little's law); replays are reported
        // as replay_rate_rps, and show in the replicas' utilization.
        result.responseTimeMs = lambda > 0.0
            ? (reads * *times.readMs + writes * *times.writeMs) / lambda
            : *times.writeMs;
        result.inFlight = (reads * *times.readMs + writes * *times.writeMs) / 1000.0;
    }
}

void evaluateManaged(const CompiledNode &node, ComponentResult &result, VisitTimes &times, CauseWriter &causes)
{
    for (const Quota &quota : node.quotas) {
        const double demand = result.readRatePerSecond * quota.readWeight
                              + result.writeRatePerSecond * quota.writeWeight;
        result.dimensions.push_back({quota.dimension, demand / quota.perSecond, std::nullopt});
    }
    times = {node.latencyMs, node.latencyMs};
    result.responseTimeMs = node.latencyMs;
    result.inFlight = result.arrivalRatePerSecond * node.latencyMs / 1000.0;
    addServiceCauses(node, causes);
}

// Concurrency = λ × duration (Little's law) against the function's concurrency limit.
void evaluateFunction(const CompiledNode &node, ComponentResult &result, VisitTimes &times, CauseWriter &causes)
{
    const double concurrency = result.arrivalRatePerSecond * node.durationMs / 1000.0;
    result.concurrency = concurrency;
    result.dimensions.push_back({"concurrency", concurrency / node.concurrencyLimit, std::nullopt});
    times = {node.durationMs, node.durationMs};
    result.responseTimeMs = node.durationMs;
    result.inFlight = concurrency;
    addServiceCauses(node, causes);
}

} // namespace

long long instancesNeeded(double offeredLoadErlangs, long long vcpus)
{
    const double needed = std::ceil(offeredLoadErlangs / static_cast<double>(std::max(1LL, vcpus)));
    return std::max(1LL, static_cast<long long>(std::min(needed, 1e15)));
}

long long instancesNeeded(const CompiledNode &node, const ComponentResult &result)
{
    return instancesNeeded(result.arrivalRatePerSecond * node.serviceTimeMs / 1000.0, node.vcpus);
}

long long runningInstances(const CompiledNode &node, double offeredLoadErlangs)
{
    if (node.behaviour != Behaviour::Scaling)
        return node.instances;
    const double perInstance = static_cast<double>(node.vcpus) * node.targetUtilization;
    const double wanted = perInstance > 0.0 ? std::ceil(offeredLoadErlangs / perInstance)
                                            : static_cast<double>(node.maxInstances);
    return std::clamp(static_cast<long long>(std::min(wanted, 1e15)), node.minInstances,
                      node.maxInstances);
}

ComponentResult evaluateComponent(const CompiledModel &model, int index, double entryRate,
                                  VisitTimes *visitTimes)
{
    ComponentResult result;
    evaluateFreshComponent(model, index, entryRate, result, visitTimes);
    return result;
}

void evaluateComponent(const CompiledModel &model, int index, double entryRate, ComponentResult &result,
                       VisitTimes *visitTimes, bool namesCurrent)
{
    // A fresh result that keeps the old one's storage: its names (written over only where they
    // differ), its dimensions' list, and its causes, which CauseWriter writes over (their names
    // are usually the same again).
    // Copied from a constant rather than from a temporary built on the stack, whose narrow
    // stores the wide copy would wait for.
    static const ComponentFigures kCleared;
    static_cast<ComponentFigures &>(result) = kCleared;
    result.limitingDimension.clear();
    result.dimensions.clear();
    evaluateFreshComponent(model, index, entryRate, result, visitTimes, namesCurrent);
}

void evaluateFreshComponent(const CompiledModel &model, int index, double entryRate, ComponentResult &result,
                            VisitTimes *visitTimes, bool namesCurrent)
{
    const CompiledNode &node = model.nodes[index];
    if (!namesCurrent) {
        if (result.id != node.id)
            result.id = node.id;
        if (result.type != node.type)
            result.type = node.type;
    }
    result.readRatePerSecond = entryRate * model.visits.reads[index];
    result.writeRatePerSecond = entryRate * model.visits.writes[index];
    result.arrivalRatePerSecond = result.readRatePerSecond + result.writeRatePerSecond;
    result.onRequestPath = model.onRequestPath[index];
    result.requestShare = std::min(1.0, model.hardVisits.reads[index] + model.hardVisits.writes[index]);

    if (result.dimensions.capacity() == 0)
        result.dimensions.reserve(4);  // one allocation for a component's few dimensions
    VisitTimes unused;
    VisitTimes &times = visitTimes ? *visitTimes : unused;  // written in place, not copied after
    CauseWriter causes(result.causes);
    switch (node.behaviour) {
    case Behaviour::Entry:
        times = {0.0, 0.0};
        result.responseTimeMs = 0.0;
        result.inFlight = 0.0;
        break;
    case Behaviour::Station:
    case Behaviour::Scaling:
        evaluateStation(node, result, times, causes);
        break;
    case Behaviour::Database:
        evaluateDatabase(node, result, times, causes);
        break;
    case Behaviour::Managed:
        evaluateManaged(node, result, times, causes);
        break;
    case Behaviour::Function:
        evaluateFunction(node, result, times, causes);
        break;
    }
    causes.finish();
}

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/evaluation/Evaluator.h"

#include "model/math/Availability.h"
#include "model/evaluation/ComponentEvaluator.h"
#include "model/evaluation/ConnectionLimits.h"
#include "model/evaluation/FailureCauses.h"
#include "model/evaluation/ModelConstants.h"
#include "model/evaluation/RegionAvailability.h"

#include <algorithm>

namespace headroom {

namespace {

void summarise(ComponentResult &result)
{
    for (const DimensionResult &dimension : result.dimensions) {
        if (dimension.utilization > result.utilization) {
            result.utilization = dimension.utilization;
            result.limitingDimension = dimension.name;
        }
        if (dimension.usersAtSaturation
            && (!result.usersAtSaturation || *dimension.usersAtSaturation < *result.usersAtSaturation))
            result.usersAtSaturation = dimension.usersAtSaturation;
    }
    result.saturated = result.utilization >= 1.0;
    if (result.saturated) {
        result.responseTimeMs.reset();
        result.inFlight.reset();
    }
    if (result.utilization > 0.0) {
        result.headroom = 1.0 / result.utilization;
        if (result.arrivalRatePerSecond > 0.0)
            result.capacityRps = result.arrivalRatePerSecond / result.utilization;
    }
}

bool busierThan(const ComponentResult &a, const ComponentResult &b)
{
    if (a.utilization != b.utilization)
        return a.utilization > b.utilization;
    if (a.usersAtSaturation && b.usersAtSaturation)
        return *a.usersAtSaturation < *b.usersAtSaturation;
    return a.usersAtSaturation.has_value() && !b.usersAtSaturation.has_value();
}

// The component that breaks first: the smallest user count at saturation (ties: the busier
// now). Without any saturation point (nothing has a limit), the busiest one; none when
// nothing carries load.
const ComponentResult *firstToBreak(const std::vector<ComponentResult> &components)
{
    const ComponentResult *first = nullptr;
    for (const ComponentResult &result : components) {
        if (!result.usersAtSaturation)
            continue;
        if (!first || *result.usersAtSaturation < *first->usersAtSaturation
            || (*result.usersAtSaturation == *first->usersAtSaturation && result.utilization > first->utilization))
            first = &result;
    }
    if (first)
        return first;
    for (const ComponentResult &result : components)
        if (result.utilization > 0.0 && (!first || busierThan(result, *first)))
            first = &result;
    return first;
}

} // namespace

Evaluation evaluate(const CompiledModel &model, double users)
{
    Evaluation evaluation;
    evaluate(model, users, evaluation);
    return evaluation;
}

void evaluate(const CompiledModel &model, double users, Evaluation &evaluation)
{
    bool namesInPlace = false;  // the same model into the same storage: every name is right already
    {
        // A fresh evaluation that keeps the old one's storage: its components, connections and
        // downtime contributors are evaluated again in place.
        std::vector<ComponentResult> components = std::move(evaluation.components);
        std::vector<ConnectionResult> connections = std::move(evaluation.connections);
        std::vector<DowntimeContributor> contributors = std::move(evaluation.downtimeContributors);
        std::vector<RegionResult> regions = std::move(evaluation.regions);
        std::string bottleneck = std::move(evaluation.bottleneck);
        namesInPlace = model.derived && evaluation.evaluatedModel == model.derived
                       && components.size() == model.nodes.size() && connections.size() == model.edges.size();
        evaluation = Evaluation();
        regions.clear();  // (the contributors are written over: setContributors)
        bottleneck.clear();
        evaluation.components = std::move(components);
        evaluation.connections = std::move(connections);
        evaluation.downtimeContributors = std::move(contributors);
        evaluation.regions = std::move(regions);
        evaluation.bottleneck = std::move(bottleneck);
    }
    evaluation.users = users;
    const double entryRate = model.entryRateFor(users);
    evaluation.entryRatePerSecond = entryRate;

    const int count = static_cast<int>(model.nodes.size());
    // Each component's visit times, for the response time below: kept per thread, so that a
    // sweep's points do not allocate them again.
    thread_local std::vector<VisitTimes> times;
    times.assign(model.nodes.size(), VisitTimes());
    const size_t reused = evaluation.components.size();  // results to clear; the others are new
    evaluation.components.resize(model.nodes.size());
    ModelConstants scratch;
    const ModelConstants &constants = modelConstants(model, scratch);
    const ConnectionLimits connections(model, constants.incomingEdges);
    for (int i = 0; i < count; ++i) {
        ComponentResult &result = evaluation.components[i];
        if (static_cast<size_t>(i) < reused)
            evaluateComponent(model, i, entryRate, result, &times[i], namesInPlace);
        else
            evaluateFreshComponent(model, i, entryRate, result, &times[i]);
        // Saturation points follow from the model alone (ModelConstants.h).
        const std::vector<std::optional<double>> &saturation = constants.usersAtSaturation[i];
        for (size_t d = 0; d < result.dimensions.size() && d < saturation.size(); ++d)
            result.dimensions[d].usersAtSaturation = saturation[d];
        const CompiledNode &node = model.nodes[i];
        if (node.behaviour == Behaviour::Database) {
            const double demand = connections.demand(i, entryRate, &result);  // before summarise()
            result.connectionDemand = demand;
            result.maxConnections = node.maxConnections;
            result.dimensions.push_back({"connections", demand / node.maxConnections,
                                         constants.connectionsUsersAtLimit[i]});
        }
        summarise(result);
        const bool station = node.behaviour == Behaviour::Station || node.behaviour == Behaviour::Scaling;
        if (station && result.servers == 0) {
            result.capacityRps = 0.0;  // no servers: nothing served, whatever the clamped utilization says
            result.headroom = 0.0;
        }
        addOverloadCause(result);
        finishAvailability(node, result);
    }

    // Request path: R = Σ (λᵢ/λ₀)·Wᵢ over sync visits.
    double responseMs = 0.0;
    bool responseDefined = true;
    for (int i = 0; i < count; ++i) {
        const ComponentResult &result = evaluation.components[i];
        if (!result.onRequestPath)
            continue;
        const double readVisits = model.syncVisits.reads[i];
        const double writeVisits = model.syncVisits.writes[i];
        if (readVisits <= 0.0 && writeVisits <= 0.0)
            continue;
        if (result.saturated || (readVisits > 0.0 && !times[i].readMs)
            || (writeVisits > 0.0 && !times[i].writeMs)) {
            responseDefined = false;
            continue;
        }
        responseMs += readVisits * times[i].readMs.value_or(0.0) + writeVisits * times[i].writeMs.value_or(0.0);
    }
    if (responseDefined) {
        evaluation.responseTimeMs = responseMs;
        evaluation.concurrentRequests = entryRate * responseMs / 1000.0;
    }
    if (model.regions.size() < 2)
        composeOneRegion(model, constants, evaluation);
    else
        composeRegionAvailability(model, constants, evaluation);
    finishSystemAvailability(evaluation);

    if (const ComponentResult *first = firstToBreak(evaluation.components)) {
        evaluation.bottleneck = first->id;
        evaluation.breaksAtUsers = first->usersAtSaturation;
    }

    evaluation.connections.resize(model.edges.size());
    for (size_t e = 0; e < model.edges.size(); ++e) {
        const CompiledEdge &edge = model.edges[e];
        ConnectionResult &connection = evaluation.connections[e];
        if (!namesInPlace) {
            connection.from = model.nodes[edge.from].id;
            connection.to = model.nodes[edge.to].id;
        }
        connection.readRatePerSecond = entryRate * model.edgeFlows.reads[e];
        connection.writeRatePerSecond = entryRate * model.edgeFlows.writes[e];
        connection.ratePerSecond = connection.readRatePerSecond + connection.writeRatePerSecond;
        connection.async = edge.async;
        connection.soft = edge.soft;
    }
    evaluation.evaluatedModel = model.derived;
}

} // namespace headroom

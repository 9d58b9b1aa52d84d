// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/evaluation/ConnectionLimits.h"

#include "model/evaluation/ComponentEvaluator.h"

#include <cmath>

namespace headroom {

std::vector<std::vector<int>> ConnectionLimits::incomingEdges(const CompiledModel &model)
{
    std::vector<std::vector<int>> incoming(model.nodes.size());
    for (size_t e = 0; e < model.edges.size(); ++e)
        if (model.nodes[model.edges[e].to].behaviour == Behaviour::Database)
            incoming[model.edges[e].to].push_back(static_cast<int>(e));
    return incoming;
}

ConnectionLimits::ConnectionLimits(const CompiledModel &model)
    : m_model(model), m_own(incomingEdges(model)), m_incoming(m_own)
{
}

ConnectionLimits::ConnectionLimits(const CompiledModel &model, const std::vector<std::vector<int>> &incoming)
    : m_model(model), m_incoming(incoming)
{
}

double ConnectionLimits::demand(int db, double entryRate, const ComponentResult *evaluated) const
{
    const CompiledNode &database = m_model.nodes[db];
    double connections = 0.0;
    double proxiedRate = 0.0;
    for (int e : m_incoming[db]) {
        const int from = m_model.edges[e].from;
        const CompiledNode &caller = m_model.nodes[from];
        const double callerRate = entryRate * (m_model.visits.reads[from] + m_model.visits.writes[from]);
        if (caller.spec->holdsDbConnections) {
            const double offered = callerRate * caller.serviceTimeMs / 1000.0;
            connections += static_cast<double>(runningInstances(caller, offered) * caller.dbPoolSize);
        } else if (caller.behaviour == Behaviour::Function) {
            connections += callerRate * caller.durationMs / 1000.0;
        } else if (caller.spec->pooledConnections) {
            proxiedRate += entryRate * (m_model.edgeFlows.reads[e] + m_model.edgeFlows.writes[e]);
        }
    }
    if (proxiedRate > 0.0) {
        const std::optional<double> responseMs = evaluated ? evaluated->responseTimeMs
                                                           : evaluateComponent(m_model, db, entryRate).responseTimeMs;
        if (responseMs)
            connections += proxiedRate * *responseMs / 1000.0;
        else
            connections += database.maxConnections;
    }
    return connections;
}

std::optional<double> ConnectionLimits::usersAtLimit(int db) const
{
    const double limit = m_model.nodes[db].maxConnections;
    const double ratePerUser = m_model.entryRateFor(1.0);
    auto reached = [&](double users) { return demand(db, ratePerUser * users) >= limit; };
    if (reached(0.0))
        return 0.0;
    if (!(ratePerUser > 0.0))
        return std::nullopt;
    double high = 1.0;
    while (!reached(high)) {
        high *= 4.0;
        if (high > 1e13)
            return std::nullopt;
    }
    double low = high / 4.0;
    if (high == 1.0)
        low = 0.0;
    // Bisect (geometrically once low > 0) to a relative precision of 1e-9.
    for (int step = 0; step < 200 && high - low > 1e-9 * high; ++step) {
        const double middle = low > 0.0 ? std::sqrt(low * high) : high / 2.0;
        if (reached(middle))
            high = middle;
        else
            low = middle;
        if (low == 0.0 && high < 1e-9)
            break;
    }
    return high;
}

} // namespace headroom

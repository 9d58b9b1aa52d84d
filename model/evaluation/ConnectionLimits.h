// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/compile/CompiledModel.h"
#include "model/evaluation/Evaluation.h"

#include <optional>
#include <vector>

namespace headroom {

// Who holds connections to each database, found once per evaluation.
// Direct callers that hold pools (ec2, asg, ecs_fargate, service) want instances × db_pool_size;
// a Lambda function wants one connection per concurrent execution (each execution environment
// opens its own); behind an RDS Proxy, the database sees only the queries in flight, λ·W.
class ConnectionLimits
{
public:
    explicit ConnectionLimits(const CompiledModel &model);
    // With the edges into each database found already (incomingEdges, kept in ModelConstants).
    ConnectionLimits(const CompiledModel &model, const std::vector<std::vector<int>> &incoming);
    ConnectionLimits(const ConnectionLimits &) = delete;  // m_incoming may point at m_own
    ConnectionLimits &operator=(const ConnectionLimits &) = delete;

    // The edges into each node that is a database (empty lists for the others).
    static std::vector<std::vector<int>> incomingEdges(const CompiledModel &model);

    // Connections database `db` is asked for at entry rate λ₀ (requests per second).
    // When the database is saturated, in-flight queries grow without bound: proxied demand
    // is then reported as the whole limit (the proxy holds every connection it may).
    // `evaluated`, when given, is the database's own result at this entry rate (its response
    // time is what proxied queries hold a connection for); without it the database is
    // evaluated here.
    double demand(int db, double entryRate, const ComponentResult *evaluated = nullptr) const;

    // The smallest user count at which demand reaches max_connections; empty when it never
    // does (within 10¹³ users). Demand never falls as users grow, so a bisection finds it.
    std::optional<double> usersAtLimit(int db) const;

private:
    const CompiledModel &m_model;
    std::vector<std::vector<int>> m_own;
    const std::vector<std::vector<int>> &m_incoming;  // edges into each node: m_own or the caller's
};

} // namespace headroom

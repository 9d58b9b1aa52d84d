// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/compile/CompiledModel.h"
#include "model/core/Expected.h"

#include <functional>
#include <vector>

namespace headroom {

// The traffic equations λ = λ₀ + Pᵀλ for one traffic class.
// `gain[e]` is what edge e carries per unit handled by its source (calls × class filter ×
// miss ratio); an edge with gain 0 carries nothing. Nodes are solved strongly connected
// component by component in topological order: an acyclic graph is one pass; a loop is
// solved with Eigen's sparse LU, after checking that it does not amplify without bound
// (for an irreducible non-negative loop matrix B, spectral radius < 1 ⇔ (I − B)⁻¹ exists
// and is positive, so (I − Bᵀ)x = 1 must have a positive solution).
// Bounds on what one request entering the system may become (the traffic equations are solved
// per entry request, so node rates here are visits per entry request). Beyond them the figures
// are arithmetic, not a system: the design is refused with the connection or loop that did it.
// kMaxLoopVisits: a loop (a retry loop, say) may make at most 1,000 visits per request entering
// it, a loop gain of 0.999; real retry policies stop at a handful of attempts.
// kMaxVisitsPerRequest: a component may receive at most 1e6 calls per entry request in each
// traffic class (fan-outs of 1,000 on two levels); with at most 1e12 users (ProjectValidator) every rate stays finite.
inline constexpr double kMaxLoopVisits = 1000.0;
inline constexpr double kMaxVisitsPerRequest = 1e6;

struct TrafficSolution
{
    std::vector<double> nodeRates;  // λ per node
    std::vector<double> edgeRates;  // what each edge carries
};

Expected<TrafficSolution> solveTraffic(const std::vector<CompiledNode> &nodes,
                                       const std::vector<CompiledEdge> &edges,
                                       const std::vector<double> &entryRates,
                                       const std::vector<double> &edgeGains);

} // namespace headroom

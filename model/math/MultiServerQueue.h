// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <optional>

namespace headroom {

// Erlang B: the probability that an arrival finds all `servers` busy in a loss system
// offered `offeredLoadErlangs` = λ·S. Computed as 1 / Σ_{k=0..c} p(k)/p(c) for Poisson p,
// summed backwards from k = c and stopped once terms no longer matter: no factorials,
// no overflow, O(√a + c − a) work; right for c in the millions.
double erlangB(long long servers, double offeredLoadErlangs);

// Erlang C: the probability that an arrival has to wait in an M/M/c queue,
// C = c·B / (c − a·(1 − B)). Defined for a < c; returns 1 when a ≥ c.
double erlangC(long long servers, double offeredLoadErlangs);

// One M/M/c station at steady state.
struct MmcResult
{
    double offeredLoadErlangs = 0.0;  // a = λ·S, busy servers on average
    double utilization = 0.0;         // ρ = a / c (may exceed 1: then saturated)
    bool saturated = false;           // ρ ≥ 1: no steady state
    double waitProbability = 0.0;     // Erlang C; 1 when saturated
    std::optional<double> responseTimeMs;  // W = S + C·S/(c − a); empty when saturated
    std::optional<double> inFlight;        // L = λ·W (Little's law); empty when saturated
};

// λ in requests per second, S in milliseconds, c servers. With c = 0 nothing is served:
// saturated under any load, and no response time even when idle.
MmcResult evaluateMmc(double arrivalRatePerSecond, double serviceTimeMs, long long servers);

} // namespace headroom

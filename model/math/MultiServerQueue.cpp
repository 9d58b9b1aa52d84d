// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/math/MultiServerQueue.h"

#include <cmath>

namespace headroom {

double erlangB(long long servers, double offeredLoadErlangs)
{
    if (servers <= 0)
        return 1.0;
    if (!(offeredLoadErlangs > 0.0))
        return 0.0;
    const double a = offeredLoadErlangs;
    // 1/B = Σ_{j=0..c} Π_{i=0..j-1} (c − i)/a, i.e. p(c−j)/p(c) for Poisson(a).
    double sum = 1.0;
    double term = 1.0;
    for (long long k = servers; k >= 1; --k) {
        term *= static_cast<double>(k) / a;
        sum += term;
        if (sum > 1e300)
            return 0.0;  // B < 1e-300: no arrival is ever blocked
        if (static_cast<double>(k) < a && term < sum * 1e-17)
            break;       // remaining terms shrink geometrically and cannot change the sum
    }
    return 1.0 / sum;
}

double erlangC(long long servers, double offeredLoadErlangs)
{
    const double c = static_cast<double>(servers);
    const double a = offeredLoadErlangs;
    if (servers <= 0 || a >= c)
        return 1.0;
    if (!(a > 0.0))
        return 0.0;
    const double b = erlangB(servers, a);
    return c * b / (c - a * (1.0 - b));
}

MmcResult evaluateMmc(double arrivalRatePerSecond, double serviceTimeMs, long long servers)
{
    MmcResult result;
    const double lambda = arrivalRatePerSecond;
    const double a = lambda * serviceTimeMs / 1000.0;
    result.offeredLoadErlangs = a;
    if (servers <= 0) {
        // Nothing can be served: saturated under any load, and no response time even idle.
        result.utilization = a > 0.0 ? 1.0 : 0.0;
        result.saturated = a > 0.0;
        result.waitProbability = 1.0;
        return result;
    }
    const double c = static_cast<double>(servers);
    result.utilization = a / c;
    if (a >= c) {
        result.saturated = true;
        result.waitProbability = 1.0;
        return result;
    }
    result.waitProbability = erlangC(servers, a);
    const double waitMs = result.waitProbability * serviceTimeMs / (c - a);
    result.responseTimeMs = serviceTimeMs + waitMs;
    result.inFlight = lambda * *result.responseTimeMs / 1000.0;
    return result;
}

} // namespace headroom

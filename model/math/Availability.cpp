// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/math/Availability.h"

#include <algorithm>
#include <cmath>

namespace headroom {

double kOfNUnavailability(long long n, long long k, double instanceAvailability)
{
    if (k <= 0)
        return 0.0;
    if (k > n)
        return 1.0;
    const double p = std::clamp(instanceAvailability, 0.0, 1.0);
    if (p >= 1.0)
        return 0.0;
    if (p <= 0.0)
        return 1.0;
    const double logP = std::log(p);
    const double logQ = std::log1p(-p);
    const double logGammaN = std::lgamma(static_cast<double>(n) + 1.0);
    // Σ_{i=0}^{k−1} C(n,i) pⁱ q^{n−i}. Sum from the largest term outwards so that the
    // stopping test below is sound; the pmf is unimodal with its mode at ⌊(n+1)p⌋.
    auto logTerm = [&](long long i) {
        const double di = static_cast<double>(i);
        const double dn = static_cast<double>(n);
        return logGammaN - std::lgamma(di + 1.0) - std::lgamma(dn - di + 1.0) + di * logP
               + (dn - di) * logQ;
    };
    const long long mode = std::min<long long>(k - 1,
        static_cast<long long>(std::floor((static_cast<double>(n) + 1.0) * p)));
    const double logPeak = logTerm(mode);
    double sum = 0.0;
    for (long long i = mode; i >= 0; --i) {
        const double t = std::exp(logTerm(i) - logPeak);
        sum += t;
        if (t < 1e-17 * sum)
            break;
    }
    for (long long i = mode + 1; i <= k - 1; ++i) {
        const double t = std::exp(logTerm(i) - logPeak);
        sum += t;
        if (t < 1e-17 * sum)
            break;
    }
    return std::min(1.0, std::exp(logPeak + std::log(sum)));
}

void SeriesAvailability::add(double unavailability)
{
    if (unavailability >= 1.0) {
        m_down = true;
        return;
    }
    if (unavailability > 0.0)
        m_logAvailability += std::log1p(-unavailability);
}

double SeriesAvailability::unavailability() const
{
    return m_down ? 1.0 : -std::expm1(m_logAvailability);
}

std::optional<double> ninesOf(double unavailability)
{
    if (!(unavailability > 0.0))
        return std::nullopt;
    return 0.0 - std::log10(std::min(1.0, unavailability));  // 0.0 − x: never −0 at U = 1
}

double downtimeMinutesPerYear(double unavailability)
{
    return unavailability * 525600.0;
}

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/math/Availability.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>

namespace headroom {

namespace {

// The sum below costs three lgamma calls a term. Evaluation asks for the same (n, k, p) again and
// again: every point of a sweep and every slider step, for each instance tier whose needed count
// has not moved, and each of a design's identical tiers. A small cache per thread answers those
// with the very figure the sum gave.
struct KOfNEntry
{
    long long n = -1;
    long long k = -1;
    std::uint64_t p = 0;  // the bits of p
    double unavailability = 0.0;
};

constexpr std::size_t kKOfNCacheSize = 256;  // a power of two
thread_local std::array<KOfNEntry, kKOfNCacheSize> t_kOfNCache;

std::size_t kOfNSlot(long long n, long long k, std::uint64_t p)
{
    std::uint64_t h = p ^ (static_cast<std::uint64_t>(n) * 0x9E3779B97F4A7C15ULL)
                      ^ (static_cast<std::uint64_t>(k) * 0xC2B2AE3D27D4EB4FULL);
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 32;
    return static_cast<std::size_t>(h & (kKOfNCacheSize - 1));
}

double kOfNSum(long long n, long long k, double p)
{
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

} // namespace

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
    const std::uint64_t bits = std::bit_cast<std::uint64_t>(p);
    KOfNEntry &entry = t_kOfNCache[kOfNSlot(n, k, bits)];
    if (entry.n == n && entry.k == k && entry.p == bits)
        return entry.unavailability;
    const double unavailability = kOfNSum(n, k, p);
    entry = {n, k, bits, unavailability};
    return unavailability;
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

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

namespace headroom {

// How close something is to its limit, as a fraction of it: one scale for the canvas badge,
// the status bar, the stage table, the advisor and the report, so that none of them raises an
// alarm the others do not. The fraction is a utilization (demand ÷ capacity) or, for the
// bottleneck, users ÷ users at saturation (BottleneckSummary.h).
enum class LoadLevel {
    Comfortable,  // ρ < 0.5: room to double
    Watch,        // 0.5 ≤ ρ < 0.7
    NearLimit,    // 0.7 ≤ ρ < 1: queueing delay climbs steeply; the advisor proposes fixes
    Saturated,    // ρ ≥ 1: demand exceeds capacity, no steady state
};

// 0.7 is where M/M/c waiting starts to climb steeply (one server at ρ = 0.7 already waits
// 2.3 service times, M/M/1: W_q = ρ/(1 − ρ)·S); the advisor's utilization target is the same
// figure (model/README.md, "Advisor and right-sizing"). 0.5 is an assumption: half the
// capacity left is worth a glance, not a warning.
inline constexpr double kWatchUtilization = 0.5;
inline constexpr double kNearLimitUtilization = 0.7;

LoadLevel loadLevel(double fractionOfLimit);

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/analysis/DesignMeasure.h"
#include "model/design/Project.h"

#include "pricing/PriceBook.h"

#include <optional>
#include <string>
#include <vector>

namespace headroom {

// What the advisor can find wrong with a design (model/README.md, "Advisor and right-sizing").
enum class FindingKind {
    SinglePointOfFailure,   // one instance / Single-AZ on the request path
    OverUtilization,        // above 70 % (an ASG: above its target while at max_instances)
    ConnectionExhaustion,   // a database's connections ≥ 80 % of max_connections
    LambdaConcurrency,      // a function's concurrency ≥ 80 % of its limit
    CacheTooWeak,           // a cache whose misses push its database above 70 %
    AsyncOnRequestPath,     // a queue or a slow (≥ 500 ms) station that users wait for
    LongSyncChain,          // ≥ 5 synchronous hops between stations, or R ≥ 1 000 ms
    OneRegionForTarget,     // a ≥ 99.99 % target that one region does not reach
    ZoneLossNotCovered,     // a tier whose other zones cannot carry the load when one zone fails
};

// "single_point_of_failure", "over_utilization", "connection_exhaustion", "lambda_concurrency",
// "cache_too_weak", "async_on_request_path", "long_sync_chain", "one_region_for_target",
// "zone_loss_not_covered".
const char *findingKindKey(FindingKind kind);

// One problem, the change that fixes it, and what the change does: `before` and `after` come
// from evaluating the project and `changed` at the same user count with the same price book.
struct Finding
{
    FindingKind kind = FindingKind::OverUtilization;
    std::string componentId;   // empty when the finding is about the whole design
    std::string componentLabel;  // its displayName, for text
    std::string message;       // what is wrong, with the model's numbers
    std::string proposal;      // the change, in words: "Add a read replica to db"
    Project changed;           // the project with the change applied
    DesignFigures before;
    DesignFigures after;
    std::string summary;       // "Add a read replica to db: db 92 % → 46 %, +$146/month"

    const char *key() const { return findingKindKey(kind); }
};

// Every check of the advisor on `project` at `users`, in the order of the FindingKind list,
// components in project order. A project that does not compile gives no findings.
std::vector<Finding> advise(const Project &project, double users, const PriceBook &book);

// One candidate fix for the component that saturates first.
struct FixCandidate
{
    std::string proposal;                  // "Raise web's max_instances from 10 to 11"
    Project changed;
    std::optional<double> breaksAtUsers;   // the system's, after the change; empty: never
    double costDeltaUsdPerMonth = 0.0;     // at the user count where the component breaks
    // Users of breaks_at gained per added dollar a month; empty when the change costs nothing
    // more (a free gain ranks first) or gains nothing.
    std::optional<double> usersGainedPerUsd;
    bool raisesBreakingPoint = false;
};

// The component with the smallest users_at_saturation, and the candidate fixes for it
// (scale out one step, the next larger class, a read replica, an RDS Proxy, a raised limit —
// whichever apply). `best` is the one that raises breaks_at_users the most per dollar of
// added monthly cost at that user count; -1 when no candidate raises it.
struct WhatBreaksNext
{
    std::string componentId;               // empty when nothing can run out
    std::string componentLabel;            // its displayName, for text
    std::string limitingDimension;         // the dimension that saturates first
    std::optional<double> breaksAtUsers;
    std::vector<FixCandidate> candidates;
    int best = -1;
};

WhatBreaksNext whatBreaksNext(const Project &project, double users, const PriceBook &book);

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace headroom {

inline constexpr size_t kTopContributors = 10;

// One thing that can run out: CPU, connections, a quota, Lambda concurrency.
struct DimensionResult
{
    std::string name;                        // "cpu", "connections", "read units", ...
    double utilization = 0.0;                // demand / capacity (≥ 1: saturated)
    std::optional<double> usersAtSaturation; // smallest user count where it reaches 1
};

// One way a component loses requests: minutes a year during which its requests fail
// (model/README.md §6). The causes of one component add up to its unavailability.
struct DowntimeCause
{
    std::string cause;            // "instance failures", "restarts", "failovers", "outages", "overload: cpu", ...
    double minutesPerYear = 0.0;  // U_c × 525 600
    double outageMinutes = 0.0;   // how long one occurrence lasts; 0 for a steady loss (overload)
    // The static text `cause` was copied from (null for a name made at run time, such as an
    // overload's): an evaluation into the same storage that names the same cause again copies
    // and compares nothing.
    const char *nameSource = nullptr;
};

// The figures of one component at one user count: plain values only, so that a result can be
// cleared for the next point by assigning ComponentFigures() while its names and lists keep
// their storage (ComponentResult). Rates in requests per second, times in ms.
struct ComponentFigures
{
    double arrivalRatePerSecond = 0.0;
    double readRatePerSecond = 0.0;
    double writeRatePerSecond = 0.0;
    long long instances = 0;                 // running instances (primary + replicas for databases)
    long long servers = 0;                   // c = instances × vCPUs; 0 for managed services
    std::optional<double> serviceTimeMs;     // stations only
    double utilization = 0.0;                // the highest dimension's
    std::optional<double> headroom;          // 1 / utilization
    std::optional<double> capacityRps;       // arrival rate / utilization
    std::optional<double> waitProbability;   // Erlang C of its busiest station
    std::optional<double> responseTimeMs;    // mean time per visit; empty when saturated
    std::optional<double> inFlight;          // λ·W (Little's law); empty when saturated
    bool saturated = false;
    std::optional<double> usersAtSaturation; // the smallest over its dimensions
    // Expected availability from its failure causes and recovery times (model/README.md §6);
    // its own requests, before the share of requests that need it is applied.
    double availability = 1.0;
    double unavailability = 0.0;             // 1 − availability, kept for precision
    double slaAvailability = 1.0;            // AWS's SLA figure for it: the floor, not the expectation
    bool onRequestPath = false;
    // Share of entry requests that need this component: its visits over synchronous, hard
    // connections per entry request, at most 1 (a request that calls it twice needs it once).
    // Its unavailability counts on the request path in this proportion.
    double requestShare = 0.0;
    std::optional<double> connectionDemand;  // databases: connections wanted
    std::optional<double> maxConnections;    // databases: connection limit
    std::optional<double> concurrency;       // lambda: concurrent executions
    std::optional<double> replayRatePerSecond;  // databases with replicas: writes × replicas
};

// What one component does at one user count: its figures, and what names and lists them.
struct ComponentResult : ComponentFigures
{
    std::string id;
    std::string type;
    std::string limitingDimension;           // empty when nothing limits it (no load, no quota)
    std::vector<DimensionResult> dimensions;
    std::vector<DowntimeCause> causes;       // what makes up `unavailability`
};

struct ConnectionResult
{
    std::string from;
    std::string to;
    double ratePerSecond = 0.0;
    double readRatePerSecond = 0.0;
    double writeRatePerSecond = 0.0;
    bool async = false;
    bool soft = false;
};

// One region of a multi-region design at one user count.
struct RegionResult
{
    std::string id;
    std::string name;
    bool standby = false;
    double trafficShare = 0.0;             // region calls per entry request (> 1 when fanned out)
    double availability = 1.0;             // its own request path and zones, as if it took all its traffic
    std::optional<double> usersAtSaturation;  // where its first component saturates
};

// What costs the system its downtime: one cause of one component (or a zone outage), in minutes
// a year of all requests, after its share of requests and any failover to another region.
struct DowntimeContributor
{
    std::string component;        // a component id
    std::string cause;            // as in DowntimeCause, or "zone outage (a)"
    double minutesPerYear = 0.0;
};

// The whole system at one user count.
struct Evaluation
{
    double users = 0.0;
    double entryRatePerSecond = 0.0;              // λ₀ at peak
    std::optional<double> responseTimeMs;         // R = Σ (λᵢ/λ₀)·Wᵢ on the request path
    std::optional<double> concurrentRequests;     // λ₀·R (Little's law)
    // Expected availability: the share of requests served over a year, from every component's
    // failure causes weighted by the share of requests that need it, zone outages, and failover
    // between regions (model/README.md §6).
    double availability = 1.0;
    double unavailability = 0.0;
    double slaAvailability = 1.0;                 // the same composition of the SLA figures: the floor
    std::vector<DowntimeContributor> downtimeContributors;  // largest first, at most kTopContributors
    std::optional<double> nines;                  // −log10(1 − A); empty when A = 1
    double downtimeMinutesPerYear = 0.0;          // (1 − A) × 525 600
    // Multi-region designs (empty / equal to `availability` for one region): the system is up
    // when the global components are up and enough regions are up to carry the load after
    // the others fail (survivors take the failed regions' traffic).
    std::vector<RegionResult> regions;
    double singleRegionAvailability = 1.0;        // global components × the busiest active region
    int regionFailuresTolerated = 0;              // regions that can fail without the rest saturating
    // The component that breaks first: the smallest users_at_saturation (ties: the busier);
    // the busiest when no component has a limit; empty when nothing carries load. Whether
    // to call it an alarm follows its utilization (LoadLevel.h), never the mere naming.
    std::string bottleneck;
    std::optional<double> breaksAtUsers;          // the smallest users_at_saturation
    std::vector<ComponentResult> components;      // in project order
    std::vector<ConnectionResult> connections;    // in project order
    // The compiled model these results are of (its CompiledModel::derived, held so that its
    // address cannot come to name another model): evaluating the same model into the same
    // storage again leaves the components' and connections' names as they are.
    std::shared_ptr<const void> evaluatedModel;
};

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/catalog/ComponentSpec.h"
#include "model/core/Expected.h"
#include "model/design/Project.h"

#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace headroom {

// A throughput quota of a managed service: (reads·readWeight + writes·writeWeight) per
// second against `perSecond`, e.g. DynamoDB read units or S3 GETs per prefix.
struct Quota
{
    std::string dimension;   // "requests", "read units", "GET rate", ...
    double perSecond = std::numeric_limits<double>::infinity();
    double readWeight = 1.0;
    double writeWeight = 1.0;
};

// How a component fails and recovers (model/README.md §6). Rates per year, durations in minutes;
// each field is set only for the types that have the parameter.
struct FailureProfile
{
    double failuresPerYear = 0.0;       // instances (per instance), database primaries
    double recoveryMinutes = 0.0;       // a failed instance, or a Single-AZ primary, out this long
    double restartsPerYear = 0.0;       // deploys and patches (instances), maintenance (databases)
    double restartMinutes = 0.0;
    double failoverMinutes = 0.0;       // Multi-AZ databases: what each failure or restart costs
    double promotionMinutes = 0.0;      // databases: promotion when a standby region takes over
    double outagesPerYear = 0.0;        // managed services and functions: service events
    double outageMinutes = 0.0;
    std::optional<double> measured;     // `availability` set in the file: replaces the causes above
    double sla = 1.0;                   // the SLA floor: one instance or one zone
    double slaSpread = 1.0;             // the SLA floor across two or more zones
};

// One component with every parameter resolved to a typed value (file value, else default).
struct CompiledNode
{
    std::string id;
    std::string label;  // displayName(component): what sentences and tables name
    std::string type;
    const ComponentSpec *spec = nullptr;
    Behaviour behaviour = Behaviour::Station;

    // Stations (Station, Scaling, Database): c = instances × vcpus.
    long long instances = 0;
    long long vcpus = 0;
    double serviceTimeMs = 0.0;

    // Scaling: instances = clamp(ceil(a / (vcpus · target)), min, max).
    long long minInstances = 0;
    long long maxInstances = 0;
    double targetUtilization = 1.0;

    // Database: a primary plus read replicas, each of `vcpus` servers.
    long long readReplicas = 0;
    bool multiAz = false;
    double maxConnections = 0.0;

    // Caches and CDNs: share of reads answered without forwarding.
    double hitRatio = 0.0;

    // Connection holders: connections per instance to a database they call directly.
    long long dbPoolSize = 0;

    // Managed services and functions.
    double latencyMs = 0.0;
    std::vector<Quota> quotas;
    double durationMs = 0.0;
    double memoryMb = 0.0;
    double concurrencyLimit = 0.0;

    FailureProfile failure;

    double entryShare = 0.0;     // Entry: fraction of the workload that enters here
    int region = -1;             // index into CompiledModel::regions; -1: global
    std::string zone;            // availability zone within the region, or empty
    // The zones its instances spread over, in order (round robin from the first): its own zone,
    // else its region's zones, else two assumed zones (model/README.md §6). Empty for services
    // that span zones by themselves (load balancers, queues, tables, functions, edges).
    std::vector<std::string> zones;

    // What pricing needs (see CostModel.h); each is set only for the types that have it.
    std::string instanceType;    // "m6i.large", "db.r6g.xlarge", "cache.m6g.large", ...
    std::string engine;          // databases: "postgres" | "mysql"; caches: "redis" | "valkey"
    std::string variant;         // lambda architecture, API Gateway api_type
    double storageGb = 0.0;      // databases, S3, DynamoDB, OpenSearch (per node)
    double ebsGbPerInstance = 0.0;
    double readUnitsPerRead = 0.0;    // DynamoDB request units
    double writeUnitsPerWrite = 0.0;
    double ioPerWrite = 0.0;          // Aurora billed I/O per write query
    double queriesPerRequest = 0.0;   // Route 53
    long long rules = 0;              // WAF rules; ALB listener rules
    double requestsPerConnection = 1.0;  // ALB
    double connectionDurationS = 0.0;    // ALB
    bool fifo = false;                   // SQS
    std::optional<double> customHourlyUsd;  // service, ecs_fargate: the user's price
};

struct CompiledEdge
{
    int from = 0;
    int to = 0;
    double callsPerRequest = 1.0;
    TrafficClass trafficClass = TrafficClass::All;
    bool async = false;
    bool soft = false;
};

// Per unit of entry rate (λ₀ = 1 request/s): how many reads and writes reach a node,
// or cross an edge. Traffic is linear in λ₀, so evaluating at any user count is a scale.
struct UnitTraffic
{
    std::vector<double> reads;
    std::vector<double> writes;
};

// A value that follows from a compiled model alone, found by a higher layer on first use and kept
// with the model (model/evaluation/ModelConstants.h: what evaluation needs at every user count).
struct DerivedOnce
{
    std::once_flag once;
    std::shared_ptr<const void> value;
};

// The project turned into what evaluation needs: typed nodes, index-addressed edges,
// and traffic per unit entry rate. Built once per edit; evaluated at any user count.
struct CompiledModel
{
    Workload workload;
    std::vector<Region> regions;
    std::vector<CompiledNode> nodes;
    std::vector<CompiledEdge> edges;
    UnitTraffic visits;          // all traffic, sync and async
    UnitTraffic syncVisits;      // traffic that arrives without crossing an async connection
    UnitTraffic hardVisits;      // traffic that needs every connection it crossed: none async or soft
    UnitTraffic edgeFlows;       // per edge, all traffic
    std::vector<bool> onRequestPath;

    // Minutes until a failed region's users reach the other regions: Route 53's detection
    // (check interval × failure threshold) plus the records' TTL (model/README.md §6, Regions).
    double dnsFailoverMinutes = 0.0;
    // With a standby region: the same design with the users routed to the standby regions
    // instead of the active ones, to check that the standby can carry the load.
    std::shared_ptr<const CompiledModel> takeover;
    // Set by compileModel: where evaluation keeps what it derives from the model once. Copies share
    // it, which is sound because a compiled model is not changed after compileModel; a model built
    // by hand has none, and evaluation derives those figures at every call.
    std::shared_ptr<DerivedOnce> derived;

    // λ₀ in requests per second for `users`: users × requests/user/day × peak/average / 86 400.
    double entryRateFor(double users) const;
    // The label of component `id` (its displayName); `id` itself when there is no such
    // component. A linear scan: for a sentence, not for a loop over components.
    const std::string &labelOf(const std::string &id) const;
};

// Validates the project, resolves every parameter and solves the traffic equations.
// Errors name the place: "/components/3/params/instances: must be ≥ 0", or a loop
// that amplifies traffic without bound.
Expected<CompiledModel> compileModel(const Project &project);

// compileModel for a project that has just passed validateProject (parseProject's results
// have): the same model, without validating it a second time. Anything else must use
// compileModel.
Expected<CompiledModel> compileValidatedModel(const Project &project);

} // namespace headroom

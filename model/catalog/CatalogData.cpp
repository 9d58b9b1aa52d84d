// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/catalog/Catalog.h"
#include "model/catalog/CatalogParams.h"

namespace headroom {

using namespace catalog;

namespace {

// Failures, maintenance and failover of a database (model/README.md §6). A Single-AZ primary is
// out for each failure's recovery and each maintenance window; a Multi-AZ one fails over instead.
std::vector<ParamSpec> databaseFailureParams(double failoverSeconds, const char *failoverSource,
                                             double promotionMinutes, const char *promotionSource)
{
    return {
        number("failures_per_year", 1.0, 0.0, "per instance-year",
               "How often the primary's host or storage fails.",
               "assumption: one a year; AWS publishes no failure rate; change to your record"),
        positive("recovery_minutes", 30.0, "min",
                 "How long a Single-AZ primary is out after a failure while RDS replaces its host.",
                 "assumption: half an hour"),
        number("maintenance_per_year", 4.0, 0.0, "per year",
               "Patches and upgrades that restart the primary.", "assumption: one a quarter"),
        number("maintenance_minutes", 10.0, 0.0, "min",
               "How long one maintenance restart takes a Single-AZ primary out.", "assumption: ten minutes"),
        positive("failover_seconds", failoverSeconds, "s",
                 "How long a Multi-AZ failover takes, reconnection included: what each failure, "
                 "maintenance restart or zone outage costs a Multi-AZ primary.",
                 failoverSource),
        positive("promotion_minutes", promotionMinutes, "min",
                 "How long promoting this database to primary takes when its region takes over from "
                 "a failed one (warm standby).",
                 promotionSource),
        measuredAvailability("Your measured availability of the primary; replaces the failure, "
                             "maintenance and failover figures."),
    };
}

ComponentSpec database(std::string type, std::string name, const char *defaultType)
{
    ComponentSpec db{std::move(type), std::move(name), Category::Data, Behaviour::Database};
    db.summary = "A primary that takes writes, read replicas that share reads and each apply the "
                 "write stream, and a connection limit.";
    db.params = {
        instanceType("rds", defaultType, "assumption: a common general-purpose class"),
        choice("engine", "postgres", {"postgres", "mysql"}, "Database engine.", "assumption"),
        count("read_replicas", 0, 0, 15, "replicas", "Read replicas; reads spread evenly over them.",
              "AWS: up to 15 read replicas per source (RDS MySQL/MariaDB/PostgreSQL, Aurora)"),
        flag("multi_az", false, "A standby in a second availability zone (no reads served).",
             "assumption: off; the first stages of the road run Single-AZ"),
        vcpusOverride(),
        serviceTime(1.0, kAssumptionDbQuery),
        optional(count("max_connections", 100, 1, 1000000, "connections",
                       "Connection limit; by default the engine's formula from instance memory.",
                       "AWS parameter-group default: PostgreSQL LEAST(memory/9531392, 5000); "
                       "MySQL memory/12582880")),
        number("storage_gb", 20.0, 0.0, "GB", "Allocated storage (each replica holds a copy).",
               "assumption: 20 GiB"),
    };
    return db;
}

} // namespace

std::vector<ComponentSpec> dataComponentSpecs()
{
    std::vector<ComponentSpec> specs;

    ComponentSpec rds = database("rds", "RDS", "db.m6g.large");
    for (ParamSpec &failure : databaseFailureParams(
             120.0, "RDS User Guide, Multi-AZ DB instance deployments: failover typically takes 60-120 s "
                    "(the upper end)",
             5.0, "AWS whitepaper 'Disaster Recovery of Workloads on AWS': promoting an RDS read replica "
                  "takes a few minutes (five assumed)"))
        rds.params.push_back(std::move(failure));
    rds.sla = 0.995;
    rds.slaSpread = 0.9995;
    rds.slaSource = kSlaRds;
    specs.push_back(rds);
    ComponentSpec aurora = database("aurora", "Aurora", "db.r6g.large");
    for (ParamSpec &failure : databaseFailureParams(
             60.0, "assumption: Aurora promotes a replica in about a minute; the reference has no "
                   "Aurora failover figure",
             1.0, "AWS whitepaper 'Disaster Recovery of Workloads on AWS': Aurora Global Database "
                  "promotion takes under a minute"))
        aurora.params.push_back(std::move(failure));
    aurora.sla = 0.999;
    aurora.slaSpread = 0.9999;
    aurora.slaSource = kSlaAurora;
    for (ParamSpec &param : aurora.params)
        if (param.name == "storage_gb") {
            param.description = "Data in the cluster volume (stored once for all instances).";
            param.defaultValue = 10.0;
            param.source = "assumption: 10 GB";
        }
    aurora.params.push_back(number("io_per_write", 1.0, 0.0, "I/O requests",
                                   "Billed I/O requests per write query (reads come from the buffer cache).",
                                   "assumption: one page written per write"));
    specs.push_back(aurora);

    ComponentSpec cache{"elasticache", "ElastiCache", Category::Data, Behaviour::Station};
    cache.filtersReads = true;
    cache.summary = "An in-memory cache: answers hits, forwards read misses and all writes.";
    cache.params = {
        count("instances", 1, 0, 1000, "nodes", "Nodes serving requests.",
              "assumption: one node"),
        instanceType("elasticache", "cache.m6g.large", "assumption: a common general-purpose node"),
        vcpusOverride(),
        serviceTime(0.05, "assumption: conservative; AWS reports over 1M requests/s on a 16-vCPU "
                          "r7g.4xlarge node (0.016 ms per request per vCPU)"),
        fraction("hit_ratio", 0.8, "Share of reads answered from the cache.",
                 "assumption: change to your measured hit ratio"),
        choice("engine", "redis", {"redis", "valkey"}, "Cache engine (prices differ).", "assumption: Redis OSS"),
    };
    for (ParamSpec &failure : instanceFailureParams(
             15.0, "assumption: ElastiCache replaces a failed node in about fifteen minutes", 4.0,
             "assumption: engine and OS patches once a quarter"))
        cache.params.push_back(std::move(failure));
    cache.sla = 0.995;
    cache.slaSpread = 0.9999;
    cache.slaSource = "ElastiCache SLA: Single-AZ 99.5 %, Multi-AZ with automatic failover 99.99 % "
                      "(reference slas[])";
    specs.push_back(cache);

    ComponentSpec proxy{"rds_proxy", "RDS Proxy", Category::Data, Behaviour::Managed};
    proxy.pooledConnections = true;
    proxy.summary = "Passes queries through and multiplexes client connections onto a few "
                    "database connections.";
    proxy.params = {
        latency(2.0, "assumption: a proxy adds a few milliseconds"),
    };
    addServiceOutages(proxy, false, 0.9995,
                      "assumption: no RDS Proxy SLA figure in the reference; taken as RDS Multi-AZ's 99.95 %");
    specs.push_back(proxy);

    ComponentSpec dynamo{"dynamodb", "DynamoDB", Category::Data, Behaviour::Managed};
    dynamo.summary = "On-demand key-value table: request units against the table's throughput quota.";
    dynamo.params = {
        positive("item_kb", 1.0, "KB", "Mean item size read or written.", "assumption"),
        flag("strongly_consistent_reads", false,
             "Strongly consistent reads cost 1 read unit per 4 KB; eventually consistent 0.5.",
             "AWS DynamoDB read/write capacity units"),
        positive("table_read_units_per_s", 40000.0, "RRU/s", "Read request units per second the table may use.",
                 "AWS DynamoDB quotas: 40,000 read request units per on-demand table (adjustable)"),
        positive("table_write_units_per_s", 40000.0, "WRU/s", "Write request units per second the table may use.",
                 "AWS DynamoDB quotas: 40,000 write request units per on-demand table (adjustable)"),
        latency(5.0, "assumption: AWS describes single-digit millisecond latency"),
        number("storage_gb", 1.0, 0.0, "GB", "Data stored in the table.", "assumption: 1 GB"),
    };
    addServiceOutages(dynamo, false, 0.9999, "DynamoDB SLA, standard tables 99.99 % (reference slas[])");
    specs.push_back(dynamo);

    ComponentSpec search{"opensearch", "OpenSearch", Category::Data, Behaviour::Station};
    search.summary = "A search cluster: an M/M/c queue of data nodes x vCPUs.";
    search.params = {
        count("instances", 2, 0, 1000, "nodes", "Data nodes serving queries.",
              "assumption: two nodes, one per availability zone"),
        instanceType("opensearch", "m6g.large.search", "assumption: a common general-purpose node"),
        vcpusOverride(),
        serviceTime(10.0, "assumption: change to your measured CPU time per search"),
        number("storage_gb", 20.0, 0.0, "GB", "EBS storage per data node.", "assumption: 20 GB per node"),
    };
    for (ParamSpec &failure : instanceFailureParams(
             30.0, "assumption: OpenSearch replaces a failed data node in about half an hour", 4.0,
             "assumption: service software updates once a quarter"))
        search.params.push_back(std::move(failure));
    search.sla = 0.995;
    search.slaSpread = 0.999;
    search.slaSource = "assumption: the reference has no OpenSearch SLA; one node at the EC2 "
                       "instance-level 99.5 %, nodes in several zones at 99.9 %";
    specs.push_back(search);

    return specs;
}

} // namespace headroom

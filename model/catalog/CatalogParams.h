// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Builders for the catalog's parameter tables; used only by the Catalog*.cpp files.

#include "model/catalog/ComponentSpec.h"
#include "model/catalog/ParamSpec.h"

namespace headroom::catalog {

// Where the figures come from; the full references are in shared/reference and model/README.md.
inline constexpr const char *kSlaRds = "AWS RDS SLA (updated 2024-01-22): Single-AZ 99.5 %, Multi-AZ 99.95 %";
inline constexpr const char *kSlaAurora = "AWS Aurora SLA (updated 2022-05-19): Single-AZ 99.9 %, Multi-AZ 99.99 %";
inline constexpr const char *kSlaCompute =
    "Amazon Compute SLA (2022-05-05): 99.99 % region-level, instances in two or more zones";
inline constexpr const char *kSlaEc2Instance =
    "EC2 instance-level SLA 99.5 % (secondary sources; see reference slas[])";
inline constexpr const char *kRuleOfThumbWeb =
    "rule of thumb: a CRUD API request costs ~50 ms of CPU (reference capacity_facts, "
    "'Web app RPS per vCPU'); measure your own";
inline constexpr const char *kAssumptionDbQuery =
    "assumption: 1 ms per query per vCPU, ~5x a pgbench primary-key lookup "
    "(~0.2 ms per vCPU from the pgbench rule of thumb in the reference); measure your own";

// The largest value a number of `unit` may take unless its own table says otherwise. The bounds
// are far past any real system, so they refuse only typos and hostile input, and they keep every
// figure the model derives finite (model/README.md, "Ranges"):
// ms: an hour (API Gateway gives up at 29 s, Lambda at 15 min); s and min: a year; events per
// year: one a minute; GB: an exabyte; KB and MB: a million; rates (rps, units/s, messages/s):
// a trillion a second; USD/hour: $1,000,000 (the price book's own bound); anything else (counts
// per request, weights): a million.
inline double ceilingFor(const std::string &unit)
{
    if (unit == "ms")
        return 3.6e6;
    if (unit == "s")
        return 3.1536e7;
    if (unit == "min" || unit == "per year" || unit == "per instance-year")
        return 525600.0;
    if (unit == "GB")
        return 1e9;
    if (unit == "rps" || unit == "RRU/s" || unit == "WRU/s" || unit == "messages/s")
        return 1e12;
    return 1e6;
}

inline ParamSpec number(std::string name, double value, double minimum, std::string unit,
                        std::string description, std::string source)
{
    ParamSpec spec;
    spec.maximum = ceilingFor(unit);
    spec.name = std::move(name);
    spec.kind = ParamKind::Number;
    spec.defaultValue = value;
    spec.minimum = minimum;
    spec.unit = std::move(unit);
    spec.description = std::move(description);
    spec.source = std::move(source);
    return spec;
}

inline ParamSpec positive(std::string name, double value, std::string unit,
                          std::string description, std::string source)
{
    ParamSpec spec = number(std::move(name), value, 0.0, std::move(unit), std::move(description),
                            std::move(source));
    spec.minimumExclusive = true;
    return spec;
}

inline ParamSpec count(std::string name, double value, double minimum, double maximum,
                       std::string unit, std::string description, std::string source)
{
    ParamSpec spec = number(std::move(name), value, minimum, std::move(unit),
                            std::move(description), std::move(source));
    spec.kind = ParamKind::Count;
    spec.maximum = maximum;
    return spec;
}

inline ParamSpec fraction(std::string name, double value, std::string description,
                          std::string source)
{
    ParamSpec spec = number(std::move(name), value, 0.0, "", std::move(description),
                            std::move(source));
    spec.kind = ParamKind::Fraction;
    spec.maximum = 1.0;
    return spec;
}

inline ParamSpec flag(std::string name, bool value, std::string description, std::string source)
{
    ParamSpec spec;
    spec.name = std::move(name);
    spec.kind = ParamKind::Flag;
    spec.defaultValue = value;
    spec.description = std::move(description);
    spec.source = std::move(source);
    return spec;
}

inline ParamSpec choice(std::string name, std::string value, std::vector<std::string> choices,
                        std::string description, std::string source)
{
    ParamSpec spec;
    spec.name = std::move(name);
    spec.kind = ParamKind::Choice;
    spec.defaultValue = std::move(value);
    spec.choices = std::move(choices);
    spec.description = std::move(description);
    spec.source = std::move(source);
    return spec;
}

inline ParamSpec instanceType(std::string family, std::string value, std::string source)
{
    ParamSpec spec;
    spec.name = "instance_type";
    spec.kind = ParamKind::InstanceType;
    spec.defaultValue = std::move(value);
    spec.instanceFamily = std::move(family);
    spec.description = "Instance class; sets vCPUs and memory from resources/catalog/instance-types.json.";
    spec.source = std::move(source);
    return spec;
}

// A parameter with no default: it has a value only when the file sets one.
inline ParamSpec optional(ParamSpec spec)
{
    spec.defaultValue.reset();
    return spec;
}

inline ParamSpec latency(double ms, std::string source)
{
    return number("latency_ms", ms, 0.0, "ms",
                  "Time this service adds to each request that passes through it.",
                  std::move(source));
}

// The user's own measured availability: when set, it replaces the failure causes below.
inline ParamSpec measuredAvailability(std::string description)
{
    return optional(fraction("availability", 0.999, std::move(description),
                             "yours: leave unset to compute it from failures and recovery times"));
}

// Failures and recovery of instances (EC2, Auto Scaling groups, tasks, cache and search nodes):
// model/README.md §6. `recoveryMinutes` is how long a failed instance is out.
inline std::vector<ParamSpec> instanceFailureParams(double recoveryMinutes, std::string recoverySource,
                                                    double restartsPerYear, std::string restartSource)
{
    return {
        number("failures_per_year", 1.0, 0.0, "per instance-year",
               "How often one instance fails: host fault, failed status check, scheduled retirement.",
               "assumption: one a year; AWS publishes no failure rate (its instance-level SLA, 99.5 %, "
               "is a floor, not a rate); change to your fleet's record"),
        positive("recovery_minutes", recoveryMinutes, "min",
                 "How long a failed instance is out before a replacement serves.", std::move(recoverySource)),
        number("restarts_per_year", restartsPerYear, 0.0, "per year",
               "Deploys and patches that restart instances; they lose requests only when no instance is "
               "spare.",
               std::move(restartSource)),
        number("restart_minutes", 2.0, 0.0, "min", "How long one restart takes an instance out.",
               "assumption: two minutes to stop, start and pass health checks"),
        measuredAvailability("Your measured availability of one instance; replaces failures_per_year "
                             "and recovery_minutes."),
    };
}

// A managed service's own outages (model/README.md §6): its SLA is the floor, not the expectation.
inline std::vector<ParamSpec> serviceOutageParams(double perYear, double minutes, std::string source)
{
    return {
        number("outages_per_year", perYear, 0.0, "per year",
               "Service events that fail this component's requests (a regional event for regional "
               "services, a global one for edge services).",
               source),
        number("outage_minutes", minutes, 0.0, "min", "How long one service event lasts.", source),
        measuredAvailability("Your measured availability of the service; replaces outages_per_year "
                             "and outage_minutes."),
    };
}

inline constexpr const char *kAssumptionRegionalOutages =
    "assumption: one regional event every five years, half an hour long (AWS publishes incident "
    "reports, not rates); change to what you have seen";
inline constexpr const char *kAssumptionGlobalOutages =
    "assumption: a many-PoP global service; one global event every twenty years, an hour long";

inline ParamSpec vcpusOverride()
{
    return optional(count("vcpus", 2, 1, 1024, "vCPUs",
                          "vCPUs per instance; overrides the instance type's figure.",
                          "instance type"));
}

inline ParamSpec serviceTime(double ms, std::string source)
{
    ParamSpec spec = positive("service_time_ms", ms, "ms",
                              "Mean time one request, query or operation takes on one vCPU.",
                              std::move(source));
    return spec;
}

inline ParamSpec dbPoolSize()
{
    return count("db_pool_size", 10, 0, 100000, "connections",
                 "Database connections each instance holds when it connects straight to a database.",
                 "assumption: 10, the default maximum pool size of common pools (e.g. HikariCP)");
}

// A managed service: its outage parameters (regional or global figures) and its SLA floor.
inline void addServiceOutages(ComponentSpec &spec, bool global, double sla, std::string slaSource)
{
    for (ParamSpec &outage : global ? serviceOutageParams(0.05, 60.0, kAssumptionGlobalOutages)
                                    : serviceOutageParams(0.2, 30.0, kAssumptionRegionalOutages))
        spec.params.push_back(std::move(outage));
    spec.sla = spec.slaSpread = sla;
    spec.slaSource = std::move(slaSource);
}

} // namespace headroom::catalog

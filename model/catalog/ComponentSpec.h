// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/catalog/ParamSpec.h"

#include <string>
#include <string_view>
#include <vector>

namespace headroom {

// How a component type turns arriving traffic into load, delay and availability.
enum class Behaviour {
    Entry,     // `users`: where the workload enters; no capacity of its own
    Station,   // an M/M/c queue of instances × vCPUs (ec2, ecs_fargate, service, opensearch, elasticache)
    Scaling,   // a Station whose instance count follows load (asg)
    Database,  // a Station primary plus read replicas, with a connection limit (rds, aurora)
    Managed,   // an elastic AWS service: fixed latency, SLA, throughput quotas
    Function,  // lambda: concurrency by Little's law against a limit
};

enum class Category { Entry, EdgeAndNetwork, Compute, Data, Messaging, Storage };

struct ComponentSpec
{
    ComponentSpec(std::string typeKey, std::string name, Category group, Behaviour kind)
        : type(std::move(typeKey)), displayName(std::move(name)), category(group), behaviour(kind) {}

    std::string type;          // the project-file key, e.g. "rds"
    std::string displayName;   // "RDS", "Auto Scaling group"
    Category category = Category::Compute;
    Behaviour behaviour = Behaviour::Station;
    bool filtersReads = false;       // cache or CDN: forwards only read misses
    bool holdsDbConnections = false; // ec2/asg/ecs_fargate: db_pool_size per instance
    bool pooledConnections = false;  // rds_proxy: downstream connections = in-flight queries
    std::string summary;             // one sentence for tooltips and the report
    std::vector<ParamSpec> params;
    // The SLA: the monthly uptime below which AWS pays service credits. Reported beside the
    // expected availability as its floor, never used as the expectation. `slaSpread` applies
    // when the component runs in two or more zones (instances spread over zones, Multi-AZ).
    double sla = 1.0;
    double slaSpread = 1.0;
    std::string slaSource;

    const ParamSpec *param(std::string_view name) const;
};

const char *categoryName(Category category);

// A parameter's value as the model uses it: what `component` sets in the project file, else
// the catalog's default from `spec`. Null when neither exists (an optional parameter left unset,
// a name the type does not have). With no `spec` (an unknown type) only the file's value counts.
const ParamValue *paramOrDefault(const Component &component, const ComponentSpec *spec, std::string_view name);

// The same, when it holds a `T` (double, bool or std::string); null otherwise.
template <typename T>
const T *paramOrDefaultAs(const Component &component, const ComponentSpec *spec, std::string_view name)
{
    const ParamValue *value = paramOrDefault(component, spec, name);
    return value ? std::get_if<T>(value) : nullptr;
}

} // namespace headroom

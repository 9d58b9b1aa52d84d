// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace headroom {

// The workload that enters the system at the `users` components.
struct Workload
{
    double users = 1000.0;                  // active users, ≥ 0
    double requestsPerUserPerDay = 100.0;   // assumption the user can change
    double peakToAverage = 3.0;             // peak hour rate / average rate; assumption
    double readFraction = 0.8;              // share of requests that only read, 0..1
    double responseKb = 20.0;               // mean response size in KiB; assumption (data transfer)
    // Zone outages (model/README.md §6): how often one availability zone fails and for how
    // long. Assumptions: AWS publishes incident reports, not rates.
    double zoneOutagesPerYear = 0.5;        // per zone
    double zoneOutageMinutes = 60.0;

    bool operator==(const Workload &) const = default;
};

// How instance-hours are bought: on demand, or committed for one or three years (reserved
// instances / savings plans) at each line's committed price where the price books have one.
enum class PurchaseOption { OnDemand, OneYear, ThreeYear };

const char *purchaseOptionKey(PurchaseOption option);  // "on_demand", "1yr", "3yr"

struct Stage
{
    std::string name;
    double users = 0.0;

    bool operator==(const Stage &) const = default;
};

struct Position
{
    double x = 0.0;
    double y = 0.0;

    bool operator==(const Position &) const = default;
};

// A parameter as written in the project file: a number, a flag or a word.
using ParamValue = std::variant<double, bool, std::string>;
using ParamMap = std::map<std::string, ParamValue>;

// An AWS region of a multi-region design. Components placed in it form its stack; components
// in no region (users, Route 53, CloudFront) are global. An active region takes the traffic
// its entry connections give it; a standby region (warm disaster recovery) takes none until
// an active region fails.
enum class RegionRole { Active, Standby };

struct Region
{
    std::string id;                  // unique within the project, e.g. "east"
    std::string name;                // the AWS region, e.g. "us-east-1"
    RegionRole role = RegionRole::Active;
    std::vector<std::string> zones;  // availability zones used, e.g. {"a", "b"}
    // An AWS region ("us-east-1") whose prices stand in for what this region's price book lacks,
    // each such cost line marked; empty: a price the region's book lacks is missing.
    std::string fallbackPrices;

    bool operator==(const Region &) const = default;
};

struct Component
{
    std::string id;     // unique within the project
    std::string type;   // a catalog key: "ec2", "rds", ...
    std::string label;
    Position position;
    ParamMap params;    // only what the file sets; the catalog supplies the rest
    std::string region; // a Region id, or empty: global (or the only region of a one-region design)
    std::string zone;   // one of the region's zones, or empty: spread over its zones
    // A free-form grouping, such as the Terraform module a component was imported from
    // ("module.network"); empty: none. Components of one group are laid out together.
    std::string group;

    bool operator==(const Component &) const = default;
};

enum class TrafficClass { All, Read, Write };

struct Connection
{
    std::string from;
    std::string to;
    double callsPerRequest = 1.0;  // calls to `to` per request handled by `from`, ≥ 0
    TrafficClass trafficClass = TrafficClass::All;
    bool async = false;            // async calls are off the request path
    bool soft = false;             // the caller copes when this call fails (a fallback, a default):
                                   // it adds its time but never takes a request down

    bool operator==(const Connection &) const = default;
};

struct Project
{
    std::string name;
    std::string description;  // what the design is for (templates say which stage of the road)
    std::optional<double> intendedUsersFrom;  // the user range a template is meant for
    std::optional<double> intendedUsersTo;
    double availabilityTarget = 0.999;        // what the advisor checks availability against
    Workload workload;
    std::vector<Stage> stages;
    std::vector<Component> components;
    std::vector<Connection> connections;
    std::vector<Region> regions;              // empty: a one-region design
    PurchaseOption purchaseOption = PurchaseOption::OnDemand;

    bool operator==(const Project &) const = default;

    // The stages a new project starts with: 1K, 10K, 100K, 1M and 10M users.
    static std::vector<Stage> defaultStages();
};

// What a person reads for a component: its label, or its id when it has none. Ids stay the
// key in files, JSON and commands; every sentence, table and chart names the label.
const std::string &displayName(const Component &component);

// "Web tier's", "Workers'": a name as the owner of what follows.
std::string possessive(const std::string &name);

// The ids of the other components whose displayName reads the same as component `id`'s
// (ignoring case and surrounding spaces): people could not tell them apart in a table or a
// sentence. Empty when the name is unique or there is no such component.
std::vector<std::string> componentsSharingName(const Project &project, const std::string &id);

const char *trafficClassKey(TrafficClass trafficClass);
const char *regionRoleKey(RegionRole role);  // "active", "standby"

} // namespace headroom

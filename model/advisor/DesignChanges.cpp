// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/advisor/DesignChanges.h"

#include "model/catalog/Catalog.h"

#include <algorithm>
#include <map>

namespace headroom {

namespace {

const ParamValue *resolvedParam(const Component &component, const std::string &name)
{
    return paramOrDefault(component, Catalog::builtIn().find(component.type), name);
}

Component *findMutable(Project &project, const std::string &id)
{
    for (Component &component : project.components)
        if (component.id == id)
            return &component;
    return nullptr;
}

} // namespace

const Component *findComponent(const Project &project, const std::string &id)
{
    for (const Component &component : project.components)
        if (component.id == id)
            return &component;
    return nullptr;
}

std::optional<ParamValue> paramValue(const Component &component, const std::string &name)
{
    const ParamValue *value = resolvedParam(component, name);
    return value ? std::optional<ParamValue>(*value) : std::nullopt;
}

std::optional<double> numberParam(const Component &component, const std::string &name)
{
    const ParamValue *value = resolvedParam(component, name);
    if (const auto *number = value ? std::get_if<double>(value) : nullptr)
        return *number;
    return std::nullopt;
}

std::optional<bool> flagParam(const Component &component, const std::string &name)
{
    const ParamValue *value = resolvedParam(component, name);
    if (const auto *flag = value ? std::get_if<bool>(value) : nullptr)
        return *flag;
    return std::nullopt;
}

std::optional<std::string> textParam(const Component &component, const std::string &name)
{
    const ParamValue *value = resolvedParam(component, name);
    if (const auto *text = value ? std::get_if<std::string>(value) : nullptr)
        return *text;
    return std::nullopt;
}

Project withParam(const Project &project, const std::string &id, const std::string &name, ParamValue value)
{
    Project changed = project;
    if (Component *component = findMutable(changed, id))
        component->params[name] = std::move(value);
    return changed;
}

Project withAsyncConnections(const Project &project, const std::string &from, const std::string &to)
{
    Project changed = project;
    for (Connection &connection : changed.connections)
        if (connection.from == from && connection.to == to)
            connection.async = true;
    return changed;
}

std::string uniqueComponentId(const Project &project, const std::string &base)
{
    std::string id = base;
    for (int n = 2; findComponent(project, id); ++n)
        id = std::string(base).append("-").append(std::to_string(n));
    return id;
}

Project withRdsProxy(const Project &project, const std::string &database, const std::vector<std::string> &callers)
{
    const Component *db = findComponent(project, database);
    if (!db || callers.empty())
        return project;
    Project changed = project;
    Component proxy;
    proxy.id = uniqueComponentId(project, std::string(database).append("-proxy"));
    proxy.type = "rds_proxy";
    proxy.label = std::string("RDS Proxy for ").append(db->label);
    proxy.position = {db->position.x - 120.0, db->position.y + 80.0};
    proxy.region = db->region;
    proxy.zone = db->zone;
    changed.components.push_back(proxy);
    for (Connection &connection : changed.connections)
        if (connection.to == database
            && std::find(callers.begin(), callers.end(), connection.from) != callers.end())
            connection.to = proxy.id;
    changed.connections.push_back({proxy.id, database, 1.0, TrafficClass::All, false});
    return changed;
}

bool isGlobalType(const std::string &type)
{
    return type == "users" || type == "route53" || type == "cloudfront" || type == "waf";
}

Project withSecondRegion(const Project &project, const std::string &firstRegionName,
                         const std::string &secondRegionName, RegionRole role)
{
    const bool standby = role == RegionRole::Standby;
    Project changed = project;
    Region first{"a", firstRegionName, RegionRole::Active, {}};
    if (!project.regions.empty()) {
        first.name = project.regions.front().name;
        first.zones = project.regions.front().zones;
    }
    // What the second region's price book lacks is priced at the first region's rates, marked on
    // each such line: the proposal's cost stays whole and says where it is approximate.
    Region second{"b", secondRegionName, role, first.zones, first.name != secondRegionName ? first.name : ""};
    changed.regions = {first, second};

    double top = 0.0, bottom = 0.0;
    for (const Component &component : project.components) {
        top = std::min(top, component.position.y);
        bottom = std::max(bottom, component.position.y);
    }
    const double shift = bottom - top + 240.0;

    std::map<std::string, std::string> copyOf;  // regional id → its copy in region b
    changed.components.clear();
    std::vector<Component> copies;
    for (const Component &component : project.components) {
        Component original = component;
        if (isGlobalType(component.type)) {
            original.region.clear();
            original.zone.clear();
            changed.components.push_back(original);
            continue;
        }
        original.region = std::string("a");
        changed.components.push_back(original);
        Component copy = original;
        copy.region = std::string("b");
        copy.label = std::string(component.label).append(" (b)");
        copy.position.y += shift;
        if (standby && copy.type == "asg")
            copy.params["min_instances"] = 1.0;
        copies.push_back(copy);
    }
    for (Component &copy : copies) {
        const std::string original = copy.id;
        copy.id = uniqueComponentId(changed, std::string(original).append("-b"));
        copyOf[original] = copy.id;
        changed.components.push_back(copy);
    }

    changed.connections.clear();
    for (const Connection &connection : project.connections) {
        const bool fromRegional = copyOf.contains(connection.from);
        const bool toRegional = copyOf.contains(connection.to);
        if (!fromRegional && !toRegional) {
            changed.connections.push_back(connection);
        } else if (!fromRegional) {
            // A global component into the regional stack: half the calls to each active region;
            // all to the first and none to a standby.
            Connection half = connection;
            half.callsPerRequest = standby ? connection.callsPerRequest : connection.callsPerRequest / 2.0;
            changed.connections.push_back(half);
            half.to = copyOf.at(connection.to);
            half.callsPerRequest = standby ? 0.0 : half.callsPerRequest;
            changed.connections.push_back(half);
        } else {
            changed.connections.push_back(connection);
            Connection copy = connection;
            copy.from = copyOf.at(connection.from);
            if (toRegional)
                copy.to = copyOf.at(connection.to);
            changed.connections.push_back(copy);
        }
    }
    return changed;
}

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/io/ProjectValidator.h"

#include "model/catalog/Catalog.h"
#include "model/catalog/InstanceTypes.h"
#include "model/core/NumberText.h"
#include "model/core/TextLimits.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string_view>
#include <unordered_set>

namespace headroom {

namespace {

// Where a rule is broken, written out as a JSON pointer only when an error names it (a valid
// project of 10,000 components built some 100,000 pointer strings it never used, issue 19):
// `path`, then "/<index>" when there is one, then the `keys` as they are.
struct Place
{
    std::string_view path;
    size_t index = kNoIndex;
    std::string_view keys[3] = {};

    static constexpr size_t kNoIndex = static_cast<size_t>(-1);

    Place(const char *fixed) : path(fixed) {}  // NOLINT: a fixed pointer reads as a string
    Place(std::string_view list, size_t at) : path(list), index(at) {}
    Place(const Place &base, std::string_view a, std::string_view b = {})
        : path(base.path), index(base.index), keys{base.keys[0], a, b}
    {
    }

    std::string text() const
    {
        std::string pointer(path);
        if (index != kNoIndex) {
            pointer += '/';
            pointer += std::to_string(index);
        }
        for (std::string_view key : keys)
            pointer += key;
        return pointer;
    }
};

ModelError errorAt(const Place &place, std::string message)
{
    return ModelError::at(place.text(), std::move(message));
}

std::optional<ModelError> checkLength(const Place &pointer, const std::string &text, size_t maxCharacters)
{
    if (characterCount(text) > maxCharacters)
        return errorAt(pointer, "must be at most " + std::to_string(maxCharacters) + " characters (it has "
                                           + std::to_string(characterCount(text)) + ")");
    return std::nullopt;
}

std::optional<ModelError> checkNumber(const Place &pointer, double value, double minimum,
                                      double maximum, bool minimumExclusive = false)
{
    if (!std::isfinite(value))
        return errorAt(pointer, "must be a finite number");
    if (minimumExclusive && !(value > minimum))
        return errorAt(pointer, "must be > " + plainText(minimum));
    if (value < minimum)
        return errorAt(pointer, "must be ≥ " + plainText(minimum));
    if (value > maximum)
        return errorAt(pointer, "must be ≤ " + plainText(maximum));
    return std::nullopt;
}

std::optional<ModelError> checkWorkload(const Workload &workload)
{
    if (auto error = checkNumber("/workload/users", workload.users, 0.0, 1e12))
        return error;
    if (auto error = checkNumber("/workload/requests_per_user_per_day",
                                 workload.requestsPerUserPerDay, 0.0, 1e9))
        return error;
    if (auto error = checkNumber("/workload/peak_to_average", workload.peakToAverage, 1.0, 1e6))
        return error;
    if (auto error = checkNumber("/workload/read_fraction", workload.readFraction, 0.0, 1.0))
        return error;
    if (auto error = checkNumber("/workload/response_kb", workload.responseKb, 0.0, 1e9))
        return error;
    if (auto error = checkNumber("/workload/zone_outages_per_year", workload.zoneOutagesPerYear, 0.0, 1e4))
        return error;
    return checkNumber("/workload/zone_outage_minutes", workload.zoneOutageMinutes, 0.0, 525600.0);
}

std::optional<ModelError> checkParam(const Place &pointer, const ParamSpec &spec,
                                     const ParamValue &value)
{
    switch (spec.kind) {
    case ParamKind::Flag:
        if (!std::holds_alternative<bool>(value))
            return errorAt(pointer, "must be true or false");
        return std::nullopt;
    case ParamKind::Choice: {
        const auto *text = std::get_if<std::string>(&value);
        if (!text)
            return errorAt(pointer, "must be a string");
        for (const std::string &option : spec.choices)
            if (*text == option)
                return std::nullopt;
        std::string options;
        for (const std::string &option : spec.choices)
            options += (options.empty() ? "\"" : ", \"") + option + "\"";
        return errorAt(pointer, "must be one of " + options);
    }
    case ParamKind::InstanceType:
        if (!std::holds_alternative<std::string>(value))
            return errorAt(pointer, "must be an instance type name");
        return std::nullopt;  // whether it is known is checked with the component's vcpus
    case ParamKind::Number:
    case ParamKind::Count:
    case ParamKind::Fraction:
        break;
    }
    const auto *number = std::get_if<double>(&value);
    if (!number)
        return errorAt(pointer, "must be a number");
    if (auto error = checkNumber(pointer, *number, spec.minimum, spec.maximum, spec.minimumExclusive))
        return error;
    if (spec.kind == ParamKind::Count && std::floor(*number) != *number)
        return errorAt(pointer, "must be a whole number");
    return std::nullopt;
}

std::optional<ModelError> checkComponent(const Component &component, const Place &pointer)
{
    if (component.id.empty())
        return errorAt(Place(pointer, "/id"), "must not be empty");
    const ComponentSpec *spec = Catalog::builtIn().find(component.type);
    if (!spec)
        return errorAt(Place(pointer, "/type"), "unknown component type \"" + component.type + "\"");
    for (const auto &[name, value] : component.params) {
        const ParamSpec *param = spec->param(name);
        const Place at(pointer, "/params/", name);
        if (!param)
            return errorAt(at, "unknown parameter for " + spec->type);
        if (auto error = checkParam(at, *param, value))
            return error;
    }
    const auto typeParam = component.params.find("instance_type");
    if (typeParam != component.params.end() && !component.params.contains("vcpus")) {
        const ParamSpec *param = spec->param("instance_type");
        const auto &name = std::get<std::string>(typeParam->second);
        if (!InstanceTypes::builtIn().find(param->instanceFamily, name))
            return errorAt(Place(pointer, "/params/instance_type"),
                                  "unknown " + param->instanceFamily + " instance type \"" + name
                                      + "\"; set vcpus to use it anyway");
    }
    if (spec->behaviour == Behaviour::Scaling) {
        const double low = *paramOrDefaultAs<double>(component, spec, "min_instances");
        const double high = *paramOrDefaultAs<double>(component, spec, "max_instances");
        if (low > high)
            return errorAt(Place(pointer, "/params/min_instances"),
                                  "must be ≤ max_instances (" + plainText(high) + ")");
    }
    return std::nullopt;
}

} // namespace

std::optional<ModelError> validateProject(const Project &project)
{
    if (auto error = checkLength("/name", project.name, kMaxNameLength))
        return error;
    if (auto error = checkLength("/description", project.description, kMaxDescriptionLength))
        return error;
    for (size_t i = 0; i < project.stages.size(); ++i)
        if (auto error = checkLength(Place(Place("/stages", i), "/name"), project.stages[i].name, kMaxNameLength))
            return error;
    for (size_t i = 0; i < project.regions.size(); ++i) {
        const std::string pointer = "/regions/" + std::to_string(i);  // a few regions: built up front
        if (auto error = checkLength((pointer + "/id").c_str(), project.regions[i].id, kMaxNameLength))
            return error;
        if (auto error = checkLength((pointer + "/name").c_str(), project.regions[i].name, kMaxNameLength))
            return error;
        for (size_t z = 0; z < project.regions[i].zones.size(); ++z)
            if (auto error = checkLength((pointer + "/zones/" + std::to_string(z)).c_str(), project.regions[i].zones[z],
                                         kMaxNameLength))
                return error;
    }
    if (auto error = checkWorkload(project.workload))
        return error;
    for (size_t i = 0; i < project.stages.size(); ++i)
        if (auto error = checkNumber(Place(Place("/stages", i), "/users"),
                                     project.stages[i].users, 0.0, 1e12))
            return error;

    if (auto error = checkNumber("/availability_target", project.availabilityTarget, 0.0, 1.0, true))
        return error;
    if (project.availabilityTarget >= 1.0)
        return ModelError::at("/availability_target", "must be < 1 (nothing is up all the time)");
    if (project.intendedUsersFrom && project.intendedUsersTo && *project.intendedUsersFrom > *project.intendedUsersTo)
        return ModelError::at("/intended_users/from", "must be ≤ /intended_users/to");
    // Assumptions, far above what AWS offers (a few dozen regions; at most six zones in one):
    // they keep the region and zone compositions (model/evaluation) and the advisor's what-ifs
    // small enough to stay interactive.
    constexpr size_t kMaxRegions = 64;
    constexpr size_t kMaxZonesPerRegion = 16;
    if (project.regions.size() > kMaxRegions)
        return ModelError::at("/regions/" + std::to_string(kMaxRegions),
                              "a design may have at most " + std::to_string(kMaxRegions) + " regions (it has "
                                  + std::to_string(project.regions.size()) + ")");
    std::set<std::string> regionIds;
    for (size_t i = 0; i < project.regions.size(); ++i) {
        const Region &region = project.regions[i];
        const std::string pointer = "/regions/" + std::to_string(i);
        if (region.zones.size() > kMaxZonesPerRegion)
            return ModelError::at(pointer + "/zones/" + std::to_string(kMaxZonesPerRegion),
                                  "a region may have at most " + std::to_string(kMaxZonesPerRegion) + " zones (it has "
                                      + std::to_string(region.zones.size()) + ")");
        if (region.id.empty())
            return ModelError::at(pointer + "/id", "must not be empty");
        if (!regionIds.insert(region.id).second)
            return ModelError::at(pointer + "/id", "duplicate region id \"" + region.id + "\"");
        std::set<std::string> zones;
        for (size_t z = 0; z < region.zones.size(); ++z)
            if (region.zones[z].empty() || !zones.insert(region.zones[z]).second)
                return ModelError::at(pointer + "/zones/" + std::to_string(z), "must be a name not used before in this region");
        if (!region.fallbackPrices.empty() && region.fallbackPrices == region.name)
            return ModelError::at(pointer + "/fallback_prices", "must name another AWS region than the region's own (\""
                                                                    + region.name + "\")");
    }

    // Views of the project's own ids: membership only, so hashed (a tree of 10,000 strings cost
    // more than every other check here, issue 19).
    std::unordered_set<std::string_view> ids;
    std::unordered_set<std::string_view> entries;
    ids.reserve(project.components.size());
    for (size_t i = 0; i < project.components.size(); ++i) {
        const Component &component = project.components[i];
        const Place pointer("/components", i);
        if (auto error = checkComponent(component, pointer))
            return error;
        if (!component.region.empty() && !regionIds.contains(component.region))
            return errorAt(Place(pointer, "/region"), "no region with id \"" + component.region + "\"");
        if (!component.zone.empty()) {
            const Region *region = nullptr;
            for (const Region &r : project.regions)
                if (r.id == component.region)
                    region = &r;
            if (!region)
                return errorAt(Place(pointer, "/zone"), "a zone needs the component's region");
            if (std::find(region->zones.begin(), region->zones.end(), component.zone) == region->zones.end())
                return errorAt(Place(pointer, "/zone"), "region \"" + region->id + "\" has no zone \"" + component.zone + "\"");
        }
        for (const auto &[key, text] : {std::pair<const char *, const std::string *>{"/id", &component.id},
                                        {"/label", &component.label}, {"/group", &component.group}})
            if (auto error = checkLength(Place(pointer, key), *text, kMaxNameLength))
                return error;
        for (const auto &[name, value] : component.params)
            if (const auto *text = std::get_if<std::string>(&value))
                if (auto error = checkLength(Place(pointer, "/params/", name), *text, kMaxNameLength))
                    return error;
        if (!ids.insert(component.id).second)
            return errorAt(Place(pointer, "/id"), "duplicate id \"" + component.id + "\"");
        if (component.type == "users")
            entries.insert(component.id);
    }
    for (size_t i = 0; i < project.connections.size(); ++i) {
        const Connection &connection = project.connections[i];
        const Place pointer("/connections", i);
        if (!ids.contains(connection.from))
            return errorAt(Place(pointer, "/from"), "no component with id \"" + connection.from + "\"");
        if (!ids.contains(connection.to))
            return errorAt(Place(pointer, "/to"), "no component with id \"" + connection.to + "\"");
        if (entries.contains(connection.to))
            return errorAt(Place(pointer, "/to"),
                                  "\"" + connection.to + "\" is a users entry: traffic enters there, "
                                  "nothing can call it");
        if (auto error = checkNumber(Place(pointer, "/calls_per_request"), connection.callsPerRequest, 0.0, 1e6))
            return error;
    }
    return std::nullopt;
}

} // namespace headroom

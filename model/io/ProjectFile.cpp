// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/io/ProjectFile.h"

#include "model/core/BoundedFile.h"
#include "model/io/ProjectSaxReader.h"
#include "model/io/ProjectValidator.h"
#include "model/io/StrictJson.h"

#include "model/core/JsonStreamWriter.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace headroom {

using nlohmann::json;

namespace {

// Thrown inside the reader only, caught at its edge: the reader is a tree walk where
// every level would otherwise thread an error through.
struct ReadFailure
{
    ModelError error;
};

[[noreturn]] void fail(const std::string &pointer, const std::string &message)
{
    throw ReadFailure{ModelError::at(pointer, message)};
}

void rejectUnknownKeys(const json &object, const std::string &pointer,
                       std::initializer_list<const char *> known)
{
    for (const auto &item : object.items()) {
        bool isKnown = false;
        for (const char *key : known)
            isKnown = isKnown || item.key() == key;
        if (!isKnown)
            fail(pointer + "/" + item.key(), "unknown key");
    }
}

const json &requireObject(const json &value, const std::string &pointer)
{
    if (!value.is_object())
        fail(pointer, "must be an object");
    return value;
}

double readNumber(const json &object, const char *key, const std::string &pointer, double fallback)
{
    if (!object.contains(key))
        return fallback;
    const json &value = object.at(key);
    if (!value.is_number())
        fail(pointer + "/" + key, "must be a number");
    const double number = value.get<double>();
    if (!std::isfinite(number))
        fail(pointer + "/" + key, "must be a finite number");
    return number;
}

std::string readString(const json &object, const char *key, const std::string &pointer,
                       const std::optional<std::string> &fallback)
{
    if (!object.contains(key)) {
        if (!fallback)
            fail(pointer + "/" + key, "is required");
        return *fallback;
    }
    const json &value = object.at(key);
    if (!value.is_string())
        fail(pointer + "/" + key, "must be a string");
    return value.get<std::string>();
}

bool readBool(const json &object, const char *key, const std::string &pointer, bool fallback)
{
    if (!object.contains(key))
        return fallback;
    const json &value = object.at(key);
    if (!value.is_boolean())
        fail(pointer + "/" + key, "must be true or false");
    return value.get<bool>();
}

Workload readWorkload(const json &value, long long version)
{
    const std::string pointer = "/workload";
    requireObject(value, pointer);
    if (version >= 3)
        rejectUnknownKeys(value, pointer,
                          {"users", "requests_per_user_per_day", "peak_to_average", "read_fraction", "response_kb",
                           "zone_outages_per_year", "zone_outage_minutes"});
    else
        rejectUnknownKeys(value, pointer,
                          {"users", "requests_per_user_per_day", "peak_to_average", "read_fraction", "response_kb"});
    Workload workload;
    workload.users = readNumber(value, "users", pointer, workload.users);
    workload.requestsPerUserPerDay = readNumber(value, "requests_per_user_per_day", pointer,
                                                workload.requestsPerUserPerDay);
    workload.peakToAverage = readNumber(value, "peak_to_average", pointer, workload.peakToAverage);
    workload.readFraction = readNumber(value, "read_fraction", pointer, workload.readFraction);
    workload.responseKb = readNumber(value, "response_kb", pointer, workload.responseKb);
    workload.zoneOutagesPerYear = readNumber(value, "zone_outages_per_year", pointer, workload.zoneOutagesPerYear);
    workload.zoneOutageMinutes = readNumber(value, "zone_outage_minutes", pointer, workload.zoneOutageMinutes);
    return workload;
}

std::vector<Stage> readStages(const json &value)
{
    if (!value.is_array())
        fail("/stages", "must be an array");
    std::vector<Stage> stages;
    for (size_t i = 0; i < value.size(); ++i) {
        const std::string pointer = "/stages/" + std::to_string(i);
        requireObject(value[i], pointer);
        rejectUnknownKeys(value[i], pointer, {"name", "users"});
        Stage stage;
        stage.users = readNumber(value[i], "users", pointer, std::nan(""));
        if (std::isnan(stage.users))
            fail(pointer + "/users", "is required");
        stage.name = readString(value[i], "name", pointer, std::string());
        stages.push_back(std::move(stage));
    }
    return stages;
}

ParamMap readParams(const json &value, const std::string &pointer)
{
    requireObject(value, pointer);
    ParamMap params;
    for (const auto &item : value.items()) {
        const json &param = item.value();
        const std::string at = pointer + "/" + item.key();
        if (param.is_boolean())
            params[item.key()] = param.get<bool>();
        else if (param.is_number()) {
            const double number = param.get<double>();
            if (!std::isfinite(number))
                fail(at, "must be a finite number");
            params[item.key()] = number;
        } else if (param.is_string())
            params[item.key()] = param.get<std::string>();
        else
            fail(at, "must be a number, true/false or a string");
    }
    return params;
}

Component readComponent(const json &value, const std::string &pointer, long long version)
{
    requireObject(value, pointer);
    if (version >= 3)
        rejectUnknownKeys(value, pointer, {"id", "type", "label", "position", "params", "region", "zone", "group"});
    else if (version >= 2)
        rejectUnknownKeys(value, pointer, {"id", "type", "label", "position", "params", "region", "zone"});
    else
        rejectUnknownKeys(value, pointer, {"id", "type", "label", "position", "params"});
    Component component;
    component.id = readString(value, "id", pointer, std::nullopt);
    component.type = readString(value, "type", pointer, std::nullopt);
    component.label = readString(value, "label", pointer, component.id);
    if (value.contains("position")) {
        const std::string at = pointer + "/position";
        const json &position = requireObject(value.at("position"), at);
        rejectUnknownKeys(position, at, {"x", "y"});
        component.position.x = readNumber(position, "x", at, 0.0);
        component.position.y = readNumber(position, "y", at, 0.0);
    }
    if (value.contains("params"))
        component.params = readParams(value.at("params"), pointer + "/params");
    component.region = readString(value, "region", pointer, std::string());
    component.zone = readString(value, "zone", pointer, std::string());
    component.group = readString(value, "group", pointer, std::string());  // absent before version 3
    return component;
}

Connection readConnection(const json &value, const std::string &pointer, long long version)
{
    requireObject(value, pointer);
    if (version >= 3)
        rejectUnknownKeys(value, pointer, {"from", "to", "calls_per_request", "class", "async", "soft"});
    else
        rejectUnknownKeys(value, pointer, {"from", "to", "calls_per_request", "class", "async"});
    Connection connection;
    connection.from = readString(value, "from", pointer, std::nullopt);
    connection.to = readString(value, "to", pointer, std::nullopt);
    connection.callsPerRequest = readNumber(value, "calls_per_request", pointer, 1.0);
    const std::string trafficClass = readString(value, "class", pointer, std::string("all"));
    if (trafficClass == "read")
        connection.trafficClass = TrafficClass::Read;
    else if (trafficClass == "write")
        connection.trafficClass = TrafficClass::Write;
    else if (trafficClass != "all")
        fail(pointer + "/class", "must be one of \"all\", \"read\", \"write\"");
    connection.async = readBool(value, "async", pointer, false);
    connection.soft = readBool(value, "soft", pointer, false);  // absent before version 3
    return connection;
}

std::vector<Region> readRegions(const json &value)
{
    if (!value.is_array())
        fail("/regions", "must be an array");
    std::vector<Region> regions;
    for (size_t i = 0; i < value.size(); ++i) {
        const std::string pointer = "/regions/" + std::to_string(i);
        requireObject(value[i], pointer);
        rejectUnknownKeys(value[i], pointer, {"id", "name", "role", "zones", "fallback_prices"});
        Region region;
        region.id = readString(value[i], "id", pointer, std::nullopt);
        region.name = readString(value[i], "name", pointer, region.id);
        const std::string role = readString(value[i], "role", pointer, std::string("active"));
        if (role == "standby")
            region.role = RegionRole::Standby;
        else if (role != "active")
            fail(pointer + "/role", "must be \"active\" or \"standby\"");
        region.fallbackPrices = readString(value[i], "fallback_prices", pointer, std::string());
        if (value[i].contains("zones")) {
            const json &zones = value[i].at("zones");
            if (!zones.is_array())
                fail(pointer + "/zones", "must be an array of zone names");
            for (size_t z = 0; z < zones.size(); ++z) {
                if (!zones[z].is_string())
                    fail(pointer + "/zones/" + std::to_string(z), "must be a string");
                region.zones.push_back(zones[z].get<std::string>());
            }
        }
        regions.push_back(std::move(region));
    }
    return regions;
}

Project readProject(const json &root)
{
    requireObject(root, "");
    if (!root.contains("format") || root.at("format") != "headroom-project")
        fail("/format", "must be \"headroom-project\" (is this a Headroom project file?)");
    if (!root.contains("version") || !root.at("version").is_number_integer())
        fail("/version", "must be a whole number");
    // A version past what a long long holds (18446744073709551615) is from the future too, not negative.
    const json &written = root.at("version");
    const long long version = written.is_number_unsigned() && written.get<unsigned long long>() > 1000000ull
                                  ? 1000000
                                  : written.get<long long>();
    if (version > kProjectFormatVersion)
        fail("/version", "this file was written by a newer version of Headroom (project format "
                             + written.dump() + "); this version reads format "
                             + std::to_string(kProjectFormatVersion) + ". Update Headroom to open it.");
    if (version < 1)
        fail("/version", "must be ≥ 1");
    if (version >= 2)
        rejectUnknownKeys(root, "", {"format", "version", "name", "workload", "stages", "components", "connections",
                                     "pricing", "regions", "description", "intended_users", "availability_target"});
    else
        rejectUnknownKeys(root, "", {"format", "version", "name", "workload", "stages", "components", "connections",
                                     "pricing"});

    Project project;
    project.name = readString(root, "name", "", std::string());
    project.description = readString(root, "description", "", std::string());
    project.availabilityTarget = readNumber(root, "availability_target", "", project.availabilityTarget);
    if (root.contains("intended_users")) {
        const json &range = requireObject(root.at("intended_users"), "/intended_users");
        rejectUnknownKeys(range, "/intended_users", {"from", "to"});
        if (range.contains("from"))
            project.intendedUsersFrom = readNumber(range, "from", "/intended_users", 0.0);
        if (range.contains("to"))
            project.intendedUsersTo = readNumber(range, "to", "/intended_users", 0.0);
    }
    if (root.contains("regions"))
        project.regions = readRegions(root.at("regions"));
    if (root.contains("workload"))
        project.workload = readWorkload(root.at("workload"), version);
    if (root.contains("pricing")) {
        const json &pricing = requireObject(root.at("pricing"), "/pricing");
        rejectUnknownKeys(pricing, "/pricing", {"purchase_option"});
        const std::string option = readString(pricing, "purchase_option", "/pricing", std::string("on_demand"));
        if (option == "1yr")
            project.purchaseOption = PurchaseOption::OneYear;
        else if (option == "3yr")
            project.purchaseOption = PurchaseOption::ThreeYear;
        else if (option != "on_demand")
            fail("/pricing/purchase_option", "must be one of \"on_demand\", \"1yr\", \"3yr\"");
    }
    project.stages = root.contains("stages") ? readStages(root.at("stages")) : Project::defaultStages();
    for (const char *list : {"components", "connections"})
        if (root.contains(list) && !root.at(list).is_array())
            fail(std::string("/") + list, "must be an array");
    if (root.contains("components"))
        for (size_t i = 0; i < root.at("components").size(); ++i)
            project.components.push_back(
                readComponent(root.at("components")[i], "/components/" + std::to_string(i), version));
    if (root.contains("connections"))
        for (size_t i = 0; i < root.at("connections").size(); ++i)
            project.connections.push_back(
                readConnection(root.at("connections")[i], "/connections/" + std::to_string(i), version));
    return project;
}

// A whole number is written without a fraction ("users": 1000), as people write them.
void writeFileNumber(JsonStreamWriter &w, double value)
{
    if (std::floor(value) == value && std::fabs(value) < 9e15)
        w.integer(static_cast<long long>(value));
    else
        w.number(value);
}

void writeParam(JsonStreamWriter &w, const ParamValue &value)
{
    if (const auto *number = std::get_if<double>(&value))
        writeFileNumber(w, *number);
    else if (const auto *flag = std::get_if<bool>(&value))
        w.boolean(*flag);
    else
        w.str(std::get<std::string>(value));
}

void writeComponent(JsonStreamWriter &w, const Component &component)
{
    w.beginObject();
    w.key("id").str(component.id);
    w.key("type").str(component.type);
    w.key("label").str(component.label);
    w.key("position").beginObject();
    w.key("x");
    writeFileNumber(w, component.position.x);
    w.key("y");
    writeFileNumber(w, component.position.y);
    w.endObject();
    w.key("params").beginObject();
    for (const auto &[name, value] : component.params) {
        w.key(name);
        writeParam(w, value);
    }
    w.endObject();
    if (!component.region.empty())
        w.key("region").str(component.region);
    if (!component.zone.empty())
        w.key("zone").str(component.zone);
    if (!component.group.empty())
        w.key("group").str(component.group);
    w.endObject();
}

} // namespace

Expected<Project> parseProject(std::string_view text, const std::string &fileName)
{
    // A file the SAX reader takes is read once, straight into the Project; anything else is read
    // again as a tree below, whose reader names the first problem (issue 19).
    // A key twice in one object is refused by the tree reader's strict parse, with its pointer.
    SaxProjectRead fast = readProjectSax(text);
    if (fast.project && !fast.duplicateKey) {
        if (auto error = validateProject(*fast.project)) {
            error->file = fileName;
            return *error;
        }
        return std::move(*fast.project);
    }
    return parseProjectTree(text, fileName);
}

Expected<Project> parseProjectTree(std::string_view text, const std::string &fileName)
{
    Expected<json> parsed = parseStrictJson(text, fileName);
    if (!parsed)
        return parsed.error();
    const json &root = parsed.value();
    try {
        Project project = readProject(root);
        if (auto error = validateProject(project)) {
            error->file = fileName;
            return *error;
        }
        return project;
    } catch (ReadFailure &failure) {
        failure.error.file = fileName;
        return failure.error;
    } catch (const json::exception &error) {
        ModelError result;
        result.file = fileName;
        result.message = error.what();
        return result;
    }
}

Expected<Project> readProjectFile(const std::string &path)
{
    Expected<std::string> content = readBoundedFile(path, kMaxProjectBytes);
    if (!content)
        return content.error();
    return parseProject(*content, path);
}

void writeProjectJson(JsonStreamWriter &w, const Project &project)
{
    w.beginObject();
    w.key("format").str("headroom-project");
    w.key("version").integer(kProjectFormatVersion);
    w.key("name").str(project.name);
    if (!project.description.empty())
        w.key("description").str(project.description);
    if (project.intendedUsersFrom || project.intendedUsersTo) {
        w.key("intended_users").beginObject();
        if (project.intendedUsersFrom) {
            w.key("from");
            writeFileNumber(w, *project.intendedUsersFrom);
        }
        if (project.intendedUsersTo) {
            w.key("to");
            writeFileNumber(w, *project.intendedUsersTo);
        }
        w.endObject();
    }
    w.key("availability_target");
    writeFileNumber(w, project.availabilityTarget);
    const Workload &workload = project.workload;
    w.key("workload").beginObject();
    for (const auto &[name, value] : {std::pair<const char *, double>{"users", workload.users},
                                      {"requests_per_user_per_day", workload.requestsPerUserPerDay},
                                      {"peak_to_average", workload.peakToAverage},
                                      {"read_fraction", workload.readFraction},
                                      {"response_kb", workload.responseKb},
                                      {"zone_outages_per_year", workload.zoneOutagesPerYear},
                                      {"zone_outage_minutes", workload.zoneOutageMinutes}}) {
        w.key(std::string_view(name));
        writeFileNumber(w, value);
    }
    w.endObject();
    w.key("pricing").beginObject();
    w.key("purchase_option").str(purchaseOptionKey(project.purchaseOption));
    w.endObject();
    w.key("stages").beginArray();
    for (const Stage &stage : project.stages) {
        w.beginObject();
        w.key("name").str(stage.name);
        w.key("users");
        writeFileNumber(w, stage.users);
        w.endObject();
    }
    w.endArray();
    w.key("components").beginArray();
    for (const Component &component : project.components)
        writeComponent(w, component);
    w.endArray();
    w.key("connections").beginArray();
    for (const Connection &connection : project.connections) {
        w.beginObject();
        w.key("from").str(connection.from);
        w.key("to").str(connection.to);
        w.key("calls_per_request");
        writeFileNumber(w, connection.callsPerRequest);
        w.key("class").str(trafficClassKey(connection.trafficClass));
        w.key("async").boolean(connection.async);
        w.key("soft").boolean(connection.soft);
        w.endObject();
    }
    w.endArray();
    if (!project.regions.empty()) {
        w.key("regions").beginArray();
        for (const Region &region : project.regions) {
            w.beginObject();
            w.key("id").str(region.id);
            w.key("name").str(region.name);
            w.key("role").str(regionRoleKey(region.role));
            w.key("zones").strings(region.zones);
            if (!region.fallbackPrices.empty())
                w.key("fallback_prices").str(region.fallbackPrices);
            w.endObject();
        }
        w.endArray();
    }
    w.endObject();
}

std::string serializeProject(const Project &project)
{
    std::string out;
    out.reserve(1024 + 256 * project.components.size());
    JsonStreamWriter w(out);
    writeProjectJson(w, project);
    out.push_back('\n');
    return out;
}

} // namespace headroom

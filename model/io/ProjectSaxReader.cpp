// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/io/ProjectSaxReader.h"

#include "model/io/JsonScanner.h"
#include "model/io/ProjectFile.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace headroom {

namespace {

// Where the reader is: one entry per open object or array of the project file.
enum class Where : std::uint8_t {
    Root, Workload, IntendedUsers, Pricing, Stages, Stage, Regions, Region, Zones, Components, Component,
    Position, Params, Connections, Connection
};

struct KeySpec
{
    std::string_view name;
    int sinceVersion;  // the first project format version that has the key
};

// The keys each object takes, in the tree reader's order (ProjectFile.cpp); a key's index in
// its table is its id below.
constexpr KeySpec kRootKeys[] = {{"format", 1}, {"version", 1}, {"name", 1}, {"workload", 1}, {"stages", 1},
                                 {"components", 1}, {"connections", 1}, {"pricing", 1}, {"regions", 2},
                                 {"description", 2}, {"intended_users", 2}, {"availability_target", 2}};
enum RootKey { Format, Version, Name, WorkloadKey, StagesKey, ComponentsKey, ConnectionsKey, PricingKey, RegionsKey,
               Description, IntendedUsersKey, AvailabilityTarget };
constexpr KeySpec kWorkloadKeys[] = {{"users", 1}, {"requests_per_user_per_day", 1}, {"peak_to_average", 1},
                                     {"read_fraction", 1}, {"response_kb", 1}, {"zone_outages_per_year", 3},
                                     {"zone_outage_minutes", 3}};
constexpr KeySpec kIntendedUsersKeys[] = {{"from", 1}, {"to", 1}};
constexpr KeySpec kPricingKeys[] = {{"purchase_option", 1}};
constexpr KeySpec kStageKeys[] = {{"name", 1}, {"users", 1}};
enum StageKey { StageName, StageUsers };
constexpr KeySpec kRegionKeys[] = {{"id", 1}, {"name", 1}, {"role", 1}, {"zones", 1}, {"fallback_prices", 1}};
enum RegionKey { RegionId, RegionName, RegionRoleKey, RegionZones, RegionFallback };
constexpr KeySpec kComponentKeys[] = {{"id", 1}, {"type", 1}, {"label", 1}, {"position", 1}, {"params", 1},
                                      {"region", 2}, {"zone", 2}, {"group", 3}};
enum ComponentKey { ComponentId, ComponentType, ComponentLabel, ComponentPosition, ComponentParams, ComponentRegion,
                    ComponentZone, ComponentGroup };
constexpr KeySpec kPositionKeys[] = {{"x", 1}, {"y", 1}};
constexpr KeySpec kConnectionKeys[] = {{"from", 1}, {"to", 1}, {"calls_per_request", 1}, {"class", 1}, {"async", 1},
                                       {"soft", 3}};
enum ConnectionKey { From, To, CallsPerRequest, Class, Async, Soft };

struct Frame
{
    Where where;
    int key = -1;             // objects: the key whose value comes next
    std::uint32_t seen = 0;   // objects: the keys read, one bit each
    size_t count = 0;         // arrays: the elements begun
};

// One scalar value as the scanner reports it.
struct Value
{
    enum Kind { Null, Boolean, Integer, Unsigned, Float, String } kind = Null;
    bool flag = false;
    long long integer = 0;
    unsigned long long whole = 0;
    double number = 0.0;
    std::string_view text;

    bool isNumber() const { return kind == Integer || kind == Unsigned || kind == Float; }
    // As the tree's get<double>() converts it.
    double asDouble() const
    {
        return kind == Integer ? static_cast<double>(integer) : kind == Unsigned ? static_cast<double>(whole) : number;
    }
};

class Reader : public JsonEvents
{
public:
    Project project;
    std::optional<std::string> duplicateKey;

    // The scanner's events (JsonScanner.h). Returning false stops the scan.
    bool null() override { return value(Value{}); }
    bool boolean(bool flag) override { return value(Value{Value::Boolean, flag}); }
    bool integer(long long number) override { return value(Value{Value::Integer, false, number}); }
    bool whole(unsigned long long number) override { return value(Value{Value::Unsigned, false, 0, number}); }
    bool number(double number) override { return value(Value{Value::Float, false, 0, 0, number}); }
    bool string(std::string_view text) override { return value(Value{Value::String, false, 0, 0, 0.0, text}); }
    bool beginObject() override { return open(true); }
    bool endObject() override { return close(); }
    bool beginArray() override { return open(false); }
    bool endArray() override { return close(); }
    bool key(std::string_view name) override;

    // After a whole document: what the tree reader checks once it has read everything.
    bool finish();

private:
    std::vector<Frame> m_stack;
    long long m_version = 0;
    int m_keysNeedVersion = 1;
    bool m_done = false;
    std::uint32_t m_rootSeen = 0;
    std::string m_paramKey;

    bool open(bool object);
    bool close();
    bool value(const Value &v);
    bool rootValue(int key, const Value &v);
    bool componentValue(Component &component, int key, const Value &v);
    bool connectionValue(Connection &connection, int key, const Value &v);
    bool regionValue(Region &region, int key, const Value &v);
    std::string pointerTo(std::string_view key) const;
};

template<size_t N>
int keyId(const KeySpec (&keys)[N], std::string_view name, int &needVersion)
{
    for (size_t i = 0; i < N; ++i)
        if (name == keys[i].name) {
            needVersion = std::max(needVersion, keys[i].sinceVersion);
            return static_cast<int>(i);
        }
    return -1;
}

std::string_view keyName(Where where, int key)
{
    switch (where) {
    case Where::Root: return kRootKeys[key].name;
    case Where::Workload: return kWorkloadKeys[key].name;
    case Where::IntendedUsers: return kIntendedUsersKeys[key].name;
    case Where::Pricing: return kPricingKeys[key].name;
    case Where::Stage: return kStageKeys[key].name;
    case Where::Region: return kRegionKeys[key].name;
    case Where::Component: return kComponentKeys[key].name;
    case Where::Position: return kPositionKeys[key].name;
    case Where::Connection: return kConnectionKeys[key].name;
    default: return "";
    }
}

bool Reader::key(std::string_view name)
{
    Frame &frame = m_stack.back();
    if (frame.where == Where::Params) {
        m_paramKey.assign(name);
        if (project.components.back().params.contains(m_paramKey)) {
            duplicateKey = pointerTo(name);
            return false;
        }
        return true;
    }
    int id = -1;
    switch (frame.where) {
    case Where::Root: id = keyId(kRootKeys, name, m_keysNeedVersion); break;
    case Where::Workload: id = keyId(kWorkloadKeys, name, m_keysNeedVersion); break;
    case Where::IntendedUsers: id = keyId(kIntendedUsersKeys, name, m_keysNeedVersion); break;
    case Where::Pricing: id = keyId(kPricingKeys, name, m_keysNeedVersion); break;
    case Where::Stage: id = keyId(kStageKeys, name, m_keysNeedVersion); break;
    case Where::Region: id = keyId(kRegionKeys, name, m_keysNeedVersion); break;
    case Where::Component: id = keyId(kComponentKeys, name, m_keysNeedVersion); break;
    case Where::Position: id = keyId(kPositionKeys, name, m_keysNeedVersion); break;
    case Where::Connection: id = keyId(kConnectionKeys, name, m_keysNeedVersion); break;
    default: return false;
    }
    if (id < 0)
        return false;  // an unknown key: the tree reader names it
    const std::uint32_t bit = 1u << id;
    if (frame.seen & bit) {
        duplicateKey = pointerTo(name);
        return false;
    }
    frame.seen |= bit;
    frame.key = id;
    return true;
}

// The JSON pointer of `key` in the innermost open object, as the readers write pointers.
std::string Reader::pointerTo(std::string_view key) const
{
    std::string pointer;
    for (size_t i = 0; i + 1 < m_stack.size(); ++i) {
        const Frame &frame = m_stack[i];
        pointer += '/';
        switch (frame.where) {
        case Where::Stages: case Where::Regions: case Where::Zones: case Where::Components: case Where::Connections:
            pointer += std::to_string(frame.count - 1);
            break;
        case Where::Params: pointer += m_paramKey; break;
        default: pointer += keyName(frame.where, frame.key);
        }
    }
    return pointer + "/" + std::string(key);
}

bool Reader::open(bool object)
{
    if (m_done)
        return false;
    if (m_stack.empty()) {
        if (!object)
            return false;
        m_stack.push_back(Frame{Where::Root});
        return true;
    }
    Frame &parent = m_stack.back();
    Where child;
    switch (parent.where) {
    case Where::Root:
        if (object && parent.key == WorkloadKey)
            child = Where::Workload;
        else if (object && parent.key == IntendedUsersKey)
            child = Where::IntendedUsers;
        else if (object && parent.key == PricingKey)
            child = Where::Pricing;
        else if (!object && parent.key == StagesKey) {
            child = Where::Stages;
            project.stages.clear();
        } else if (!object && parent.key == RegionsKey)
            child = Where::Regions;
        else if (!object && parent.key == ComponentsKey)
            child = Where::Components;
        else if (!object && parent.key == ConnectionsKey)
            child = Where::Connections;
        else
            return false;
        break;
    case Where::Stages:
        if (!object)
            return false;
        project.stages.emplace_back();
        child = Where::Stage;
        break;
    case Where::Regions:
        if (!object)
            return false;
        project.regions.emplace_back();
        child = Where::Region;
        break;
    case Where::Region:
        if (object || parent.key != RegionZones)
            return false;
        child = Where::Zones;
        break;
    case Where::Components:
        if (!object)
            return false;
        project.components.emplace_back();
        child = Where::Component;
        break;
    case Where::Component:
        if (object && parent.key == ComponentPosition)
            child = Where::Position;
        else if (object && parent.key == ComponentParams)
            child = Where::Params;
        else
            return false;
        break;
    case Where::Connections:
        if (!object)
            return false;
        project.connections.emplace_back();
        child = Where::Connection;
        break;
    default:
        return false;  // no other value of the file is an object or an array
    }
    ++parent.count;
    m_stack.push_back(Frame{child});
    return true;
}

bool Reader::close()
{
    const Frame frame = m_stack.back();
    m_stack.pop_back();
    const auto has = [&](int key) { return (frame.seen >> key) & 1u; };
    switch (frame.where) {
    case Where::Root:
        m_done = true;
        m_rootSeen = frame.seen;
        break;
    case Where::Stage:
        if (!has(StageUsers))
            return false;
        break;
    case Where::Region: {
        Region &region = project.regions.back();
        if (!has(RegionId))
            return false;
        if (!has(RegionName))
            region.name = region.id;
        break;
    }
    case Where::Component: {
        Component &component = project.components.back();
        if (!has(ComponentId) || !has(ComponentType))
            return false;
        if (!has(ComponentLabel))
            component.label = component.id;
        break;
    }
    case Where::Connection:
        if (!has(From) || !has(To))
            return false;
        break;
    default:
        break;
    }
    return true;
}

bool Reader::rootValue(int key, const Value &v)
{
    switch (key) {
    case Format:
        return v.kind == Value::String && v.text == "headroom-project";
    case Version:
        if (v.kind == Value::Integer)
            m_version = v.integer;
        else if (v.kind == Value::Unsigned)
            m_version = v.whole > 1000000ull ? 1000000 : static_cast<long long>(v.whole);
        else
            return false;
        return true;
    case Name:
    case Description:
        if (v.kind != Value::String)
            return false;
        (key == Name ? project.name : project.description).assign(v.text);
        return true;
    case AvailabilityTarget:
        if (!v.isNumber())
            return false;
        project.availabilityTarget = v.asDouble();
        return true;
    default:
        return false;  // objects and arrays only
    }
}

bool Reader::componentValue(Component &component, int key, const Value &v)
{
    if (v.kind != Value::String)
        return false;  // every scalar of a component is a string
    switch (key) {
    case ComponentId: component.id.assign(v.text); return true;
    case ComponentType: component.type.assign(v.text); return true;
    case ComponentLabel: component.label.assign(v.text); return true;
    case ComponentRegion: component.region.assign(v.text); return true;
    case ComponentZone: component.zone.assign(v.text); return true;
    case ComponentGroup: component.group.assign(v.text); return true;
    default: return false;
    }
}

bool Reader::connectionValue(Connection &connection, int key, const Value &v)
{
    switch (key) {
    case From:
    case To:
        if (v.kind != Value::String)
            return false;
        (key == From ? connection.from : connection.to).assign(v.text);
        return true;
    case CallsPerRequest:
        if (!v.isNumber())
            return false;
        connection.callsPerRequest = v.asDouble();
        return true;
    case Class:
        if (v.kind != Value::String)
            return false;
        if (v.text == "read")
            connection.trafficClass = TrafficClass::Read;
        else if (v.text == "write")
            connection.trafficClass = TrafficClass::Write;
        else if (v.text != "all")
            return false;
        return true;
    default:
        if (v.kind != Value::Boolean)
            return false;
        (key == Async ? connection.async : connection.soft) = v.flag;
        return true;
    }
}

bool Reader::regionValue(Region &region, int key, const Value &v)
{
    if (v.kind != Value::String)
        return false;
    switch (key) {
    case RegionId: region.id.assign(v.text); return true;
    case RegionName: region.name.assign(v.text); return true;
    case RegionRoleKey:
        if (v.text == "standby")
            region.role = RegionRole::Standby;
        else if (v.text != "active")
            return false;
        return true;
    case RegionFallback: region.fallbackPrices.assign(v.text); return true;
    default: return false;
    }
}

bool Reader::value(const Value &v)
{
    if (m_stack.empty())
        return false;
    Frame &frame = m_stack.back();
    switch (frame.where) {
    case Where::Root:
        return rootValue(frame.key, v);
    case Where::Workload: {
        if (!v.isNumber())
            return false;
        Workload &w = project.workload;
        double *fields[] = {&w.users, &w.requestsPerUserPerDay, &w.peakToAverage, &w.readFraction, &w.responseKb,
                            &w.zoneOutagesPerYear, &w.zoneOutageMinutes};
        *fields[frame.key] = v.asDouble();
        return true;
    }
    case Where::IntendedUsers:
        if (!v.isNumber())
            return false;
        (frame.key == 0 ? project.intendedUsersFrom : project.intendedUsersTo) = v.asDouble();
        return true;
    case Where::Pricing:
        if (v.kind != Value::String)
            return false;
        if (v.text == "1yr")
            project.purchaseOption = PurchaseOption::OneYear;
        else if (v.text == "3yr")
            project.purchaseOption = PurchaseOption::ThreeYear;
        else if (v.text != "on_demand")
            return false;
        return true;
    case Where::Stage:
        if (frame.key == StageName && v.kind == Value::String)
            project.stages.back().name.assign(v.text);
        else if (frame.key == StageUsers && v.isNumber())
            project.stages.back().users = v.asDouble();
        else
            return false;
        return true;
    case Where::Region:
        return regionValue(project.regions.back(), frame.key, v);
    case Where::Zones:
        if (v.kind != Value::String)
            return false;
        ++frame.count;
        project.regions.back().zones.push_back(std::string(v.text));
        return true;
    case Where::Component:
        return componentValue(project.components.back(), frame.key, v);
    case Where::Position:
        if (!v.isNumber())
            return false;
        (frame.key == 0 ? project.components.back().position.x : project.components.back().position.y) = v.asDouble();
        return true;
    case Where::Params: {
        ParamMap &params = project.components.back().params;
        if (v.kind == Value::Boolean)
            params.emplace(std::move(m_paramKey), v.flag);
        else if (v.isNumber())
            params.emplace(std::move(m_paramKey), v.asDouble());
        else if (v.kind == Value::String)
            params.emplace(std::move(m_paramKey), std::string(v.text));
        else
            return false;
        return true;
    }
    case Where::Connection:
        return connectionValue(project.connections.back(), frame.key, v);
    default:
        return false;  // a scalar where the file has objects
    }
}

bool Reader::finish()
{
    const bool hasFormat = (m_rootSeen >> Format) & 1u;
    return m_done && hasFormat && m_version >= 1 && m_version <= kProjectFormatVersion && m_version >= m_keysNeedVersion;
}

} // namespace

SaxProjectRead readProjectSax(std::string_view text)
{
    Reader reader;
    reader.project.stages = Project::defaultStages();
    SaxProjectRead result;
    const bool ok = scanJson(text, reader) && reader.finish();
    result.duplicateKey = std::move(reader.duplicateKey);
    if (ok)
        result.project = std::move(reader.project);
    return result;
}

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/design/Project.h"

namespace headroom {

std::vector<Stage> Project::defaultStages()
{
    return {{"1K users", 1e3}, {"10K users", 1e4}, {"100K users", 1e5},
            {"1M users", 1e6}, {"10M users", 1e7}};
}

const char *purchaseOptionKey(PurchaseOption option)
{
    switch (option) {
    case PurchaseOption::OneYear: return "1yr";
    case PurchaseOption::ThreeYear: return "3yr";
    case PurchaseOption::OnDemand: break;
    }
    return "on_demand";
}

const std::string &displayName(const Component &component)
{
    return component.label.empty() ? component.id : component.label;
}

std::string possessive(const std::string &name)
{
    return !name.empty() && (name.back() == 's' || name.back() == 'S') ? name + "'" : name + "'s";
}

namespace {

// The name as people compare it: no surrounding spaces, ASCII case folded.
std::string comparableName(const std::string &name)
{
    const auto first = name.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    const auto last = name.find_last_not_of(" \t");
    std::string folded = name.substr(first, last - first + 1);
    for (char &c : folded)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return folded;
}

} // namespace

std::vector<std::string> componentsSharingName(const Project &project, const std::string &id)
{
    std::vector<std::string> sharing;
    const Component *self = nullptr;
    for (const Component &component : project.components)
        if (component.id == id)
            self = &component;
    if (!self)
        return sharing;
    const std::string name = comparableName(displayName(*self));
    for (const Component &component : project.components)
        if (component.id != id && comparableName(displayName(component)) == name)
            sharing.push_back(component.id);
    return sharing;
}

const char *regionRoleKey(RegionRole role)
{
    return role == RegionRole::Standby ? "standby" : "active";
}

const char *trafficClassKey(TrafficClass trafficClass)
{
    switch (trafficClass) {
    case TrafficClass::Read: return "read";
    case TrafficClass::Write: return "write";
    case TrafficClass::All: break;
    }
    return "all";
}

} // namespace headroom

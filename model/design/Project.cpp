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

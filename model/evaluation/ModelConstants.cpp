// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/evaluation/ModelConstants.h"

#include "model/evaluation/ComponentEvaluator.h"
#include "model/evaluation/ConnectionLimits.h"

#include <algorithm>

namespace headroom {

namespace {

// Saturation points of the dimensions that grow in proportion to users: a dimension at
// utilization ρ₁ for one user reaches 1 at 1/ρ₁ users. An Auto Scaling group saturates only
// once it runs max_instances, so its CPU reaches 1 where a = max_instances × vCPUs. A station
// left with no servers at all (instances 0, or max_instances 0) cannot serve its first request:
// it breaks at 0 users, not at the one user its clamped utilization of 1 would give.
std::vector<std::optional<double>> linearSaturationPoints(const CompiledModel &model, int index)
{
    const CompiledNode &node = model.nodes[index];
    const double ratePerUser = model.entryRateFor(1.0);
    const ComponentResult oneUser = evaluateComponent(model, index, ratePerUser);
    std::vector<std::optional<double>> points(oneUser.dimensions.size());
    for (size_t d = 0; d < oneUser.dimensions.size(); ++d) {
        double perUser = oneUser.dimensions[d].utilization;
        if (node.behaviour == Behaviour::Scaling) {
            const double offeredPerUser = oneUser.arrivalRatePerSecond * node.serviceTimeMs / 1000.0;
            perUser = offeredPerUser / static_cast<double>(std::max(1LL, node.maxInstances * node.vcpus));
            if (node.maxInstances == 0 && offeredPerUser > 0.0)
                perUser = 1.0;
        }
        if (perUser > 0.0)
            points[d] = 1.0 / perUser;
    }
    const bool station = node.behaviour == Behaviour::Station || node.behaviour == Behaviour::Scaling;
    const long long servers = node.behaviour == Behaviour::Scaling ? node.maxInstances : node.instances;
    if (station && servers == 0 && oneUser.arrivalRatePerSecond > 0.0)
        for (std::optional<double> &point : points)
            point = 0.0;
    return points;
}

void derive(const CompiledModel &model, ModelConstants &constants)
{
    const int count = static_cast<int>(model.nodes.size());
    constants.usersAtSaturation.resize(model.nodes.size());
    constants.connectionsUsersAtLimit.assign(model.nodes.size(), std::nullopt);
    constants.incomingEdges = ConnectionLimits::incomingEdges(model);
    const ConnectionLimits connections(model, constants.incomingEdges);
    std::vector<std::string> zones;
    for (const CompiledNode &node : model.nodes)
        zones.insert(zones.end(), node.zones.begin(), node.zones.end());
    std::sort(zones.begin(), zones.end());
    zones.erase(std::unique(zones.begin(), zones.end()), zones.end());
    constants.zoneCauses.clear();
    for (const std::string &zone : zones)
        constants.zoneCauses.push_back("zone outage (" + zone + ")");
    constants.zoneIndex.resize(model.nodes.size());
    for (size_t i = 0; i < model.nodes.size(); ++i) {
        constants.zoneIndex[i].clear();
        for (const std::string &zone : model.nodes[i].zones)
            constants.zoneIndex[i].push_back(
                static_cast<int>(std::lower_bound(zones.begin(), zones.end(), zone) - zones.begin()));
    }
    for (int i = 0; i < count; ++i) {
        constants.usersAtSaturation[i] = linearSaturationPoints(model, i);
        if (model.nodes[i].behaviour == Behaviour::Database)
            constants.connectionsUsersAtLimit[i] = connections.usersAtLimit(i);
    }
}

} // namespace

const ModelConstants &modelConstants(const CompiledModel &model, ModelConstants &scratch)
{
    if (!model.derived) {
        derive(model, scratch);
        return scratch;
    }
    DerivedOnce &slot = *model.derived;
    std::call_once(slot.once, [&] {
        auto constants = std::make_shared<ModelConstants>();
        derive(model, *constants);
        slot.value = std::move(constants);
    });
    return *static_cast<const ModelConstants *>(slot.value.get());
}

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/evaluation/ZoneOutages.h"

#include "model/evaluation/ComponentEvaluator.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace headroom {

namespace {

struct Down
{
    double minutes = 0.0;
    double share = 0.0;
    int component = -1;
};


// How long component `node` is down when the zone at `zoneIndex` of node.zones fails.
double outageMinutes(const CompiledNode &node, const ComponentResult &result, size_t zoneIndex, double zoneMinutes)
{
    const auto zones = static_cast<long long>(node.zones.size());
    if (node.behaviour == Behaviour::Database) {
        if (zoneIndex != 0)  // the primary runs in the first zone; a standby elsewhere
            return 0.0;
        return node.multiAz ? std::min(zoneMinutes, node.failure.failoverMinutes) : zoneMinutes;
    }
    const long long running = result.instances;
    if (running <= 0)
        return 0.0;  // down already, whatever the zones do
    const auto index = static_cast<long long>(zoneIndex);
    const long long inZone = running / zones + (index < running % zones ? 1 : 0);  // round robin
    if (running - inZone >= instancesNeeded(node, result))
        return 0.0;
    if (node.behaviour == Behaviour::Scaling && zones > 1)
        return std::min(zoneMinutes, node.failure.recoveryMinutes);
    return zoneMinutes;
}

// ∫ share lost dt over one outage: components sorted by how long they stay down.
double lostMinutes(std::vector<Down> &down)
{
    std::sort(down.begin(), down.end(), [](const Down &a, const Down &b) { return a.minutes > b.minutes; });
    double lost = 0.0;
    double served = 1.0;  // share of requests still served by everything down so far
    for (size_t i = 0; i < down.size(); ++i) {
        served *= 1.0 - std::clamp(down[i].share, 0.0, 1.0);
        const double next = i + 1 < down.size() ? down[i + 1].minutes : 0.0;
        lost += (down[i].minutes - next) * (1.0 - served);
    }
    return lost;
}

} // namespace

std::vector<ZoneOutage> zoneOutages(const CompiledModel &model, const Evaluation &evaluation, int region,
                                    const std::function<double(int)> &weight)
{
    const double perYear = model.workload.zoneOutagesPerYear;
    const double zoneMinutes = model.workload.zoneOutageMinutes;
    std::map<std::string, std::vector<Down>> byZone;
    if (perYear <= 0.0 || zoneMinutes <= 0.0)
        return {};
    for (size_t i = 0; i < model.nodes.size(); ++i) {
        const CompiledNode &node = model.nodes[i];
        if (node.region != region || node.zones.empty())
            continue;
        const double share = weight(static_cast<int>(i));
        if (share <= 0.0)
            continue;
        for (size_t z = 0; z < node.zones.size(); ++z) {
            const double minutes = outageMinutes(node, evaluation.components[i], z, zoneMinutes);
            if (minutes > 0.0)
                byZone[node.zones[z]].push_back({minutes, share, static_cast<int>(i)});
        }
    }
    std::vector<ZoneOutage> outages;
    for (auto &[zone, down] : byZone) {
        ZoneOutage outage;
        outage.zone = zone;
        const auto worst = std::max_element(down.begin(), down.end(), [](const Down &a, const Down &b) {
            return a.minutes * a.share < b.minutes * b.share;
        });
        outage.worstComponent = model.nodes[static_cast<size_t>(worst->component)].id;
        outage.longestMinutes = std::max_element(down.begin(), down.end(), [](const Down &a, const Down &b) {
                                    return a.minutes < b.minutes;
                                })->minutes;
        outage.minutesPerYear = perYear * lostMinutes(down);
        outages.push_back(std::move(outage));
    }
    return outages;
}

} // namespace headroom

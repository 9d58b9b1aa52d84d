// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/evaluation/ZoneOutages.h"

#include "model/evaluation/ComponentEvaluator.h"

#include <algorithm>
#include <cmath>

namespace headroom {

namespace {

struct Down
{
    double minutes = 0.0;
    double share = 0.0;
    int component = -1;
    int zone = -1;
    int order = 0;  // position in the order found: components in order, each one's zones in order
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

// ∫ share lost dt over one outage of the components in [first, last): sorted by how long they
// stay down.
double lostMinutes(std::vector<Down>::iterator first, std::vector<Down>::iterator last)
{
    std::sort(first, last, [](const Down &a, const Down &b) { return a.minutes > b.minutes; });
    double lost = 0.0;
    double served = 1.0;  // share of requests still served by everything down so far
    for (auto it = first; it != last; ++it) {
        served *= 1.0 - std::clamp(it->share, 0.0, 1.0);
        const double next = it + 1 != last ? (it + 1)->minutes : 0.0;
        lost += (it->minutes - next) * (1.0 - served);
    }
    return lost;
}

} // namespace

void zoneOutages(const CompiledModel &model, const ModelConstants &constants, const Evaluation &evaluation,
                 int region, const std::function<double(int)> &weight, std::vector<ZoneOutage> &outages)
{
    outages.clear();
    const double perYear = model.workload.zoneOutagesPerYear;
    const double zoneMinutes = model.workload.zoneOutageMinutes;
    if (perYear <= 0.0 || zoneMinutes <= 0.0)
        return;
    // Every (component, zone) that an outage of the zone takes down, grouped by zone below with
    // each zone's entries in component order. Kept per thread: a sweep does not allocate it again.
    thread_local std::vector<Down> down;
    down.clear();
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
                down.push_back({minutes, share, static_cast<int>(i), constants.zoneIndex[i][z],
                                static_cast<int>(down.size())});
        }
    }
    // By zone, in the order found within each (a stable sort without the buffer std::stable_sort
    // allocates).
    std::sort(down.begin(), down.end(),
              [](const Down &a, const Down &b) { return a.zone != b.zone ? a.zone < b.zone : a.order < b.order; });
    for (auto first = down.begin(); first != down.end();) {
        const auto last = std::find_if(first, down.end(), [&](const Down &d) { return d.zone != first->zone; });
        ZoneOutage outage;
        outage.zone = first->zone;
        const auto worst = std::max_element(first, last, [](const Down &a, const Down &b) {
            return a.minutes * a.share < b.minutes * b.share;
        });
        outage.worstComponent = worst->component;
        outage.longestMinutes = std::max_element(first, last, [](const Down &a, const Down &b) {
                                    return a.minutes < b.minutes;
                                })->minutes;
        outage.minutesPerYear = perYear * lostMinutes(first, last);
        outages.push_back(outage);
        first = last;
    }
}

} // namespace headroom

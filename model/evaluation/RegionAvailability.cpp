// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/evaluation/RegionAvailability.h"

#include "model/math/Availability.h"

#include <algorithm>
#include <numeric>

namespace headroom {

namespace {

// Fraction of the entry rate that the global components (DNS, CDN) send into region r over
// synchronous connections. Calls between regions (replication, a write forwarded to the
// writer's region) are not user traffic routed to the region and do not count.
double trafficShare(const CompiledModel &model, int region)
{
    double share = 0.0;
    for (size_t e = 0; e < model.edges.size(); ++e) {
        const CompiledEdge &edge = model.edges[e];
        if (edge.async || model.nodes[edge.to].region != region || model.nodes[edge.from].region >= 0)
            continue;
        share += model.edgeFlows.reads[e] + model.edgeFlows.writes[e];
    }
    return share;
}

// P(fewer than k of the regions are up), regions independent with unavailability u[i].
double fewerThanUp(const std::vector<double> &unavailability, int k)
{
    std::vector<double> up(unavailability.size() + 1, 0.0);  // up[j]: P(exactly j up)
    up[0] = 1.0;
    for (size_t i = 0; i < unavailability.size(); ++i)
        for (size_t j = i + 1; j-- > 0;) {
            const double p = up[j];
            up[j] = p * unavailability[i];
            up[j + 1] += p * (1.0 - unavailability[i]);
        }
    double below = 0.0;
    for (int j = 0; j < k && j < static_cast<int>(up.size()); ++j)
        below += up[static_cast<size_t>(j)];
    return std::clamp(below, 0.0, 1.0);
}

} // namespace

void composeRegionAvailability(const CompiledModel &model, Evaluation &evaluation)
{
    evaluation.singleRegionAvailability = evaluation.availability;
    if (model.regions.size() < 2)
        return;

    SeriesAvailability global;
    std::vector<SeriesAvailability> regional(model.regions.size());
    std::vector<std::optional<double>> saturates(model.regions.size());
    for (size_t i = 0; i < model.nodes.size(); ++i) {
        const ComponentResult &component = evaluation.components[i];
        const int region = model.nodes[i].region;
        if (region >= 0) {
            auto &first = saturates[static_cast<size_t>(region)];
            if (component.usersAtSaturation && (!first || *component.usersAtSaturation < *first))
                first = component.usersAtSaturation;
        }
        if (!component.onRequestPath)
            continue;
        (region < 0 ? global : regional[static_cast<size_t>(region)]).add(component.unavailability);
    }

    std::vector<double> activeShares;
    double busiestShare = -1.0;
    double busiestUnavailability = 0.0;
    std::vector<double> pool;  // unavailability of every region that can carry traffic
    int active = 0;
    for (size_t r = 0; r < model.regions.size(); ++r) {
        RegionResult result;
        result.id = model.regions[r].id;
        result.name = model.regions[r].name;
        result.standby = model.regions[r].role == RegionRole::Standby;
        result.trafficShare = trafficShare(model, static_cast<int>(r));
        result.availability = regional[r].availability();
        result.usersAtSaturation = saturates[r];
        pool.push_back(regional[r].unavailability());
        if (!result.standby) {
            ++active;
            activeShares.push_back(result.trafficShare);
            if (result.trafficShare > busiestShare) {
                busiestShare = result.trafficShare;
                busiestUnavailability = regional[r].unavailability();
            }
        }
        evaluation.regions.push_back(std::move(result));
    }

    // Failures tolerated: fail the largest shares first; survivors must not saturate.
    std::vector<double> shares = activeShares;
    std::sort(shares.rbegin(), shares.rend());
    const double total = std::accumulate(shares.begin(), shares.end(), 0.0);
    int tolerated = 0;
    double failed = 0.0;
    for (int f = 1; f < active && total > 0.0; ++f) {
        failed += shares[static_cast<size_t>(f - 1)];
        const double scale = total / (total - failed);
        bool holds = true;
        for (const RegionResult &region : evaluation.regions)
            if (!region.standby && region.usersAtSaturation && *region.usersAtSaturation <= evaluation.users * scale)
                holds = false;
        if (!holds)
            break;
        tolerated = f;
    }
    evaluation.regionFailuresTolerated = tolerated;

    const int needed = std::max(1, active - tolerated);
    const double regionsDown = fewerThanUp(pool, needed);
    const double globalDown = global.unavailability();
    const double down = globalDown + regionsDown - globalDown * regionsDown;
    SeriesAvailability single;
    single.add(globalDown);
    single.add(busiestUnavailability);
    evaluation.singleRegionAvailability = single.availability();
    evaluation.unavailability = down;
    evaluation.availability = 1.0 - down;
    evaluation.nines = ninesOf(down);
    evaluation.downtimeMinutesPerYear = downtimeMinutesPerYear(down);
}

} // namespace headroom

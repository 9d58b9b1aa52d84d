// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/layout/ProjectLayout.h"

#include <algorithm>
#include <limits>
#include <map>
#include <string>
#include <tuple>
#include <unordered_map>

namespace headroom {

namespace {

// What keeps components in one band: indices of the region, its zone and the group (−1:
// none), so that the bands sort in the order flowPositions promises.
using BandKey = std::tuple<int, int, int>;

std::vector<BandKey> bandKeys(const Project &project)
{
    std::unordered_map<std::string, int> groupIndex; // in order of first appearance
    std::vector<BandKey> keys;
    for (const Component &component : project.components) {
        int region = -1, zone = -1, group = -1;
        for (size_t r = 0; r < project.regions.size(); ++r)
            if (project.regions[r].id == component.region) {
                region = static_cast<int>(r);
                const std::vector<std::string> &zones = project.regions[r].zones;
                const auto found = std::find(zones.begin(), zones.end(), component.zone);
                zone = found == zones.end() ? -1 : static_cast<int>(found - zones.begin());
            }
        if (!component.group.empty())
            group = groupIndex.try_emplace(component.group, static_cast<int>(groupIndex.size())).first->second;
        keys.push_back({ region, zone, group });
    }
    return keys;
}

} // namespace

std::vector<Position> flowPositions(const Project &project, const FlowSpacing &spacing)
{
    if (project.components.empty())
        return {};
    std::unordered_map<std::string, int> indexOf;
    for (size_t i = 0; i < project.components.size(); ++i)
        indexOf[project.components[i].id] = static_cast<int>(i);
    FlowGraph graph;
    graph.nodeCount = static_cast<int>(project.components.size());
    for (const Connection &connection : project.connections) {
        const auto from = indexOf.find(connection.from), to = indexOf.find(connection.to);
        if (from != indexOf.end() && to != indexOf.end())
            graph.edges.push_back({ from->second, to->second });
    }
    const std::vector<BandKey> keys = bandKeys(project);
    std::map<BandKey, int> bandOf;
    for (const BandKey &key : keys)
        bandOf[key] = 0;
    int band = 0;
    int previousRegion = -2;
    for (auto &[key, number] : bandOf) {
        number = band++;
        const int region = std::get<0>(key);
        graph.gapAbove.push_back(region == previousRegion ? kInnerBandGap : kRegionBandGap);
        previousRegion = region;
    }
    Position origin { std::numeric_limits<double>::max(), std::numeric_limits<double>::max() };
    for (size_t i = 0; i < project.components.size(); ++i) {
        const Position &at = project.components[i].position;
        graph.band.push_back(bandOf[keys[i]]);
        graph.current.push_back(at);
        origin = { std::min(origin.x, at.x), std::min(origin.y, at.y) };
    }
    return flowLayout(graph, origin, spacing);
}

} // namespace headroom

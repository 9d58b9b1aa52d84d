// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/design/Project.h"

#include <utility>
#include <vector>

namespace headroom {

// A width and a height, in the layout's units (the designer's scene units).
struct LayoutSize
{
    double width = 0.0;
    double height = 0.0;

    bool operator==(const LayoutSize &) const = default;
};

// A design's request flow, for laying it out: nodes by index, connections as (from, to).
struct FlowGraph
{
    int nodeCount = 0;
    std::vector<std::pair<int, int>> edges;
    // The band each node belongs to (components of one region, or one zone, stay together);
    // bands are stacked top to bottom in ascending order. Empty: all in band 0.
    std::vector<int> band;
    // Space above band b (b ≥ 1) for its frames, scene units; missing entries take bandGap.
    std::vector<double> gapAbove;
    // Where each node is now (top-left): the order it starts from within a column.
    std::vector<Position> current;
};

struct FlowSpacing
{
    LayoutSize node { 200.0, 78.0 }; // every node's size
    double columnPitch = 320.0; // 120 between columns: a rate label (84) and the bends beside it
    double rowPitch = 120.0;
    double bandGap = 120.0;
    double grid = 20.0; // positions are multiples of it
};

// Layered left-to-right layout by request flow: every node's column is the length of the
// longest path reaching it from an entry (a node without incoming connections; cycles are
// broken at the connection that closes them, found depth-first from the entries); within a
// band a column is ordered by the barycentre of its neighbours in the columns either side
// (two sweeps each way, from the current top-to-bottom order) and centred on the band's
// tallest column. Returns the top-left corner of each node, the layout's top-left at
// `origin` (snapped to the grid). No two nodes overlap.
std::vector<Position> flowLayout(
    const FlowGraph &graph, const Position &origin, const FlowSpacing &spacing = {});

// The column flowLayout puts each node in (for tests and callers that need the layering).
std::vector<int> flowColumns(const FlowGraph &graph);

} // namespace headroom

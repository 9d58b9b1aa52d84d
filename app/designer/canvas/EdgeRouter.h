// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace headroom::designer {

enum class NodeSide { Left, Right, Top, Bottom };

// An orthogonal connection between two node rectangles, in scene units.
struct EdgeRoute
{
    std::vector<QPointF> points; // from the middle of the source's exit side to the target's entry side
    NodeSide exit = NodeSide::Right;
    NodeSide entry = NodeSide::Left;
    int crossings = 0; // node rectangles the path passes through: 0 unless none was clear
    QPointF labelCentre; // where the rate label goes (see EdgeRouter::placeLabel)
};

// Routes connections around node rectangles; pure geometry. A connection leaves the side of
// its source that faces the target and enters the target's opposite side; between them it
// keeps `margin` clear of every node where there is room. The router first tries the
// Z-shaped paths (one free coordinate), then a short path with few bends on the sparse grid
// of the lines `margin` outside the nodes near the connection (weighted A*; with lines at half
// the margin too where no other way is found),
// and only when neither is clear returns the candidate crossing the fewest nodes. Nodes are
// found through a bucket grid, so a route costs what its neighbourhood holds, not what the
// design holds.
class EdgeRouter
{
public:
    static constexpr double kMargin = 20.0;
    // Room reserved for a rate label ("12.3k rps" at 7.5 pt with its padding), scene units.
    static constexpr double kLabelWidth = 84.0;
    static constexpr double kLabelHeight = 18.0;

    explicit EdgeRouter(std::vector<QRectF> nodes, double margin = kMargin);

    const std::vector<QRectF> &nodes() const { return m_nodes; }
    // The route from nodes[from] to nodes[to]; a node onto itself gets a loop over its top.
    // Its label avoids the nodes and the labels reserved so far, and is reserved in turn.
    EdgeRoute route(int from, int to);
    // Keeps later labels off `labelRect` (a label already shown, of an edge not rerouted).
    void reserveLabel(const QRectF &labelRect);
    // Exit side of `from` and entry side of `to`: left/right when the horizontal gap between
    // them is at least the vertical one, else top/bottom.
    static std::pair<NodeSide, NodeSide> facingSides(const QRectF &from, const QRectF &to);
    // How many node rectangles the polyline's segments pass through the inside of (touching
    // a border is not crossing).
    int crossings(const std::vector<QPointF> &polyline) const;
    // The label's rectangle centred on `centre`.
    static QRectF labelRect(const QPointF &centre);
    // The indices of the nodes whose rectangles intersect `area`, ascending.
    std::vector<int> nodesIn(const QRectF &area) const;

private:
    static constexpr double kTouch = 0.5; // closer than this to a border is on it, not inside
    static constexpr size_t kZCandidates = 16;
    static constexpr double kBeside = 6.0; // a node this close beside a stub's way is in front of it
    static bool crossesInside(const QPointF &a, const QPointF &b, const QRectF &rect);
    double freeAhead(const QPointF &port, NodeSide side) const;
    std::vector<QPointF> bestZRoute(const QPointF &s1, const QPointF &t1, bool horizontal) const;
    std::vector<QPointF> gridRoute(const QPointF &s1, QPointF exitDirection, const QPointF &t1,
        QPointF entryDirection, const QRectF &area, bool tight);
    std::pair<std::vector<double>, std::vector<double>> gridLines(
        const QPointF &s1, const QPointF &t1, const QRectF &area, bool tight) const;
    QPointF placeLabel(const std::vector<QPointF> &points) const;
    bool labelFree(const QRectF &label) const;
    bool segmentClear(const QPointF &a, const QPointF &b) const;
    int64_t cellKey(int column, int row) const
    {
        return (static_cast<int64_t>(column) << 32) ^ static_cast<uint32_t>(row);
    }

    std::vector<QRectF> m_nodes;
    double m_margin;
    double m_cell = 400.0; // bucket size, scene units: a few nodes across
    std::unordered_map<int64_t, std::vector<int>> m_buckets;
    std::unordered_map<int64_t, std::vector<QRectF>> m_labels; // reserved label rectangles, by bucket
    // The grid search's scratch (see gridRoute).
    struct Visit
    {
        uint32_t search = 0;
        double cost = 0.0;
        int64_t previous = -1;
    };
    struct PointState
    {
        uint32_t search = 0;
        bool blocked = false;
    };
    std::vector<Visit> m_visits;
    std::vector<PointState> m_points;
    uint32_t m_search = 0;
};

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// EdgeRouter's fallback: a shortest path with few bends on a sparse orthogonal grid.

#include "EdgeRouter.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace headroom::designer {

namespace {

constexpr double kBendCost = 60.0; // a bend costs as much as this many units of length
constexpr size_t kMaxGridPoints = 250000; // beyond, the search is not tried
// States a search may expand before it gives up (the caller keeps its straight route): bounds
// each edge's cost where nodes are packed so densely that no way through exists, which would
// otherwise search the whole neighbourhood edge after edge.
constexpr size_t kMaxExpandedStates = 40000;
constexpr double kNear = 4.0; // a grid point this close to a node is blocked
// Weighted A*: the distance left counts kGreed times, which finds a path after a small part
// of what the exact search visits, at most kGreed times as long (never through a node).
constexpr double kGreed = 1.5;

std::vector<double> uniqueSorted(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    std::vector<double> out;
    for (double value : values)
        if (out.empty() || value - out.back() > 0.5)
            out.push_back(value);
    return out;
}

size_t indexOf(const std::vector<double> &lines, double value)
{
    const auto at = std::lower_bound(lines.begin(), lines.end(), value - 0.5);
    return static_cast<size_t>(at - lines.begin());
}

} // namespace

// Whether the segment (or, for a diagonal, the rectangle it spans) stays out of every node's
// inside; through the bucket grid, without allocating: the grid search asks it per step.
bool EdgeRouter::segmentClear(const QPointF &a, const QPointF &b) const
{
    const int left = static_cast<int>(std::floor(std::min(a.x(), b.x()) / m_cell));
    const int right = static_cast<int>(std::floor(std::max(a.x(), b.x()) / m_cell));
    const int top = static_cast<int>(std::floor(std::min(a.y(), b.y()) / m_cell));
    const int bottom = static_cast<int>(std::floor(std::max(a.y(), b.y()) / m_cell));
    for (int column = left; column <= right; ++column)
        for (int row = top; row <= bottom; ++row)
            if (const auto bucket = m_buckets.find(cellKey(column, row)); bucket != m_buckets.end())
                for (int index : bucket->second)
                    if (crossesInside(a, b, m_nodes[static_cast<size_t>(index)]))
                        return false;
    return true;
}

// The grid's vertical and horizontal lines, ascending: through both stubs' ends, the area's
// sides, and `margin` outside every node in the area; when `tight`, half of it as well (a way
// through the gaps narrower than two margins, tried only when there is no other).
std::pair<std::vector<double>, std::vector<double>> EdgeRouter::gridLines(
    const QPointF &s1, const QPointF &t1, const QRectF &area, bool tight) const
{
    std::vector<double> xs { s1.x(), t1.x(), area.left(), area.right() };
    std::vector<double> ys { s1.y(), t1.y(), area.top(), area.bottom() };
    for (int index : nodesIn(area)) {
        const QRectF &rect = m_nodes[static_cast<size_t>(index)];
        xs.insert(xs.end(), { rect.left() - m_margin, rect.right() + m_margin });
        ys.insert(ys.end(), { rect.top() - m_margin, rect.bottom() + m_margin });
        if (tight) {
            xs.insert(xs.end(), { rect.left() - m_margin / 2, rect.right() + m_margin / 2 });
            ys.insert(ys.end(), { rect.top() - m_margin / 2, rect.bottom() + m_margin / 2 });
        }
    }
    return { uniqueSorted(std::move(xs)), uniqueSorted(std::move(ys)) };
}

// Weighted A* over the points where the grid lines meet; a state is a point and the direction
// it was reached in, so that bends can be charged.
std::vector<QPointF> EdgeRouter::gridRoute(const QPointF &s1, QPointF exitDirection, const QPointF &t1,
    QPointF entryDirection, const QRectF &area, bool tight)
{
    const auto [xs, ys] = gridLines(s1, t1, area, tight);
    const size_t nx = xs.size();
    const size_t ny = ys.size();
    if (nx * ny > kMaxGridPoints)
        return {};
    const size_t startX = indexOf(xs, s1.x()), startY = indexOf(ys, s1.y());
    const size_t goalX = indexOf(xs, t1.x()), goalY = indexOf(ys, t1.y());
    // A point on a node, or closer to it than kNear, is no place to turn or pass.
    auto blocked = [&](size_t i, size_t j) {
        if ((i == startX && j == startY) || (i == goalX && j == goalY))
            return false;
        const QPointF point(xs[i], ys[j]);
        return !segmentClear(point - QPointF(kNear, kNear), point + QPointF(kNear, kNear));
    };
    // Directions: 0 +x, 1 −x, 2 +y, 3 −y.
    auto directionOf = [](QPointF d) { return d.x() > 0 ? 0 : d.x() < 0 ? 1 : d.y() > 0 ? 2 : 3; };
    const int startDirection = directionOf(exitDirection);
    const int arrival = directionOf(-entryDirection); // travelling into the target's side
    // The scratch arrays are the router's, kept between searches and stamped with the search
    // they belong to: clearing arrays of the whole grid for each search cost more than it.
    const size_t states = nx * ny * 4;
    if (m_visits.size() < states)
        m_visits.resize(states);
    if (m_points.size() < nx * ny)
        m_points.resize(nx * ny);
    const uint32_t search = ++m_search;
    auto visit = [&](size_t state) -> Visit & {
        Visit &v = m_visits[state];
        if (v.search != search)
            v = { search, std::numeric_limits<double>::infinity(), -1 };
        return v;
    };
    auto stateOf = [&](size_t i, size_t j, int d) { return (j * nx + i) * 4 + static_cast<size_t>(d); };
    auto heuristic
        = [&](size_t i, size_t j) { return kGreed * (std::abs(xs[i] - t1.x()) + std::abs(ys[j] - t1.y())); };
    using Entry = std::pair<double, size_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> open;
    const size_t start = stateOf(startX, startY, startDirection);
    visit(start).cost = 0.0;
    open.push({ heuristic(startX, startY), start });
    int64_t reached = -1;
    size_t expanded = 0;
    while (!open.empty() && expanded++ < kMaxExpandedStates) {
        const auto [estimate, state] = open.top();
        open.pop();
        const size_t point = state / 4;
        const size_t i = point % nx, j = point / nx;
        const int d = static_cast<int>(state % 4);
        const double here = visit(state).cost;
        if (estimate > here + heuristic(i, j) + 1e-9)
            continue; // a stale entry
        if (i == goalX && j == goalY) {
            reached = static_cast<int64_t>(state);
            break;
        }
        static constexpr int kDx[] = { 1, -1, 0, 0 };
        static constexpr int kDy[] = { 0, 0, 1, -1 };
        for (int nd = 0; nd < 4; ++nd) {
            if ((nd ^ 1) == d)
                continue; // no turning back
            const int64_t ni = static_cast<int64_t>(i) + kDx[nd], nj = static_cast<int64_t>(j) + kDy[nd];
            if (ni < 0 || nj < 0 || ni >= static_cast<int64_t>(nx) || nj >= static_cast<int64_t>(ny))
                continue;
            const size_t ui = static_cast<size_t>(ni), uj = static_cast<size_t>(nj);
            PointState &onto = m_points[uj * nx + ui];
            if (onto.search != search)
                onto = { search, blocked(ui, uj) };
            if (onto.blocked)
                continue;
            const QPointF from(xs[i], ys[j]), there(xs[ui], ys[uj]);
            if (!segmentClear(from, there))
                continue;
            double step = std::abs(there.x() - from.x()) + std::abs(there.y() - from.y())
                + (nd != d ? kBendCost : 0.0);
            if (ui == goalX && uj == goalY && nd != arrival)
                step += kBendCost;
            const size_t next = stateOf(ui, uj, nd);
            Visit &reach = visit(next);
            if (here + step < reach.cost - 1e-9) {
                reach.cost = here + step;
                reach.previous = static_cast<int64_t>(state);
                open.push({ reach.cost + heuristic(ui, uj), next });
            }
        }
    }
    if (reached < 0)
        return {};
    std::vector<QPointF> path;
    for (int64_t state = reached; state >= 0; state = visit(static_cast<size_t>(state)).previous) {
        const size_t point = static_cast<size_t>(state) / 4;
        path.emplace_back(xs[point % nx], ys[point / nx]);
    }
    std::reverse(path.begin(), path.end());
    return path;
}

} // namespace headroom::designer

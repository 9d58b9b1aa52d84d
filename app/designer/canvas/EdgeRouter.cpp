// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "EdgeRouter.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace headroom::designer {

namespace {

constexpr double kTouch = 0.5;        // closer than this to a border is on it, not inside
constexpr double kBendCost = 60.0;    // a bend costs as much as this many units of length
constexpr size_t kMaxGridPoints = 250000;
constexpr double kNear = 4.0;         // a grid point this close to a node is blocked
constexpr double kGreed = 1.5;

QPointF outward(NodeSide side)
{
    switch (side) {
    case NodeSide::Left: return {-1.0, 0.0};
    case NodeSide::Right: return {1.0, 0.0};
    case NodeSide::Top: return {0.0, -1.0};
    case NodeSide::Bottom: return {0.0, 1.0};
    }
    return {};
}

QPointF port(const QRectF &rect, NodeSide side)
{
    switch (side) {
    case NodeSide::Left: return {rect.left(), rect.center().y()};
    case NodeSide::Right: return {rect.right(), rect.center().y()};
    case NodeSide::Top: return {rect.center().x(), rect.top()};
    case NodeSide::Bottom: return {rect.center().x(), rect.bottom()};
    }
    return rect.center();
}

bool crossesInside(const QPointF &a, const QPointF &b, const QRectF &rect)
{
    return std::max(a.x(), b.x()) > rect.left() + kTouch && std::min(a.x(), b.x()) < rect.right() - kTouch
           && std::max(a.y(), b.y()) > rect.top() + kTouch && std::min(a.y(), b.y()) < rect.bottom() - kTouch;
}

// Drops repeated points and the middle one of three on a line.
std::vector<QPointF> simplified(const std::vector<QPointF> &points)
{
    std::vector<QPointF> out;
    for (const QPointF &point : points) {
        if (!out.empty() && std::abs(out.back().x() - point.x()) < 1e-6 && std::abs(out.back().y() - point.y()) < 1e-6)
            continue;
        if (out.size() >= 2) {
            const QPointF &a = out[out.size() - 2];
            const QPointF &b = out.back();
            const bool vertical = std::abs(a.x() - b.x()) < 1e-6 && std::abs(b.x() - point.x()) < 1e-6;
            const bool horizontal = std::abs(a.y() - b.y()) < 1e-6 && std::abs(b.y() - point.y()) < 1e-6;
            if (vertical || horizontal)
                out.back() = point;
            else
                out.push_back(point);
            continue;
        }
        out.push_back(point);
    }
    return out;
}

std::vector<double> uniqueSorted(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    std::vector<double> out;
    for (double value : values)
        if (out.empty() || value - out.back() > kTouch)
            out.push_back(value);
    return out;
}

size_t indexOf(const std::vector<double> &lines, double value)
{
    const auto at = std::lower_bound(lines.begin(), lines.end(), value - kTouch);
    return static_cast<size_t>(at - lines.begin());
}

} // namespace

EdgeRouter::EdgeRouter(std::vector<QRectF> nodes, double margin) : m_nodes(std::move(nodes)), m_margin(margin)
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const QRectF &rect = m_nodes[i];
        for (int column = static_cast<int>(std::floor(rect.left() / m_cell)); column <= static_cast<int>(std::floor(rect.right() / m_cell)); ++column)
            for (int row = static_cast<int>(std::floor(rect.top() / m_cell)); row <= static_cast<int>(std::floor(rect.bottom() / m_cell)); ++row)
                m_buckets[cellKey(column, row)].push_back(static_cast<int>(i));
    }
}

std::pair<NodeSide, NodeSide> EdgeRouter::facingSides(const QRectF &from, const QRectF &to)
{
    const double gapX = std::max(to.left() - from.right(), from.left() - to.right());
    const double gapY = std::max(to.top() - from.bottom(), from.top() - to.bottom());
    if (gapX >= gapY)
        return to.center().x() >= from.center().x() ? std::pair{NodeSide::Right, NodeSide::Left}
                                                    : std::pair{NodeSide::Left, NodeSide::Right};
    return to.center().y() >= from.center().y() ? std::pair{NodeSide::Bottom, NodeSide::Top}
                                                : std::pair{NodeSide::Top, NodeSide::Bottom};
}

std::vector<int> EdgeRouter::nodesIn(const QRectF &area) const
{
    std::vector<int> found;
    const int left = static_cast<int>(std::floor(area.left() / m_cell));
    const int right = static_cast<int>(std::floor(area.right() / m_cell));
    const int top = static_cast<int>(std::floor(area.top() / m_cell));
    const int bottom = static_cast<int>(std::floor(area.bottom() / m_cell));
    for (int column = left; column <= right; ++column)
        for (int row = top; row <= bottom; ++row)
            if (const auto bucket = m_buckets.find(cellKey(column, row)); bucket != m_buckets.end())
                for (int index : bucket->second) {
                    const QRectF &rect = m_nodes[static_cast<size_t>(index)];
                    if (rect.left() <= area.right() && rect.right() >= area.left() && rect.top() <= area.bottom()
                        && rect.bottom() >= area.top())
                        found.push_back(index);
                }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

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

int EdgeRouter::crossings(const std::vector<QPointF> &polyline) const
{
    std::vector<int> crossed;
    for (size_t i = 1; i < polyline.size(); ++i) {
        const QRectF span = QRectF(polyline[i - 1], polyline[i]).normalized();
        for (int index : nodesIn(span))
            if (crossesInside(polyline[i - 1], polyline[i], m_nodes[static_cast<size_t>(index)]))
                crossed.push_back(index);
    }
    std::sort(crossed.begin(), crossed.end());
    return static_cast<int>(std::unique(crossed.begin(), crossed.end()) - crossed.begin());
}

QRectF EdgeRouter::labelRect(const QPointF &centre)
{
    return QRectF(centre.x() - kLabelWidth / 2.0, centre.y() - kLabelHeight / 2.0, kLabelWidth, kLabelHeight);
}

EdgeRoute EdgeRouter::route(int from, int to)
{
    const QRectF a = m_nodes.at(static_cast<size_t>(from));
    const QRectF b = m_nodes.at(static_cast<size_t>(to));
    EdgeRoute result;
    if (from == to) {  // out of the right side, back in from the top
        const double m = m_margin;
        result.exit = NodeSide::Right;
        result.entry = NodeSide::Top;
        result.points = {port(a, NodeSide::Right), {a.right() + m, a.center().y()}, {a.right() + m, a.top() - m},
                         {a.center().x(), a.top() - m}, port(a, NodeSide::Top)};
        result.crossings = crossings(result.points);
        result.labelCentre = placeLabel(result.points);
        reserveLabel(labelRect(result.labelCentre));
        return result;
    }
    std::tie(result.exit, result.entry) = facingSides(a, b);
    const bool horizontal = result.exit == NodeSide::Left || result.exit == NodeSide::Right;
    // Stubs straight out of both sides; shorter when the two nodes are closer than two margins.
    const double gap = horizontal ? std::max(b.left() - a.right(), a.left() - b.right())
                                  : std::max(b.top() - a.bottom(), a.top() - b.bottom());
    const double stub = gap > 0.0 ? std::min(m_margin, gap / 2.0) : m_margin;
    const QPointF s = port(a, result.exit);
    const QPointF t = port(b, result.entry);
    const QPointF s1 = s + outward(result.exit) * stub;
    const QPointF t1 = t + outward(result.entry) * stub;
    auto complete = [&](std::vector<QPointF> middle) {
        middle.insert(middle.begin(), s);
        middle.push_back(t);
        return simplified(middle);
    };

    // Z-shaped paths: the free coordinate halfway first, then along the nodes in between.
    const double mid = horizontal ? (s1.x() + t1.x()) / 2.0 : (s1.y() + t1.y()) / 2.0;
    std::vector<double> frees{mid};
    for (int index : nodesIn(QRectF(s1, t1).normalized())) {
        const QRectF &rect = m_nodes[static_cast<size_t>(index)];
        const double low = horizontal ? rect.left() - m_margin : rect.top() - m_margin;
        const double high = horizontal ? rect.right() + m_margin : rect.bottom() + m_margin;
        const double lo = horizontal ? std::min(s1.x(), t1.x()) : std::min(s1.y(), t1.y());
        const double hi = horizontal ? std::max(s1.x(), t1.x()) : std::max(s1.y(), t1.y());
        for (double value : {low, high})
            if (value >= lo && value <= hi)
                frees.push_back(value);
    }
    std::stable_sort(frees.begin() + 1, frees.end(), [mid](double x, double y) { return std::abs(x - mid) < std::abs(y - mid); });
    std::vector<QPointF> best;
    int bestCrossings = std::numeric_limits<int>::max();
    for (size_t i = 0; i < frees.size() && i < 16; ++i) {
        std::vector<QPointF> candidate = complete(zRoute(s1, t1, horizontal, frees[i]));
        const int crossed = crossings(candidate);
        if (crossed < bestCrossings) {
            best = std::move(candidate);
            bestCrossings = crossed;
        }
        if (crossed == 0)
            break;
    }
    // Around the nodes in the way: a wider neighbourhood when the near one has no way through.
    const double reach = std::max({a.width(), a.height(), b.width(), b.height()}) * 1.5;
    for (double pad : {reach, reach * 4.0}) {
        if (bestCrossings == 0)
            break;
        const QRectF area = QRectF(s1, t1).normalized().adjusted(-pad, -pad, pad, pad);
        std::vector<QPointF> path = gridRoute(s1, outward(result.exit), t1, outward(result.entry), area);
        if (!path.empty()) {
            best = complete(std::move(path));
            bestCrossings = crossings(best);
        }
    }
    result.points = std::move(best);
    result.crossings = bestCrossings;
    result.labelCentre = placeLabel(result.points);
    reserveLabel(labelRect(result.labelCentre));
    return result;
}

void EdgeRouter::reserveLabel(const QRectF &label)
{
    for (int column = static_cast<int>(std::floor(label.left() / m_cell)); column <= static_cast<int>(std::floor(label.right() / m_cell)); ++column)
        for (int row = static_cast<int>(std::floor(label.top() / m_cell)); row <= static_cast<int>(std::floor(label.bottom() / m_cell)); ++row)
            m_labels[cellKey(column, row)].push_back(label);
}

bool EdgeRouter::labelFree(const QRectF &label) const
{
    const QRectF inner = label.adjusted(kTouch, kTouch, -kTouch, -kTouch);
    for (int column = static_cast<int>(std::floor(label.left() / m_cell)); column <= static_cast<int>(std::floor(label.right() / m_cell)); ++column)
        for (int row = static_cast<int>(std::floor(label.top() / m_cell)); row <= static_cast<int>(std::floor(label.bottom() / m_cell)); ++row)
            if (const auto bucket = m_labels.find(cellKey(column, row)); bucket != m_labels.end())
                for (const QRectF &other : bucket->second)
                    if (other.intersects(inner))
                        return false;
    return true;
}

std::vector<QPointF> EdgeRouter::zRoute(const QPointF &s1, const QPointF &t1, bool horizontal, double free) const
{
    if (horizontal)
        return {s1, {free, s1.y()}, {free, t1.y()}, t1};
    return {s1, {s1.x(), free}, {t1.x(), free}, t1};
}

// Weighted A* over the points where the lines `margin` outside the nodes in `area` meet; a state is a
// point and the direction it was reached in, so that bends can be charged.
std::vector<QPointF> EdgeRouter::gridRoute(const QPointF &s1, QPointF exitDirection, const QPointF &t1,
                                           QPointF entryDirection, const QRectF &area)
{
    std::vector<double> xs{s1.x(), t1.x(), area.left(), area.right()};
    std::vector<double> ys{s1.y(), t1.y(), area.top(), area.bottom()};
    for (int index : nodesIn(area)) {
        const QRectF &rect = m_nodes[static_cast<size_t>(index)];
        xs.insert(xs.end(), {rect.left() - m_margin, rect.right() + m_margin});
        ys.insert(ys.end(), {rect.top() - m_margin, rect.bottom() + m_margin});
    }
    xs = uniqueSorted(std::move(xs));
    ys = uniqueSorted(std::move(ys));
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
    const int arrival = directionOf(-entryDirection);  // travelling into the target's side
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
            v = {search, std::numeric_limits<double>::infinity(), -1};
        return v;
    };
    auto stateOf = [&](size_t i, size_t j, int d) { return (j * nx + i) * 4 + static_cast<size_t>(d); };
    // Weighted A*: the distance left counts kGreed times, which finds a path after a small part
    // of what the exact search visits, at most kGreed times as long (never through a node).
    auto heuristic = [&](size_t i, size_t j) { return kGreed * (std::abs(xs[i] - t1.x()) + std::abs(ys[j] - t1.y())); };
    using Entry = std::pair<double, size_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> open;
    const size_t start = stateOf(startX, startY, startDirection);
    visit(start).cost = 0.0;
    open.push({heuristic(startX, startY), start});
    int64_t reached = -1;
    while (!open.empty()) {
        const auto [estimate, state] = open.top();
        open.pop();
        const size_t point = state / 4;
        const size_t i = point % nx, j = point / nx;
        const int d = static_cast<int>(state % 4);
        const double here = visit(state).cost;
        if (estimate > here + heuristic(i, j) + 1e-9)
            continue;  // a stale entry
        if (i == goalX && j == goalY) {
            reached = static_cast<int64_t>(state);
            break;
        }
        static constexpr int kDx[] = {1, -1, 0, 0};
        static constexpr int kDy[] = {0, 0, 1, -1};
        for (int nd = 0; nd < 4; ++nd) {
            if ((nd ^ 1) == d)
                continue;  // no turning back
            const int64_t ni = static_cast<int64_t>(i) + kDx[nd], nj = static_cast<int64_t>(j) + kDy[nd];
            if (ni < 0 || nj < 0 || ni >= static_cast<int64_t>(nx) || nj >= static_cast<int64_t>(ny))
                continue;
            const size_t ui = static_cast<size_t>(ni), uj = static_cast<size_t>(nj);
            PointState &onto = m_points[uj * nx + ui];
            if (onto.search != search)
                onto = {search, blocked(ui, uj)};
            if (onto.blocked)
                continue;
            const QPointF from(xs[i], ys[j]), there(xs[ui], ys[uj]);
            if (!segmentClear(from, there))
                continue;
            double step = std::abs(there.x() - from.x()) + std::abs(there.y() - from.y()) + (nd != d ? kBendCost : 0.0);
            if (ui == goalX && uj == goalY && nd != arrival)
                step += kBendCost;
            const size_t next = stateOf(ui, uj, nd);
            Visit &reach = visit(next);
            if (here + step < reach.cost - 1e-9) {
                reach.cost = here + step;
                reach.previous = static_cast<int64_t>(state);
                open.push({reach.cost + heuristic(ui, uj), next});
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

// On the longest segment where no node and no other label covers it, tried at its middle,
// then nearer either end. With three segments or more the first and the last count half:
// they are the ones a fan-out or a fan-in shares, where a label would not say whose it is.
// Failing that, clear of the nodes only; failing that, the middle of the longest segment.
QPointF EdgeRouter::placeLabel(const std::vector<QPointF> &points) const
{
    if (points.size() < 2)
        return points.empty() ? QPointF() : points.front();
    const size_t segments = points.size() - 1;
    std::vector<size_t> order(segments);
    for (size_t i = 0; i < segments; ++i)
        order[i] = i;
    auto length = [&](size_t i) {
        return std::abs(points[i + 1].x() - points[i].x()) + std::abs(points[i + 1].y() - points[i].y());
    };
    auto weight = [&](size_t i) { return length(i) * (segments >= 3 && (i == 0 || i + 1 == segments) ? 0.5 : 1.0); };
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return weight(x) > weight(y); });
    for (bool avoidLabels : {true, false})
        for (size_t segment : order)
            for (double along : {0.5, 0.35, 0.65, 0.2, 0.8}) {
                const QPointF centre = points[segment] + (points[segment + 1] - points[segment]) * along;
                const QRectF label = labelRect(centre);
                if (nodesIn(label.adjusted(kTouch, kTouch, -kTouch, -kTouch)).empty() && (!avoidLabels || labelFree(label)))
                    return centre;
            }
    const size_t longest = *std::max_element(order.begin(), order.end(), [&](size_t x, size_t y) { return length(x) < length(y); });
    return (points[longest] + points[longest + 1]) / 2.0;
}

} // namespace headroom::designer

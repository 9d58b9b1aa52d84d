// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "EdgeRouter.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace headroom::designer {

namespace {

QPointF outward(NodeSide side)
{
    switch (side) {
    case NodeSide::Left:
        return { -1.0, 0.0 };
    case NodeSide::Right:
        return { 1.0, 0.0 };
    case NodeSide::Top:
        return { 0.0, -1.0 };
    case NodeSide::Bottom:
        return { 0.0, 1.0 };
    }
    return {};
}

QPointF port(const QRectF &rect, NodeSide side)
{
    switch (side) {
    case NodeSide::Left:
        return { rect.left(), rect.center().y() };
    case NodeSide::Right:
        return { rect.right(), rect.center().y() };
    case NodeSide::Top:
        return { rect.center().x(), rect.top() };
    case NodeSide::Bottom:
        return { rect.center().x(), rect.bottom() };
    }
    return rect.center();
}

// Drops repeated points and the middle one of three on a line.
std::vector<QPointF> simplified(const std::vector<QPointF> &points)
{
    std::vector<QPointF> out;
    for (const QPointF &point : points) {
        if (!out.empty() && std::abs(out.back().x() - point.x()) < 1e-6
            && std::abs(out.back().y() - point.y()) < 1e-6)
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

} // namespace

EdgeRouter::EdgeRouter(std::vector<QRectF> nodes, double margin) : m_nodes(std::move(nodes)), m_margin(margin)
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const QRectF &rect = m_nodes[i];
        for (int column = static_cast<int>(std::floor(rect.left() / m_cell));
             column <= static_cast<int>(std::floor(rect.right() / m_cell)); ++column)
            for (int row = static_cast<int>(std::floor(rect.top() / m_cell));
                 row <= static_cast<int>(std::floor(rect.bottom() / m_cell)); ++row)
                m_buckets[cellKey(column, row)].push_back(static_cast<int>(i));
    }
}

std::pair<NodeSide, NodeSide> EdgeRouter::facingSides(const QRectF &from, const QRectF &to)
{
    const double gapX = std::max(to.left() - from.right(), from.left() - to.right());
    const double gapY = std::max(to.top() - from.bottom(), from.top() - to.bottom());
    if (gapX >= gapY)
        return to.center().x() >= from.center().x() ? std::pair { NodeSide::Right, NodeSide::Left }
                                                    : std::pair { NodeSide::Left, NodeSide::Right };
    return to.center().y() >= from.center().y() ? std::pair { NodeSide::Bottom, NodeSide::Top }
                                                : std::pair { NodeSide::Top, NodeSide::Bottom };
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
                    if (rect.left() <= area.right() && rect.right() >= area.left()
                        && rect.top() <= area.bottom() && rect.bottom() >= area.top())
                        found.push_back(index);
                }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

bool EdgeRouter::crossesInside(const QPointF &a, const QPointF &b, const QRectF &rect)
{
    return std::max(a.x(), b.x()) > rect.left() + kTouch && std::min(a.x(), b.x()) < rect.right() - kTouch
        && std::max(a.y(), b.y()) > rect.top() + kTouch && std::min(a.y(), b.y()) < rect.bottom() - kTouch;
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
    if (from == to) { // out of the right side, back in from the top
        const double m = m_margin;
        result.exit = NodeSide::Right;
        result.entry = NodeSide::Top;
        result.points = { port(a, NodeSide::Right), { a.right() + m, a.center().y() },
            { a.right() + m, a.top() - m }, { a.center().x(), a.top() - m }, port(a, NodeSide::Top) };
        result.crossings = crossings(result.points);
        result.labelCentre = placeLabel(result.points);
        reserveLabel(labelRect(result.labelCentre));
        return result;
    }
    std::tie(result.exit, result.entry) = facingSides(a, b);
    const bool horizontal = result.exit == NodeSide::Left || result.exit == NodeSide::Right;
    // Stubs straight out of both sides; shorter when the two nodes are closer than two margins,
    // or another node is that close in front of a port (the stub ends halfway to it).
    const double gap = horizontal ? std::max(b.left() - a.right(), a.left() - b.right())
                                  : std::max(b.top() - a.bottom(), a.top() - b.bottom());
    const QPointF s = port(a, result.exit);
    const QPointF t = port(b, result.entry);
    const double stub = std::min({ gap > 0.0 ? std::min(m_margin, gap / 2.0) : m_margin,
        freeAhead(s, result.exit) / 2.0, freeAhead(t, result.entry) / 2.0 });
    const QPointF s1 = s + outward(result.exit) * stub;
    const QPointF t1 = t + outward(result.entry) * stub;
    auto complete = [&](std::vector<QPointF> middle) {
        middle.insert(middle.begin(), s);
        middle.push_back(t);
        return simplified(middle);
    };

    std::vector<QPointF> best = complete(bestZRoute(s1, t1, horizontal));
    int bestCrossings = crossings(best);
    // Around the nodes in the way: a wider neighbourhood when the near one has no way through.
    const double reach = std::max({ a.width(), a.height(), b.width(), b.height() }) * 1.5;
    // Each neighbourhood with the full margin first, then through the narrower gaps.
    // Two nodes that overlap have no way between them to find: the straight route stands.
    const bool overlapping = a.intersects(b);
    for (double pad : { reach, reach * 4.0 })
        for (bool tight : { false, true }) {
            if (bestCrossings == 0 || overlapping)
                break;
            const QRectF area = QRectF(s1, t1).normalized().adjusted(-pad, -pad, pad, pad);
            std::vector<QPointF> path
                = gridRoute(s1, outward(result.exit), t1, outward(result.entry), area, tight);
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
    for (int column = static_cast<int>(std::floor(label.left() / m_cell));
         column <= static_cast<int>(std::floor(label.right() / m_cell)); ++column)
        for (int row = static_cast<int>(std::floor(label.top() / m_cell));
             row <= static_cast<int>(std::floor(label.bottom() / m_cell)); ++row)
            m_labels[cellKey(column, row)].push_back(label);
}

bool EdgeRouter::labelFree(const QRectF &label) const
{
    const QRectF inner = label.adjusted(kTouch, kTouch, -kTouch, -kTouch);
    for (int column = static_cast<int>(std::floor(label.left() / m_cell));
         column <= static_cast<int>(std::floor(label.right() / m_cell)); ++column)
        for (int row = static_cast<int>(std::floor(label.top() / m_cell));
             row <= static_cast<int>(std::floor(label.bottom() / m_cell)); ++row)
            if (const auto bucket = m_labels.find(cellKey(column, row)); bucket != m_labels.end())
                for (const QRectF &other : bucket->second)
                    if (other.intersects(inner))
                        return false;
    return true;
}

// How far the way out of `port` through `side` is clear of other nodes, up to two margins; a
// node counts when it comes within kBeside of the way, so that a stub never ends at a corner.
double EdgeRouter::freeAhead(const QPointF &port, NodeSide side) const
{
    const QPointF direction = outward(side);
    const QPointF beside = QPointF(direction.y(), direction.x()) * kBeside;
    const QPointF start = port + direction * kTouch;
    const QRectF way = QRectF(start - beside, port + direction * (2.0 * m_margin) + beside).normalized();
    double free = 2.0 * m_margin;
    for (int index : nodesIn(way)) {
        const QRectF &rect = m_nodes[static_cast<size_t>(index)];
        if (!crossesInside(way.topLeft(), way.bottomRight(), rect))
            continue;
        const double distance = direction.x() > 0 ? rect.left() - port.x()
            : direction.x() < 0                   ? port.x() - rect.right()
            : direction.y() > 0                   ? rect.top() - port.y()
                                                  : port.y() - rect.bottom();
        if (distance > kTouch)
            free = std::min(free, distance);
    }
    return free;
}

// Z-shaped paths between the stubs' ends, the free coordinate halfway first, then along the
// nodes in between; the first that crosses no node, else the one crossing the fewest.
std::vector<QPointF> EdgeRouter::bestZRoute(const QPointF &s1, const QPointF &t1, bool horizontal) const
{
    auto along = [horizontal](const QPointF &p) { return horizontal ? p.x() : p.y(); };
    const double mid = (along(s1) + along(t1)) / 2.0;
    const double lo = std::min(along(s1), along(t1)), hi = std::max(along(s1), along(t1));
    std::vector<double> frees { mid };
    for (int index : nodesIn(QRectF(s1, t1).normalized())) {
        const QRectF &rect = m_nodes[static_cast<size_t>(index)];
        const double low = (horizontal ? rect.left() : rect.top()) - m_margin;
        const double high = (horizontal ? rect.right() : rect.bottom()) + m_margin;
        for (double value : { low, high })
            if (value >= lo && value <= hi)
                frees.push_back(value);
    }
    std::stable_sort(frees.begin() + 1, frees.end(),
        [mid](double x, double y) { return std::abs(x - mid) < std::abs(y - mid); });
    std::vector<QPointF> best;
    int bestCrossings = std::numeric_limits<int>::max();
    for (size_t i = 0; i < frees.size() && i < kZCandidates; ++i) {
        const double free = frees[i];
        std::vector<QPointF> candidate = horizontal
            ? std::vector<QPointF> { s1, { free, s1.y() }, { free, t1.y() }, t1 }
            : std::vector<QPointF> { s1, { s1.x(), free }, { t1.x(), free }, t1 };
        const int crossed = crossings(candidate);
        if (crossed < bestCrossings) {
            best = std::move(candidate);
            bestCrossings = crossed;
        }
        if (crossed == 0)
            break;
    }
    return best;
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
    auto weight
        = [&](size_t i) { return length(i) * (segments >= 3 && (i == 0 || i + 1 == segments) ? 0.5 : 1.0); };
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return weight(x) > weight(y); });
    for (bool avoidLabels : { true, false })
        for (size_t segment : order)
            for (double along : { 0.5, 0.35, 0.65, 0.2, 0.8 }) {
                const QPointF centre = points[segment] + (points[segment + 1] - points[segment]) * along;
                const QRectF label = labelRect(centre);
                if (nodesIn(label.adjusted(kTouch, kTouch, -kTouch, -kTouch)).empty()
                    && (!avoidLabels || labelFree(label)))
                    return centre;
            }
    const size_t longest = *std::max_element(
        order.begin(), order.end(), [&](size_t x, size_t y) { return length(x) < length(y); });
    return (points[longest] + points[longest + 1]) / 2.0;
}

} // namespace headroom::designer

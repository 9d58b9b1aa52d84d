// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// DiagramScene's layout: routing the edges around the nodes and arranging by flow.

#include "DiagramScene.h"

#include "EdgeItem.h"
#include "EdgeRouter.h"
#include "NodeItem.h"
#include "document/DocumentEdits.h"
#include "model/layout/ProjectLayout.h"

#include <algorithm>
#include <unordered_set>

namespace headroom::designer {

namespace {

// Past this many moved nodes, checking each edge against each of them costs more than
// rerouting every edge.
constexpr size_t kRerouteAllMoved = 64;

// Whether a segment of the route comes within `near` of one of `rects` (by segment, not by
// the route's bounding box: a long edge's box covers much of the design).
bool passesNear(const QPolygonF &route, const std::vector<QRectF> &rects, double near)
{
    const QRectF span = route.boundingRect().adjusted(-near, -near, near, near);
    for (const QRectF &rect : rects) {
        if (!rect.intersects(span))
            continue;
        for (qsizetype i = 1; i < route.size(); ++i)
            if (QRectF(route[i - 1], route[i])
                    .normalized()
                    .adjusted(-near, -near, near, near)
                    .intersects(rect))
                return true;
    }
    return false;
}

} // namespace

std::vector<QRectF> DiagramScene::nodeRects() const
{
    std::vector<QRectF> rects;
    rects.reserve(m_nodes.size());
    for (const auto &[id, item] : m_nodes)
        rects.push_back(QRectF(item->pos(), QSizeF(NodeItem::kWidth, NodeItem::kHeight)));
    return rects;
}

void DiagramScene::adjustEdges()
{
    std::vector<QRectF> rects;
    std::unordered_map<const NodeItem *, int> indexOf;
    std::vector<QRectF> dirty; // where a node moved from or to, came or went
    std::unordered_map<std::string, QRectF> routed;
    std::unordered_set<const NodeItem *> moved;
    for (const auto &[id, item] : m_nodes) {
        const QRectF rect(item->pos(), QSizeF(NodeItem::kWidth, NodeItem::kHeight));
        indexOf[item] = static_cast<int>(rects.size());
        rects.push_back(rect);
        routed[id] = rect;
        const auto before = m_routedRects.find(id);
        if (before == m_routedRects.end() || before->second != rect) {
            moved.insert(item);
            dirty.push_back(rect);
            if (before != m_routedRects.end())
                dirty.push_back(before->second);
        }
    }
    for (const auto &[id, rect] : m_routedRects)
        if (!routed.contains(id))
            dirty.push_back(rect);
    const bool unrouted
        = std::any_of(m_edges.begin(), m_edges.end(), [](const EdgeItem *edge) { return !edge->hasRoute(); });
    if (dirty.empty() && !unrouted)
        return;
    m_routedRects = std::move(routed);
    EdgeRouter router(std::move(rects));
    const bool all = moved.size() > kRerouteAllMoved;
    const double near = EdgeRouter::kMargin;
    std::vector<EdgeItem *> reroute;
    for (EdgeItem *edge : m_edges) {
        bool stale = all || !edge->hasRoute() || moved.contains(edge->from()) || moved.contains(edge->to());
        if (!stale)
            stale = passesNear(edge->points(), dirty, near);
        if (stale)
            reroute.push_back(edge);
        else
            router.reserveLabel(EdgeRouter::labelRect(edge->labelCentre())); // new labels keep off it
    }
    for (EdgeItem *edge : reroute) {
        const EdgeRoute route = router.route(indexOf.at(edge->from()), indexOf.at(edge->to()));
        edge->setRoute(route.points, route.labelCentre);
    }
    m_lastRerouted = static_cast<int>(reroute.size());
    emit layoutChanged();
}

void DiagramScene::arrangeByFlow()
{
    const Project &project = m_document->project();
    if (project.components.empty())
        return;
    FlowSpacing spacing;
    spacing.node = { NodeItem::kWidth, NodeItem::kHeight };
    spacing.grid = NodeItem::kGrid;
    const std::vector<Position> placed = flowPositions(project, spacing);
    std::vector<std::pair<std::string, Position>> moves;
    for (size_t i = 0; i < placed.size(); ++i) {
        const Position &at = project.components[i].position;
        if (QPointF(placed[i].x, placed[i].y) != QPointF(at.x, at.y)) // as the scene compares positions
            moves.push_back({ project.components[i].id, placed[i] });
    }
    edits::moveComponents(*m_document, moves, tr("Arrange by flow"));
    if (moves.empty())
        emit statusMessage(tr("Already arranged by flow"));
}

} // namespace headroom::designer

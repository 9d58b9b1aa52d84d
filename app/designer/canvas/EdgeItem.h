// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>

#include <optional>
#include <vector>

namespace headroom::designer {

class NodeItem;

// A connection on the canvas: an arrow along the orthogonal route the scene gives it (see
// EdgeRouter), labelled with the requests per second it carries where no node covers the
// label; dashed when asynchronous, dotted when soft.
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    static constexpr qreal kZ = 1.5;             // above nodes (1), below a dragged connection (3)
    static constexpr qreal kEndClearance = 14.0; // around each end, the node's, not the edge's, to click

    EdgeItem(int connectionIndex, NodeItem *from, NodeItem *to, bool async);

    int type() const override { return Type; }
    int connectionIndex() const { return m_index; }
    NodeItem *from() const { return m_from; }
    NodeItem *to() const { return m_to; }

    // The connection it draws moved to another index, or changed between sync and async, or
    // between hard and soft (a call whose failure the caller copes with).
    void setConnection(int connectionIndex, bool async, bool soft = false);
    // The rate it carries (NaN: not known) and the calls per request behind it. The label is
    // repainted only when the text it draws at `detail` (the views' finest level of detail,
    // device pixels per scene unit) changed: below the legible zoom it is not drawn at all.
    void setRate(double perSecond, double callsPerRequest, double detail = 1.0);
    QString labelText() const;  // "181 rps"; empty before any rate
    // The tooltip, built when asked for (the scene asks when one is about to show).
    QString toolTipText() const;
    void refreshToolTip() { setToolTip(toolTipText()); }
    // Where the rate label may be drawn (the route's reserve around labelCentre()), scene units.
    QRectF labelRect() const;
    bool isAsync() const { return m_async; }
    bool isSoft() const { return m_soft; }
    // The route to draw, scene units: from the source's border to the target's, and where the
    // rate label is centred. Until the scene routes it, a straight line between the ports.
    void setRoute(const std::vector<QPointF> &points, const QPointF &labelCentre);
    bool hasRoute() const { return m_routed; }
    const QPolygonF &points() const { return m_polyline; }
    QPointF labelCentre() const { return m_middle; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // The rate label changes with every user count: a child item paints it over the cached curve.
    void paintLabel(QPainter *painter) const;

private:

    int m_index;
    NodeItem *m_from;
    NodeItem *m_to;
    bool m_async;
    bool m_soft = false;
    bool m_routed = false;
    // Geometry, recomputed only when the scene reroutes (setRoute): repaints are far more
    // frequent than moves.
    QPainterPath m_path;            // the polyline as a path, for picking (shape)
    QPolygonF m_polyline;
    QRectF m_bounds;
    mutable QPainterPath m_shape;   // the stroked outline for picking, made on first use
    QPointF m_middle;               // where the rate label sits
    QPointF m_beforeTip;            // a point just before the arrow tip (its direction)
    QGraphicsItem *m_labelItem = nullptr;
    bool m_hasRate = false;
    double m_rate = 0.0;            // requests per second at peak; NaN when not known
    double m_calls = 0.0;           // calls per request
    // What the label was last repainted for; none after a rate it was not drawn for (a view
    // then shows the latest, so the next legible rate repaints it).
    std::optional<QString> m_shownLabel;
};

} // namespace headroom::designer

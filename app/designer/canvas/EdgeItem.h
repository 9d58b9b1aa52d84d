// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QGraphicsItem>

namespace headroom::designer {

class NodeItem;

// A connection on the canvas: an arrow from one node's out port to another's in port,
// labelled with the requests per second it carries; dashed when asynchronous.
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    EdgeItem(int connectionIndex, NodeItem *from, NodeItem *to, bool async);

    int type() const override { return Type; }
    int connectionIndex() const { return m_index; }
    NodeItem *from() const { return m_from; }
    NodeItem *to() const { return m_to; }

    // The connection it draws moved to another index, or changed between sync and async, or
    // between hard and soft (a call whose failure the caller copes with).
    void setConnection(int connectionIndex, bool async, bool soft = false);
    void setRate(double perSecond, double callsPerRequest);
    QString labelText() const { return m_label; }
    bool isAsync() const { return m_async; }
    bool isSoft() const { return m_soft; }
    void adjust();  // follows the nodes when they move

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // The rate label changes with every user count: a child item paints it over the cached curve.
    void paintLabel(QPainter *painter) const;

private:
    QPainterPath makePath() const;

    int m_index;
    NodeItem *m_from;
    NodeItem *m_to;
    bool m_async;
    bool m_soft = false;
    QPointF m_start;
    QPointF m_end;
    // Geometry, recomputed only when the nodes move (adjust): flattening a Bézier to find a
    // point on it costs more than painting it, and repaints are far more frequent than moves.
    QPainterPath m_path;
    QPolygonF m_polyline;           // m_path flattened once: stroking a polyline skips the curve maths
    QRectF m_bounds;
    mutable QPainterPath m_shape;   // the stroked outline for picking, made on first use
    QPointF m_middle;               // where the rate label sits
    QPointF m_beforeTip;            // a point just before the arrow tip (its direction)
    QGraphicsItem *m_labelItem = nullptr;
    QString m_label;
    double m_callsShown = -1.0;
};

} // namespace headroom::designer

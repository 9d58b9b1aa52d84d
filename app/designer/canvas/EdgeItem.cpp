// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "EdgeItem.h"

#include "ComponentText.h"
#include "NodeItem.h"

#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace headroom::designer {

namespace {

class EdgeLabelItem : public QGraphicsItem
{
public:
    explicit EdgeLabelItem(EdgeItem *edge) : QGraphicsItem(edge), m_edge(edge) { setAcceptedMouseButtons(Qt::NoButton); }
    // Only the label's room: a new rate repaints the label, not the whole route's box.
    QRectF boundingRect() const override { return m_edge->labelRect(); }
    void labelMoving() { prepareGeometryChange(); }
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override { m_edge->paintLabel(painter); }

private:
    EdgeItem *m_edge;
};

} // namespace

EdgeItem::EdgeItem(int connectionIndex, NodeItem *from, NodeItem *to, bool async)
    : m_index(connectionIndex), m_from(from), m_to(to), m_async(async)
{
    setFlags(ItemIsSelectable);
    // No item cache: a long edge's bounding box makes a large transparent pixmap, slower to
    // blit than the curve is to stroke with a cosmetic pen.
    m_labelItem = new EdgeLabelItem(this);
    // Above the nodes, so that a rate label in a gap narrower than itself is never hidden
    // under a node. The routes keep clear of nodes, and the shape leaves out the ends, so the
    // lines hide nothing and a node's connection handle stays under the pointer.
    setZValue(kZ);
    setRoute({from->outPort(), to->inPort()}, (from->outPort() + to->inPort()) / 2.0);
    m_routed = false;
}

void EdgeItem::setConnection(int connectionIndex, bool async, bool soft)
{
    m_index = connectionIndex;
    if (m_async != async || m_soft != soft) {
        m_async = async;
        m_soft = soft;
        update();  // the dash of the line; the tooltip says which
    }
}

void EdgeItem::setRate(double perSecond, double callsPerRequest, double detail)
{
    m_hasRate = true;
    m_rate = perSecond;
    m_calls = callsPerRequest;
    if (!NodeItem::textIsLegible(detail)) {
        m_shownLabel.reset();  // not drawn at that zoom (or out of view)
        return;
    }
    QString label = labelText();
    if (label == m_shownLabel)
        return;  // reads the same: no repaint
    m_shownLabel = std::move(label);
    m_labelItem->update();  // the curve stays as it is
}

QString EdgeItem::labelText() const
{
    return m_hasRate ? formatCompactRate(m_rate) : QString();
}

QString EdgeItem::toolTipText() const
{
    if (!m_hasRate)
        return {};
    return QObject::tr("%1 at peak; %2 per request%3")
        .arg(labelText(), formatQuantity(m_calls, "call", "calls"),
             m_async  ? QObject::tr(", asynchronous (off the request path)")
             : m_soft ? QObject::tr(", soft (its failures never take a request down)")
                      : QString());
}

QRectF EdgeItem::labelRect() const
{
    return QRectF(m_middle - QPointF(48.0, 12.0), QSizeF(96.0, 24.0));
}

void EdgeItem::paintLabel(QPainter *painter) const
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QString label = labelText();
    if (!label.isEmpty() && NodeItem::textIsLegible(painter)) {
        QFont font = painter->font();
        font.setPointSizeF(7.5);
        painter->setFont(font);
        const QPointF middle = m_middle;
        const qreal width = painter->fontMetrics().horizontalAdvance(label) + 10.0;
        const QRectF box(middle.x() - width / 2.0, middle.y() - 9.0, width, 16.0);
        // Outline as two fills, not a stroke (see NodeItem::paint).
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xd1, 0xd5, 0xdb));
        painter->drawRoundedRect(box, 8.0, 8.0);
        painter->setBrush(QColor(0xf9, 0xfa, 0xfb));
        painter->drawRoundedRect(box.adjusted(1, 1, -1, -1), 7.0, 7.0);
        painter->setPen(QColor(0x37, 0x41, 0x51));
        painter->drawText(box, Qt::AlignCenter, label);
    }
}

void EdgeItem::setRoute(const std::vector<QPointF> &points, const QPointF &labelCentre)
{
    m_routed = true;
    const QPolygonF polyline(QList<QPointF>(points.begin(), points.end()));
    if (polyline == m_polyline && labelCentre == m_middle)
        return;  // the same route: no repaint
    prepareGeometryChange();
    if (labelCentre != m_middle)
        static_cast<EdgeLabelItem *>(m_labelItem)->labelMoving();
    m_polyline = polyline;
    m_path = QPainterPath();
    m_path.addPolygon(m_polyline);
    // Room for the label (EdgeRouter's reserve) and the arrow head around the route.
    m_middle = labelCentre;
    m_bounds = m_path.boundingRect().adjusted(-12.0, -12.0, 12.0, 12.0).united(labelRect());
    m_shape = QPainterPath();
    m_beforeTip = m_polyline.size() >= 2 ? m_polyline[m_polyline.size() - 2] : QPointF();
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    if (m_shape.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(10.0);
        m_shape = stroker.createStroke(m_path);
        if (m_polyline.size() >= 2) {
            QPainterPath ends;
            ends.addEllipse(m_polyline.front(), kEndClearance, kEndClearance);
            ends.addEllipse(m_polyline.back(), kEndClearance, kEndClearance);
            m_shape = m_shape.subtracted(ends);
        }
    }
    return m_shape;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state & QStyle::State_Selected;
    const QColor colour = selected ? QColor(0x25, 0x63, 0xeb) : QColor(0x6b, 0x72, 0x80);
    QPen pen(colour, selected ? 2.0 : 1.0);
    pen.setCosmetic(true);  // 1 px cosmetic pens take the fast stroker; see NodeItem::paint
    if (m_async)
        pen.setStyle(Qt::DashLine);
    else if (m_soft)
        pen.setStyle(Qt::DotLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(m_polyline);

    // Arrow head along the last segment.
    if (m_polyline.size() < 2)
        return;
    const QPointF tip = m_polyline.back();
    const QPointF before = m_beforeTip;
    const double angle = std::atan2(tip.y() - before.y(), tip.x() - before.x());
    const QPointF left = tip - QPointF(std::cos(angle - 0.45) * 10.0, std::sin(angle - 0.45) * 10.0);
    const QPointF right = tip - QPointF(std::cos(angle + 0.45) * 10.0, std::sin(angle + 0.45) * 10.0);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(QPolygonF({tip, left, right}));

}

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "CanvasMinimap.h"

#include "DiagramScene.h"
#include "DiagramView.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace headroom::designer {

namespace {

constexpr double kDesignMargin = 40.0; // scene units around the outermost nodes
constexpr int kInset = 6; // pixels between the frame and the drawing

} // namespace

CanvasMinimap::CanvasMinimap(DiagramView *view) : QWidget(view), m_view(view)
{
    setObjectName(QStringLiteral("canvasMinimap"));
    setToolTip(tr("Overview: click or drag to move the view"));
    setCursor(Qt::PointingHandCursor);
    // Opaque, square: a repaint of the minimap never makes the canvas under it repaint.
    setAttribute(Qt::WA_OpaquePaintEvent);
    hide();
}

void CanvasMinimap::invalidate()
{
    QRectF bounds;
    for (const QRectF &rect : m_view->diagramScene()->nodeRects())
        bounds |= rect;
    m_bounds = bounds.isEmpty()
        ? QRectF()
        : bounds.adjusted(-kDesignMargin, -kDesignMargin, kDesignMargin, kDesignMargin);
    m_stale = true;
    viewportMoved();
    update();
}

void CanvasMinimap::viewportMoved()
{
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const bool overflows = !m_bounds.isEmpty()
        && !visible.contains(
            m_bounds.adjusted(kDesignMargin / 2, kDesignMargin / 2, -kDesignMargin / 2, -kDesignMargin / 2));
    if (overflows) {
        // As the design's shape, within a quarter of the canvas each way and the largest size.
        const QSize canvas = m_view->viewport()->size();
        const int widest = std::clamp(canvas.width() / 4, 80, kMaxWidth);
        const int tallest = std::clamp(canvas.height() / 4, 50, kMaxHeight);
        const double scale = std::min(
            (widest - 2.0 * kInset) / m_bounds.width(), (tallest - 2.0 * kInset) / m_bounds.height());
        const QSize size(std::max(40, qRound(m_bounds.width() * scale) + 2 * kInset),
            std::max(30, qRound(m_bounds.height() * scale) + 2 * kInset));
        if (size != this->size()) {
            resize(size);
            m_stale = true;
        }
        const QRect inside = m_view->viewport()->geometry();
        move(inside.right() - width() - 8, inside.top() + 8);
    }
    setVisible(overflows);
    if (overflows)
        update();
}

QRectF CanvasMinimap::mapArea() const
{
    const QRectF inner = QRectF(rect()).adjusted(kInset, kInset, -kInset, -kInset);
    if (m_bounds.isEmpty())
        return inner;
    const double scale = std::min(inner.width() / m_bounds.width(), inner.height() / m_bounds.height());
    const QSizeF drawn = m_bounds.size() * scale;
    return QRectF(inner.center() - QPointF(drawn.width(), drawn.height()) / 2.0, drawn);
}

QPointF CanvasMinimap::toScene(const QPointF &minimapPos) const
{
    const QRectF area = mapArea();
    if (m_bounds.isEmpty() || area.isEmpty())
        return {};
    return m_bounds.topLeft()
        + QPointF((minimapPos.x() - area.left()) * m_bounds.width() / area.width(),
            (minimapPos.y() - area.top()) * m_bounds.height() / area.height());
}

QPointF CanvasMinimap::fromScene(const QPointF &scenePos) const
{
    const QRectF area = mapArea();
    if (m_bounds.isEmpty())
        return {};
    return area.topLeft()
        + QPointF((scenePos.x() - m_bounds.left()) * area.width() / m_bounds.width(),
            (scenePos.y() - m_bounds.top()) * area.height() / m_bounds.height());
}

void CanvasMinimap::rebuild()
{
    const qreal ratio = devicePixelRatioF();
    m_cache = QPixmap(size() * ratio);
    m_cache.setDevicePixelRatio(ratio);
    m_cache.fill(QColor(0xff, 0xff, 0xff));
    QPainter painter(&m_cache);
    painter.setPen(QColor(0xcb, 0xd5, 0xe1));
    painter.setBrush(QColor(0xff, 0xff, 0xff, 235));
    painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x64, 0x74, 0x8b));
    for (const QRectF &node : m_view->diagramScene()->nodeRects()) {
        const QPointF topLeft = fromScene(node.topLeft());
        const QPointF bottomRight = fromScene(node.bottomRight());
        QRectF drawn(topLeft, bottomRight);
        drawn.setWidth(std::max(1.5, drawn.width()));
        drawn.setHeight(std::max(1.0, drawn.height()));
        painter.drawRect(drawn);
    }
    m_stale = false;
    ++m_builds;
}

void CanvasMinimap::paintEvent(QPaintEvent *)
{
    if (m_stale || m_cache.size() != size() * devicePixelRatioF())
        rebuild();
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_cache);
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QRectF outline(fromScene(visible.topLeft()), fromScene(visible.bottomRight()));
    outline = outline.intersected(QRectF(rect()).adjusted(1, 1, -1, -1));
    painter.setPen(QPen(QColor(0x25, 0x63, 0xeb), 1.5));
    painter.setBrush(QColor(0x25, 0x63, 0xeb, 30));
    painter.drawRect(outline);
}

void CanvasMinimap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_view->centerOn(toScene(event->position()));
    event->accept();
}

void CanvasMinimap::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return QWidget::mouseMoveEvent(event);
    m_view->centerOn(toScene(event->position()));
    event->accept();
}

} // namespace headroom::designer

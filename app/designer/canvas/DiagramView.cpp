// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "DiagramView.h"

#include "DiagramScene.h"
#include "NodeItem.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace headroom::designer {

DiagramView::DiagramView(DiagramScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setObjectName(QStringLiteral("canvas"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setAcceptDrops(true);
    // Room to scroll and drop around a design, and always beyond its farthest item: the
    // scene's own rectangle grows with the items (a 200-component design spans 5 000 units).
    const auto coverItems = [this](const QRectF &items) {
        setSceneRect(QRectF(-4000, -4000, 8000, 8000).united(items.adjusted(-2000, -2000, 2000, 2000)));
    };
    coverItems(scene->sceneRect());
    connect(scene, &QGraphicsScene::sceneRectChanged, this, coverItems);
}

void DiagramView::fitAll()
{
    if (!scene())
        return;
    QRectF bounds;
    for (QGraphicsItem *item : scene()->items())
        if (item->type() == NodeItem::Type)
            bounds |= item->sceneBoundingRect();
    if (bounds.isEmpty()) {
        resetTransform();
        centerOn(0, 0);
        return;
    }
    fitInView(bounds.adjusted(-60, -60, 60, 60), Qt::KeepAspectRatio);
    if (zoom() > 1.5)  // a tiny design is shown at a readable size, not blown up
        zoomBy(1.5 / zoom());
}

void DiagramView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, 0.1, 4.0);
    const double applied = target / zoom();
    scale(applied, applied);
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DiagramView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(DiagramScene::kComponentMime))
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void DiagramView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(DiagramScene::kComponentMime))
        event->acceptProposedAction();
    else
        QGraphicsView::dragMoveEvent(event);
}

void DiagramView::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(DiagramScene::kComponentMime)) {
        QGraphicsView::dropEvent(event);
        return;
    }
    const QByteArray type = event->mimeData()->data(DiagramScene::kComponentMime);
    m_scene->addComponentAt(type.toStdString(), mapToScene(event->position().toPoint()));
    event->acceptProposedAction();
}

void DiagramView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, QColor(0xf8, 0xfa, 0xfc));
    if (zoom() < 0.35)
        return;
    const qreal step = NodeItem::kGrid * 2.0;
    painter->setPen(QPen(QColor(0xcb, 0xd5, 0xe1), 1.5 / zoom()));
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QVector<QPointF> dots;
    for (qreal x = left; x < rect.right(); x += step)
        for (qreal y = top; y < rect.bottom(); y += step)
            dots.append(QPointF(x, y));
    painter->drawPoints(dots.data(), static_cast<int>(dots.size()));
}

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "DiagramView.h"

#include "CanvasMinimap.h"
#include "CanvasPanner.h"
#include "CanvasToast.h"
#include "DiagramScene.h"
#include "EdgeItem.h"
#include "InlineRename.h"
#include "NodeItem.h"

#include <QCursor>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QToolButton>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <set>

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

    m_toast = new CanvasToast(this);
    connect(scene, &DiagramScene::refused, m_toast, &CanvasToast::showMessage);
    m_panner = new CanvasPanner(this);
    m_minimap = new CanvasMinimap(this);
    connect(scene, &DiagramScene::layoutChanged, m_minimap, &CanvasMinimap::invalidate);
    m_minimap->invalidate();
    m_zoomIndicator = new QToolButton(this);
    m_zoomIndicator->setObjectName(QStringLiteral("zoomIndicator"));
    m_zoomIndicator->setToolTip(tr("Zoom; click for 100 %"));
    m_zoomIndicator->setAutoRaise(false);
    connect(m_zoomIndicator, &QToolButton::clicked, this, [this] { setZoom(1.0); });
    connect(this, &DiagramView::zoomChanged, m_zoomIndicator,
            [this](double zoom) {
                m_zoomIndicator->setText(QStringLiteral("%1 %").arg(qRound(zoom * 100.0)));
                placeOverlays();  // its width follows the text
            });
    m_zoomIndicator->setText(QStringLiteral("100 %"));
    connect(scene, &DiagramScene::renameRequested, this, [this](const QString &id) { startRename(id.toStdString()); });
    // The hint is painted over the viewport, outside any item: repaint it all when it comes or
    // goes (with the nodes: it shows while the design is only its users entry). Not on
    // QGraphicsScene::changed: a connection to it turns off Qt's direct item updates, and every
    // slider step would repaint the bounding rectangle of all the nodes whose figures changed.
    connect(scene, &DiagramScene::layoutChanged, this, [this] {
        if (showsFirstRunHint() != m_hintShown)
            viewport()->update();
    });
}

void DiagramView::fitAll()
{
    if (!scene())
        return;
    QRectF bounds;
    for (const QRectF &rect : m_scene->nodeRects())
        bounds |= rect;
    if (bounds.isEmpty()) {
        resetTransform();
        centerOn(0, 0);
        emit zoomChanged(zoom());
        return;
    }
    fitInView(bounds.adjusted(-60, -60, 60, 60), Qt::KeepAspectRatio);
    if (zoom() > 1.0)  // a tiny design is shown at its own size, not blown up
        zoomAt(1.0 / zoom(), viewport()->rect().center());
    if (zoom() < legibleZoom()) {
        zoomAt(legibleZoom() / zoom(), viewport()->rect().center());
        showStart(bounds);
    }
    emit zoomChanged(zoom());
    m_minimap->viewportMoved();
}

double DiagramView::legibleZoom() const
{
    // Titles are NodeItem::kTitlePointSize points; a point is dpi / 72 pixels.
    const double titlePixelsAtFullSize = NodeItem::kTitlePointSize * logicalDpiY() / 72.0;
    return std::min(1.0, kTitlePixels / titlePixelsAtFullSize);
}

// Where the view goes when the design does not fit at the legible zoom: along an axis where
// it overflows, from its entry on (the component the flow starts at: no incoming connection,
// the top-left one of several; at the left of the view, centred on it vertically, clamped to
// the design); along an axis where it fits, centred on the design.
void DiagramView::showStart(const QRectF &bounds)
{
    const Project &project = m_scene->document()->project();
    std::set<std::string> called;
    for (const Connection &connection : project.connections)
        if (connection.from != connection.to)
            called.insert(connection.to);
    QRectF entry;
    for (const Component &component : project.components) {
        if (called.count(component.id) || !m_scene->node(component.id))
            continue;
        const QRectF rect = DiagramScene::nodeRect(component.position);
        if (entry.isNull() || rect.left() < entry.left() || (rect.left() == entry.left() && rect.top() < entry.top()))
            entry = rect;
    }
    if (entry.isNull())
        entry = QRectF(bounds.topLeft(), QSizeF(NodeItem::kWidth, NodeItem::kHeight));
    const QSizeF visible = QSizeF(viewport()->size()) / zoom();
    const QRectF room = bounds.adjusted(-60, -60, 60, 60);
    const double left = room.width() <= visible.width()
                            ? room.center().x() - visible.width() / 2.0
                            : std::clamp(entry.left() - 60.0, room.left(), room.right() - visible.width());
    const double top = room.height() <= visible.height()
                           ? room.center().y() - visible.height() / 2.0
                           : std::clamp(entry.center().y() - visible.height() / 2.0, room.top(), room.bottom() - visible.height());
    centerOn(left + visible.width() / 2.0, top + visible.height() / 2.0);
}

void DiagramView::zoomAt(double factor, const QPoint &viewportAnchor)
{
    const QPointF anchored = mapToScene(viewportAnchor);
    const double target = std::clamp(zoom() * factor, 0.1, 4.0);
    const double applied = target / zoom();
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(NoAnchor);
    scale(applied, applied);
    setTransformationAnchor(anchor);
    const QPointF drift = mapFromScene(anchored) - QPointF(viewportAnchor);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(drift.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(drift.y()));
    emit zoomChanged(zoom());
    m_minimap->viewportMoved();
}

void DiagramView::zoomBy(double factor)
{
    const QPoint cursor = viewport()->mapFromGlobal(QCursor::pos());
    zoomAt(factor, viewport()->rect().contains(cursor) ? cursor : viewport()->rect().center());
}

void DiagramView::setZoom(double zoom)
{
    zoomAt(zoom / this->zoom(), viewport()->rect().center());
}

std::optional<QPointF> DiagramView::cursorScenePos() const
{
    const QPoint cursor = viewport()->mapFromGlobal(QCursor::pos());
    if (!viewport()->rect().contains(cursor))
        return std::nullopt;
    return mapToScene(cursor);
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomAt(std::pow(1.0015, event->angleDelta().y()), event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    // Arrows nudge the selected nodes by a grid cell (Shift: five); with nothing selected they scroll.
    const qreal step = NodeItem::kGrid * ((event->modifiers() & Qt::ShiftModifier) ? 5.0 : 1.0);
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Left: delta = {-step, 0.0}; break;
    case Qt::Key_Right: delta = {step, 0.0}; break;
    case Qt::Key_Up: delta = {0.0, -step}; break;
    case Qt::Key_Down: delta = {0.0, step}; break;
    default: break;
    }
    if (!delta.isNull() && !(event->modifiers() & ~Qt::ShiftModifier & ~Qt::KeypadModifier) && m_scene->nudgeSelection(delta)) {
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::selectForMenu(const QPoint &viewportPos)
{
    for (QGraphicsItem *item : items(viewportPos)) {
        if (item->type() != NodeItem::Type && item->type() != EdgeItem::Type)
            continue;
        if (!item->isSelected()) {
            m_scene->clearSelection();
            item->setSelected(true);
        }
        return;
    }
}

void DiagramView::contextMenuEvent(QContextMenuEvent *event)
{
    selectForMenu(event->pos());
    emit contextMenuRequested(event->pos(), event->globalPos());
    event->accept();
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeOverlays();
    m_minimap->viewportMoved();
}

void DiagramView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    m_minimap->viewportMoved();
    if (m_hintShown)
        viewport()->update();  // scrolling copies pixels: the fixed hint would move with them
}

void DiagramView::placeOverlays()
{
    m_zoomIndicator->adjustSize();
    const QRect inside = viewport()->geometry();
    m_zoomIndicator->move(inside.right() - m_zoomIndicator->width() - 8, inside.bottom() - m_zoomIndicator->height() - 8);
    if (m_toast->isVisible())
        m_toast->reposition();
}

InlineRename *DiagramView::renameEditor() const
{
    return m_rename;
}

void DiagramView::startRename(const std::string &componentId)
{
    NodeItem *item = m_scene->node(componentId);
    if (!item)
        return;
    if (m_rename)
        m_rename->commit();
    m_rename = new InlineRename(m_scene->document(), componentId, viewport());
    QFont font = m_rename->font();  // the label's bold face at the canvas's zoom
    font.setBold(true);
    font.setPointSizeF(std::max(8.0, 9.5 * zoom()));
    m_rename->setFont(font);
    QRect at = mapFromScene(item->mapToScene(NodeItem::labelRect())).boundingRect();
    at.setWidth(std::max(at.width(), 140));
    at.setHeight(std::max(at.height(), m_rename->sizeHint().height()));
    m_rename->setGeometry(at);
    m_rename->show();
    m_rename->setFocus();
}

QString DiagramView::firstRunHint()
{
    return tr("Drag a component from the palette onto the canvas, then drag from a node's right handle to "
              "connect it. File ▸ New from template starts from a worked design.");
}

bool DiagramView::showsFirstRunHint() const
{
    return m_scene->document()->project().components.size() == 1;
}

void DiagramView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    m_hintShown = showsFirstRunHint();
    if (!m_hintShown)
        return;
    painter->save();
    painter->resetTransform();  // viewport coordinates: the hint does not zoom or scroll
    const QRect area = viewport()->rect();
    // Low in the viewport, clear of the zoom figure in the corner and of a new design's one
    // node in the middle.
    const int width = std::max(160, std::min(460, area.width() - 160));
    const QRect text = painter->fontMetrics().boundingRect(QRect(0, 0, width - 28, 400), Qt::TextWordWrap, firstRunHint());
    const int height = text.height() + 16;
    const QRect box(area.center().x() - width / 2, area.bottom() - height - 40, width, height);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xff, 0xff, 0xff, 235));
    painter->drawRoundedRect(box, 8, 8);
    painter->setPen(QColor(0x37, 0x41, 0x51));
    painter->drawText(box.adjusted(14, 8, -14, -8), Qt::AlignCenter | Qt::TextWordWrap, firstRunHint());
    painter->restore();
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

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "DiagramScene.h"

#include "ComponentText.h"
#include "ConnectDrag.h"
#include "ConnectionRules.h"
#include "EdgeItem.h"
#include "RegionFrameItem.h"
#include "NodeItem.h"
#include "FreePlacement.h"
#include "document/DocumentEdits.h"

#include "model/catalog/Catalog.h"
#include "model/io/ProjectFile.h"

#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QMimeData>
#include <QSet>
#include <QSignalBlocker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <unordered_set>
#include <cmath>

namespace headroom::designer {

namespace {

QString key(const std::string &id)
{
    return QString::fromStdString(id);
}


// Shift+click adds to the selection like Ctrl+click (Qt's items only know Ctrl).
void shiftSelectsLikeControl(QGraphicsSceneMouseEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier)
        event->setModifiers(event->modifiers() | Qt::ControlModifier);
}

} // namespace

QRectF DiagramScene::nodeRect(const Position &position)
{
    return QRectF(position.x, position.y, NodeItem::kWidth, NodeItem::kHeight);
}

DiagramScene::DiagramScene(ProjectDocument *document, QObject *parent) : QGraphicsScene(parent), m_document(document)
{
    setItemIndexMethod(QGraphicsScene::NoIndex);
    connect(m_document, &ProjectDocument::changed, this, &DiagramScene::onDocumentChanged);
    sync();
}

DiagramScene::~DiagramScene()
{
    // QGraphicsScene's destructor deletes the items; deleting a selected one would emit
    // selectionChanged to views that read m_nodes and m_edges while they are half gone.
    blockSignals(true);
}

void DiagramScene::setSelection(const QList<QGraphicsItem *> &items)
{
    {
        const QSignalBlocker quiet(this);
        clearSelection();
        for (QGraphicsItem *item : items)
            item->setSelected(true);
    }
    emit selectionChanged();
}

void DiagramScene::setResults(DesignResultsPtr results)
{
    m_results = std::move(results);
    applyResults();
}

NodeItem *DiagramScene::node(const std::string &id) const
{
    const auto found = m_nodes.find(id);
    return found == m_nodes.end() ? nullptr : found->second;
}

void DiagramScene::onDocumentChanged(const DocumentChange &change)
{
    if (change.kind == ChangeKind::Users)
        return;
    if (change.structure || change.kind == ChangeKind::Everything) {
        sync();
        return;
    }
    // Components edited in place: only their nodes are re-read (a paste or an undo at 1,000
    // components must not walk every node once per notification).
    const bool aligned = resultsAligned();
    const Shown inView = shown();
    bool moved = false;
    for (const std::string &id : change.componentIds) {
        const int index = m_document->componentIndex(id);
        NodeItem *item = node(id);
        if (index < 0 || !item)
            continue;
        const Component &component = m_document->project().components[static_cast<size_t>(index)];
        const QPointF before = item->pos();
        if (const ComponentSpec *spec = Catalog::builtIn().find(component.type))
            item->setComponent(component, *spec);
        moved = moved || item->pos() != before;
        // The latest results until the controller publishes this design's (next turn).
        applyResultTo(static_cast<size_t>(index), aligned, inView);
    }
    if (change.connectionsEdited)
        syncEdges();
    // Routes follow the nodes and the connections: a value typed in the inspector moves
    // neither (and walking every node for it cost milliseconds at 10,000 components).
    if (change.connectionsEdited || moved)
        adjustEdges();
    // An edited component may have moved or changed region: the frames around it follow.
    if (!change.componentIds.empty() && !m_document->project().regions.empty())
        syncFrames();
}

void DiagramScene::sync()
{
    const Project &project = m_document->project();
    std::unordered_set<std::string> present;
    for (const Component &component : project.components) {
        const ComponentSpec *spec = Catalog::builtIn().find(component.type);
        if (!spec)
            continue;
        present.insert(component.id);
        NodeItem *&item = m_nodes[component.id];
        if (!item) {
            item = new NodeItem(component.id);
            addItem(item);
        }
        item->setComponent(component, *spec);
    }
    syncEdges();  // first: no edge may point at a node deleted below
    // Deleting a selected item emits selectionChanged, whose handlers read m_nodes and
    // m_edges: an item leaves them before it is deleted.
    std::vector<NodeItem *> removed;
    for (auto it = m_nodes.begin(); it != m_nodes.end();) {
        if (!present.contains(it->first)) {
            removed.push_back(it->second);
            it = m_nodes.erase(it);
        } else {
            ++it;
        }
    }
    bool selectionShrank = false;
    {
        const QSignalBlocker quiet(this);  // one selectionChanged for the lot, below
        for (NodeItem *item : removed) {
            selectionShrank = selectionShrank || item->isSelected();
            delete item;
        }
    }
    if (selectionShrank)
        emit selectionChanged();
    adjustEdges();  // around the nodes as they are now
    syncFrames();
    // Results of the previous structure would be applied to the wrong nodes: the nodes keep
    // what they show until the controller publishes this design's (next event-loop turn).
    if (resultsAligned())
        applyResults();
}

void DiagramScene::syncFrames()
{
    for (RegionFrameItem *frame : m_frames)
        delete frame;
    m_frames.clear();
    m_frameMembers.clear();
    const Project &project = m_document->project();
    for (const Region &region : project.regions) {
        const bool standby = region.role == RegionRole::Standby;
        const QString title = QStringLiteral("%1 · %2%3").arg(QString::fromStdString(region.name),
                                                               QString::fromStdString(region.id),
                                                               standby ? tr(" (standby)") : QString());
        auto addFrame = [&](RegionFrameItem::Kind kind, const QString &label, const std::string &zone) {
            std::vector<std::string> members;
            for (const Component &component : project.components)
                if (component.region == region.id && (zone.empty() || component.zone == zone))
                    members.push_back(component.id);
            if (members.empty())
                return;
            auto *frame = new RegionFrameItem(kind, label, standby);
            addItem(frame);
            m_frames.push_back(frame);
            m_frameMembers.push_back(std::move(members));
        };
        addFrame(RegionFrameItem::Kind::Region, title, {});
        for (const std::string &zone : region.zones)
            addFrame(RegionFrameItem::Kind::Zone, tr("zone %1").arg(QString::fromStdString(zone)), zone);
    }
    adjustFrames();
}

void DiagramScene::adjustFrames()
{
    for (size_t f = 0; f < m_frames.size(); ++f) {
        QRectF bounds;
        for (const std::string &id : m_frameMembers[f])
            if (NodeItem *item = node(id))
                bounds |= item->mapRectToScene(QRectF(0, 0, NodeItem::kWidth, NodeItem::kHeight));
        const bool region = m_frames[f]->kind() == RegionFrameItem::Kind::Region;
        m_frames[f]->setFrame(bounds.adjusted(region ? -36 : -16, region ? -44 : -30, region ? 36 : 16, region ? 28 : 14));
    }
}

void DiagramScene::syncEdges()
{
    // An edge that still draws a connection between the same two nodes is kept, with its
    // selection, so that editing a selected connection does not replace it (and the inspector
    // page being edited with it); the others are taken out of m_edges, then deleted.
    std::vector<EdgeItem *> previous;
    previous.swap(m_edges);
    const Project &project = m_document->project();
    for (size_t i = 0; i < project.connections.size(); ++i) {
        const Connection &connection = project.connections[i];
        NodeItem *from = node(connection.from);
        NodeItem *to = node(connection.to);
        if (!from || !to)
            continue;
        const auto reused = std::find_if(previous.begin(), previous.end(), [&](const EdgeItem *edge) {
            return edge && edge->from() == from && edge->to() == to;
        });
        EdgeItem *edge = nullptr;
        if (reused != previous.end()) {
            edge = *reused;
            *reused = nullptr;
            edge->setConnection(static_cast<int>(i), connection.async, connection.soft);
        } else {
            edge = new EdgeItem(static_cast<int>(i), from, to, connection.async);
            edge->setConnection(static_cast<int>(i), connection.async, connection.soft);
            addItem(edge);
        }
        m_edges.push_back(edge);
    }
    bool selectionShrank = false;
    {
        const QSignalBlocker quiet(this);
        for (EdgeItem *edge : previous) {
            selectionShrank = selectionShrank || (edge && edge->isSelected());
            delete edge;
        }
    }
    if (selectionShrank)
        emit selectionChanged();
}

void DiagramScene::applyResults()
{
    const bool valid = m_results && !m_results->compileError;
    const Project &project = m_document->project();
    const bool aligned = resultsAligned();
    const Shown inView = shown();
    for (size_t i = 0; i < project.components.size(); ++i)
        applyResultTo(i, aligned, inView);
    for (EdgeItem *edge : m_edges) {
        const size_t index = static_cast<size_t>(edge->connectionIndex());
        const bool known = valid && index < m_results->evaluation.connections.size();
        edge->setRate(known ? m_results->evaluation.connections[index].ratePerSecond : std::nan(""),
                      project.connections[index].callsPerRequest, inView.detailAt(edge->labelRect()));
    }
}

DiagramScene::Shown DiagramScene::shown() const
{
    Shown shown;
    for (const QGraphicsView *view : views()) {
        shown.detail = std::max(shown.detail, QStyleOptionGraphicsItem::levelOfDetailFromTransform(view->viewportTransform()));
        shown.areas.push_back(view->mapToScene(view->viewport()->rect()).boundingRect());
    }
    return shown;
}

double DiagramScene::Shown::detailAt(const QRectF &sceneRect) const
{
    for (const QRectF &area : areas)
        if (area.intersects(sceneRect))
            return detail;
    return 0.0;
}

void DiagramScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            node->refreshToolTip();
        else if (auto *edge = qgraphicsitem_cast<EdgeItem *>(item))
            edge->refreshToolTip();
    }
    QGraphicsScene::helpEvent(event);
}

bool DiagramScene::resultsAligned() const
{
    // The evaluation lists components in project order: index, don't search.
    return m_results && !m_results->compileError
           && m_results->evaluation.components.size() == m_document->project().components.size();
}

void DiagramScene::applyResultTo(size_t index, bool aligned, const Shown &shown)
{
    const Component &component = m_document->project().components[index];
    NodeItem *item = node(component.id);
    const ComponentSpec *spec = Catalog::builtIn().find(component.type);
    if (!item || !spec)
        return;
    const bool valid = aligned && m_results && !m_results->compileError;
    const ComponentResult *result = valid ? &m_results->evaluation.components[index] : nullptr;
    const double detail = shown.detailAt(item->sceneBoundingRect());
    item->setResult(result, valid && m_results->evaluation.bottleneck == component.id,
                    valid ? m_results->bottleneck.level : LoadLevel::Comfortable, detail);
    item->setConfiguration(keyConfiguration(component, *spec, result), detail);
}

std::vector<std::string> DiagramScene::selectedComponentIds() const
{
    std::vector<std::string> ids;
    for (const Component &component : m_document->project().components)
        if (NodeItem *item = node(component.id); item && item->isSelected())
            ids.push_back(component.id);
    return ids;
}

std::vector<int> DiagramScene::selectedConnectionIndices() const
{
    std::vector<int> indices;
    for (EdgeItem *edge : m_edges)
        if (edge->isSelected())
            indices.push_back(edge->connectionIndex());
    return indices;
}

void DiagramScene::addComponentAt(const std::string &type, const QPointF &scenePos)
{
    const ComponentSpec *spec = Catalog::builtIn().find(type);
    if (!spec)
        return;
    Component component;
    component.id = m_document->uniqueId(type);
    component.type = type;
    component.label = spec->displayName;
    const QPointF wanted = scenePos - QPointF(NodeItem::kWidth / 2.0, NodeItem::kHeight / 2.0);
    const QPointF topLeft = nearestFreeTopLeft(occupiedRects(), QSizeF(NodeItem::kWidth, NodeItem::kHeight), wanted,
                                               NodeItem::kGrid, NodeItem::kGrid);
    component.position = {topLeft.x(), topLeft.y()};
    edits::addItems(*m_document, tr("Add %1").arg(QString::fromStdString(spec->displayName)), {component}, {});
    clearSelection();
    if (NodeItem *item = node(component.id))
        item->setSelected(true);
}

bool DiagramScene::connectComponents(const std::string &from, const std::string &to)
{
    if (const auto problem = connectionProblem(m_document->project(), from, to)) {
        emit statusMessage(*problem);
        emit refused(*problem);
        return false;
    }
    const auto name = [this](const std::string &id) {
        const Component *component = m_document->component(id);
        return QString::fromStdString(component ? displayName(*component) : id);
    };
    edits::addItems(*m_document, tr("Connect %1 → %2").arg(name(from), name(to)), {},
                    {{from, to, 1.0, TrafficClass::All, false}});
    emit statusMessage(tr("Connected %1 → %2").arg(name(from), name(to)));
    return true;
}

void DiagramScene::deleteSelection()
{
    edits::removeItems(*m_document, selectedComponentIds(), selectedConnectionIndices());
}

bool DiagramScene::nudgeSelection(const QPointF &delta)
{
    std::vector<std::pair<std::string, Position>> moves;
    for (const std::string &id : selectedComponentIds()) {
        const Position &at = m_document->component(id)->position;
        moves.push_back({id, {at.x + delta.x(), at.y + delta.y()}});
    }
    edits::moveComponents(*m_document, moves);
    return !moves.empty();
}

void DiagramScene::arrangeSelection(Arrangement arrangement)
{
    const std::vector<std::string> ids = selectedComponentIds();
    std::vector<QRectF> rects;
    for (const std::string &id : ids)
        rects.push_back(nodeRect(m_document->component(id)->position));
    const std::vector<QPointF> placed = arrange(rects, arrangement, NodeItem::kGrid);
    std::vector<std::pair<std::string, Position>> moves;
    for (size_t i = 0; i < ids.size(); ++i)
        if (placed[i] != rects[i].topLeft())
            moves.push_back({ids[i], {placed[i].x(), placed[i].y()}});
    edits::moveComponents(*m_document, moves);
}

std::vector<QRectF> DiagramScene::occupiedRects(const std::set<std::string> &except) const
{
    std::vector<QRectF> rects;
    for (const Component &component : m_document->project().components)
        if (!except.count(component.id))
            rects.push_back(nodeRect(component.position));
    return rects;
}

NodeItem *DiagramScene::nodeAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos))
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem *>(item);
    return nullptr;
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        NodeItem *item = nodeAt(event->scenePos());
        if (item && item->isOnHandle(event->scenePos())) {
            m_connectDrag = std::make_unique<ConnectDrag>(this, m_document->project(), item, event->scenePos());
            event->accept();
            return;
        }
    }
    shiftSelectsLikeControl(event);
    QGraphicsScene::mousePressEvent(event);
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectDrag) {
        NodeItem *target = nodeAt(event->scenePos());
        m_connectDrag->moveTo(event->scenePos(), target && target != m_connectDrag->from() ? target : nullptr);
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
    if (event->buttons() & Qt::LeftButton) {
        adjustEdges();
        adjustFrames();
    }
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectDrag) {
        NodeItem *from = m_connectDrag->from();
        m_connectDrag.reset();
        if (NodeItem *target = nodeAt(event->scenePos()))
            connectComponents(from->id(), target->id());  // onto itself: explains why not
        event->accept();
        return;
    }
    shiftSelectsLikeControl(event);
    QGraphicsScene::mouseReleaseEvent(event);
    commitDraggedMoves();
}

void DiagramScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    NodeItem *item = event->button() == Qt::LeftButton ? nodeAt(event->scenePos()) : nullptr;
    if (item && NodeItem::labelRect().contains(item->mapFromScene(event->scenePos()))) {
        emit renameRequested(key(item->id()));
        event->accept();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

// A drag that moved nodes becomes one undoable move.
void DiagramScene::commitDraggedMoves()
{
    std::vector<std::pair<std::string, Position>> moves;
    for (const Component &component : m_document->project().components) {
        NodeItem *item = node(component.id);
        if (item && (item->pos().x() != component.position.x || item->pos().y() != component.position.y))
            moves.push_back({component.id, {item->pos().x(), item->pos().y()}});
    }
    edits::moveComponents(*m_document, moves);
}

} // namespace headroom::designer

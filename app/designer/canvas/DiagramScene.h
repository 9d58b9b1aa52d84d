// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "DesignResults.h"
#include "document/ProjectDocument.h"

#include "Arrange.h"

#include <QGraphicsScene>
#include <QHash>

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

class QMimeData;

namespace headroom::designer {

class ConnectDrag;
class EdgeItem;
class RegionFrameItem;
class NodeItem;

// The canvas. It mirrors the document (one NodeItem per component, one EdgeItem per
// connection) and the latest results (colours, badge, rates), and turns gestures — moving,
// nudging, arranging, connecting (ConnectDrag), deleting, cutting, pasting, dropping — into
// document edits; new and pasted nodes land on free space (FreePlacement). Shift+click
// extends the selection like Ctrl+click. It never writes the project itself.
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT

public:
    static inline const QString kComponentMime = QStringLiteral("application/x-headroom-component-type");
    static inline const QString kClipboardMime = QStringLiteral("application/x-headroom-items");

    // Replaces the selection with `items`, announcing it once (selectionChanged per item would
    // rebuild the inspector once per item: a select-all of 1,000 nodes, 1,000 rebuilds).
    void setSelection(const QList<QGraphicsItem *> &items);

    explicit DiagramScene(ProjectDocument *document, QObject *parent = nullptr);
    ~DiagramScene() override;

    ProjectDocument *document() const { return m_document; }
    // The rectangle a node at `position` covers, in scene coordinates.
    static QRectF nodeRect(const Position &position);

    void setResults(DesignResultsPtr results);

    NodeItem *node(const std::string &id) const;
    std::vector<EdgeItem *> edges() const { return m_edges; }
    std::vector<std::string> selectedComponentIds() const;
    std::vector<int> selectedConnectionIndices() const;

    // Adds a component of `type` centred at `scenePos` (a drop from the palette), or on the
    // nearest free grid cell when that place is taken: nodes never overlap.
    void addComponentAt(const std::string &type, const QPointF &scenePos);
    // Connects two components, or explains in `statusMessage` why the model cannot use it.
    bool connectComponents(const std::string &from, const std::string &to);
    void deleteSelection();
    QMimeData *copySelection() const;
    // Copies the selection and deletes it, as one undo step "Cut …"; nullptr when nothing is
    // selected.
    QMimeData *cutSelection();
    // Adds copies of the clipboard's components as one undo step named `text` ("Paste"), in
    // their relative layout, on the free space nearest to `sceneTopLeft` (the cursor) or,
    // without it, nearest to where the originals are. The copies become the selection.
    void paste(const QMimeData *data, std::optional<QPointF> sceneTopLeft = {}, const QString &text = {});
    // Moves the selected components by `delta` (one undo step); false when none is selected.
    bool nudgeSelection(const QPointF &delta);
    // Aligns or distributes the selected components (one undo step).
    void arrangeSelection(Arrangement arrangement);
    // Lays the whole design out left to right by its request flow (model/layout's
    // flowPositions), each region, zone and group a band of its own, as one undo step
    // "Arrange by flow".
    void arrangeByFlow();
    // Every node's rectangle where its item stands now (during a drag too), scene units.
    std::vector<QRectF> nodeRects() const;
    // How many edges the last move, addition or removal rerouted (for tests and benchmarks).
    int lastRerouted() const { return m_lastRerouted; }
    // Where and how finely the views show the scene: the finest level of detail (device pixels
    // per scene unit) any view shows it at, and the scene rectangles in the views. Nodes and
    // edges repaint what a new result changed only where it shows at that zoom; outside every
    // view (detailAt 0) they only keep the figures, drawn when they come into view.
    struct Shown
    {
        double detail = 0.0;
        std::vector<QRectF> areas;
        double detailAt(const QRectF &sceneRect) const;
    };
    Shown shown() const;

signals:
    void statusMessage(const QString &message);
    // Something the user asked for was refused, and why (also sent as a statusMessage): the
    // canvas shows it in full, where a confirmation would only be in the way.
    void refused(const QString &reason);
    // A double-click on a node's label: the view opens its inline editor.
    void renameRequested(const QString &componentId);
    // Nodes moved, came or went (after the edges were rerouted): overviews redraw.
    void layoutChanged();

protected:
    // Builds the tooltips of the nodes and edges under the pointer, then shows the topmost:
    // tooltips are made on hover, not with every result.
    void helpEvent(QGraphicsSceneHelpEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void onDocumentChanged(const DocumentChange &change);
    void sync();
    void syncEdges();
    void syncFrames();
    void adjustFrames();  // frames follow their members (during drags too)
    void applyResults();
    bool resultsAligned() const;
    // One node's colours, badge and configuration, repainted as `shown` shows it.
    void applyResultTo(size_t index, bool aligned, const Shown &shown);
    // Reroutes the edges that have no route yet, whose ends moved, or that pass near a node
    // that moved, came or went (EdgeRouter); the rest keep theirs.
    void adjustEdges();
    NodeItem *nodeAt(const QPointF &scenePos) const;
    // The nodes' rectangles (without the components in `except`), for free placement.
    std::vector<QRectF> occupiedRects(const std::set<std::string> &except = {}) const;
    void commitDraggedMoves();

    ProjectDocument *m_document;
    DesignResultsPtr m_results;
    std::unordered_map<std::string, NodeItem *> m_nodes;
    std::vector<EdgeItem *> m_edges;
    std::vector<RegionFrameItem *> m_frames;
    std::vector<std::vector<std::string>> m_frameMembers;  // component ids, parallel to m_frames
    std::unique_ptr<ConnectDrag> m_connectDrag;
    std::unordered_map<std::string, QRectF> m_routedRects;
    int m_lastRerouted = 0;  // each node's rectangle when edges were last routed
};

} // namespace headroom::designer

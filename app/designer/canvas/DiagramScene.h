// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "DesignResults.h"
#include "document/ProjectDocument.h"

#include <QGraphicsScene>
#include <QHash>

#include <string>
#include <unordered_map>
#include <vector>

class QGraphicsLineItem;
class QMimeData;

namespace headroom::designer {

class EdgeItem;
class RegionFrameItem;
class NodeItem;

// The canvas. It mirrors the document (one NodeItem per component, one EdgeItem per
// connection) and the latest results (colours, badge, rates), and turns gestures — moving,
// connecting, deleting, pasting, dropping — into document edits. It never writes the project.
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT

public:
    static inline const QString kComponentMime = QStringLiteral("application/x-headroom-component-type");
    static inline const QString kClipboardMime = QStringLiteral("application/x-headroom-items");

    explicit DiagramScene(ProjectDocument *document, QObject *parent = nullptr);

    void setResults(DesignResultsPtr results);

    NodeItem *node(const std::string &id) const;
    std::vector<EdgeItem *> edges() const { return m_edges; }
    std::vector<std::string> selectedComponentIds() const;
    std::vector<int> selectedConnectionIndices() const;

    // Adds a component of `type` centred at `scenePos` (a drop from the palette).
    void addComponentAt(const std::string &type, const QPointF &scenePos);
    // Connects two components, or explains in `statusMessage` why the model cannot use it.
    bool connectComponents(const std::string &from, const std::string &to);
    void deleteSelection();
    QMimeData *copySelection() const;
    void paste(const QMimeData *data);

signals:
    void statusMessage(const QString &message);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void onDocumentChanged(const DocumentChange &change);
    void sync();
    void syncEdges();
    void syncFrames();
    void adjustFrames();  // frames follow their members (during drags too)
    void applyResults();
    bool resultsAligned() const;
    void applyResultTo(size_t index, bool aligned);  // one node's colours, badge and configuration
    void adjustEdges();
    NodeItem *nodeAt(const QPointF &scenePos) const;

    ProjectDocument *m_document;
    DesignResultsPtr m_results;
    std::unordered_map<std::string, NodeItem *> m_nodes;
    std::vector<EdgeItem *> m_edges;
    std::vector<RegionFrameItem *> m_frames;
    std::vector<std::vector<std::string>> m_frameMembers;  // component ids, parallel to m_frames
    NodeItem *m_connectFrom = nullptr;
    QGraphicsLineItem *m_connectLine = nullptr;
    int m_pasteCount = 0;
};

} // namespace headroom::designer

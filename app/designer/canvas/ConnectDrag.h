// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/design/Project.h"

#include <QPointF>

class QGraphicsLineItem;
class QGraphicsScene;

namespace headroom::designer {

class NodeItem;

// A connection being dragged from a node's handle: a dashed line from the handle to the
// cursor, and the node under the cursor outlined green when the model would accept the
// connection and red when connectionProblem() refuses it. It changes nothing itself.
class ConnectDrag
{
public:
    ConnectDrag(QGraphicsScene *scene, const Project &project, NodeItem *from, const QPointF &scenePos);
    ~ConnectDrag();
    ConnectDrag(const ConnectDrag &) = delete;
    ConnectDrag &operator=(const ConnectDrag &) = delete;

    NodeItem *from() const { return m_from; }
    // Follows the cursor; `target` is the node under it, if any.
    void moveTo(const QPointF &scenePos, NodeItem *target);

private:
    void setTarget(NodeItem *target);

    const Project &m_project;
    NodeItem *m_from;
    NodeItem *m_target = nullptr;
    QGraphicsLineItem *m_line;
};

} // namespace headroom::designer

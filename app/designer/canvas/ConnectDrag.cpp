// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ConnectDrag.h"

#include "ConnectionRules.h"
#include "NodeItem.h"

#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QPen>

namespace headroom::designer {

ConnectDrag::ConnectDrag(QGraphicsScene *scene, const Project &project, NodeItem *from, const QPointF &scenePos)
    : m_project(project), m_from(from),
      m_line(scene->addLine(QLineF(from->outPort(), scenePos), QPen(QColor(0x25, 0x63, 0xeb), 1.8, Qt::DashLine)))
{
    m_line->setZValue(3.0);
}

ConnectDrag::~ConnectDrag()
{
    setTarget(nullptr);
    delete m_line;
}

void ConnectDrag::moveTo(const QPointF &scenePos, NodeItem *target)
{
    m_line->setLine(QLineF(m_from->outPort(), scenePos));
    setTarget(target);
}

void ConnectDrag::setTarget(NodeItem *target)
{
    if (target == m_target)
        return;
    if (m_target)
        m_target->setHighlight(NodeItem::Highlight::None);
    m_target = target;
    if (!m_target)
        return;
    const bool refused = connectionProblem(m_project, m_from->id(), m_target->id()).has_value();
    m_target->setHighlight(refused ? NodeItem::Highlight::Refuses : NodeItem::Highlight::Accepts);
}

} // namespace headroom::designer

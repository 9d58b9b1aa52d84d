// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "RegionFrameItem.h"

#include <QPainter>

namespace headroom::designer {

RegionFrameItem::RegionFrameItem(Kind kind, QString title, bool standby)
    : m_kind(kind), m_title(std::move(title)), m_standby(standby)
{
    setZValue(kind == Kind::Region ? -2.0 : -1.0);
    setAcceptedMouseButtons(Qt::NoButton);  // frames follow components; they are not picked
}

void RegionFrameItem::setFrame(const QRectF &rect)
{
    if (rect == m_rect)
        return;
    prepareGeometryChange();
    m_rect = rect;
}

QRectF RegionFrameItem::boundingRect() const
{
    return m_rect.adjusted(-2, -2, 2, 2);
}

void RegionFrameItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_rect.isEmpty())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const bool region = m_kind == Kind::Region;
    const QColor edge = region ? (m_standby ? QColor(0x9c, 0xa3, 0xaf) : QColor(0x25, 0x63, 0xeb)) : QColor(0x60, 0xa5, 0xfa);
    QPen pen(edge, region ? 1.6 : 1.0, region ? Qt::SolidLine : Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(region ? QColor(0xef, 0xf6, 0xff, m_standby ? 60 : 110) : QColor(0xff, 0xff, 0xff, 0));
    painter->drawRoundedRect(m_rect, region ? 14 : 10, region ? 14 : 10);
    QFont font = painter->font();
    font.setPointSizeF(region ? 9.0 : 7.5);
    font.setBold(region);
    painter->setFont(font);
    painter->setPen(edge.darker(region ? 130 : 110));
    painter->drawText(m_rect.adjusted(12, 4, -12, 0), Qt::AlignLeft | Qt::AlignTop, m_title);
}

} // namespace headroom::designer

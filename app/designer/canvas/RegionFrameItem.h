// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QString>

namespace headroom::designer {

// A region, or an availability zone inside one, drawn as a labelled frame behind the
// components placed in it. The scene sizes it to its members every time they move.
class RegionFrameItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    enum class Kind { Region, Zone };

    RegionFrameItem(Kind kind, QString title, bool standby);

    int type() const override { return Type; }
    Kind kind() const { return m_kind; }
    QString title() const { return m_title; }
    void setFrame(const QRectF &rect);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Kind m_kind;
    QString m_title;
    bool m_standby;
    QRectF m_rect;
};

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "CanvasToast.h"

#include <QAbstractScrollArea>
#include <QTimer>

#include <algorithm>

namespace headroom::designer {

CanvasToast::CanvasToast(QWidget *canvas) : QLabel(canvas), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("canvasToast"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setMargin(10);
    setStyleSheet(QStringLiteral("QLabel { background: rgba(17, 24, 39, 225); color: white; border-radius: 6px; }"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(kShownMs);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void CanvasToast::showMessage(const QString &message)
{
    setText(message);
    show();
    raise();
    reposition();
    m_timer->start();
}

void CanvasToast::reposition()
{
    QWidget *canvas = parentWidget();
    auto *area = qobject_cast<QAbstractScrollArea *>(canvas);
    const QRect inside = area ? area->viewport()->geometry() : canvas->rect();
    const int widest = std::max(80, inside.width() * 6 / 10);
    // As wide as the text on one line, up to the limit; taller instead of cut off beyond it.
    const int oneLine = fontMetrics().horizontalAdvance(text()) + 2 * margin() + 2;
    const int width = std::min(widest, oneLine);
    const int height = heightForWidth(width);
    setGeometry(inside.left() + (inside.width() - width) / 2, inside.bottom() - height - 16, width, height);
}

void CanvasToast::mousePressEvent(QMouseEvent *)
{
    m_timer->stop();
    hide();
}

} // namespace headroom::designer

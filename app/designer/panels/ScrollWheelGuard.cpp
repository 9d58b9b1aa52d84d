// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ScrollWheelGuard.h"

#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QEvent>
#include <QScrollBar>
#include <QWidget>

namespace headroom::designer {

void ScrollWheelGuard::install(QWidget *editor)
{
    editor->setFocusPolicy(Qt::StrongFocus);
    editor->installEventFilter(new ScrollWheelGuard(editor));
}

bool ScrollWheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(watched);
    if (!editor || event->type() != QEvent::Wheel || editor->hasFocus())
        return QObject::eventFilter(watched, event);
    for (QWidget *above = editor->parentWidget(); above; above = above->parentWidget())
        if (auto *area = qobject_cast<QAbstractScrollArea *>(above)) {
            QCoreApplication::sendEvent(area->verticalScrollBar(), event);
            return true;
        }
    event->ignore();
    return true;
}

} // namespace headroom::designer

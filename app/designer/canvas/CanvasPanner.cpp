// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "CanvasPanner.h"

#include <QGraphicsView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>

namespace headroom::designer {

CanvasPanner::CanvasPanner(QGraphicsView *view) : QObject(view), m_view(view), m_viewport(view->viewport())
{
    view->installEventFilter(this);
    m_viewport->installEventFilter(this);
}

bool CanvasPanner::eventFilter(QObject *watched, QEvent *event)
{
    // Compared as pointers only: events also arrive while the view is being destroyed, when
    // it is no longer a QGraphicsView and its members must not be called.
    if (watched == m_view)
        return keyEvent(event);
    if (watched == m_viewport)
        return mouseEvent(event);
    return false;
}

bool CanvasPanner::keyEvent(QEvent *event)
{
    if (event->type() == QEvent::FocusOut && m_spaceHeld) {  // its release goes elsewhere
        m_spaceHeld = false;
        updateCursor();
        return false;
    }
    const bool press = event->type() == QEvent::KeyPress;
    if (!press && event->type() != QEvent::KeyRelease)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Space || key->modifiers() != Qt::NoModifier)
        return false;
    if (!key->isAutoRepeat()) {
        m_spaceHeld = press;
        updateCursor();
    }
    return true;
}

bool CanvasPanner::mouseEvent(QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseButtonDblClick && type != QEvent::MouseMove
        && type != QEvent::MouseButtonRelease)
        return false;
    auto *mouse = static_cast<QMouseEvent *>(event);
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
        if (m_panning || !(mouse->button() == Qt::MiddleButton || (mouse->button() == Qt::LeftButton && m_spaceHeld)))
            return m_panning;
        m_panning = true;
        m_button = mouse->button();
        m_last = mouse->position().toPoint();
        updateCursor();
        return true;
    case QEvent::MouseMove: {
        if (!m_panning)
            return false;
        const QPoint delta = mouse->position().toPoint() - m_last;
        m_last = mouse->position().toPoint();
        m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->value() - delta.x());
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value() - delta.y());
        return true;
    }
    case QEvent::MouseButtonRelease:
        if (!m_panning || mouse->button() != m_button)
            return m_panning;
        m_panning = false;
        updateCursor();
        return true;
    default:
        return false;
    }
}

void CanvasPanner::updateCursor()
{
    if (!m_viewport)
        return;
    if (m_panning)
        m_viewport->setCursor(Qt::ClosedHandCursor);
    else if (m_spaceHeld)
        m_viewport->setCursor(Qt::OpenHandCursor);
    else
        m_viewport->unsetCursor();
}

} // namespace headroom::designer

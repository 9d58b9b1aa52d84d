// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QWidget>

class QGraphicsView;

namespace headroom::designer {

// Pans a view by dragging: the middle button, or the left button while Space is held (the
// cursor an open hand while Space is down, a closed hand while panning). The events it uses
// never reach the scene, so a pan never moves or selects a node.
class CanvasPanner : public QObject
{
    Q_OBJECT

public:
    explicit CanvasPanner(QGraphicsView *view);

    bool isPanning() const { return m_panning; }
    bool isSpaceHeld() const { return m_spaceHeld; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool keyEvent(QEvent *event);
    bool mouseEvent(QEvent *event);
    void updateCursor();

    QGraphicsView *m_view;
    QPointer<QWidget> m_viewport;  // null once the view has deleted it
    bool m_spaceHeld = false;
    bool m_panning = false;
    Qt::MouseButton m_button = Qt::NoButton;
    QPoint m_last;
};

} // namespace headroom::designer

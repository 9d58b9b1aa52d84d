// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>
#include <QPointer>

class QDockWidget;
class QMainWindow;

namespace headroom::designer {

// Brings a dock back, after its close button or its View menu entry hid it, at the size it had
// (its width in a side area, its height in the top or bottom one) and in front of the docks
// it shares a tab group with: a dock reopened to read it should not come back narrower, or
// hidden behind another tab. Parented to the dock.
class DockWidthKeeper : public QObject
{
    Q_OBJECT

public:
    DockWidthKeeper(QMainWindow *window, QDockWidget *dock);
    // Stops watching: the window's destructor calls it, while the window is still a
    // QMainWindow (its docks are hidden later, as QWidget tears them down).
    void detach();

private:
    void restore();

    QPointer<QMainWindow> m_window;
    QDockWidget *m_dock;
    int m_extent = 0;  // the width or height when it was closed; 0 before it ever was
};

} // namespace headroom::designer

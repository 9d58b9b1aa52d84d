// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "DockWidthKeeper.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QTimer>

namespace headroom::designer {

namespace {

Qt::Orientation extentOrientation(const QMainWindow &window, QDockWidget *dock)
{
    const Qt::DockWidgetArea area = window.dockWidgetArea(dock);
    return area == Qt::TopDockWidgetArea || area == Qt::BottomDockWidgetArea ? Qt::Vertical : Qt::Horizontal;
}

} // namespace

DockWidthKeeper::DockWidthKeeper(QMainWindow *window, QDockWidget *dock) : QObject(dock), m_window(window), m_dock(dock)
{
    // The action toggles before the dock hides or shows: the size is still the one shown.
    connect(dock->toggleViewAction(), &QAction::toggled, this, [this](bool shown) {
        if (!m_window || !m_window->isVisible())
            return;  // the window closing or being destroyed hides its docks too
        if (!shown) {
            m_extent = extentOrientation(*m_window, m_dock) == Qt::Vertical ? m_dock->height() : m_dock->width();
            return;
        }
        QTimer::singleShot(0, this, &DockWidthKeeper::restore);  // once the dock is back in its area
    });
}

void DockWidthKeeper::detach()
{
    disconnect(m_dock->toggleViewAction(), nullptr, this, nullptr);
    m_window = nullptr;
}

void DockWidthKeeper::restore()
{
    if (!m_window || !m_dock->isVisible())
        return;
    m_dock->raise();
    if (m_extent > 0 && !m_dock->isFloating())
        m_window->resizeDocks({m_dock}, {m_extent}, extentOrientation(*m_window, m_dock));
}

} // namespace headroom::designer

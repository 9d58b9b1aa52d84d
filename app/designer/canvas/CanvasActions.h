// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Arrange.h"

#include <QObject>

#include <functional>
#include <optional>
#include <vector>

class QAction;
class QMenu;
class QWidget;

namespace headroom::designer {

class DiagramScene;
class DiagramView;

// The canvas's Edit and View actions (cut, copy, paste, duplicate, delete, select all,
// rename, arrange, arrange by flow; zoom in/out, 100 %, fit) and its context menus. It reaches the current
// scene and view through `view()` — MainWindow replaces them when a file opens — and
// changes the project only through the scene's edits.
class CanvasActions : public QObject
{
    Q_OBJECT

public:
    // `window` holds the window-wide shortcuts; `view` returns the current canvas.
    CanvasActions(QWidget *window, std::function<DiagramView *()> view);

    void addEditActions(QMenu *edit);
    void addViewActions(QMenu *view);
    // Shows the context menus of `view`'s canvas (call once per view).
    void attach(DiagramView *view);
    // The menu for a right-click at `viewportPos` of the current view: a node's, an edge's
    // or the empty canvas's. The caller owns it.
    QMenu *contextMenu(const QPoint &viewportPos);

    QAction *cut() const { return m_cut; }
    QAction *copy() const { return m_copy; }
    QAction *paste() const { return m_paste; }
    QAction *duplicate() const { return m_duplicate; }
    QAction *remove() const { return m_delete; }
    QAction *rename() const { return m_rename; }
    QAction *actualSize() const { return m_actualSize; }
    QAction *fit() const { return m_fit; }
    QAction *arrangeByFlow() const { return m_arrangeByFlow; }

private:
    QAction *make(const QString &text, const char *objectName, std::function<void()> slot);
    void createEditActions();
    void createViewActions();
    void createArrangeActions();
    QMenu *arrangeMenu(QWidget *parent);
    QMenu *edgeMenu(int connectionIndex);
    QMenu *emptyCanvasMenu(const QPointF &scenePos);
    void pasteAt(std::optional<QPointF> scenePos);
    DiagramScene *scene() const;

    QWidget *m_window;
    std::function<DiagramView *()> m_view;
    QAction *m_cut, *m_copy, *m_paste, *m_duplicate, *m_delete, *m_selectAll, *m_rename;
    QAction *m_zoomIn, *m_zoomOut, *m_actualSize, *m_fit;
    std::vector<QAction *> m_arrange;
    QAction *m_arrangeByFlow;
};

} // namespace headroom::designer

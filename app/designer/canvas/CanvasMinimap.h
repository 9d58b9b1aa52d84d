// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QPixmap>
#include <QRectF>
#include <QWidget>

namespace headroom::designer {

class DiagramView;

// An overview in the canvas's top-right corner while the design does not fit in the view:
// the nodes as rectangles, the part of the design in view as an outlined rectangle; a click
// or a drag in it centres the view there. The nodes are drawn once into a pixmap each time
// they move (invalidate); a pan or zoom only redraws the outline over it (viewportMoved).
class CanvasMinimap : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxWidth = 220; // pixels; and at most a quarter of the canvas
    static constexpr int kMaxHeight = 150;

    explicit CanvasMinimap(DiagramView *view);

    void invalidate(); // the nodes moved, came or went
    void viewportMoved(); // the view scrolled, zoomed or was resized: shows or hides itself
    // The design's extent (its nodes with a margin), scene units; empty without nodes.
    QRectF designBounds() const { return m_bounds; }
    // Where a point of the minimap is in the scene.
    QPointF toScene(const QPointF &minimapPos) const;
    QPointF fromScene(const QPointF &scenePos) const;
    // How often the nodes were drawn into the cache (for tests: panning must not redraw them).
    int cacheBuilds() const { return m_builds; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void rebuild();
    QRectF mapArea() const; // where the design is drawn inside the widget

    DiagramView *m_view;
    QRectF m_bounds;
    QPixmap m_cache;
    bool m_stale = true;
    int m_builds = 0;
};

} // namespace headroom::designer

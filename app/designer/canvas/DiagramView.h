// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QGraphicsView>

namespace headroom::designer {

class DiagramScene;

// The canvas's viewport: rubber-band selection, Ctrl+wheel zoom, fit to view, a dot grid,
// and drops from the palette.
class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(DiagramScene *scene, QWidget *parent = nullptr);

    void fitAll();
    void zoomBy(double factor);
    double zoom() const { return transform().m11(); }

protected:
    void wheelEvent(QWheelEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    DiagramScene *m_scene;
};

} // namespace headroom::designer

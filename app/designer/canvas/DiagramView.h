// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QGraphicsView>
#include <QPointer>

#include <optional>
#include <string>

class QToolButton;

namespace headroom::designer {

class CanvasMinimap;
class CanvasPanner;
class CanvasToast;
class DiagramScene;
class InlineRename;

// The canvas's viewport: rubber-band selection, zoom (Ctrl+wheel at the cursor, a zoom
// indicator that resets to 100 %), panning (CanvasPanner), arrow-key nudges of the selection,
// a dot grid, drops from the palette, the scene's messages in full (CanvasToast), a hint on
// an empty design, in-place renaming (InlineRename), an overview while the design overflows
// the view (CanvasMinimap) and a request for a context menu.
class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(DiagramScene *scene, QWidget *parent = nullptr);

    DiagramScene *diagramScene() const { return m_scene; }
    // Shows the whole design, at most at 100 % and never below legibleZoom(); a design too
    // large for that is shown from its start (its entry, at the left of the flow) and the
    // minimap shows where the rest is.
    void fitAll();
    // The smallest zoom at which node titles are kTitlePixels high or more on this screen.
    double legibleZoom() const;
    static constexpr double kTitlePixels = 9.0;
    // Zooms by `factor` keeping the scene point under `viewportAnchor` where it is.
    void zoomAt(double factor, const QPoint &viewportAnchor);
    // Zooms by `factor` about the cursor when it is over the canvas, else about the centre.
    void zoomBy(double factor);
    void setZoom(double zoom);  // about the centre; 1.0 is 100 %
    double zoom() const { return transform().m11(); }
    // The cursor's scene position when it is over the canvas.
    std::optional<QPointF> cursorScenePos() const;

    // Opens the inline editor over the component's label.
    void startRename(const std::string &componentId);
    InlineRename *renameEditor() const;

    // Shown over a design that holds only its Users entry (a new project).
    static QString firstRunHint();
    bool showsFirstRunHint() const;
    CanvasToast *toast() const { return m_toast; }
    QToolButton *zoomIndicator() const { return m_zoomIndicator; }
    CanvasPanner *panner() const { return m_panner; }
    CanvasMinimap *minimap() const { return m_minimap; }

signals:
    void zoomChanged(double zoom);
    // A right-click (or the menu key) at `viewportPos`; a node under it is selected first.
    void contextMenuRequested(const QPoint &viewportPos, const QPoint &globalPos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void placeOverlays();
    void selectForMenu(const QPoint &viewportPos);
    void showStart(const QRectF &bounds);

    DiagramScene *m_scene;
    CanvasToast *m_toast;
    CanvasPanner *m_panner;
    CanvasMinimap *m_minimap;
    QToolButton *m_zoomIndicator;
    QPointer<InlineRename> m_rename;
    bool m_hintShown = false;
};

} // namespace headroom::designer

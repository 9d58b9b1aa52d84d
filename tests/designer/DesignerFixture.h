// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// A MainWindow on resources/examples/three-tier.json, shown off screen with a fixed view
// transform so that scene points map to viewport pixels, and the checks every designer test
// shares: the canvas mirrors the document, and the window's undo/redo actions restore it.

#include "app/designer/ComponentText.h"
#include "app/designer/EvaluationController.h"
#include "app/designer/MainWindow.h"
#include "app/designer/canvas/DiagramScene.h"
#include "app/designer/canvas/DiagramView.h"
#include "app/designer/canvas/EdgeItem.h"
#include "app/designer/canvas/NodeItem.h"
#include "app/designer/panels/UserSliderBar.h"
#include "common/Compare.h"

#include "model/catalog/Catalog.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

#include <initializer_list>
#include <memory>

// Runs a helper that may fail a QVERIFY, and stops the calling test if it did.
#define CHECK(call)                              \
    do {                                         \
        call;                                    \
        if (QTest::currentTestFailed())          \
            return;                              \
    } while (false)

namespace headroom::test {

inline QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

// The offscreen platform warns on every dock shown; nothing a test can act on.
inline QtMessageHandler previousMessageHandler = nullptr;
inline void quietMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!message.contains(QStringLiteral("does not support propagateSizeHints")))
        previousMessageHandler(type, context, message);
}

class DesignerFixture : public QObject
{
protected:
    using MainWindow = designer::MainWindow;
    using ProjectDocument = designer::ProjectDocument;

    static inline const QString kThreeTier = QStringLiteral(":/examples/three-tier.json");

    // Settings (window geometry, recent files) go to a test location, never the user's.
    void initFixture()
    {
        previousMessageHandler = qInstallMessageHandler(quietMessageHandler);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HeadroomTests"));
        // Each test executable its own settings and recovery folder: ctest runs several at
        // once, and one's window geometry or recovery copy must never reach another.
        QCoreApplication::setApplicationName(QFileInfo(QCoreApplication::applicationFilePath()).baseName());
    }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1800, 1100);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QString error;
        auto document = ProjectDocument::open(kThreeTier, &error);
        QVERIFY2(document, qPrintable(error));
        CHECK(loadProject(std::move(document)));
    }

    // No dialog on the way out: the window is destroyed, never closed, with a clean stack.
    void closeWindow()
    {
        if (m_window)
            m_window->document()->undoStack()->setClean();
        m_window.reset();
    }

    // Loads `document` into the window, lets the queued fit run, then fixes the view at 40 %
    // around the three-tier design so that every node is inside the viewport.
    void loadProject(std::unique_ptr<ProjectDocument> document)
    {
        m_window->setDocument(std::move(document));
        QCoreApplication::processEvents();
        designer::DiagramView *view = m_window->view();
        QVERIFY(view->isVisible());
        QVERIFY(m_window->sliderBar()->isVisible());
        view->resetTransform();
        view->scale(0.4, 0.4);
        view->centerOn(850.0, 250.0);
        const QRect visible = view->mapFromScene(QRectF(-40.0, -40.0, 1800.0, 600.0)).boundingRect();
        QVERIFY2(view->viewport()->rect().contains(visible),
                 qPrintable(QStringLiteral("viewport %1×%2 too small").arg(view->viewport()->width()).arg(view->viewport()->height())));
        QVERIFY(!results().compileError);
    }

    // Takes over a window a test made itself (closeWindow destroys it).
    void setWindow(std::unique_ptr<MainWindow> window) { m_window = std::move(window); }
    MainWindow &window() const { return *m_window; }
    ProjectDocument &document() const { return *m_window->document(); }
    // The results of the document as it is now, curves included (the controller recompiles at
    // the next event-loop turn and sweeps on a worker thread: this waits for both); valid
    // until the next edit.
    const designer::DesignResults &results() const
    {
        m_window->controller()->settle();
        return *m_window->controller()->results();
    }
    int undoCount() const { return m_window->document()->undoStack()->count(); }
    designer::NodeItem *node(const std::string &id) const { return m_window->scene()->node(id); }
    QPoint toView(QPointF scenePos) const { return m_window->view()->mapFromScene(scenePos); }

    QAction *action(const char *objectName) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(objectName));
    }

    void selectOnly(std::initializer_list<const char *> ids)
    {
        m_window->scene()->clearSelection();
        for (const char *id : ids) {
            QVERIFY2(node(id), id);
            node(id)->setSelected(true);
        }
    }

    // One node per component at its position showing its configuration and utilization, one
    // edge per connection between the right nodes, drawn from the border of one to the other's.
    void checkCanvasMirrors()
    {
        const Project &project = document().project();
        int nodes = 0;
        const QList<QGraphicsItem *> items = m_window->scene()->items();
        for (QGraphicsItem *item : items)
            nodes += item->type() == designer::NodeItem::Type ? 1 : 0;
        QCOMPARE(nodes, static_cast<int>(project.components.size()));
        for (const Component &component : project.components) {
            designer::NodeItem *item = node(component.id);
            QVERIFY2(item, component.id.c_str());
            QCOMPARE(item->pos(), QPointF(component.position.x, component.position.y));
            const ComponentResult *result = results().component(component.id);
            QCOMPARE(item->configurationText(),
                     designer::keyConfiguration(component, *Catalog::builtIn().find(component.type), result));
            QCOMPARE(item->utilization(), result ? result->utilization : 0.0);
        }
        const std::vector<designer::EdgeItem *> edges = m_window->scene()->edges();
        QCOMPARE(edges.size(), project.connections.size());
        for (const designer::EdgeItem *edge : edges) {
            const Connection &connection = project.connections.at(static_cast<size_t>(edge->connectionIndex()));
            QCOMPARE(qs(edge->from()->id()), qs(connection.from));
            QCOMPARE(qs(edge->to()->id()), qs(connection.to));
            QVERIFY(edge->points().size() >= 2);
            const QRectF fromRect(edge->from()->pos(), QSizeF(designer::NodeItem::kWidth, designer::NodeItem::kHeight));
            const QRectF toRect(edge->to()->pos(), QSizeF(designer::NodeItem::kWidth, designer::NodeItem::kHeight));
            QVERIFY(onBorder(edge->points().front(), fromRect));
            QVERIFY(onBorder(edge->points().back(), toRect));
        }
    }

    static bool onBorder(QPointF point, const QRectF &rect)
    {
        const bool inside = rect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(point);
        const bool strictlyInside = rect.adjusted(0.5, 0.5, -0.5, -0.5).contains(point);
        return inside && !strictlyInside;
    }

    // Undoes the last step and redoes it through the window's actions: the document is
    // exactly `before`, then exactly `after`, and the canvas mirrors each.
    void checkUndoRedo(const Project &before, const Project &after)
    {
        QAction *undo = action("undoAction");
        QAction *redo = action("redoAction");
        QVERIFY(undo && redo);
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QVERIFY(document().project() == before);
        CHECK(checkCanvasMirrors());
        QVERIFY(redo->isEnabled());
        redo->trigger();
        QVERIFY(document().project() == after);
        CHECK(checkCanvasMirrors());
    }

private:
    std::unique_ptr<MainWindow> m_window;
};

} // namespace headroom::test

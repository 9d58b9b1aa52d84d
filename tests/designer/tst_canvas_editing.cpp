// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Editing on the canvas (issue 15): where new and pasted nodes land, cut and duplicate,
// panning, nudging, zooming, selecting, renaming in place, arranging, the context menus, the
// feedback while connecting, the messages shown over the canvas and the first-run hint. The
// pure geometry (FreePlacement, Arrange) is tested directly; the rest through the real
// window's view, with mouse and key events on its viewport.

#include "DesignerFixture.h"

#include "app/designer/canvas/Arrange.h"
#include "app/designer/canvas/CanvasActions.h"
#include "app/designer/canvas/CanvasPanner.h"
#include "app/designer/canvas/CanvasToast.h"
#include "app/designer/canvas/ConnectionRules.h"
#include "app/designer/canvas/FreePlacement.h"
#include "app/designer/canvas/InlineRename.h"
#include "app/designer/panels/PalettePanel.h"
#include "app/designer/panels/UserSliderBar.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QCursor>
#include <QDropEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QWheelEvent>

using namespace headroom;
using namespace headroom::designer;
using headroom::test::DesignerFixture;
using headroom::test::qs;

class TestCanvasEditing : public DesignerFixture
{
    Q_OBJECT

private:
    DiagramView *view() const { return window().view(); }
    QWidget *viewport() const { return window().view()->viewport(); }
    CanvasActions *actions() const { return window().canvasActions(); }
    void checkNoOverlap();
    QStringList contextMenuTexts(QPointF scenePos, QString triggerText = {});

private slots:
    void initTestCase() { initFixture(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void freePlacementFindsNearestFreeCell_data();
    void freePlacementFindsNearestFreeCell();
    void freePlacementMovesGroupsTogether();
    void arrangeLinesUpAndSpaces_data();
    void arrangeLinesUpAndSpaces();
    void dropOntoANodeLandsOnFreeSpace();
    void paletteDoubleClickNeverStacks();
    void pasteGoesUnderTheCursorOntoFreeSpace();
    void cutIsOneUndoStep();
    void duplicateKeepsLayoutBesideOriginals();
    void spaceDragPansWithoutMovingNodes();
    void middleDragPansInsteadOfRubberBand();
    void arrowsNudgeTheSelection();
    void textFieldsKeepTheirArrows();
    void ctrlWheelZoomsAtTheCursor();
    void keyboardZoomAtTheCursor();
    void keyboardZoomAndIndicator();
    void shiftAndCtrlClickExtendTheSelection();
    void f2RenamesInPlace();
    void f2InATextFieldDoesNotRename();
    void doubleClickOnTitleRenamesAndEscapeCancels();
    void arrangeFromTheEditMenu();
    void contextMenusOfferTheRightActions();
    void connectDragHighlightsTheTarget();
    void refusalsAreShownInFull();
    void textIsDrawnOnlyWhenLegible_data();
    void textIsDrawnOnlyWhenLegible();
    void firstRunHintOnlyOnANewProject();
};

// No two nodes of the design overlap.
void TestCanvasEditing::checkNoOverlap()
{
    const auto &components = document().project().components;
    for (size_t i = 0; i < components.size(); ++i)
        for (size_t j = i + 1; j < components.size(); ++j)
            QVERIFY2(!DiagramScene::nodeRect(components[i].position).intersects(DiagramScene::nodeRect(components[j].position)),
                     qPrintable(qs(components[i].id + " over " + components[j].id)));
}

// Right-clicks at `scenePos` through a real context-menu event, reads the popup's action
// texts (without '&'), triggers the one named `triggerText` if any, and closes it.
QStringList TestCanvasEditing::contextMenuTexts(QPointF scenePos, QString triggerText)
{
    QStringList texts;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QAction *chosen = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            const QString text = action->text().remove(u'&');
            texts << text;
            if (text == triggerText)
                chosen = action;
        }
        menu->close();
        if (chosen)
            chosen->trigger();
    });
    const QPoint at = toView(scenePos);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(viewport(), &event);
    return texts;
}

void TestCanvasEditing::freePlacementFindsNearestFreeCell_data()
{
    QTest::addColumn<QPointF>("wanted");
    QTest::addColumn<QPointF>("expected");
    // One 200 × 80 node at the origin; a 200 × 80 newcomer keeps a 20-unit gap from it.
    QTest::newRow("free space: the wanted cell, snapped") << QPointF(507.0, 311.0) << QPointF(500.0, 320.0);
    QTest::newRow("on the node: just below it (gap 20)") << QPointF(0.0, 40.0) << QPointF(0.0, 100.0);
    QTest::newRow("on its right half: just right of it") << QPointF(140.0, 0.0) << QPointF(220.0, 0.0);
    QTest::newRow("touching the gap: pushed out") << QPointF(0.0, 90.0) << QPointF(0.0, 100.0);
}

void TestCanvasEditing::freePlacementFindsNearestFreeCell()
{
    QFETCH(QPointF, wanted);
    QFETCH(QPointF, expected);
    const std::vector<QRectF> occupied{QRectF(0.0, 0.0, 200.0, 80.0)};
    QCOMPARE(nearestFreeTopLeft(occupied, QSizeF(200.0, 80.0), wanted, 20.0, 20.0), expected);
}

void TestCanvasEditing::freePlacementMovesGroupsTogether()
{
    // Two nodes side by side, the group wanted on top of them: it goes just below, whole.
    const std::vector<QRectF> occupied{QRectF(0.0, 0.0, 200.0, 80.0), QRectF(260.0, 0.0, 200.0, 80.0)};
    const QPointF offset = nearestFreeOffset(occupied, occupied, QPointF(0.0, 0.0), 20.0, 20.0);
    QCOMPARE(offset, QPointF(0.0, 100.0));
    // A column of occupied cells forces the search past its first ring.
    std::vector<QRectF> wall;
    for (int i = -5; i <= 5; ++i)
        wall.emplace_back(0.0, i * 100.0, 200.0, 80.0);
    const QPointF placed = nearestFreeTopLeft(wall, QSizeF(200.0, 80.0), QPointF(0.0, 0.0), 20.0, 20.0);
    for (const QRectF &taken : wall)
        QVERIFY(!QRectF(placed, QSizeF(200.0, 80.0)).adjusted(-20, -20, 20, 20).intersects(taken));
    QCOMPARE(std::abs(placed.x()), 220.0);  // beside the wall, not beyond its end
}

void TestCanvasEditing::arrangeLinesUpAndSpaces_data()
{
    QTest::addColumn<int>("arrangement");
    QTest::addColumn<QList<QPointF>>("expected");
    // Three rectangles: (0,0 100×50), (300,40 100×50), (140,200 200×50); bounds 0..400 × 0..250.
    using A = Arrangement;
    QTest::newRow("left") << int(A::AlignLeft) << QList<QPointF>{{0, 0}, {0, 40}, {0, 200}};
    QTest::newRow("right") << int(A::AlignRight) << QList<QPointF>{{300, 0}, {300, 40}, {200, 200}};
    QTest::newRow("top") << int(A::AlignTop) << QList<QPointF>{{0, 0}, {300, 0}, {140, 0}};
    QTest::newRow("bottom") << int(A::AlignBottom) << QList<QPointF>{{0, 200}, {300, 200}, {140, 200}};
    QTest::newRow("centres on x = 200") << int(A::AlignCentresHorizontally) << QList<QPointF>{{150, 0}, {150, 40}, {100, 200}};
    QTest::newRow("centres on y = 125") << int(A::AlignCentresVertically) << QList<QPointF>{{0, 100}, {300, 100}, {140, 100}};
    // Horizontal span 0..400 holds 400 of widths: gaps (400 − 400) / 2 = 0; in left-edge order 0, 140, 300.
    QTest::newRow("distribute x") << int(A::DistributeHorizontally) << QList<QPointF>{{0, 0}, {300, 40}, {100, 200}};
    // Vertical span 0..250 holds 150 of heights: gaps 50; in top order 0, 40, 200.
    QTest::newRow("distribute y") << int(A::DistributeVertically) << QList<QPointF>{{0, 0}, {300, 100}, {140, 200}};
}

void TestCanvasEditing::arrangeLinesUpAndSpaces()
{
    QFETCH(int, arrangement);
    QFETCH(QList<QPointF>, expected);
    const std::vector<QRectF> rects{QRectF(0, 0, 100, 50), QRectF(300, 40, 100, 50), QRectF(140, 200, 200, 50)};
    const std::vector<QPointF> placed = arrange(rects, static_cast<Arrangement>(arrangement));
    QCOMPARE(QList<QPointF>(placed.begin(), placed.end()), expected);
}

void TestCanvasEditing::dropOntoANodeLandsOnFreeSpace()
{
    auto mime = std::make_unique<QMimeData>();
    mime->setData(DiagramScene::kComponentMime, QByteArray("asg"));
    const QPoint at = toView(node("web")->sceneBoundingRect().center());
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport(), &enter);
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport(), &drop);
    QVERIFY(drop.isAccepted());
    const Component *added = document().component("asg");
    QVERIFY(added);
    CHECK(checkNoOverlap());
    // Next to where it was dropped: within two node heights of the web tier's place.
    const Position &web = document().component("web")->position;
    QVERIFY(std::hypot(added->position.x - web.x, added->position.y - web.y) <= 2 * (NodeItem::kHeight + NodeItem::kGrid));
    QCOMPARE(std::fmod(added->position.x, NodeItem::kGrid), 0.0);
    QCOMPARE(std::fmod(added->position.y, NodeItem::kGrid), 0.0);
}

void TestCanvasEditing::paletteDoubleClickNeverStacks()
{
    const size_t before = document().project().components.size();
    for (int i = 0; i < 3; ++i)
        emit window().palette()->addRequested(QStringLiteral("lambda"));
    QCOMPARE(document().project().components.size(), before + 3);
    CHECK(checkNoOverlap());
}

void TestCanvasEditing::pasteGoesUnderTheCursorOntoFreeSpace()
{
    selectOnly({"web", "cache"});
    actions()->copy()->trigger();
    QVERIFY(QApplication::clipboard()->mimeData()->hasFormat(DiagramScene::kClipboardMime));
    const QPointF target(200.0, 460.0);  // empty canvas below the entry tiers
    QCursor::setPos(viewport()->mapToGlobal(toView(target)));
    if (!view()->cursorScenePos())
        QSKIP("this platform cannot place the cursor");
    const Project before = document().project();
    actions()->paste()->trigger();
    QCOMPARE(undoCount(), 1);
    QCOMPARE(document().undoStack()->undoText(), QStringLiteral("Paste"));
    const Component *web2 = document().component("web-2");
    const Component *cache2 = document().component("cache-2");
    QVERIFY(web2 && cache2);
    // The group's top-left corner (web's x, cache's y) is the cursor, snapped to the grid.
    const QPointF cursor = *view()->cursorScenePos();
    QVERIFY(std::abs(web2->position.x - cursor.x()) <= NodeItem::kGrid);
    QVERIFY(std::abs(cache2->position.y - cursor.y()) <= NodeItem::kGrid);
    QCOMPARE(cache2->position.x - web2->position.x, 1220.0 - 960.0);
    QCOMPARE(cache2->position.y - web2->position.y, 0.0 - 140.0);
    CHECK(checkNoOverlap());
    CHECK(checkUndoRedo(before, Project(document().project())));
}

void TestCanvasEditing::cutIsOneUndoStep()
{
    const Project before = document().project();
    selectOnly({"cache"});
    view()->setFocus();
    QTest::keySequence(&window(), QKeySequence::Cut);
    QVERIFY(!document().component("cache"));
    QCOMPARE(undoCount(), 1);
    QCOMPARE(document().undoStack()->undoText(), QStringLiteral("Cut Redis cache"));
    QVERIFY(QApplication::clipboard()->mimeData()->hasFormat(DiagramScene::kClipboardMime));
    const Project after = document().project();
    CHECK(checkUndoRedo(before, after));
    // What was cut pastes back: one component, id "cache" free again.
    document().undoStack()->undo();
    selectOnly({"web", "db"});
    actions()->cut()->trigger();
    QCOMPARE(document().undoStack()->undoText(), QStringLiteral("Cut 2 components"));
    QCOMPARE(document().project().components.size(), before.components.size() - 2);
}

void TestCanvasEditing::duplicateKeepsLayoutBesideOriginals()
{
    QCursor::setPos(window().mapToGlobal(QPoint(-50, -50)));  // off the canvas: beside the originals
    QApplication::clipboard()->clear();
    selectOnly({"jobs", "workers"});
    const Project before = document().project();
    QTest::keyClick(viewport(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(undoCount(), 1);
    QCOMPARE(document().undoStack()->undoText(), QStringLiteral("Duplicate"));
    const Component *jobs2 = document().component("jobs-2");
    const Component *workers2 = document().component("workers-2");
    QVERIFY(jobs2 && workers2);
    QCOMPARE(workers2->position.x - jobs2->position.x, 260.0);
    QCOMPARE(workers2->position.y - jobs2->position.y, 0.0);
    // Beside: the nearest free place to where they are, here just below them (gap one cell).
    QCOMPARE(jobs2->position.x, 1220.0);
    QCOMPARE(jobs2->position.y, 400.0);  // 300 + 78 + a 20 gap = 398, to the grid
    QVERIFY(node("jobs-2")->isSelected() && !node("jobs")->isSelected());
    QVERIFY(!QApplication::clipboard()->mimeData() || !QApplication::clipboard()->mimeData()->hasFormat(DiagramScene::kClipboardMime));
    CHECK(checkNoOverlap());
    CHECK(checkUndoRedo(before, Project(document().project())));
}

void TestCanvasEditing::spaceDragPansWithoutMovingNodes()
{
    view()->setFocus();
    const int h = view()->horizontalScrollBar()->value();
    const int v = view()->verticalScrollBar()->value();
    QTest::keyPress(view(), Qt::Key_Space);
    QVERIFY(view()->panner()->isSpaceHeld());
    QCOMPARE(viewport()->cursor().shape(), Qt::OpenHandCursor);
    const QPoint press = toView(node("web")->mapToScene(QPointF(60.0, 50.0)));
    QTest::mousePress(viewport(), Qt::LeftButton, {}, press);
    QCOMPARE(viewport()->cursor().shape(), Qt::ClosedHandCursor);
    QTest::mouseMove(viewport(), press + QPoint(-30, -10));
    QTest::mouseMove(viewport(), press + QPoint(-60, -20));
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, press + QPoint(-60, -20));
    QTest::keyRelease(view(), Qt::Key_Space);
    QCOMPARE(view()->horizontalScrollBar()->value(), h + 60);
    QCOMPARE(view()->verticalScrollBar()->value(), v + 20);
    QCOMPARE(undoCount(), 0);  // nothing moved
    QVERIFY(!node("web")->isSelected());
    QCOMPARE(viewport()->cursor().shape(), Qt::ArrowCursor);
}

void TestCanvasEditing::middleDragPansInsteadOfRubberBand()
{
    window().scene()->clearSelection();
    const int h = view()->horizontalScrollBar()->value();
    const QPoint press = toView(QPointF(-30.0, -30.0));
    QTest::mousePress(viewport(), Qt::MiddleButton, {}, press);
    QTest::mouseMove(viewport(), press + QPoint(200, 100));
    QTest::mouseMove(viewport(), press + QPoint(400, 200));
    QTest::mouseRelease(viewport(), Qt::MiddleButton, {}, press + QPoint(400, 200));
    QCOMPARE(view()->horizontalScrollBar()->value(), h - 400);
    QVERIFY(window().scene()->selectedItems().isEmpty());  // no rubber band swept the nodes
}

void TestCanvasEditing::arrowsNudgeTheSelection()
{
    selectOnly({"web", "db"});
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Right);
    QCOMPARE(document().component("web")->position, (Position{980.0, 140.0}));
    QCOMPARE(document().component("db")->position, (Position{1500.0, 140.0}));
    QCOMPARE(undoCount(), 1);
    QCOMPARE(document().undoStack()->undoText(), QStringLiteral("Move 2 components"));
    selectOnly({"web"});
    QTest::keyClick(view(), Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(document().component("web")->position, (Position{980.0, 40.0}));
    QCOMPARE(undoCount(), 2);
    QCOMPARE(document().undoStack()->undoText(), QStringLiteral("Move component"));
    QCOMPARE(node("web")->pos(), QPointF(980.0, 40.0));
    // Nothing selected: the arrows scroll and change nothing.
    window().scene()->clearSelection();
    const Project before = document().project();
    QTest::keyClick(view(), Qt::Key_Left);
    QVERIFY(document().project() == before);
    QCOMPARE(undoCount(), 2);
}

// A node is selected but the focus is in a text field: the arrows move its caret, not the node.
void TestCanvasEditing::textFieldsKeepTheirArrows()
{
    selectOnly({"web"});
    window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window()));
    QLineEdit *field = window().sliderBar()->field();
    field->setFocus();
    field->setCursorPosition(3);
    QCOMPARE(QApplication::focusWidget(), field);
    QTest::keyClick(static_cast<QWidget *>(nullptr), Qt::Key_Left);  // to the focus widget
    QCOMPARE(field->cursorPosition(), 2);
    QCOMPARE(undoCount(), 0);
    QCOMPARE(document().component("web")->position, (Position{960.0, 140.0}));
}

void TestCanvasEditing::ctrlWheelZoomsAtTheCursor()
{
    const QPoint at = toView(node("db")->sceneBoundingRect().center());
    const QPointF under = view()->mapToScene(at);
    const double zoom = view()->zoom();
    QWheelEvent wheel(QPointF(at), QPointF(viewport()->mapToGlobal(at)), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport(), &wheel);
    QCOMPARE_REL(view()->zoom(), zoom * std::pow(1.0015, 240), 1e-9);
    const QPointF after = view()->mapToScene(at);
    QVERIFY2(std::abs(after.x() - under.x()) < 3.0 && std::abs(after.y() - under.y()) < 3.0,
             qPrintable(QStringLiteral("%1,%2 moved to %3,%4").arg(under.x()).arg(under.y()).arg(after.x()).arg(after.y())));
}

void TestCanvasEditing::keyboardZoomAndIndicator()
{
    view()->setFocus();
    QCursor::setPos(window().mapToGlobal(QPoint(-50, -50)));  // off the canvas: about the centre
    const QPointF centre = view()->mapToScene(viewport()->rect().center());
    QTest::keyClick(viewport(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE_REL(view()->zoom(), 0.4 * 1.25, 1e-9);
    const QPointF after = view()->mapToScene(viewport()->rect().center());
    QVERIFY(std::abs(after.x() - centre.x()) < 3.0 && std::abs(after.y() - centre.y()) < 3.0);
    QCOMPARE(view()->zoomIndicator()->text(), QStringLiteral("50 %"));
    QTest::keyClick(viewport(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE_REL(view()->zoom(), 0.4, 1e-9);
    QTest::keyClick(viewport(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(view()->zoom(), 1.0);
    QCOMPARE(view()->zoomIndicator()->text(), QStringLiteral("100 %"));
    QTest::keyClick(viewport(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);  // fit to view
    QVERIFY(view()->zoom() < 1.0);
    QVERIFY(view()->zoomIndicator()->isVisible());
    QCOMPARE(view()->zoomIndicator()->text(), QStringLiteral("%1 %").arg(qRound(view()->zoom() * 100.0)));
    QTest::mouseClick(view()->zoomIndicator(), Qt::LeftButton);
    QCOMPARE(view()->zoom(), 1.0);
}

void TestCanvasEditing::keyboardZoomAtTheCursor()
{
    view()->setFocus();
    const QPoint at = toView(node("db")->sceneBoundingRect().center());
    QCursor::setPos(viewport()->mapToGlobal(at));
    if (!view()->cursorScenePos())
        QSKIP("this platform cannot place the cursor");
    const QPointF under = view()->mapToScene(at);
    QTest::keyClick(viewport(), Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE_REL(view()->zoom(), 0.4 * 1.25, 1e-9);
    const QPointF after = view()->mapToScene(at);
    QVERIFY(std::abs(after.x() - under.x()) < 3.0 && std::abs(after.y() - under.y()) < 3.0);
    QVERIFY(std::abs(view()->mapToScene(viewport()->rect().center()).x() - under.x()) > 100.0);  // not the centre
}

void TestCanvasEditing::shiftAndCtrlClickExtendTheSelection()
{
    auto click = [this](const char *id, Qt::KeyboardModifiers modifiers) {
        QTest::mouseClick(viewport(), Qt::LeftButton, modifiers, toView(node(id)->mapToScene(QPointF(60.0, 50.0))));
    };
    click("web", {});
    click("db", Qt::ShiftModifier);
    QVERIFY(node("web")->isSelected() && node("db")->isSelected());
    click("cache", Qt::ControlModifier);
    QCOMPARE(window().scene()->selectedComponentIds().size(), size_t(3));
    click("db", Qt::ControlModifier);  // toggles off
    QVERIFY(!node("db")->isSelected() && node("web")->isSelected() && node("cache")->isSelected());
    click("lb", {});  // a plain click replaces
    QVERIFY(window().scene()->selectedComponentIds() == std::vector<std::string>{"lb"});
    QCOMPARE(undoCount(), 0);
}

// F2 in a dock's text field is the field's: the selected node is not renamed.
void TestCanvasEditing::f2InATextFieldDoesNotRename()
{
    selectOnly({"web"});
    auto *field = window().findChild<QLineEdit *>(QStringLiteral("paletteFilter"));
    QVERIFY(field);
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClick(field, Qt::Key_F2);
    QVERIFY(!view()->renameEditor() || !view()->renameEditor()->isVisible());
}

void TestCanvasEditing::f2RenamesInPlace()
{
    selectOnly({"web"});
    view()->setFocus();
    QTest::keyClick(viewport(), Qt::Key_F2);
    InlineRename *editor = view()->renameEditor();
    QVERIFY(editor && editor->isVisible());
    QCOMPARE(editor->text(), QStringLiteral("Web tier"));
    // Over the node's label.
    QVERIFY(editor->geometry().intersects(view()->mapFromScene(node("web")->sceneBoundingRect()).boundingRect()));
    const Project before = document().project();
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Frontend"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(qs(document().component("web")->label), QStringLiteral("Frontend"));
    QCOMPARE(undoCount(), 1);
    QCOMPARE(document().undoStack()->undoText(), QStringLiteral("Rename Web tier"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!view()->renameEditor());
    CHECK(checkUndoRedo(before, Project(document().project())));

    // An empty name is refused; leaving the field commits a real one.
    view()->startRename("db");
    view()->renameEditor()->clear();
    QTest::keyClick(view()->renameEditor(), Qt::Key_Return);
    QCOMPARE(qs(document().component("db")->label), QStringLiteral("PostgreSQL"));
    QCOMPARE(undoCount(), 1);
    view()->startRename("db");
    view()->renameEditor()->setText(QStringLiteral("Orders DB"));
    window().sliderBar()->field()->setFocus();
    QCOMPARE(qs(document().component("db")->label), QStringLiteral("Orders DB"));
    QCOMPARE(undoCount(), 2);
}

void TestCanvasEditing::doubleClickOnTitleRenamesAndEscapeCancels()
{
    const QPoint title = toView(node("cache")->mapToScene(NodeItem::labelRect().center()));
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, title);
    InlineRename *editor = view()->renameEditor();
    QVERIFY(editor && editor->isVisible());
    QCOMPARE(qs(editor->componentId()), QStringLiteral("cache"));
    QTest::keyClicks(editor, QStringLiteral("Sessions"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!editor->isVisible());
    QCOMPARE(qs(document().component("cache")->label), QStringLiteral("Redis cache"));
    QCOMPARE(undoCount(), 0);
    // A double-click on the body (not the title) opens nothing.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, toView(node("cache")->mapToScene(QPointF(100.0, 60.0))));
    QVERIFY(!view()->renameEditor());
}

void TestCanvasEditing::arrangeFromTheEditMenu()
{
    selectOnly({"cache", "db", "jobs"});  // y 0, 140, 300
    QAction *alignTop = nullptr;
    for (QAction *action : window().findChildren<QAction *>())
        if (action->text() == QStringLiteral("Align &top"))
            alignTop = action;
    QVERIFY(alignTop);
    const Project before = document().project();
    alignTop->trigger();
    QCOMPARE(undoCount(), 1);
    QCOMPARE(document().undoStack()->undoText(), QStringLiteral("Move 2 components"));  // cache already is at the top
    for (const char *id : {"cache", "db", "jobs"})
        QCOMPARE(document().component(id)->position.y, 0.0);
    QCOMPARE(document().component("db")->position.x, 1480.0);
    CHECK(checkUndoRedo(before, Project(document().project())));
}

void TestCanvasEditing::contextMenusOfferTheRightActions()
{
    window().scene()->clearSelection();
    const QStringList nodeMenu = contextMenuTexts(node("web")->mapToScene(QPointF(60.0, 50.0)));
    QCOMPARE(nodeMenu, (QStringList{QStringLiteral("Rename"), QStringLiteral("Cut"), QStringLiteral("Copy"),
                                    QStringLiteral("Duplicate"), QStringLiteral("Delete"), QStringLiteral("Arrange")}));
    QVERIFY(window().scene()->selectedComponentIds() == std::vector<std::string>{"web"});  // selected first

    // On an edge: toggle asynchronous, one undo step.
    EdgeItem *lbToWeb = window().scene()->edges().at(3);
    const QPointF onEdge = (node("lb")->outPort() + node("web")->inPort()) / 2.0;  // a straight, short edge
    QVERIFY(window().scene()->items(onEdge).contains(lbToWeb));
    const QStringList edgeMenu = contextMenuTexts(onEdge, QStringLiteral("Asynchronous"));
    QCOMPARE(edgeMenu.size(), 3);
    QCOMPARE(edgeMenu.back(), QStringLiteral("Delete"));
    QVERIFY(document().project().connections[3].async);
    QCOMPARE(undoCount(), 1);
    QCOMPARE(document().undoStack()->undoText(), QStringLiteral("Make connection asynchronous"));

    // On the empty canvas: "Paste here" puts the copy's corner at the click, snapped.
    selectOnly({"cache"});
    actions()->copy()->trigger();
    const QStringList emptyMenu = contextMenuTexts(QPointF(300.0, 480.0), QStringLiteral("Paste here"));
    QCOMPARE(emptyMenu, (QStringList{QStringLiteral("Paste here"), QStringLiteral("Select all"),
                                     QStringLiteral("Zoom to 100 %"), QStringLiteral("Fit to view"),
                                     QStringLiteral("Arrange by flow")}));
    const Component *pasted = document().component("cache-2");
    QVERIFY(pasted);
    QVERIFY(std::abs(pasted->position.x - 300.0) <= NodeItem::kGrid && std::abs(pasted->position.y - 480.0) <= NodeItem::kGrid);

    // Cut from a node's menu: the node right-clicked, one step.
    contextMenuTexts(node("jobs")->mapToScene(QPointF(60.0, 50.0)), QStringLiteral("Cut"));
    QVERIFY(!document().component("jobs"));
    QCOMPARE(document().undoStack()->undoText(), QStringLiteral("Cut Job queue"));
}

void TestCanvasEditing::connectDragHighlightsTheTarget()
{
    NodeItem *lb = node("lb");
    const QPointF handle = lb->mapToScene(lb->handleRect().center());
    QCOMPARE(window().scene()->itemAt(handle, QTransform())->toolTip(), QStringLiteral("Drag to another component to connect"));
    const QPoint press = toView(handle);
    QTest::mousePress(viewport(), Qt::LeftButton, {}, press);
    QTest::mouseMove(viewport(), toView(node("web")->mapToScene(QPointF(60.0, 50.0))));
    QCOMPARE(node("web")->highlight(), NodeItem::Highlight::Refuses);  // already connected
    QTest::mouseMove(viewport(), toView(node("db")->mapToScene(QPointF(60.0, 50.0))));
    QCOMPARE(node("web")->highlight(), NodeItem::Highlight::None);
    QCOMPARE(node("db")->highlight(), NodeItem::Highlight::Accepts);
    QVERIFY(!connectionProblem(document().project(), "lb", "db"));
    QTest::mouseMove(viewport(), toView(QPointF(300.0, 480.0)));
    QCOMPARE(node("db")->highlight(), NodeItem::Highlight::None);
    QTest::mouseMove(viewport(), toView(node("users")->mapToScene(QPointF(60.0, 50.0))));
    QCOMPARE(node("users")->highlight(), NodeItem::Highlight::Refuses);
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, toView(node("users")->mapToScene(QPointF(60.0, 50.0))));
    QCOMPARE(node("users")->highlight(), NodeItem::Highlight::None);
    QCOMPARE(undoCount(), 0);
}

void TestCanvasEditing::refusalsAreShownInFull()
{
    window().resize(900, 1100);
    QCoreApplication::processEvents();
    const auto problem = connectionProblem(document().project(), "web", "web");
    QVERIFY(problem && problem->size() > 100);
    window().scene()->connectComponents("web", "web");
    CanvasToast *toast = view()->toast();
    QVERIFY(toast->isVisible());
    QCOMPARE(toast->text(), *problem);
    QVERIFY(toast->wordWrap());
    QVERIFY(toast->width() <= viewport()->width() * 6 / 10 + 1);
    QVERIFY2(toast->height() > 2 * toast->fontMetrics().height(), qPrintable(QString::number(toast->height())));
    QVERIFY(viewport()->geometry().contains(toast->geometry()));
    QTest::mouseClick(toast, Qt::LeftButton);
    QVERIFY(!toast->isVisible());

    // A confirmation goes to the status bar only: over the canvas it would hide nodes.
    const Project &project = document().project();
    for (const Component &from : project.components)
        for (const Component &to : project.components)
            if (from.id != to.id && !connectionProblem(project, from.id, to.id)) {
                QVERIFY(window().scene()->connectComponents(from.id, to.id));
                QVERIFY(!toast->isVisible());
                QVERIFY(window().statusBar()->currentMessage().startsWith(QStringLiteral("Connected")));
                return;
            }
    QFAIL("three-tier has no pair of components left to connect");
}

// Node and edge text is drawn from 30 % zoom up: below, 7.5–9.5 pt is under 3 px high.
void TestCanvasEditing::textIsDrawnOnlyWhenLegible_data()
{
    QTest::addColumn<double>("zoom");
    QTest::addColumn<bool>("legible");
    QTest::newRow("10 %, a 1,000-component design fitted") << 0.1 << false;
    QTest::newRow("29 %") << 0.29 << false;
    QTest::newRow("30 %") << 0.3 << true;
    QTest::newRow("100 %") << 1.0 << true;
}

void TestCanvasEditing::textIsDrawnOnlyWhenLegible()
{
    QFETCH(double, zoom);
    QFETCH(bool, legible);
    QImage image(10, 10, QImage::Format_ARGB32);
    QPainter painter(&image);
    painter.scale(zoom, zoom);
    QCOMPARE(NodeItem::textIsLegible(&painter), legible);
}

void TestCanvasEditing::firstRunHintOnlyOnANewProject()
{
    QVERIFY(!view()->showsFirstRunHint());
    Project blank;
    blank.stages = Project::defaultStages();
    blank.components.push_back({"users", "users", "Users", {0.0, 0.0}, {}});
    window().setDocument(std::make_unique<ProjectDocument>(blank));
    QCoreApplication::processEvents();
    QVERIFY(view()->showsFirstRunHint());
    // It is painted: the viewport's bottom centre differs from a design without it.
    const QImage with = viewport()->grab().toImage();
    window().scene()->addComponentAt("lambda", QPointF(400.0, 0.0));
    QVERIFY(!view()->showsFirstRunHint());
    QCoreApplication::processEvents();
    const QImage without = viewport()->grab().toImage();
    const QPoint probe(viewport()->width() / 2, viewport()->height() - 60);  // inside the hint box, low in the viewport
    QVERIFY(with.pixel(probe) != without.pixel(probe));
}

QTEST_MAIN(TestCanvasEditing)
#include "tst_canvas_editing.moc"

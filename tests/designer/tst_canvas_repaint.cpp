// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// What a new result repaints on the canvas (issue 19, item 2): a node's status strip only
// when what it draws at the view's zoom changed, within the strip; its status line laid out
// again only when its text changed; an edge's rate label only where it is legible, within
// the label; tooltips built when one is about to show, never with a result. The repaints are
// the update rectangles the scene reports (QGraphicsScene::changed), not timings.

#include "DesignerFixture.h"

#include "app/designer/DisplayNumbers.h"
#include "app/designer/document/DocumentEdits.h"

#include <QGraphicsScene>
#include <QHelpEvent>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>

using namespace headroom;
using namespace headroom::designer;
using namespace headroom::test;

namespace {

// The rectangles a scene reported as repainted since `spy` was made or last cleared.
std::vector<QRectF> updatedRects(QSignalSpy &spy)
{
    std::vector<QRectF> rects;
    QCoreApplication::processEvents();  // the scene reports its updates at the next turn
    for (const QList<QVariant> &arguments : spy)
        for (const QRectF &rect : arguments.at(0).value<QList<QRectF>>())
            rects.push_back(rect);
    spy.clear();
    return rects;
}

bool touches(const std::vector<QRectF> &rects, const QRectF &area)
{
    return std::any_of(rects.begin(), rects.end(), [&](const QRectF &rect) { return rect.intersects(area); });
}

ComponentResult resultAt(double utilization, double ratePerSecond)
{
    ComponentResult result;
    result.id = "web";
    result.type = "asg";
    result.utilization = utilization;
    result.limitingDimension = "cpu";
    result.arrivalRatePerSecond = ratePerSecond;
    result.responseTimeMs = 12.0;
    return result;
}

// Paints the scene at `zoom` (what a view would draw), into an image thrown away.
void paintAt(QGraphicsScene &scene, double zoom)
{
    const QRectF area = scene.itemsBoundingRect();
    QImage image((area.size() * zoom).toSize() + QSize(2, 2), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    scene.render(&painter, QRectF(QPointF(0, 0), area.size() * zoom), area);
}

} // namespace

class TestCanvasRepaint : public DesignerFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { initFixture(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    // An item on its own scene: a result that draws the same as the last repaints nothing, and
    // one that changes the status line repaints the strip alone and lays the line out once.
    void nodeRepaintsOnlyWhatChanged()
    {
        QGraphicsScene scene;
        auto *item = new NodeItem("web");
        scene.addItem(item);
        Component component{"web", "asg", "Web tier", {0.0, 0.0}, {}};
        item->setComponent(component, *Catalog::builtIn().find("asg"));
        const ComponentResult first = resultAt(0.5, 181.0);
        item->setResult(&first, false, LoadLevel::Comfortable, 1.0);
        paintAt(scene, 1.0);
        const int layouts = item->statusLayouts();
        QCOMPARE(layouts, 1);
        QSignalSpy changed(&scene, &QGraphicsScene::changed);
        updatedRects(changed);

        // The same figures, and figures that read the same at 100 % ("50 % cpu · 181 rps", the
        // bar within the same pixel): nothing repainted, nothing laid out again.
        item->setResult(&first, false, LoadLevel::Comfortable, 1.0);
        const ComponentResult same = resultAt(0.50001, 181.001);
        item->setResult(&same, false, LoadLevel::Comfortable, 1.0);
        QVERIFY(updatedRects(changed).empty());
        paintAt(scene, 1.0);
        QCOMPARE(item->statusLayouts(), layouts);

        // A new rate: the strip is repainted, not the node; the line is laid out once.
        const ComponentResult faster = resultAt(0.50001, 250.0);
        item->setResult(&faster, false, LoadLevel::Comfortable, 1.0);
        const std::vector<QRectF> rects = updatedRects(changed);
        QVERIFY(touches(rects, item->mapRectToScene(NodeItem::statusRect())));
        QVERIFY(!touches(rects, item->mapRectToScene(NodeItem::labelRect())));
        QVERIFY(item->statusText().contains(formatCompactRate(250.0)));
        paintAt(scene, 1.0);
        paintAt(scene, 1.0);
        QCOMPARE(item->statusLayouts(), layouts + 1);

        // Becoming the bottleneck repaints the node (its badge is drawn with the body).
        item->setResult(&faster, true, LoadLevel::NearLimit, 1.0);
        QVERIFY(touches(updatedRects(changed), item->mapRectToScene(NodeItem::labelRect())));
    }

    // Below the legible zoom the status line is not drawn: a new rate that leaves the bar in
    // its pixel repaints nothing; the node still knows the figure, and draws it once legible.
    void illegibleFiguresRepaintNothing()
    {
        QGraphicsScene scene;
        auto *item = new NodeItem("web");
        scene.addItem(item);
        item->setComponent(Component{"web", "asg", "Web tier", {0.0, 0.0}, {}}, *Catalog::builtIn().find("asg"));
        const ComponentResult first = resultAt(0.5, 181.0);
        const double detail = 0.1;  // 10 %: the bar's 180 units are 18 pixels
        item->setResult(&first, false, LoadLevel::Comfortable, detail);
        QSignalSpy changed(&scene, &QGraphicsScene::changed);
        updatedRects(changed);
        const ComponentResult faster = resultAt(0.51, 250.0);  // the fill moves by 0.18 px
        item->setResult(&faster, false, LoadLevel::Comfortable, detail);
        QVERIFY(updatedRects(changed).empty());
        QVERIFY(item->statusText().contains(formatCompactRate(250.0)));
        // A fill that moves by whole pixels is repainted.
        const ComponentResult busier = resultAt(0.8, 250.0);
        item->setResult(&busier, false, LoadLevel::Comfortable, detail);
        QVERIFY(touches(updatedRects(changed), item->mapRectToScene(NodeItem::statusRect())));
        const int layouts = item->statusLayouts();
        paintAt(scene, 1.0);  // zoomed in: the latest figures, laid out now
        QCOMPARE(item->statusLayouts(), layouts + 1);
    }

    // Out of every view (detail 0) a node keeps its figures and repaints nothing; back in
    // view, the next result repaints its strip even when it reads as it did before it left.
    void outOfViewNodesRepaintNothing()
    {
        QGraphicsScene scene;
        auto *item = new NodeItem("web");
        scene.addItem(item);
        item->setComponent(Component{"web", "asg", "Web tier", {0.0, 0.0}, {}}, *Catalog::builtIn().find("asg"));
        const ComponentResult first = resultAt(0.5, 181.0);
        item->setResult(&first, false, LoadLevel::Comfortable, 1.0);
        QSignalSpy changed(&scene, &QGraphicsScene::changed);
        updatedRects(changed);
        const ComponentResult faster = resultAt(0.7, 250.0);
        item->setResult(&faster, false, LoadLevel::Comfortable, 0.0);
        QVERIFY(updatedRects(changed).empty());
        QVERIFY(item->statusText().contains(formatCompactRate(250.0)));
        item->setResult(&first, false, LoadLevel::Comfortable, 1.0);
        QVERIFY(touches(updatedRects(changed), item->mapRectToScene(NodeItem::statusRect())));
    }

    // The scene's view of its views: their zoom inside what they show, 0 outside.
    void theSceneKnowsWhatItsViewShows()
    {
        const DiagramScene::Shown shown = window().scene()->shown();
        QCOMPARE_REL(shown.detail, 0.4, 1e-9);
        QCOMPARE(shown.detailAt(node("web")->sceneBoundingRect()), shown.detail);
        QCOMPARE(shown.detailAt(QRectF(1e6, 1e6, 200.0, 78.0)), 0.0);
    }

    // An edge's rate label: repainted within its own rectangle when its text changed, not at
    // all where it is not legible; the label always reads the latest rate.
    void edgeLabelRepaintsOnlyItsText()
    {
        DiagramScene *scene = window().scene();
        EdgeItem *edge = scene->edges().front();
        QSignalSpy changed(scene, &QGraphicsScene::changed);
        // The first report after something listens to `changed` lists every item the view
        // painted before (Qt switches from updating the view directly): one update settles it.
        edge->setRate(999.0, 1.0, 1.0);
        updatedRects(changed);
        edge->setRate(1234.0, 1.0, 1.0);
        std::vector<QRectF> rects = updatedRects(changed);
        QVERIFY(!rects.empty());
        for (const QRectF &rect : rects)
            QVERIFY2(edge->labelRect().adjusted(-2, -2, 2, 2).contains(rect), "the label's rectangle, not the route's");
        edge->setRate(1234.0, 1.0, 1.0);
        QVERIFY(updatedRects(changed).empty());
        edge->setRate(5678.0, 1.0, 0.1);
        QVERIFY(updatedRects(changed).empty());
        QCOMPARE(edge->labelText(), formatCompactRate(5678.0));
    }

    // Tooltips are made when one is about to show, from the latest figures.
    void tooltipsAreBuiltOnHover()
    {
        NodeItem *web = node("web");
        QVERIFY2(web->toolTip().isEmpty(), "not built with the results");
        for (EdgeItem *edge : window().scene()->edges())
            QVERIFY(edge->toolTip().isEmpty());
        const auto hover = [this](const QPointF &scenePos) {
            DiagramView *view = window().view();
            const QPoint at = view->mapFromScene(scenePos);
            QHelpEvent event(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
            QCoreApplication::sendEvent(view->viewport(), &event);
        };
        hover(web->mapToScene(QPointF(100.0, 20.0)));
        const ComponentResult *result = results().component("web");
        QVERIFY(result);
        QVERIFY2(web->toolTip().contains(QStringLiteral("<b>Web tier</b>")), qPrintable(web->toolTip()));
        QVERIFY2(web->toolTip().contains(formatRate(result->arrivalRatePerSecond)), qPrintable(web->toolTip()));
        QCOMPARE(web->toolTip(), web->toolTipText());

        // Another user count: hovering again shows its figures.
        edits::setUsers(document(), 250000.0);
        const double rate = results().component("web")->arrivalRatePerSecond;
        QVERIFY(!web->toolTip().contains(formatRate(rate)));  // not rebuilt by the step
        hover(web->mapToScene(QPointF(100.0, 20.0)));
        QVERIFY2(web->toolTip().contains(formatRate(rate)), qPrintable(web->toolTip()));
    }
};

QTEST_MAIN(TestCanvasRepaint)
#include "tst_canvas_repaint.moc"

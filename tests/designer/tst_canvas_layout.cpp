// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Layout on the canvas (issue 16, items 1 and 2): edges routed around nodes from the sides
// that face each other, their labels where no node covers them (EdgeRouter); arranging by
// flow (FlowLayout, then through the window as one undo step); fitting that keeps titles
// legible and the minimap shown while the design overflows the view. The geometry is tested
// directly, the rest through the real window.

#include "DesignerFixture.h"

#include "app/designer/ShortcutsDialog.h"
#include "app/designer/canvas/CanvasActions.h"
#include "app/designer/canvas/CanvasMinimap.h"
#include "app/designer/canvas/EdgeRouter.h"
#include "app/designer/canvas/RegionFrameItem.h"
#include "app/designer/document/DocumentEdits.h"

#include "model/io/ProjectFile.h"
#include "model/layout/FlowLayout.h"

#include <QFile>
#include <QScrollBar>
#include <QSettings>
#include <QTableWidget>

#include <map>
#include <random>

using namespace headroom;
using namespace headroom::designer;
using headroom::test::DesignerFixture;
using headroom::test::qs;

namespace {

const QSizeF kNode(NodeItem::kWidth, NodeItem::kHeight);

QRectF nodeAt(double x, double y)
{
    return QRectF(QPointF(x, y), kNode);
}

bool crossesInside(QPointF a, QPointF b, const QRectF &rect)
{
    return std::max(a.x(), b.x()) > rect.left() + 0.5 && std::min(a.x(), b.x()) < rect.right() - 0.5
        && std::max(a.y(), b.y()) > rect.top() + 0.5 && std::min(a.y(), b.y()) < rect.bottom() - 0.5;
}

// The indices of the rectangles (other than `from` and `to`) a polyline passes through.
template<typename Points>
QList<int> crossedNodes(const Points &points, const std::vector<QRectF> &nodes, int from, int to)
{
    QList<int> crossed;
    for (int n = 0; n < static_cast<int>(nodes.size()); ++n) {
        if (n == from || n == to)
            continue;
        for (qsizetype i = 1; i < static_cast<qsizetype>(points.size()); ++i)
            if (crossesInside(points[i - 1], points[i], nodes[static_cast<size_t>(n)])) {
                crossed << n;
                break;
            }
    }
    return crossed;
}

template<typename Points> bool orthogonal(const Points &points)
{
    for (qsizetype i = 1; i < static_cast<qsizetype>(points.size()); ++i)
        if (points[i - 1].x() != points[i].x() && points[i - 1].y() != points[i].y())
            return false;
    return true;
}

bool labelClear(const QPointF &centre, const std::vector<QRectF> &nodes)
{
    const QRectF label = EdgeRouter::labelRect(centre).adjusted(0.5, 0.5, -0.5, -0.5);
    return std::none_of(
        nodes.begin(), nodes.end(), [&](const QRectF &node) { return node.intersects(label); });
}

Project readResource(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const std::string text = file.readAll().toStdString();
    auto parsed = parseProject(text, resource.toStdString());
    return parsed ? parsed.value() : Project {};
}

FlowGraph graphOf(const Project &project)
{
    FlowGraph graph;
    graph.nodeCount = static_cast<int>(project.components.size());
    std::map<std::string, int> index;
    for (size_t i = 0; i < project.components.size(); ++i) {
        index[project.components[i].id] = static_cast<int>(i);
        graph.current.push_back(project.components[i].position);
    }
    for (const Connection &connection : project.connections)
        graph.edges.push_back({ index.at(connection.from), index.at(connection.to) });
    return graph;
}

} // namespace

class TestCanvasLayout : public DesignerFixture
{
    Q_OBJECT

private:
    DiagramView *view() const { return window().view(); }
    void openResource(const QString &resource, bool defaultSize);
    void checkEdgesClear(bool labels = true);

private slots:
    void initTestCase() { initFixture(); }
    void cleanup() { closeWindow(); }

    void routerNeverCrossesANode_data();
    void routerNeverCrossesANode();
    void routerNeverCrossesANodeInDenseLayouts();
    void routerLeavesTheSideFacingTheTarget_data();
    void routerLeavesTheSideFacingTheTarget();
    void labelSitsWhereNoNodeCoversIt();
    void templateRoutesCrossNoNode_data();
    void templateRoutesCrossNoNode();
    void flowLayoutPutsTargetsRightOfSources_data();
    void flowLayoutPutsTargetsRightOfSources();
    void flowLayoutBreaksCyclesAndKeepsBandsApart();
    void fitKeepsTitlesLegible_data();
    void fitKeepsTitlesLegible();
    void minimapShowsOverflowAndPans();
    void arrangeByFlowIsOneUndoStep_data();
    void arrangeByFlowIsOneUndoStep();
    void movingANodeReroutesOnlyNearbyEdges();
};

// Opens `resource` in a new window, at the window's own first-run size or the fixture's.
void TestCanvasLayout::openResource(const QString &resource, bool defaultSize)
{
    if (defaultSize) {
        // The size a first run gives the window on a 1366 × 768 screen (90 % of it).
        QSettings().remove(QStringLiteral("window"));
        auto window = std::make_unique<MainWindow>();
        window->resize(QSize(1366, 768) * 0.9);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QString error;
        auto document = ProjectDocument::open(resource, &error);
        QVERIFY2(document, qPrintable(error));
        window->setDocument(std::move(document));
        QCoreApplication::processEvents();
        setWindow(std::move(window));
        return;
    }
    openWindow();
    QString error;
    auto document = ProjectDocument::open(resource, &error);
    QVERIFY2(document, qPrintable(error));
    CHECK(loadProject(std::move(document)));
}

// No edge passes through a node other than its own two; every label is clear of the nodes
// (where the layout leaves room for them: `labels`).
void TestCanvasLayout::checkEdgesClear(bool labels)
{
    std::vector<QRectF> nodes;
    std::map<const NodeItem *, int> index;
    for (const Component &component : document().project().components) {
        index[node(component.id)] = static_cast<int>(nodes.size());
        nodes.push_back(QRectF(node(component.id)->pos(), kNode));
    }
    for (const EdgeItem *edge : window().scene()->edges()) {
        const QString name = qs(edge->from()->id() + " → " + edge->to()->id());
        QVERIFY2(orthogonal(edge->points()), qPrintable(name));
        const QList<int> crossed
            = crossedNodes(edge->points(), nodes, index.at(edge->from()), index.at(edge->to()));
        QVERIFY2(
            crossed.isEmpty(), qPrintable(name + QStringLiteral(" crosses %1 node(s)").arg(crossed.size())));
        if (labels)
            QVERIFY2(labelClear(edge->labelCentre(), nodes),
                qPrintable(name + QStringLiteral(": label under a node")));
    }
}

void TestCanvasLayout::routerNeverCrossesANode_data()
{
    QTest::addColumn<std::vector<QRectF>>("nodes"); // routed: 0 → 1; the rest are in the way
    QTest::newRow("left to right, one node between")
        << std::vector<QRectF> { nodeAt(0, 0), nodeAt(800, 0), nodeAt(400, 0) };
    QTest::newRow("right to left, one node between")
        << std::vector<QRectF> { nodeAt(800, 0), nodeAt(0, 0), nodeAt(400, 0) };
    QTest::newRow("vertical neighbours, one between")
        << std::vector<QRectF> { nodeAt(0, 0), nodeAt(0, 320), nodeAt(0, 160) };
    QTest::newRow("bottom to top, one between")
        << std::vector<QRectF> { nodeAt(0, 320), nodeAt(0, 0), nodeAt(0, 160) };
    QTest::newRow("right to left, offset, a column between")
        << std::vector<QRectF> { nodeAt(1200, 300), nodeAt(0, 0), nodeAt(600, -100), nodeAt(600, 20),
               nodeAt(600, 140), nodeAt(600, 260), nodeAt(600, 380) };
    QTest::newRow("diagonal behind a wall with 40-unit gaps")
        << std::vector<QRectF> { nodeAt(0, 0), nodeAt(900, 500), nodeAt(440, -240), nodeAt(440, -122),
               nodeAt(440, -4), nodeAt(440, 114), nodeAt(440, 232), nodeAt(440, 350), nodeAt(440, 468) };
    QTest::newRow("target boxed in but for its left") << std::vector<QRectF> { nodeAt(0, 400), nodeAt(600, 0),
        nodeAt(600, -120), nodeAt(600, 120), nodeAt(840, 0), nodeAt(300, 0) };
}

void TestCanvasLayout::routerNeverCrossesANode()
{
    QFETCH(std::vector<QRectF>, nodes);
    EdgeRouter router(nodes);
    const EdgeRoute route = router.route(0, 1);
    QVERIFY(route.points.size() >= 2);
    QVERIFY(orthogonal(route.points));
    QCOMPARE(crossedNodes(route.points, nodes, 0, 1), QList<int> {});
    QCOMPARE(route.crossings, 0);
    QCOMPARE(router.crossings(route.points), 0); // nor through its own two ends
}

// Seeded random layouts, 40 nodes packed with gaps of 20 units (less than two margins), 30
// routes in each between random pairs: none passes through a node.
void TestCanvasLayout::routerNeverCrossesANodeInDenseLayouts()
{
    std::mt19937 random(16); // the raw generator only: its sequence is the same everywhere
    int routes = 0;
    for (int layout = 0; layout < 60; ++layout) {
        std::vector<QRectF> nodes;
        for (int tries = 0; tries < 400 && nodes.size() < 40; ++tries) {
            const QRectF rect = nodeAt(20.0 * static_cast<int>(random() % 61), 20.0 * static_cast<int>(random() % 41));
            if (std::none_of(nodes.begin(), nodes.end(),
                    [&](const QRectF &other) { return other.adjusted(-20, -20, 20, 20).intersects(rect); }))
                nodes.push_back(rect);
        }
        EdgeRouter router(nodes);
        for (int edge = 0; edge < 30; ++edge) {
            const int from = static_cast<int>(random() % nodes.size()),
                      to = static_cast<int>(random() % nodes.size());
            if (from == to)
                continue;
            const EdgeRoute route = router.route(from, to);
            ++routes;
            QVERIFY2(orthogonal(route.points),
                qPrintable(QStringLiteral("layout %1, %2 → %3").arg(layout).arg(from).arg(to)));
            QVERIFY2(crossedNodes(route.points, nodes, from, to).isEmpty(),
                qPrintable(QStringLiteral("layout %1, %2 → %3").arg(layout).arg(from).arg(to)));
        }
    }
    QVERIFY(routes > 1500);
}

void TestCanvasLayout::routerLeavesTheSideFacingTheTarget_data()
{
    QTest::addColumn<QRectF>("target"); // the source is at the origin
    QTest::addColumn<int>("exit");
    QTest::addColumn<int>("entry");
    QTest::addColumn<QPointF>("start");
    QTest::addColumn<QPointF>("end");
    const auto right = static_cast<int>(NodeSide::Right), left = static_cast<int>(NodeSide::Left);
    const auto top = static_cast<int>(NodeSide::Top), bottom = static_cast<int>(NodeSide::Bottom);
    QTest::newRow("right: right side to left side")
        << nodeAt(400, 60) << right << left << QPointF(200, 39) << QPointF(400, 99);
    QTest::newRow("left: left side to right side")
        << nodeAt(-500, -40) << left << right << QPointF(0, 39) << QPointF(-300, -1);
    QTest::newRow("below: bottom to top")
        << nodeAt(60, 300) << bottom << top << QPointF(100, 78) << QPointF(160, 300);
    QTest::newRow("above: top to bottom")
        << nodeAt(-40, -400) << top << bottom << QPointF(100, 0) << QPointF(60, -322);
    QTest::newRow("diagonal, wider than tall: sideways")
        << nodeAt(600, 300) << right << left << QPointF(200, 39) << QPointF(600, 339);
}

void TestCanvasLayout::routerLeavesTheSideFacingTheTarget()
{
    QFETCH(QRectF, target);
    QFETCH(int, exit);
    QFETCH(int, entry);
    QFETCH(QPointF, start);
    QFETCH(QPointF, end);
    EdgeRouter router({ nodeAt(0, 0), target });
    const EdgeRoute route = router.route(0, 1);
    QCOMPARE(static_cast<int>(route.exit), exit);
    QCOMPARE(static_cast<int>(route.entry), entry);
    QCOMPARE(route.points.front(), start);
    QCOMPARE(route.points.back(), end);
    QVERIFY(orthogonal(route.points));
}

void TestCanvasLayout::labelSitsWhereNoNodeCoversIt()
{
    // A short edge whose middle is clear, and one whose straight middle has a node on it.
    const std::vector<QRectF> nodes { nodeAt(0, 0), nodeAt(360, 0), nodeAt(0, 400), nodeAt(900, 440),
        nodeAt(450, 400) };
    EdgeRouter router(nodes);
    for (const auto &[from, to] : { std::pair { 0, 1 }, std::pair { 2, 3 }, std::pair { 1, 0 } }) {
        const EdgeRoute route = router.route(from, to);
        QVERIFY2(
            labelClear(route.labelCentre, nodes), qPrintable(QStringLiteral("%1 → %2").arg(from).arg(to)));
        // On the route itself.
        bool onRoute = false;
        for (size_t i = 1; i < route.points.size(); ++i)
            onRoute = onRoute
                || QRectF(route.points[i - 1], route.points[i])
                       .normalized()
                       .adjusted(-0.01, -0.01, 0.01, 0.01)
                       .contains(route.labelCentre);
        QVERIFY(onRoute);
    }
    // A straight edge between nodes 360 apart carries its label in the middle of the gap.
    EdgeRouter fresh(nodes);
    QCOMPARE(fresh.route(0, 1).labelCentre, QPointF(280, 39));
    // A fan-out: its three labels do not cover each other.
    const std::vector<QRectF> fan { nodeAt(0, 200), nodeAt(320, 0), nodeAt(320, 200), nodeAt(320, 400) };
    EdgeRouter fanRouter(fan);
    std::vector<QRectF> labels;
    for (int to : { 1, 2, 3 }) {
        const QRectF label = EdgeRouter::labelRect(fanRouter.route(0, to).labelCentre);
        QVERIFY(labelClear(label.center(), fan));
        for (const QRectF &other : labels)
            QVERIFY2(!other.adjusted(0.5, 0.5, -0.5, -0.5).intersects(label),
                qPrintable(QStringLiteral("0 → %1").arg(to)));
        labels.push_back(label);
    }
    // Nor one reserved before (a label of an edge not rerouted).
    EdgeRouter reserved(fan);
    reserved.reserveLabel(labels.front());
    QVERIFY(!labels.front()
                 .adjusted(0.5, 0.5, -0.5, -0.5)
                 .intersects(EdgeRouter::labelRect(reserved.route(0, 1).labelCentre)));
}

void TestCanvasLayout::templateRoutesCrossNoNode_data()
{
    QTest::addColumn<QString>("resource");
    QTest::newRow("three-tier") << QStringLiteral(":/examples/three-tier.json");
    QTest::newRow("template 04") << QStringLiteral(":/templates/04-replicas-pooling-cache.json");
    QTest::newRow("template 07") << QStringLiteral(":/templates/07-multi-region-active-active.json");
}

// As the templates are laid out (40 units between neighbours) and after arranging by flow.
void TestCanvasLayout::templateRoutesCrossNoNode()
{
    QFETCH(QString, resource);
    const Project project = readResource(resource);
    QVERIFY(!project.components.empty());
    FlowGraph graph = graphOf(project);
    for (bool arranged : { false, true }) {
        std::vector<QRectF> nodes;
        const std::vector<Position> placed = arranged ? flowLayout(graph, { 0, 0 }) : graph.current;
        for (const Position &at : placed)
            nodes.push_back(QRectF(QPointF(at.x, at.y), kNode));
        EdgeRouter router(nodes);
        for (const auto &[from, to] : graph.edges) {
            const EdgeRoute route = router.route(from, to);
            const QString name = qs(project.components[static_cast<size_t>(from)].id + " → "
                                     + project.components[static_cast<size_t>(to)].id)
                + (arranged ? QStringLiteral(" (arranged)") : QString());
            QVERIFY2(orthogonal(route.points), qPrintable(name));
            QVERIFY2(crossedNodes(route.points, nodes, from, to).isEmpty(), qPrintable(name));
            if (arranged) // the templates' own 40-unit gaps leave no room for a label
                QVERIFY2(labelClear(route.labelCentre, nodes), qPrintable(name));
        }
    }
}

void TestCanvasLayout::flowLayoutPutsTargetsRightOfSources_data()
{
    templateRoutesCrossNoNode_data();
}

void TestCanvasLayout::flowLayoutPutsTargetsRightOfSources()
{
    QFETCH(QString, resource);
    const Project project = readResource(resource);
    const FlowGraph graph = graphOf(project);
    const std::vector<Position> placed = flowLayout(graph, { 100, 50 });
    QCOMPARE(placed.size(), project.components.size());
    for (const auto &[from, to] : graph.edges)
        QVERIFY2(placed[static_cast<size_t>(to)].x > placed[static_cast<size_t>(from)].x,
            qPrintable(qs(project.components[static_cast<size_t>(from)].id + " → "
                + project.components[static_cast<size_t>(to)].id)));
    double left = 1e9, top = 1e9;
    for (size_t i = 0; i < placed.size(); ++i) {
        left = std::min(left, placed[i].x);
        top = std::min(top, placed[i].y);
        QCOMPARE(std::fmod(placed[i].x, 20.0), 0.0);
        QCOMPARE(std::fmod(placed[i].y, 20.0), 0.0);
        for (size_t j = i + 1; j < placed.size(); ++j)
            QVERIFY(!QRectF(QPointF(placed[i].x, placed[i].y), kNode)
                         .intersects(QRectF(QPointF(placed[j].x, placed[j].y), kNode)));
    }
    QCOMPARE(left, 100.0); // the entry's column at the origin
    QCOMPARE(top, 60.0); // the origin, snapped
    // The users entry is alone in the first column.
    QCOMPARE(flowColumns(graph).front(), 0);
}

void TestCanvasLayout::flowLayoutBreaksCyclesAndKeepsBandsApart()
{
    // 0 → 1 → 2 → 1 (a cycle), 0 → 3 in band 1, 3 → 4 in band 2, 5 alone.
    FlowGraph graph;
    graph.nodeCount = 6;
    graph.edges = { { 0, 1 }, { 1, 2 }, { 2, 1 }, { 0, 3 }, { 3, 4 }, { 4, 4 } };
    graph.band = { 0, 0, 0, 1, 2, 0 };
    const std::vector<int> columns = flowColumns(graph);
    QCOMPARE(columns, (std::vector<int> { 0, 1, 2, 1, 2, 0 }));
    const std::vector<Position> placed = flowLayout(graph, { 0, 0 });
    auto bottomOf = [&](int band) {
        double bottom = -1e9;
        for (size_t i = 0; i < placed.size(); ++i)
            if (graph.band[i] == band)
                bottom = std::max(bottom, placed[i].y + kNode.height());
        return bottom;
    };
    auto topOf = [&](int band) {
        double top = 1e9;
        for (size_t i = 0; i < placed.size(); ++i)
            if (graph.band[i] == band)
                top = std::min(top, placed[i].y);
        return top;
    };
    // The default band gap, the next band's top snapped to the grid.
    QCOMPARE(topOf(1) - bottomOf(0), 122.0);
    QCOMPARE(topOf(2) - bottomOf(1), 122.0);
    QCOMPARE(placed[1].x - placed[0].x, 320.0); // one column pitch
}

void TestCanvasLayout::fitKeepsTitlesLegible_data()
{
    templateRoutesCrossNoNode_data();
}

void TestCanvasLayout::fitKeepsTitlesLegible()
{
    QFETCH(QString, resource);
    CHECK(openResource(resource, true));
    DiagramView *canvas = view();
    canvas->fitAll();
    // 9 px titles: 9.5 pt at the screen's dpi, scaled by the zoom.
    const double titlePixels = NodeItem::kTitlePointSize * canvas->logicalDpiY() / 72.0 * canvas->zoom();
    QVERIFY2(titlePixels >= DiagramView::kTitlePixels - 1e-6, qPrintable(QString::number(titlePixels)));
    QVERIFY(canvas->zoom() >= canvas->legibleZoom() - 1e-9);
    QVERIFY(canvas->zoom() <= 1.0);
    // The entry is in view, at the left.
    const QRect users = canvas->mapFromScene(QRectF(node("users")->pos(), kNode)).boundingRect();
    QVERIFY2(canvas->viewport()->rect().contains(users),
        qPrintable(QStringLiteral("users at %1,%2 in %3×%4")
                       .arg(users.x())
                       .arg(users.y())
                       .arg(canvas->viewport()->width())
                       .arg(canvas->viewport()->height())));
    QVERIFY(users.left() < canvas->viewport()->width() / 3);
    // Fit to view (Ctrl+Shift+H) does the same after zooming out.
    canvas->setZoom(0.2);
    window().canvasActions()->fit()->trigger();
    QCOMPARE(canvas->zoom(), std::min(1.0, std::max(canvas->legibleZoom(), canvas->zoom())));
    QVERIFY(canvas->zoom() >= canvas->legibleZoom() - 1e-9);
}

void TestCanvasLayout::minimapShowsOverflowAndPans()
{
    CHECK(openResource(QStringLiteral(":/templates/07-multi-region-active-active.json"), true));
    DiagramView *canvas = view();
    canvas->fitAll();
    CanvasMinimap *minimap = canvas->minimap();
    const QRectF visible = canvas->mapToScene(canvas->viewport()->rect()).boundingRect();
    const QRectF design = minimap->designBounds();
    QVERIFY2(!visible.contains(design),
        "template 07 fits the default window at a legible zoom: pick a larger design");
    QVERIFY(minimap->isVisible());
    QVERIFY(canvas->viewport()->geometry().contains(minimap->geometry()));
    // A click on the design's far corner in the minimap brings it into the middle of the view.
    const QPointF farCorner = design.bottomRight() - QPointF(150, 100);
    QTest::mouseClick(minimap, Qt::LeftButton, {}, minimap->fromScene(farCorner).toPoint());
    const QPointF centre = canvas->mapToScene(canvas->viewport()->rect().center());
    QVERIFY2(QLineF(centre, farCorner).length() < 20.0,
        qPrintable(QStringLiteral("centre %1,%2").arg(centre.x()).arg(centre.y())));
    // Panning repaints the outline over the cached nodes, never the nodes again.
    minimap->repaint();
    const int builds = minimap->cacheBuilds();
    canvas->horizontalScrollBar()->setValue(canvas->horizontalScrollBar()->value() - 200);
    minimap->repaint();
    QCOMPARE(minimap->cacheBuilds(), builds);
    // Zoomed out so that all of it fits: no minimap.
    canvas->setZoom(0.1);
    canvas->centerOn(design.center());
    QVERIFY(!minimap->isVisible());
}

void TestCanvasLayout::arrangeByFlowIsOneUndoStep_data()
{
    templateRoutesCrossNoNode_data();
}

void TestCanvasLayout::arrangeByFlowIsOneUndoStep()
{
    QFETCH(QString, resource);
    CHECK(openResource(resource, false));
    const Project before = document().project();
    const int steps = undoCount();
    QAction *arrange = action("arrangeByFlowAction");
    QVERIFY(arrange);
    QCOMPARE(arrange->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    { // listed in Help ▸ Keyboard shortcuts
        ShortcutsDialog shortcuts(&window());
        QStringList listed;
        for (int row = 0; row < shortcuts.keys()->rowCount(); ++row)
            listed << shortcuts.keys()->item(row, 0)->text() + QStringLiteral(": ")
                    + shortcuts.keys()->item(row, 1)->text();
        QVERIFY2(listed.contains(QStringLiteral("Arrange by flow: ")
                     + QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L).toString(QKeySequence::NativeText)),
            qPrintable(listed.join(u'\n')));
    }
    arrange->trigger();
    QCOMPARE(undoCount(), steps + 1);
    QCOMPARE(document().undoStack()->undoText(), QStringLiteral("Arrange by flow"));
    const Project after = document().project();
    QVERIFY(!(after == before));
    std::map<std::string, Position> at;
    for (const Component &component : after.components)
        at[component.id] = component.position;
    for (const Connection &connection : after.connections)
        QVERIFY2(at[connection.to].x > at[connection.from].x,
            qPrintable(qs(connection.from + " → " + connection.to)));
    for (size_t i = 0; i < after.components.size(); ++i)
        for (size_t j = i + 1; j < after.components.size(); ++j)
            QVERIFY(!DiagramScene::nodeRect(after.components[i].position)
                         .intersects(DiagramScene::nodeRect(after.components[j].position)));
    CHECK(checkEdgesClear());
    // Region frames stay apart from each other (zones inside their own region's).
    std::vector<QRectF> regions;
    for (QGraphicsItem *item : window().scene()->items())
        if (item->type() == RegionFrameItem::Type
            && static_cast<RegionFrameItem *>(item)->kind() == RegionFrameItem::Kind::Region)
            regions.push_back(item->sceneBoundingRect());
    for (size_t i = 0; i < regions.size(); ++i)
        for (size_t j = i + 1; j < regions.size(); ++j)
            QVERIFY(!regions[i].intersects(regions[j]));
    CHECK(checkUndoRedo(before, after));
}

void TestCanvasLayout::movingANodeReroutesOnlyNearbyEdges()
{
    CHECK(openResource(QStringLiteral(":/templates/07-multi-region-active-active.json"), false));
    const size_t edges = window().scene()->edges().size();
    int own = 0;
    for (const EdgeItem *edge : window().scene()->edges())
        own += edge->from()->id() == "workers-west" || edge->to()->id() == "workers-west" ? 1 : 0;
    QVERIFY(own > 0);
    // Far below the design: its own edges are rerouted, and those that passed near it.
    edits::moveComponents(document(), { { "workers-west", { 1440, 3000 } } });
    const int rerouted = window().scene()->lastRerouted();
    QVERIFY2(rerouted >= own && rerouted < static_cast<int>(edges) / 2,
        qPrintable(QStringLiteral("%1 of %2 edges rerouted, %3 its own").arg(rerouted).arg(edges).arg(own)));
    CHECK(checkEdgesClear(false)); // the template's 40-unit gaps leave no room for labels
}

QTEST_MAIN(TestCanvasLayout)
#include "tst_canvas_layout.moc"

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The designer driven through its real widgets: a MainWindow on resources/examples/three-tier.json,
// events delivered to the canvas viewport, the inspector's editors, the user slider and the
// window's own undo/redo actions. Every figure is checked against what EvaluationController
// published for the same document, and every edit against the document's undo stack.
// File round trips, malformed files and the bundled templates are in tst_designer_files.cpp.

#include "DesignerFixture.h"

#include "app/designer/ComponentText.h"
#include "app/designer/canvas/ConnectionRules.h"
#include "app/designer/document/DocumentEdits.h"
#include "app/designer/panels/ComponentInspector.h"
#include "app/designer/panels/ConnectionInspector.h"
#include "app/designer/panels/InspectorPanel.h"
#include "app/designer/panels/PalettePanel.h"
#include "app/designer/panels/ParamField.h"
#include "app/designer/panels/UserSliderBar.h"

#include "model/catalog/Catalog.h"

#include "pricing/PriceBookFile.h"
#include "pricing/PriceKeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSlider>
#include <QStatusBar>
#include <QStyleOptionSlider>
#include <QTreeWidget>

using namespace headroom;
using namespace headroom::designer;
using headroom::test::DesignerFixture;
using headroom::test::qs;

class TestDesigner : public DesignerFixture
{
    Q_OBJECT

private:
    void connectByMouse(const std::string &from, QPointF targetScenePos);
    void typeUsers(const QString &text);

private slots:
    void initTestCase() { initFixture(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void dropFromPaletteAddsOneComponent();
    void paletteFilterShowsMatchingTypes();
    void dragFromHandleConnects();
    void invalidConnectionsAreRefusedWithAReason();
    void heldSpinArrowIsOneUndoStep();
    void typedGroupIsOneUndoStep();
    void instancesEditChangesCapacity();
    void instanceListIsPricedAsDeployed();
    void sliderDragAddsNoUndoStep();
    void undoKeepsTheSliderUsers();
    void saturationAtOneMillionUsers();
    void barColoursFollowTheModel_data();
    void barColoursFollowTheModel();
    void utilizationColorThresholds_data();
    void utilizationColorThresholds();
    void mouseMoveSnapsAndIsOneUndoStep();
    void offGridPositionsAreShownAsSaved();
    void editSelectedConnectionInInspector();
    void softConnectionTakesItsTargetOffTheAvailabilityPath();
    void redoKeysAndUndoTexts();
    void deleteAndUndoRestoresConnectionIndices();
    void pasteRenamesComponentsAndConnections();
};

// Presses on `from`'s connection handle, drags to `targetScenePos` and releases there.
void TestDesigner::connectByMouse(const std::string &from, QPointF targetScenePos)
{
    NodeItem *source = node(from);
    QVERIFY(source);
    const QPoint press = toView(source->mapToScene(source->handleRect().center()));
    const QPoint release = toView(targetScenePos);
    QWidget *viewport = window().view()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, press);
    QTest::mouseMove(viewport, (press + release) / 2);
    QTest::mouseMove(viewport, release);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, release);
}

// Types a user count into the slider bar's field and presses Return, as a user would.
void TestDesigner::typeUsers(const QString &text)
{
    QLineEdit *field = window().sliderBar()->field();
    field->clear();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

void TestDesigner::dropFromPaletteAddsOneComponent()
{
    auto *tree = window().findChild<QTreeWidget *>(QStringLiteral("paletteTree"));
    QVERIFY(tree);
    const QList<QTreeWidgetItem *> found =
        tree->findItems(QStringLiteral("Auto Scaling group"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    const QModelIndex index = tree->model()->index(found.front()->parent()->indexOfChild(found.front()), 0,
                                                   tree->model()->index(tree->indexOfTopLevelItem(found.front()->parent()), 0));
    std::unique_ptr<QMimeData> mime(tree->model()->mimeData({index}));
    QVERIFY(mime);
    QCOMPARE(mime->data(DiagramScene::kComponentMime), QByteArray("asg"));

    const Project before = document().project();
    const int steps = undoCount();
    QWidget *viewport = window().view()->viewport();
    const QPoint at = toView(QPointF(1067.0, 483.0));  // below the web tier, off the grid
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &drop);
    QVERIFY(drop.isAccepted());

    QCOMPARE(undoCount(), steps + 1);
    QCOMPARE(document().project().components.size(), before.components.size() + 1);
    const Component &added = document().project().components.back();
    QCOMPARE(qs(added.id), QStringLiteral("asg"));  // the first "asg" id is free in three-tier
    QCOMPARE(qs(added.type), QStringLiteral("asg"));
    // Centred on the drop point, its top-left corner on the 20 px grid.
    const QPointF dropped = window().view()->mapToScene(at);
    QCOMPARE(std::fmod(added.position.x, NodeItem::kGrid), 0.0);
    QCOMPARE(std::fmod(added.position.y, NodeItem::kGrid), 0.0);
    QVERIFY(std::abs(added.position.x + NodeItem::kWidth / 2.0 - dropped.x()) <= NodeItem::kGrid / 2.0);
    QVERIFY(std::abs(added.position.y + NodeItem::kHeight / 2.0 - dropped.y()) <= NodeItem::kGrid / 2.0);
    QVERIFY(added.position == (Position{960.0, 440.0}));  // (1067 − 100, 483 − 39) to the grid
    NodeItem *item = node("asg");
    QVERIFY(item);
    QVERIFY(item->isSelected());
    auto *page = qobject_cast<ComponentInspector *>(window().inspector()->page());
    QVERIFY(page);
    QCOMPARE(qs(page->componentId()), QStringLiteral("asg"));
    CHECK(checkCanvasMirrors());
    CHECK(checkUndoRedo(before, Project(document().project())));
}

void TestDesigner::paletteFilterShowsMatchingTypes()
{
    auto *filter = window().findChild<QLineEdit *>(QStringLiteral("paletteFilter"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("cache"));
    QCOMPARE(window().palette()->visibleTypes(), QStringList{QStringLiteral("elasticache")});
    int shownLeaves = 0;
    QTreeWidget *tree = window().palette()->tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
            shownLeaves += tree->topLevelItem(g)->isHidden() || tree->topLevelItem(g)->child(i)->isHidden() ? 0 : 1;
    QCOMPARE(shownLeaves, 1);
    window().palette()->setFilter(QString());
    QCOMPARE(filter->text(), QString());
    QCOMPARE(window().palette()->visibleTypes().size(), static_cast<qsizetype>(Catalog::builtIn().all().size()));
}

void TestDesigner::dragFromHandleConnects()
{
    window().scene()->addComponentAt("asg", QPointF(1060.0, 480.0));
    const Project before = document().project();
    const int steps = undoCount();
    CHECK(connectByMouse("lb", node("asg")->sceneBoundingRect().center()));
    QCOMPARE(undoCount(), steps + 1);
    QCOMPARE(document().project().connections.size(), before.connections.size() + 1);
    const Connection expected{"lb", "asg", 1.0, TrafficClass::All, false};
    QVERIFY(document().project().connections.back() == expected);
    const EdgeItem *edge = window().scene()->edges().back();
    QCOMPARE(qs(edge->from()->id()), QStringLiteral("lb"));
    QCOMPARE(qs(edge->to()->id()), QStringLiteral("asg"));
    QCOMPARE(window().statusBar()->currentMessage(), QStringLiteral("Connected Load balancer → Auto Scaling group"));
    // The new group now carries load: the model says so, and its node shows it.
    const ComponentResult *result = results().component("asg");
    QVERIFY(result);
    QVERIFY(result->arrivalRatePerSecond > 0.0);
    QCOMPARE(node("asg")->utilization(), result->utilization);
    CHECK(checkUndoRedo(before, Project(document().project())));
}

void TestDesigner::invalidConnectionsAreRefusedWithAReason()
{
    window().scene()->addComponentAt("asg", QPointF(1060.0, 480.0));
    struct Attempt
    {
        std::string from;
        std::string to;
    };
    for (const Attempt &attempt : {Attempt{"asg", "users"}, Attempt{"lb", "web"}, Attempt{"web", "web"}}) {
        const Project before = document().project();
        const int steps = undoCount();
        const auto problem = connectionProblem(before, attempt.from, attempt.to);
        QVERIFY2(problem, attempt.to.c_str());
        window().statusBar()->clearMessage();
        CHECK(connectByMouse(attempt.from, node(attempt.to)->mapToScene(QPointF(60.0, 50.0))));
        QVERIFY2(document().project() == before, attempt.to.c_str());
        QCOMPARE(undoCount(), steps);
        QCOMPARE(window().statusBar()->currentMessage(), *problem);
    }
    CHECK(checkCanvasMirrors());
}

void TestDesigner::heldSpinArrowIsOneUndoStep()
{
    selectOnly({"web"});
    auto *page = qobject_cast<ComponentInspector *>(window().inspector()->page());
    QVERIFY(page);
    auto *field = page->findChild<ParamField *>(QStringLiteral("param_max_instances"));
    QVERIFY(field);
    auto *spin = field->findChild<QDoubleSpinBox *>(QStringLiteral("editor_max_instances"));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 12.0);
    const Project before = document().project();
    const double saturatesBefore = *results().component("web")->usersAtSaturation;
    const QString configurationBefore = node("web")->configurationText();
    const int steps = undoCount();

    for (double value : {11.0, 10.0, 9.0, 8.0, 7.0, 6.0}) {  // the arrow held down
        spin->setValue(value);
        QVERIFY(std::get<double>(document().component("web")->params.at("max_instances")) == value);
    }
    QTest::keyClick(spin, Qt::Key_Return);  // editingFinished ends the gesture
    QCOMPARE(undoCount(), steps + 1);
    const Project held = document().project();

    // An Auto Scaling group saturates where max_instances × vCPUs are busy (Evaluator.cpp), so
    // halving max_instances halves the user count at which it saturates.
    const ComponentResult *web = results().component("web");
    QCOMPARE_REL(*web->usersAtSaturation, saturatesBefore * 6.0 / 12.0, 1e-9);
    QVERIFY(configurationBefore.endsWith(QStringLiteral("(2–12)")));
    QVERIFY2(node("web")->configurationText().endsWith(QStringLiteral("(2–6)")), qPrintable(node("web")->configurationText()));
    QCOMPARE(page->figure("saturates")->text(), QStringLiteral("%1 users").arg(formatCount(*web->usersAtSaturation)));

    spin->setValue(5.0);  // a new gesture after editingFinished: a second step
    QCOMPARE(undoCount(), steps + 2);
    action("undoAction")->trigger();
    QVERIFY(document().project() == held);
    QCOMPARE(spin->value(), 6.0);  // the inspector follows the document
    CHECK(checkUndoRedo(before, held));
    action("undoAction")->trigger();
    QCOMPARE(spin->value(), 12.0);
    results();  // the controller publishes the restored design's figures at the next turn
    QCOMPARE(node("web")->configurationText(), configurationBefore);
}

// The instance list beside a database prices each class as it is deployed: three-tier's
// PostgreSQL is Multi-AZ, so db.r6g.xlarge reads at the Multi-AZ hourly rate of the bundled
// book, and at the Single-AZ rate once Multi-AZ is switched off (it read Single-AZ before).
void TestDesigner::instanceListIsPricedAsDeployed()
{
    selectOnly({"db"});
    auto *page = qobject_cast<ComponentInspector *>(window().inspector()->page());
    QVERIFY(page);
    auto *types = page->findChild<QComboBox *>(QStringLiteral("editor_instance_type"));
    auto *multiAz = page->findChild<QCheckBox *>(QStringLiteral("editor_multi_az"));
    QVERIFY(types && multiAz);
    const auto label = [types] {
        const int index = types->findData(QStringLiteral("db.r6g.xlarge"));
        return index < 0 ? QString() : types->itemText(index);
    };
    const auto hourly = [](price_keys::Deployment deployment) {
        const PriceEntry *entry = bundledPriceBook().find(price_keys::rdsInstance("postgres", "db.r6g.xlarge", deployment));
        return entry ? formatPreciseUsd(entry->tiers.front().usd) + QStringLiteral("/h") : QStringLiteral("no entry");
    };
    const QString multi = hourly(price_keys::Deployment::MultiAz);
    const QString single = hourly(price_keys::Deployment::SingleAz);
    QVERIFY(multi != single);
    QVERIFY(multiAz->isChecked());
    QVERIFY2(label().endsWith(multi), qPrintable(label() + QStringLiteral(" / ") + multi));

    multiAz->click();
    QCOMPARE(std::get<bool>(document().component("db")->params.at("multi_az")), false);
    QVERIFY2(label().endsWith(single), qPrintable(label() + QStringLiteral(" / ") + single));
}

// The inspector's Group field: "none" while empty; typing a Terraform module's name is one
// undo step "Set group" that undo takes back.
void TestDesigner::typedGroupIsOneUndoStep()
{
    selectOnly({"web"});
    auto *page = qobject_cast<ComponentInspector *>(window().inspector()->page());
    QVERIFY(page);
    auto *group = page->findChild<QLineEdit *>(QStringLiteral("groupField"));
    QVERIFY(group);
    QCOMPARE(group->text(), QString());
    QCOMPARE(group->placeholderText(), QStringLiteral("none"));
    const Project before = document().project();
    const int steps = undoCount();
    group->setFocus();
    QTest::keyClicks(group, QStringLiteral("module.web"));
    QTest::keyClick(group, Qt::Key_Return);
    QCOMPARE(qs(document().component("web")->group), QStringLiteral("module.web"));
    QCOMPARE(undoCount(), steps + 1);
    QCOMPARE(document().undoStack()->undoText(), QStringLiteral("Set group"));
    CHECK(checkUndoRedo(before, Project(document().project())));
}

void TestDesigner::instancesEditChangesCapacity()
{
    selectOnly({"cache"});
    auto *page = qobject_cast<ComponentInspector *>(window().inspector()->page());
    QVERIFY(page);
    auto *spin = page->findChild<QDoubleSpinBox *>(QStringLiteral("editor_instances"));
    QVERIFY(spin);
    const Project before = document().project();
    const ComponentResult cacheBefore = *results().component("cache");
    QCOMPARE(node("cache")->configurationText(), QStringLiteral("2 × cache.m6g.large"));
    spin->setValue(3.0);
    spin->setValue(4.0);
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(undoCount(), 1);
    QVERIFY(std::get<double>(document().component("cache")->params.at("instances")) == 4.0);
    // ρ = λ·S/c: twice the nodes, twice the capacity, half the utilization at the same load.
    const ComponentResult &cache = *results().component("cache");
    QCOMPARE_REL(cache.arrivalRatePerSecond, cacheBefore.arrivalRatePerSecond, 1e-12);
    QCOMPARE_REL(*cache.capacityRps, 2.0 * *cacheBefore.capacityRps, 1e-9);
    QCOMPARE_REL(cache.utilization, cacheBefore.utilization / 2.0, 1e-9);
    QCOMPARE(node("cache")->configurationText(), QStringLiteral("4 × cache.m6g.large"));
    QCOMPARE(page->figure("capacity")->text(), formatRate(*cache.capacityRps));
    CHECK(checkUndoRedo(before, Project(document().project())));
}

void TestDesigner::sliderDragAddsNoUndoStep()
{
    QSlider *slider = window().sliderBar()->slider();
    QCOMPARE(slider->value(), UserSliderBar::positionFor(100000.0));
    QStyleOptionSlider option;
    option.initFrom(slider);
    option.orientation = slider->orientation();
    option.state |= QStyle::State_Horizontal;
    option.minimum = slider->minimum();
    option.maximum = slider->maximum();
    option.sliderPosition = slider->sliderPosition();
    option.sliderValue = slider->value();
    option.singleStep = slider->singleStep();
    option.pageStep = slider->pageStep();
    const QRect handle = slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider);

    const Project before = document().project();
    const int steps = undoCount();
    QTest::mousePress(slider, Qt::LeftButton, {}, handle.center());
    QVERIFY(slider->isSliderDown());
    int last = slider->value();
    for (int dx : {15, 40, 70, 110}) {
        QTest::mouseMove(slider, handle.center() + QPoint(dx, 0));
        QVERIFY2(slider->value() > last, "the handle follows the mouse");
        last = slider->value();
        QCOMPARE(document().project().workload.users, UserSliderBar::usersAt(last));
        QCOMPARE(results().users, UserSliderBar::usersAt(last));
    }
    QTest::mouseRelease(slider, Qt::LeftButton, {}, handle.center() + QPoint(110, 0));
    // The slider is a view of the design: no undo step, nothing unsaved, the edit history as it was.
    QCOMPARE(undoCount(), steps);
    QVERIFY(!window().isWindowModified());
    QVERIFY(!document().isModified());
    QVERIFY(!action("undoAction")->isEnabled());
    QVERIFY(document().project() != before);  // ... yet the count is in the project that is saved
    QCOMPARE(document().project().workload.users, UserSliderBar::usersAt(last));
}

void TestDesigner::undoKeepsTheSliderUsers()
{
    // An edit, then slider moves: undoing the edit keeps the user count where the slider left it.
    QSlider *slider = window().sliderBar()->slider();
    Workload workload = document().project().workload;
    workload.peakToAverage += 0.5;
    designer::edits::changeWorkload(document(), workload, QStringLiteral("Edit peak"));
    QCOMPARE(undoCount(), 1);
    for (int position : {600, 400}) {
        slider->setSliderDown(true);
        slider->setValue(position - 10);
        slider->setValue(position);
        slider->setSliderDown(false);
    }
    QCOMPARE(undoCount(), 1);
    QCOMPARE(document().project().workload.users, 10000.0);
    QCOMPARE(results().users, 10000.0);
    action("undoAction")->trigger();
    QCOMPARE(document().project().workload.peakToAverage, workload.peakToAverage - 0.5);
    QCOMPARE(document().project().workload.users, 10000.0);
    QVERIFY(!window().isWindowModified());
    action("redoAction")->trigger();
    QCOMPARE(document().project().workload.peakToAverage, workload.peakToAverage);
    QCOMPARE(document().project().workload.users, 10000.0);
}

void TestDesigner::saturationAtOneMillionUsers()
{
    typeUsers(QStringLiteral("1M"));
    QCOMPARE(document().project().workload.users, 1e6);
    QCOMPARE(undoCount(), 0);
    const DesignResults &r = results();
    // `headroom-cli evaluate three-tier.json --users 1000000`: web saturated, cpu 376 %.
    QCOMPARE(qs(r.evaluation.bottleneck), QStringLiteral("web"));
    QVERIFY(r.component("web")->saturated);
    QVERIFY(node("web")->isSaturated());
    QCOMPARE(node("web")->barColor(), QColor(QRgb(0x7f1d1d)));
    QCOMPARE(node("web")->barColor(), utilizationColor(r.component("web")->utilization));
    for (const Component &component : document().project().components)
        QVERIFY2(node(component.id)->isBottleneck() == (component.id == r.evaluation.bottleneck), component.id.c_str());

    const auto label = [this](const char *name) {
        auto *found = window().findChild<QLabel *>(QString::fromLatin1(name));
        return found ? found->text() : QStringLiteral("<missing %1>").arg(QString::fromLatin1(name));
    };
    QVERIFY2(label("statusCost").contains(formatUsd(r.cost.monthlyUsd)), qPrintable(label("statusCost")));
    QVERIFY2(label("statusAvailability").contains(formatAvailability(r.evaluation.availability)),
             qPrintable(label("statusAvailability")));
    const ComponentResult &web = *r.component("web");
    QVERIFY2(label("statusBottleneck").contains(QStringLiteral("<b>Web tier</b> saturated (cpu ") + formatPercent(web.utilization)),
             qPrintable(label("statusBottleneck")));
    QCOMPARE(node("web")->badgeText(), QStringLiteral("SATURATED"));
    QVERIFY(r.evaluation.breaksAtUsers);
    QVERIFY2(label("statusBreaksAt").contains(formatCount(*r.evaluation.breaksAtUsers)), qPrintable(label("statusBreaksAt")));
}

void TestDesigner::barColoursFollowTheModel_data()
{
    QTest::addColumn<QString>("users");
    QTest::addColumn<double>("expectedUsers");
    QTest::newRow("10k users: every tier under 60 %") << QStringLiteral("10k") << 1e4;
    QTest::newRow("100k users: workers at 69 %") << QStringLiteral("100000") << 1e5;
    QTest::newRow("1M users: web and workers saturated") << QStringLiteral("1M") << 1e6;
}

void TestDesigner::barColoursFollowTheModel()
{
    QFETCH(QString, users);
    QFETCH(double, expectedUsers);
    typeUsers(users);
    QCOMPARE(document().project().workload.users, expectedUsers);
    const DesignResults &r = results();
    for (const ComponentResult &result : r.evaluation.components) {
        // The thresholds the README states: green < 60 %, amber < 85 %, red, dark red ≥ 100 %.
        const double u = result.utilization;
        const QColor expected = u >= 1.0 ? QColor(QRgb(0x7f1d1d)) : u >= 0.85 ? QColor(QRgb(0xdc2626))
                              : u >= 0.6 ? QColor(QRgb(0xf59e0b)) : QColor(QRgb(0x16a34a));
        NodeItem *item = node(result.id);
        QVERIFY2(item, result.id.c_str());
        QCOMPARE(item->utilization(), u);
        QCOMPARE(item->barColor(), expected);
        QCOMPARE(item->isSaturated(), u >= 1.0);
    }
}

void TestDesigner::utilizationColorThresholds_data()
{
    QTest::addColumn<double>("utilization");
    QTest::addColumn<QColor>("colour");
    const QColor green(QRgb(0x16a34a)), amber(QRgb(0xf59e0b)), red(QRgb(0xdc2626)), saturated(QRgb(0x7f1d1d));
    QTest::newRow("idle") << 0.0 << green;
    QTest::newRow("just under 60 %") << 0.5999 << green;
    QTest::newRow("60 %: amber") << 0.6 << amber;
    QTest::newRow("just under 85 %") << 0.8499 << amber;
    QTest::newRow("85 %: red") << 0.85 << red;
    QTest::newRow("just under 100 %") << 0.9999 << red;
    QTest::newRow("100 %: saturated") << 1.0 << saturated;
    QTest::newRow("376 % (web at 1M users)") << 3.76 << saturated;
}

void TestDesigner::utilizationColorThresholds()
{
    QFETCH(double, utilization);
    QFETCH(QColor, colour);
    QCOMPARE(utilizationColor(utilization), colour);
}

void TestDesigner::mouseMoveSnapsAndIsOneUndoStep()
{
    const Project before = document().project();
    NodeItem *web = node("web");
    const QPointF start = web->pos();
    QWidget *viewport = window().view()->viewport();
    const QPoint press = toView(web->mapToScene(QPointF(60.0, 50.0)));  // the body, not the handle
    const QPoint release = press + QPoint(47, 33);
    QTest::mousePress(viewport, Qt::LeftButton, {}, press);
    QTest::mouseMove(viewport, press + QPoint(20, 10));
    QTest::mouseMove(viewport, release);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, release);

    QCOMPARE(undoCount(), 1);
    const QPointF moved = start + window().view()->mapToScene(release) - window().view()->mapToScene(press);
    const Position expected{std::round(moved.x() / NodeItem::kGrid) * NodeItem::kGrid,
                            std::round(moved.y() / NodeItem::kGrid) * NodeItem::kGrid};
    QVERIFY(document().component("web")->position == expected);
    QVERIFY(!(expected == before.components[4].position));
    QCOMPARE(web->pos(), QPointF(expected.x, expected.y));
    CHECK(checkCanvasMirrors());  // the edges into and out of it follow
    CHECK(checkUndoRedo(before, Project(document().project())));
}

void TestDesigner::offGridPositionsAreShownAsSaved()
{
    // A file may place a component anywhere; the canvas shows it there, and clicking it
    // (no drag) changes nothing.
    Project project = document().project();
    project.components[5].position = {1213.5, 7.0};
    CHECK(loadProject(std::make_unique<ProjectDocument>(project)));
    QCOMPARE(node("cache")->pos(), QPointF(1213.5, 7.0));
    const QPoint body = toView(node("cache")->mapToScene(QPointF(60.0, 50.0)));
    QTest::mouseClick(window().view()->viewport(), Qt::LeftButton, {}, body);
    QVERIFY(node("cache")->isSelected());
    QCOMPARE(undoCount(), 0);
    QVERIFY(document().project() == project);
    QVERIFY(!window().isWindowModified());
}

void TestDesigner::editSelectedConnectionInInspector()
{
    window().scene()->clearSelection();
    EdgeItem *webToCache = window().scene()->edges().at(4);
    webToCache->setSelected(true);
    auto *page = qobject_cast<ConnectionInspector *>(window().inspector()->page());
    QVERIFY(page);
    auto *calls = page->findChild<QDoubleSpinBox *>(QStringLiteral("callsPerRequest"));
    auto *async = page->findChild<QCheckBox *>(QStringLiteral("async"));
    QVERIFY(calls && async);
    QCOMPARE(calls->value(), 2.0);
    const Project before = document().project();
    const double cacheRate = results().component("cache")->arrivalRatePerSecond;

    calls->setValue(2.5);
    calls->setValue(3.0);
    QTest::keyClick(calls, Qt::Key_Return);
    QCOMPARE(undoCount(), 1);
    QCOMPARE(document().project().connections[4].callsPerRequest, 3.0);
    // The cache receives calls × the web tier's rate: 3 calls instead of 2.
    QCOMPARE_REL(results().component("cache")->arrivalRatePerSecond, cacheRate * 3.0 / 2.0, 1e-9);
    QCOMPARE(window().inspector()->page(), page);  // the page being edited stays
    QVERIFY(window().scene()->selectedConnectionIndices() == std::vector<int>{4});

    async->click();
    QCOMPARE(undoCount(), 2);
    QVERIFY(document().project().connections[4].async);
    QVERIFY(window().scene()->edges().at(4)->isAsync());
    QCOMPARE(window().inspector()->page(), page);
    const Project after = document().project();
    action("undoAction")->trigger();
    QVERIFY(!async->isChecked());
    CHECK(checkUndoRedo(before, Project(document().project())));
    action("redoAction")->trigger();
    QVERIFY(document().project() == after);
    QVERIFY(window().scene()->edges().at(4)->isAsync());
    CHECK(checkCanvasMirrors());
}

// A soft connection keeps its time on the request path but never takes a request down: making
// web → db soft (three-tier's writes and cache misses) takes the database's downtime out of
// the system's, one undo step, drawn dotted.
void TestDesigner::softConnectionTakesItsTargetOffTheAvailabilityPath()
{
    int index = -1;
    for (size_t i = 0; i < document().project().connections.size(); ++i)
        if (document().project().connections[i].from == "web" && document().project().connections[i].to == "db")
            index = static_cast<int>(i);
    QVERIFY(index >= 0);
    window().scene()->clearSelection();
    window().scene()->edges().at(static_cast<size_t>(index))->setSelected(true);
    auto *page = qobject_cast<ConnectionInspector *>(window().inspector()->page());
    QVERIFY(page);
    auto *soft = page->findChild<QCheckBox *>(QStringLiteral("soft"));
    QVERIFY(soft);
    const double before = results().evaluation.unavailability;
    const double response = *results().evaluation.responseTimeMs;
    const int steps = undoCount();
    soft->click();
    QCOMPARE(undoCount(), steps + 1);
    QVERIFY(document().project().connections[static_cast<size_t>(index)].soft);
    QVERIFY(window().scene()->edges().at(static_cast<size_t>(index))->isSoft());
    QVERIFY(results().evaluation.unavailability < before);
    QCOMPARE_REL(*results().evaluation.responseTimeMs, response, 1e-12);  // still waited for
    action("undoAction")->trigger();
    QVERIFY(!soft->isChecked());
    QCOMPARE_REL(results().evaluation.unavailability, before, 1e-12);
}

// Redo answers the platform's own keys and nothing else (Ctrl+Shift+Z bound twice was
// ambiguous, so it did nothing); a move of several components reads "Move 2 components".
void TestDesigner::redoKeysAndUndoTexts()
{
    QCOMPARE(action("redoAction")->shortcuts(), QKeySequence::keyBindings(QKeySequence::Redo));
    edits::moveComponents(document(), {{"web", Position{40.0, 40.0}}, {"db", Position{80.0, 80.0}}});
    QCOMPARE(document().undoStack()->undoText(), QStringLiteral("Move 2 components"));
    const Project moved = document().project();
    QTest::keySequence(&window(), QKeySequence::Undo);
    QVERIFY(!(document().project() == moved));
    const QList<QKeySequence> redo = QKeySequence::keyBindings(QKeySequence::Redo);
    QVERIFY(!redo.isEmpty());
    QTest::keySequence(&window(), redo.front());
    QVERIFY(document().project() == moved);
}

void TestDesigner::deleteAndUndoRestoresConnectionIndices()
{
    const Project before = document().project();
    // "jobs" takes connections 7 and 8 with it; connection 4 (web → cache) is selected on its own.
    selectOnly({"jobs"});
    for (EdgeItem *edge : window().scene()->edges())
        if (edge->connectionIndex() == 4)
            edge->setSelected(true);
    QAction *remove = nullptr;
    for (QAction *candidate : window().actions())
        if (candidate->text() == QStringLiteral("&Delete"))
            remove = candidate;
    QVERIFY(remove);
    remove->trigger();

    QCOMPARE(undoCount(), 1);
    const Project &after = document().project();
    QCOMPARE(after.components.size(), before.components.size() - 1);
    QVERIFY(!document().component("jobs"));
    std::vector<Connection> expected = before.connections;
    expected.erase(expected.begin() + 8);
    expected.erase(expected.begin() + 7);
    expected.erase(expected.begin() + 4);
    QVERIFY(after.connections == expected);
    QVERIFY(!node("jobs"));
    QVERIFY(!qobject_cast<ComponentInspector *>(window().inspector()->page()));
    CHECK(checkCanvasMirrors());
    CHECK(checkUndoRedo(before, Project(after)));
}

void TestDesigner::pasteRenamesComponentsAndConnections()
{
    const Project before = document().project();
    selectOnly({"web", "cache"});
    std::unique_ptr<QMimeData> copied(window().scene()->copySelection());
    QVERIFY(copied);
    window().scene()->paste(copied.get());

    QCOMPARE(undoCount(), 1);
    const Project after = document().project();
    QCOMPARE(after.components.size(), before.components.size() + 2);
    QCOMPARE(after.connections.size(), before.connections.size() + 1);
    const Component &web2 = after.components[after.components.size() - 2];
    const Component &cache2 = after.components.back();
    QCOMPARE(qs(web2.id), QStringLiteral("web-2"));
    QCOMPARE(qs(cache2.id), QStringLiteral("cache-2"));
    QVERIFY(web2.params == before.components[4].params);
    // Pasted as a group (same offset for both copies) onto free space: no copy overlaps a node.
    const double dx = web2.position.x - before.components[4].position.x;
    const double dy = web2.position.y - before.components[4].position.y;
    QVERIFY(dx != 0.0 || dy != 0.0);
    QCOMPARE(cache2.position.x - before.components[5].position.x, dx);
    QCOMPARE(cache2.position.y - before.components[5].position.y, dy);
    for (const Component *copy : {&web2, &cache2})
        for (const Component &original : before.components)
            QVERIFY2(!DiagramScene::nodeRect(copy->position).intersects(DiagramScene::nodeRect(original.position)),
                     original.id.c_str());
    // Only the connection between the copied pair comes along, renamed to the copies.
    const Connection expected{"web-2", "cache-2", 2.0, TrafficClass::Read, false};
    QVERIFY(after.connections.back() == expected);
    QVERIFY(node("web-2")->isSelected() && node("cache-2")->isSelected());
    QVERIFY(!node("web")->isSelected());
    QVERIFY(!results().compileError);
    QCOMPARE(results().evaluation.components.size(), after.components.size());
    CHECK(checkCanvasMirrors());
    CHECK(checkUndoRedo(before, after));
}

QTEST_MAIN(TestDesigner)
#include "tst_designer.moc"

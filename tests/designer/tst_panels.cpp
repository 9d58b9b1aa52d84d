// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The designer's panels and window layout (issue 15): the palette's search and keyboard,
// the inspector for a multiple selection and its bulk edits, the window on a 1366×768 laptop,
// the inspector without a sideways scroll bar, the Help menu, and a tooltip on every control.
// A MainWindow on resources/examples/three-tier.json, as in tst_designer.cpp.

#include "DesignerFixture.h"

#include "app/designer/HelpMenu.h"
#include "app/designer/ShortcutsDialog.h"
#include "app/designer/panels/ComponentInspector.h"
#include "app/designer/panels/ComponentSynonyms.h"
#include "app/designer/panels/InspectorPanel.h"
#include "app/designer/panels/MultiSelectionInspector.h"
#include "app/designer/panels/PalettePanel.h"
#include "app/designer/panels/ParamField.h"

#include "pricing/PriceBookFile.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QStyleOptionSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWheelEvent>

#include <algorithm>

using namespace headroom;
using namespace headroom::designer;
using headroom::test::DesignerFixture;
using headroom::test::qs;

class TestPanels : public DesignerFixture
{
    Q_OBJECT

private:
    void checkInspectorFits(const QString &what);
    QStringList controlsWithoutTooltips() const;
    QDockWidget *dock(const char *name) const { return window().findChild<QDockWidget *>(QString::fromLatin1(name)); }
    MultiSelectionInspector *multiPage() const
    {
        return qobject_cast<MultiSelectionInspector *>(window().inspector()->page());
    }

private slots:
    void initTestCase() { initFixture(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void everyTypeHasSynonyms();
    void paletteFindsTypesByWhatTheyAre_data();
    void paletteFindsTypesByWhatTheyAre();
    void paletteSaysWhenNothingMatches();
    void paletteKeyboardPlacesTypes();
    void multiSelectionHeadingFollowsTheSelection();
    void multiSelectionSumsTheCost();
    void bulkEditIsOneUndoStep();
    void bulkEditShowsMixedValues();
    void bulkEditOfAMixedFlag();
    void heldSpinArrowIsOneBulkStep();
    void windowFitsALaptopScreen();
    void inspectorNeverScrollsSideways();
    void reopenedInspectorKeepsItsWidth();
    void wheelScrollsTheInspectorNotTheFields();
    void everyControlHasATooltip();
    void saveAsHasAKeyEverywhere();
    void shortcutsDialogListsEveryShortcut();
    void aboutNamesVersionLicenceAndPrices();
};

// A type missing from the table would only be found by its AWS name.
void TestPanels::everyTypeHasSynonyms()
{
    for (const ComponentSpec &spec : Catalog::builtIn().all())
        QVERIFY2(!componentSynonyms(qs(spec.type)).isEmpty(), spec.type.c_str());
}

void TestPanels::paletteFindsTypesByWhatTheyAre_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("types");  // in palette order
    const auto row = [](const char *query, QStringList types) {
        QTest::newRow(query) << QString::fromUtf8(query) << types;
    };
    row("redis", {QStringLiteral("elasticache")});
    row("Memcached", {QStringLiteral("elasticache")});
    row("valkey", {QStringLiteral("elasticache")});
    row("cache", {QStringLiteral("elasticache")});  // by name; CloudFront's summary mentions caching
    row("database", {QStringLiteral("rds"), QStringLiteral("aurora"), QStringLiteral("dynamodb")});
    row("postgres", {QStringLiteral("rds"), QStringLiteral("aurora")});
    row("mysql", {QStringLiteral("rds"), QStringLiteral("aurora")});
    row("sql", {QStringLiteral("rds"), QStringLiteral("aurora")});  // not "nosql"
    row("nosql", {QStringLiteral("dynamodb")});
    row("db", {QStringLiteral("rds"), QStringLiteral("aurora"), QStringLiteral("dynamodb")});  // "dynamodb" contains it
    row("queue", {QStringLiteral("sqs")});  // not every M/M/c queue of the summaries
    row("cdn", {QStringLiteral("cloudfront")});
    row("dns", {QStringLiteral("route53")});
    row("load balancer", {QStringLiteral("alb")});
    row("  LB ", {QStringLiteral("alb")});
    row("function", {QStringLiteral("lambda")});
    row("serverless", {QStringLiteral("lambda")});
    row("vm", {QStringLiteral("ec2"), QStringLiteral("asg")});
    row("server", {QStringLiteral("ec2"), QStringLiteral("asg"), QStringLiteral("lambda")});  // "serverless" starts so
    row("instance", {QStringLiteral("ec2"), QStringLiteral("asg")});
    row("search", {QStringLiteral("opensearch")});
    row("elasticsearch", {QStringLiteral("opensearch")});
    row("bucket", {QStringLiteral("s3")});
    row("object", {QStringLiteral("s3")});
    row("container", {QStringLiteral("ecs_fargate")});
    row("firewall", {QStringLiteral("waf")});
    // Nothing by name or synonym: the summaries ("… in front of CloudFront, an ALB or API Gateway").
    row("in front of", {QStringLiteral("waf")});
    row("little's law", {QStringLiteral("lambda")});
}

void TestPanels::paletteFindsTypesByWhatTheyAre()
{
    QFETCH(QString, query);
    QFETCH(QStringList, types);
    QLineEdit *filter = window().palette()->filterField();
    QTest::keyClicks(filter, query);
    QCOMPARE(window().palette()->visibleTypes(), types);
    QVERIFY(window().palette()->noMatchLabel()->isHidden());
}

void TestPanels::paletteSaysWhenNothingMatches()
{
    PalettePanel *palette = window().palette();
    QTest::keyClicks(palette->filterField(), QStringLiteral("xyzzy"));
    QCOMPARE(palette->visibleTypes(), QStringList());
    QVERIFY(palette->noMatchLabel()->isVisible());
    QCOMPARE(palette->noMatchLabel()->text(), QStringLiteral("No component matches “xyzzy”"));
    QSignalSpy added(palette, &PalettePanel::addRequested);
    QTest::keyClick(palette->filterField(), Qt::Key_Return);  // nothing to place
    QCOMPARE(added.count(), 0);
    QTest::keyClick(palette->filterField(), Qt::Key_Escape);
    QCOMPARE(palette->filterField()->text(), QString());
    QVERIFY(palette->noMatchLabel()->isHidden());
    QCOMPARE(palette->visibleTypes().size(), static_cast<qsizetype>(Catalog::builtIn().all().size()));
}

// Enter in the search box places the first match; Down, Down, Enter places the second.
void TestPanels::paletteKeyboardPlacesTypes()
{
    PalettePanel *palette = window().palette();
    QLineEdit *filter = palette->filterField();
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("database"));
    const size_t before = document().project().components.size();
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(document().project().components.size(), before + 1);
    QCOMPARE(qs(document().project().components.back().type), QStringLiteral("rds"));

    QTest::keyClick(filter, Qt::Key_Down);
    QCOMPARE(window().focusWidget(), static_cast<QWidget *>(palette->tree()));  // the window need not be active
    QCOMPARE(palette->tree()->currentItem()->text(0), QStringLiteral("RDS"));
    QTest::keyClick(palette->tree(), Qt::Key_Down);
    QCOMPARE(palette->tree()->currentItem()->text(0), QStringLiteral("Aurora"));
    QTest::keyClick(palette->tree(), Qt::Key_Return);
    QCOMPARE(document().project().components.size(), before + 2);
    QCOMPARE(qs(document().project().components.back().type), QStringLiteral("aurora"));
    QCOMPARE(undoCount(), 2);
}

// The heading counts what is selected, and follows the selection as it grows.
void TestPanels::multiSelectionHeadingFollowsTheSelection()
{
    selectOnly({"web", "workers"});
    QVERIFY(multiPage());
    QCOMPARE(multiPage()->heading()->text(), QStringLiteral("<b>2 components, 0 connections selected</b>"));
    node("db")->setSelected(true);
    QVERIFY(multiPage());
    QCOMPARE(multiPage()->heading()->text(), QStringLiteral("<b>3 components, 0 connections selected</b>"));
    window().scene()->edges().front()->setSelected(true);
    QCOMPARE(multiPage()->heading()->text(), QStringLiteral("<b>3 components, 1 connection selected</b>"));
    QCOMPARE(multiPage()->findChild<QLabel *>(QStringLiteral("selectionTypes"))->text(),
             QStringLiteral("2 × Auto Scaling group, 1 × RDS"));
    node("web")->setSelected(false);
    node("workers")->setSelected(false);
    QCOMPARE(multiPage()->heading()->text(), QStringLiteral("<b>1 component, 1 connection selected</b>"));
}

// The summed cost is the sum of the components' own cost figures.
void TestPanels::multiSelectionSumsTheCost()
{
    selectOnly({"web", "workers", "db"});
    QVERIFY(multiPage());
    double usd = 0.0;
    for (const char *id : {"web", "workers", "db"}) {
        const ComponentCost *cost = results().componentCost(id);
        QVERIFY(cost);
        QVERIFY(cost->monthlyUsd > 0.0);
        usd += cost->monthlyUsd;
    }
    QCOMPARE(multiPage()->costLabel()->text(), QStringLiteral("Monthly cost: <b>%1</b> / month").arg(formatUsd(usd)));
}

// Two Auto Scaling groups share every parameter; one edit sets it on both, as one undo step.
void TestPanels::bulkEditIsOneUndoStep()
{
    selectOnly({"web", "workers"});
    QVERIFY(multiPage());
    const std::vector<std::string> shared = multiPage()->sharedParamNames();
    QVERIFY(std::find(shared.begin(), shared.end(), "instance_type") != shared.end());
    QVERIFY(std::find(shared.begin(), shared.end(), "max_instances") != shared.end());
    auto *types = multiPage()->findChild<QComboBox *>(QStringLiteral("editor_instance_type"));
    QVERIFY(types);
    const Project before = document().project();
    const int index = types->findData(QStringLiteral("m6i.xlarge"));
    QVERIFY(index >= 0);
    types->setCurrentIndex(index);
    emit types->activated(index);
    QCOMPARE(undoCount(), 1);
    QCOMPARE(document().undoStack()->undoText(), QStringLiteral("Set instance_type on 2 components"));
    for (const char *id : {"web", "workers"})
        QCOMPARE(qs(std::get<std::string>(document().component(id)->params.at("instance_type"))),
                 QStringLiteral("m6i.xlarge"));
    QVERIFY(multiPage());  // the page and its selection stay
    QCOMPARE(types->currentData().toString(), QStringLiteral("m6i.xlarge"));
    const Project after = document().project();
    CHECK(checkUndoRedo(before, after));
    QCOMPARE(undoCount(), 1);

    // An RDS database shares no instance type (another family) but does share its service time.
    node("db")->setSelected(true);
    QVERIFY(multiPage());
    QVERIFY(!multiPage()->field("instance_type"));
    QVERIFY(multiPage()->field("service_time_ms"));
}

// web runs at most 12 instances, workers 10: "mixed" until one value is set on both.
void TestPanels::bulkEditShowsMixedValues()
{
    selectOnly({"web", "workers"});
    QVERIFY(multiPage());
    ParamField *maximum = multiPage()->field("max_instances");
    QVERIFY(maximum);
    QVERIFY(maximum->isMixed());
    auto *spin = qobject_cast<QDoubleSpinBox *>(maximum->editor());
    QVERIFY(spin);
    QCOMPARE(spin->text(), QStringLiteral("mixed"));
    auto *types = multiPage()->findChild<QComboBox *>(QStringLiteral("editor_instance_type"));
    QCOMPARE(types->currentIndex(), -1);  // m6i.large and c6i.large
    QCOMPARE(types->placeholderText(), QStringLiteral("mixed"));
    QVERIFY(multiPage()->field("db_pool_size")->isMixed());  // 10 and 5
    QVERIFY(!multiPage()->field("ebs_gb")->isMixed());        // both the default

    spin->setValue(20.0);
    QCOMPARE(undoCount(), 1);
    QCOMPARE(document().undoStack()->undoText(), QStringLiteral("Set max_instances on 2 components"));
    for (const char *id : {"web", "workers"})
        QCOMPARE(std::get<double>(document().component(id)->params.at("max_instances")), 20.0);
    QVERIFY(!maximum->isMixed());
    QCOMPARE(spin->value(), 20.0);
    document().undoStack()->undo();
    QVERIFY(maximum->isMixed());
    QCOMPARE(std::get<double>(document().component("web")->params.at("max_instances")), 12.0);
    QCOMPARE(std::get<double>(document().component("workers")->params.at("max_instances")), 10.0);
}

// A 1366×768 laptop leaves about 1366×738 under a desktop panel. The window used to ask for
// 738×747 (the advisor's findings, tabbed with the inspector, set the right column's height).
void TestPanels::windowFitsALaptopScreen()
{
    const QSize minimum = window().minimumSizeHint().expandedTo(window().minimumSize());
    QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 700,
             qPrintable(QStringLiteral("%1×%2").arg(minimum.width()).arg(minimum.height())));
    window().resize(1366, 738);
    QTRY_COMPARE(window().size(), QSize(1366, 738));
    QCoreApplication::processEvents();
    auto *slider = window().sliderBar()->findChild<QSlider *>(QStringLiteral("usersSlider"));
    QVERIFY(slider && slider->isVisible());
    QVERIFY2(slider->width() >= 300, qPrintable(QString::number(slider->width())));
    QVERIFY(window().sliderBar()->field()->isVisible());
    // Every panel is there and at least as large as it asks to be.
    for (const char *name : {"paletteDock", "inspectorDock", "chartsDock"}) {
        QDockWidget *each = dock(name);
        QVERIFY2(each && each->isVisible(), name);
        QVERIFY2(each->width() >= each->minimumSizeHint().width() && each->height() >= each->minimumSizeHint().height(), name);
    }
    QVERIFY(window().view()->viewport()->height() >= 200);
    QVERIFY(dock("inspectorDock")->width() >= 340);
    QVERIFY(dock("chartsDock")->height() >= 200);
}

// No horizontal scroll bar, and every visible widget of the page inside the viewport and at
// least as wide as its minimum (a combo box squeezed below it is clipped).
void TestPanels::checkInspectorFits(const QString &what)
{
    InspectorPanel *inspector = window().inspector();
    QCoreApplication::processEvents();
    QVERIFY2(!inspector->horizontalScrollBar()->isVisible(), qPrintable(what));
    QWidget *page = inspector->page();
    const int viewportWidth = inspector->viewport()->width();
    QVERIFY2(page->width() <= viewportWidth, qPrintable(what));
    const QList<QWidget *> children = page->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (!child->isVisible() || child->isWindow() || child->window() != &window())
            continue;
        const QString name = QStringLiteral("%1: %2 %3").arg(what, QString::fromLatin1(child->metaObject()->className()),
                                                             child->objectName());
        const int right = child->mapTo(inspector->viewport(), QPoint(child->width(), 0)).x();
        QVERIFY2(right <= viewportWidth, qPrintable(name + QStringLiteral(" ends at %1 of %2").arg(right).arg(viewportWidth)));
        if (qobject_cast<QComboBox *>(child))
            QVERIFY2(child->width() >= child->minimumSizeHint().width(), qPrintable(name));
        // A spin box's hint is sized for its maximum (1e12); the value it shows must fit.
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(child)) {
            QStyleOptionSpinBox option;
            option.initFrom(spin);
            option.subControls = QStyle::SC_SpinBoxEditField;
            const QRect field = spin->style()->subControlRect(QStyle::CC_SpinBox, &option, QStyle::SC_SpinBoxEditField, spin);
            QVERIFY2(spin->fontMetrics().horizontalAdvance(spin->text()) <= field.width(),
                     qPrintable(name + QStringLiteral(" clips “%1”").arg(spin->text())));
        }
    }
}

// At the default layout on a laptop, for every component of three-tier (two Auto Scaling
// groups with their instance lists and cost tables, a Multi-AZ database), the project and a
// connection.
void TestPanels::inspectorNeverScrollsSideways()
{
    window().resize(1366, 738);
    QTRY_COMPARE(window().size(), QSize(1366, 738));
    QCOMPARE(dock("inspectorDock")->width(), 360);  // the default width
    QCOMPARE(window().inspector()->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    for (const Component &component : document().project().components) {
        selectOnly({component.id.c_str()});
        QVERIFY(qobject_cast<ComponentInspector *>(window().inspector()->page()));
        CHECK(checkInspectorFits(qs(component.id)));
        if (component.type == "asg") {
            auto *table = window().inspector()->page()->findChild<QTableWidget *>(QStringLiteral("costLines"));
            QVERIFY(table && table->rowCount() > 0);
            QVERIFY(!table->horizontalScrollBar()->isVisible());
            QVERIFY(table->horizontalHeader()->length() <= table->viewport()->width());
        }
    }
    window().scene()->clearSelection();
    CHECK(checkInspectorFits(QStringLiteral("project")));
    window().scene()->edges().front()->setSelected(true);
    CHECK(checkInspectorFits(QStringLiteral("connection")));
    selectOnly({"web", "workers", "db"});
    CHECK(checkInspectorFits(QStringLiteral("three components")));

    // With regions the pages gain region and zone lists and the regions table.
    QString error;
    auto regional = ProjectDocument::open(QStringLiteral(":/templates/07-multi-region-active-active.json"), &error);
    QVERIFY2(regional, qPrintable(error));
    QVERIFY(!regional->project().regions.empty());
    window().setDocument(std::move(regional));
    QCoreApplication::processEvents();
    CHECK(checkInspectorFits(QStringLiteral("multi-region project")));
    for (const Component &component : document().project().components) {
        window().scene()->clearSelection();
        window().scene()->node(component.id)->setSelected(true);
        QVERIFY(window().inspector()->page()->findChild<QComboBox *>(QStringLiteral("regionField")));
        CHECK(checkInspectorFits(QStringLiteral("multi-region ") + qs(component.id)));
    }
}

// Closed and reopened from the View menu, the inspector comes back as wide as it was, in front.
void TestPanels::reopenedInspectorKeepsItsWidth()
{
    QDockWidget *inspector = dock("inspectorDock");
    window().resizeDocks({inspector}, {430}, Qt::Horizontal);
    QTRY_COMPARE(inspector->width(), 430);
    inspector->close();  // its title bar's close button
    QTRY_VERIFY(!inspector->isVisible());
    QTest::qWait(50);  // the window lays out without it, the advisor's tab in front
    inspector->toggleViewAction()->trigger();
    QTRY_VERIFY(inspector->isVisible());
    QTRY_COMPARE(inspector->width(), 430);
    // In front of the advisor: the tab bar of their group shows the inspector's tab.
    QTabBar *tabs = nullptr;
    for (QTabBar *each : window().findChildren<QTabBar *>(Qt::FindDirectChildrenOnly))
        for (int tab = 0; tab < each->count(); ++tab)
            tabs = each->isVisible() && each->tabText(tab) == inspector->windowTitle() ? each : tabs;
    QVERIFY(tabs);
    QTRY_COMPARE(tabs->tabText(tabs->currentIndex()), inspector->windowTitle());
    QVERIFY(window().inspector()->isVisible());
}

// Interactive widgets a user can see in the docks and the slider bar with no tooltip. Only
// Qt's own parts of a control are allowed: a spin box's or combo box's line edit, a line
// edit's clear button, a dock's title-bar buttons, a tab bar's scroll arrows.
QStringList TestPanels::controlsWithoutTooltips() const
{
    QStringList missing;
    QList<QWidget *> roots = {window().sliderBar()};
    for (QDockWidget *each : window().findChildren<QDockWidget *>())
        roots << each;
    for (QWidget *root : std::as_const(roots)) {
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
                                 || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QLineEdit *>(widget)
                                 || qobject_cast<QSlider *>(widget);
            if (!control || !widget->isVisible() || !widget->toolTip().isEmpty())
                continue;
            QWidget *parent = widget->parentWidget();
            const bool internal = (qobject_cast<QLineEdit *>(widget)
                                   && (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent)))
                                  || (qobject_cast<QAbstractButton *>(widget)
                                      && (qobject_cast<QLineEdit *>(parent) || qobject_cast<QDockWidget *>(parent)
                                          || qobject_cast<QTabBar *>(parent)))
                                  || widget->objectName().startsWith(QStringLiteral("qt_"));
            if (!internal)
                missing << QStringLiteral("%1 %2 “%3” in %4")
                               .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                    qobject_cast<QAbstractButton *>(widget) ? qobject_cast<QAbstractButton *>(widget)->text()
                                                                            : QString(),
                                    root->objectName());
        }
    }
    return missing;
}

// Every page of the inspector (the project, each component of three-tier, a connection, a
// multiple selection), every tab of the charts, the palette and the slider bar.
void TestPanels::everyControlHasATooltip()
{
    QStringList missing;
    QSet<QString> seen;
    const auto collect = [&](const QString &state) {
        QCoreApplication::processEvents();
        for (const QString &each : controlsWithoutTooltips())
            if (!seen.contains(each)) {
                seen.insert(each);
                missing << state + QStringLiteral(": ") + each;
            }
    };
    window().scene()->clearSelection();
    collect(QStringLiteral("project"));
    for (const Component &component : document().project().components) {
        selectOnly({component.id.c_str()});
        collect(qs(component.id));
    }
    window().scene()->edges().front()->setSelected(true);
    collect(QStringLiteral("connection + workers"));
    selectOnly({"web", "workers", "db"});
    collect(QStringLiteral("three components"));
    dock("advisorDock")->raise();
    collect(QStringLiteral("advisor"));
    dock("inspectorDock")->raise();
    for (QTabWidget *tabs : dock("chartsDock")->findChildren<QTabWidget *>())
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            collect(QStringLiteral("charts tab ") + tabs->tabText(tab));
        }
    // A project with regions: region and zone lists, the regions table's buttons.
    QString error;
    auto regional = ProjectDocument::open(QStringLiteral(":/templates/07-multi-region-active-active.json"), &error);
    QVERIFY2(regional, qPrintable(error));
    window().setDocument(std::move(regional));
    window().scene()->clearSelection();
    collect(QStringLiteral("multi-region project"));
    for (const Component &component : document().project().components) {
        window().scene()->clearSelection();
        window().scene()->node(component.id)->setSelected(true);
        collect(QStringLiteral("multi-region ") + qs(component.id));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("\n"))));
}

// Scrolling down the inspector with the wheel over an instance list or a spin box used to
// change the value under the pointer, an edit the user never meant.
void TestPanels::wheelScrollsTheInspectorNotTheFields()
{
    window().resize(1366, 738);
    QTRY_COMPARE(window().size(), QSize(1366, 738));
    selectOnly({"web"});
    QCoreApplication::processEvents();
    InspectorPanel *inspector = window().inspector();
    QScrollBar *scroll = inspector->verticalScrollBar();
    QVERIFY(scroll->maximum() > 0);
    const Project before = document().project();
    for (const char *name : {"editor_instance_type", "editor_max_instances"}) {
        auto *editor = inspector->page()->findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(editor && editor->isVisible() && !editor->hasFocus(), name);
        const int scrolled = scroll->value();
        const QPoint at = editor->rect().center();
        QWheelEvent wheel(at, editor->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(editor, &wheel);
        QVERIFY2(scroll->value() > scrolled, name);
        QVERIFY2(document().project() == before, name);
    }
    // The project's workload fields too.
    window().scene()->clearSelection();
    QCoreApplication::processEvents();
    QVERIFY(inspector->verticalScrollBar()->maximum() > 0);
    inspector->verticalScrollBar()->setValue(0);
    auto *requests = inspector->page()->findChild<QDoubleSpinBox *>(QStringLiteral("requestsPerUser"));
    QVERIFY(requests && !requests->hasFocus());
    const QPoint at = requests->rect().center();
    QWheelEvent wheel(at, requests->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(requests, &wheel);
    QVERIFY(inspector->verticalScrollBar()->value() > 0);
    QVERIFY(document().project() == before);
    QCOMPARE(undoCount(), 0);
}

// A held arrow sets 13, 14, 15 on both groups: one undo step back to 12 and 10. The next
// gesture (after the field loses focus) is a step of its own.
void TestPanels::heldSpinArrowIsOneBulkStep()
{
    selectOnly({"web", "workers"});
    QVERIFY(multiPage());
    auto *spin = qobject_cast<QDoubleSpinBox *>(multiPage()->field("max_instances")->editor());
    QVERIFY(spin);
    const Project before = document().project();
    for (double value : {13.0, 14.0, 15.0})
        spin->setValue(value);
    QCOMPARE(undoCount(), 1);
    QCOMPARE(document().undoStack()->undoText(), QStringLiteral("Set max_instances on 2 components"));
    for (const char *id : {"web", "workers"})
        QCOMPARE(std::get<double>(document().component(id)->params.at("max_instances")), 15.0);
    QCOMPARE(spin->value(), 15.0);
    const Project after = document().project();
    emit spin->editingFinished();  // the gesture ends
    spin->setValue(16.0);
    QCOMPARE(undoCount(), 2);
    document().undoStack()->undo();
    QVERIFY(document().project() == after);
    document().undoStack()->undo();
    QVERIFY(document().project() == before);
    QVERIFY(multiPage()->field("max_instances")->isMixed());
}

// three-tier's database is Multi-AZ; a second RDS added from the palette is not.
void TestPanels::bulkEditOfAMixedFlag()
{
    window().palette()->setFilter(QStringLiteral("rds"));
    emit window().palette()->addRequested(QStringLiteral("rds"));
    const std::string added = document().project().components.back().id;
    QCOMPARE(qs(document().project().components.back().type), QStringLiteral("rds"));
    selectOnly({"db", added.c_str()});
    QVERIFY(multiPage());
    auto *multiAz = multiPage()->findChild<QCheckBox *>(QStringLiteral("editor_multi_az"));
    QVERIFY(multiAz);
    QCOMPARE(multiAz->checkState(), Qt::PartiallyChecked);
    const int steps = undoCount();
    multiAz->click();
    QCOMPARE(undoCount(), steps + 1);
    QCOMPARE(document().undoStack()->undoText(), QStringLiteral("Set multi_az on 2 components"));
    for (const std::string &id : {std::string("db"), added})
        QCOMPARE(std::get<bool>(document().component(id)->params.at("multi_az")), true);
    QCOMPARE(multiAz->checkState(), Qt::Checked);
    multiAz->click();
    QCOMPARE(undoCount(), steps + 2);
    for (const std::string &id : {std::string("db"), added})
        QCOMPARE(std::get<bool>(document().component(id)->params.at("multi_az")), false);
}

// QKeySequence::SaveAs is empty on the offscreen platform (and some desktop themes).
void TestPanels::saveAsHasAKeyEverywhere()
{
    QAction *saveAs = action("saveAsAction");
    QVERIFY(saveAs);
    const QList<QKeySequence> standard = QKeySequence::keyBindings(QKeySequence::SaveAs);
    if (standard.isEmpty())
        QCOMPARE(saveAs->shortcuts(), QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    else
        QCOMPARE(saveAs->shortcuts(), standard);
    // No other action of the window claims the same keys: an ambiguous shortcut does nothing.
    QHash<QString, QString> owner;
    const QList<QAction *> actions = window().findChildren<QAction *>();
    for (const QAction *each : actions)
        for (const QKeySequence &keys : each->shortcuts()) {
            const QString text = keys.toString(QKeySequence::PortableText);
            QVERIFY2(!owner.contains(text) || owner.value(text) == each->text(),
                     qPrintable(text + QStringLiteral(": ") + owner.value(text) + QStringLiteral(" and ") + each->text()));
            owner.insert(text, each->text());
        }
}

// The dialog reads the window's actions when it opens: one added afterwards is listed too.
void TestPanels::shortcutsDialogListsEveryShortcut()
{
    auto *help = window().findChild<HelpMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(help);
    QVERIFY(window().menuBar()->actions().contains(help->menuAction()));
    auto *later = new QAction(QStringLiteral("&Frobnicate…"), &window());
    later->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    window().addAction(later);

    ShortcutsDialog dialog(&window());
    QHash<QString, QString> listed;
    for (int row = 0; row < dialog.keys()->rowCount(); ++row)
        listed.insert(dialog.keys()->item(row, 0)->text(), dialog.keys()->item(row, 1)->text());
    const auto native = [this](const char *name) {
        QStringList keys;
        for (const QKeySequence &sequence : action(name)->shortcuts())
            keys << sequence.toString(QKeySequence::NativeText);
        return keys.join(QStringLiteral(" or "));
    };
    QCOMPARE(listed.value(QStringLiteral("Undo")), native("undoAction"));
    QCOMPARE(listed.value(QStringLiteral("Undo")), QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
    QVERIFY(!listed.value(QStringLiteral("Undo")).isEmpty());
    QCOMPARE(listed.value(QStringLiteral("Redo")), native("redoAction"));
    QVERIFY(!listed.value(QStringLiteral("Redo")).isEmpty());
    QCOMPARE(listed.value(QStringLiteral("Save as")),
             action("saveAsAction")->shortcut().toString(QKeySequence::NativeText));
    QCOMPARE(listed.value(QStringLiteral("Save as")), QKeySequence(QStringLiteral("Ctrl+Shift+S")).toString(QKeySequence::NativeText));
    QVERIFY(!listed.value(QStringLiteral("Keyboard shortcuts")).isEmpty());  // the dialog's own key
    QCOMPARE(listed.value(QStringLiteral("Frobnicate")), QKeySequence(QStringLiteral("Ctrl+Alt+F")).toString(QKeySequence::NativeText));
    QCOMPARE(listed.value(QStringLiteral("Delete")),
             QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText) + QStringLiteral(" or ")
                 + QKeySequence(Qt::Key_Backspace).toString(QKeySequence::NativeText));
    // Every action with keys is there once; the gestures follow.
    int withKeys = 0;
    QSet<QAction *> distinct;
    for (QAction *each : window().findChildren<QAction *>())
        if (!each->shortcuts().isEmpty() && !each->text().isEmpty())
            distinct.insert(each);
    withKeys = static_cast<int>(distinct.size());
    QCOMPARE(dialog.keys()->rowCount(), withKeys);
    QCOMPARE(dialog.gestures()->rowCount(), 8);
    QCOMPARE(dialog.gestures()->item(6, 0)->text(), QStringLiteral("F2"));
}

void TestPanels::aboutNamesVersionLicenceAndPrices()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    auto *help = window().findChild<HelpMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(help);
    QCOMPARE(help->aboutAction()->text(), QStringLiteral("&About Headroom"));
    const QString text = help->aboutText();
    QVERIFY2(text.contains(QStringLiteral("Headroom 9.8.7")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Apache License, Version 2.0")));
    QVERIFY(!bundledPriceBook().asOf.empty());
    QVERIFY2(text.contains(qs(bundledPriceBook().asOf)), qPrintable(text));
    for (const char *region : {"us-east-1", "us-west-2", "eu-west-1"})  // every bundled book, dated
        QVERIFY2(text.contains(QStringLiteral("Prices: %1, USD, as of ").arg(QLatin1String(region))), qPrintable(text));
    QCoreApplication::setApplicationVersion(QString());
}

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"

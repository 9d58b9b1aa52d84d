// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The designer's charts and stage table (app/designer/charts). The real curves come from
// EvaluationController on resources/examples/three-tier.json with the bundled price book, so
// every series is checked against the numbers the controller published; the edge cases
// (saturation, no nines, no components, a compile error) use hand-built results.

#include "ChartSeries.h"

#include "common/Compare.h"

#include "app/designer/EvaluationController.h"
#include "app/designer/charts/ChartsPanel.h"
#include "app/designer/charts/StageTableModel.h"
#include "pricing/PriceBookFile.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

#include <algorithm>

using namespace headroom;
using namespace headroom::designer;
using headroom::test::seriesNamed;

namespace {

constexpr int kCurvePoints = EvaluationController::kCurvePoints;

int countNamed(QChart *chart, const QString &objectName)
{
    const QList<QAbstractSeries *> all = chart->series();
    return static_cast<int>(std::count_if(
        all.begin(), all.end(), [&](QAbstractSeries *series) { return series->objectName() == objectName; }));
}

// A design of `components` components over three points, one stage, availability 99.9 %
// except at the last point where nothing can fail.
std::shared_ptr<DesignCurves> handCurves(int components)
{
    auto curves = std::make_shared<DesignCurves>();
    for (int i = 0; i < components; ++i) {
        const std::string number = std::to_string(i);
        curves->componentIds.push_back(std::string("c").append(number));
        curves->componentLabels.push_back(std::string("Component ").append(number));
    }
    const double users[] = { 1.0, 1e4, 1e8 };
    const double utilization[] = { 0.01, 0.5, 40.0 }; // the last is far past saturation
    const std::optional<double> nines[] = { 3.0, 3.0, std::nullopt };
    for (int p = 0; p < 3; ++p) {
        CurvePoint point;
        point.users = users[p];
        point.monthlyUsd = 100.0 * (p + 1);
        point.nines = nines[p];
        point.utilizationByComponent.assign(static_cast<size_t>(components), utilization[p]);
        curves->points.push_back(point);
    }
    StageRow stage;
    stage.name = "Launch";
    stage.users = 1e4;
    curves->stages.push_back(stage);
    return curves;
}

DesignResultsPtr resultsWith(std::shared_ptr<const DesignCurves> curves, double users)
{
    auto results = std::make_shared<DesignResults>();
    results->users = users;
    results->curves = std::move(curves);
    return results;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<EvaluationController> m_controller;
    DesignResultsPtr m_results; // three-tier at its own 100 000 users

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QString error;
        m_document = ProjectDocument::open(
            QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/three-tier.json"), &error);
        QVERIFY2(m_document, qPrintable(error));
        m_controller = std::make_unique<EvaluationController>(bundledPriceBook());
        m_controller->setDocument(m_document.get());
        m_controller->settle();  // the curves are swept on a worker thread
        m_results = m_controller->results();
        QVERIFY(m_results);
        QVERIFY(!m_results->compileError);
        QCOMPARE(m_results->curves->points.size(), size_t(kCurvePoints));
        QCOMPARE(m_results->curves->stages.size(), size_t(4));
        QCOMPARE(m_results->users, 100000.0);
    }

    // One point per sweep point, at the published users and monthly cost.
    void costSeriesFollowsCurves()
    {
        ChartsPanel panel;
        panel.setResults(m_results);
        QLineSeries *cost = seriesNamed(panel.costChart(), QStringLiteral("cost"));
        QVERIFY(cost);
        QCOMPARE(cost->count(), kCurvePoints);
        for (int i = 0; i < kCurvePoints; ++i) {
            const CurvePoint &point = m_results->curves->points[size_t(i)];
            QCOMPARE_REL(cost->at(i).x(), point.users, 1e-12);
            QCOMPARE_REL(cost->at(i).y(), point.monthlyUsd, 1e-12);
        }
        // The cost curve, four stage lines and the marker.
        QCOMPARE(panel.costChart()->series().size(), 1 + 4 + 1);
        QCOMPARE(countNamed(panel.costChart(), QStringLiteral("stage")), 4);
    }

    void utilizationHasOneSeriesPerComponent()
    {
        ChartsPanel panel;
        panel.setResults(m_results);
        const DesignCurves &curves = *m_results->curves;
        QCOMPARE(curves.componentIds.size(), size_t(8)); // every component but the users entry
        const QList<QAbstractSeries *> all = panel.utilizationChart()->series();
        // Components, the 70 % and 100 % lines, four stage lines, the marker.
        QCOMPARE(all.size(), 8 + 2 + 4 + 1);
        // The components' curves in the design's order (after the reference lines, which the
        // chart keeps from one design to the next).
        QList<QLineSeries *> components;
        for (QAbstractSeries *series : all)
            if (std::find(curves.componentIds.begin(), curves.componentIds.end(), series->objectName().toStdString())
                != curves.componentIds.end())
                components.append(qobject_cast<QLineSeries *>(series));
        QCOMPARE(components.size(), qsizetype(8));
        for (size_t c = 0; c < curves.componentIds.size(); ++c) {
            QLineSeries *series = components[qsizetype(c)];
            QVERIFY(series);
            QCOMPARE(series->objectName(), QString::fromStdString(curves.componentIds[c]));
            QCOMPARE(series->name(), QString::fromStdString(curves.componentLabels[c]));
            QCOMPARE(series->count(), kCurvePoints);
            for (int i = 0; i < kCurvePoints; ++i) {
                const double percent = curves.points[size_t(i)].utilizationByComponent[c] * 100.0;
                QCOMPARE_REL(series->at(i).y(), std::min(percent, 150.0), 1e-12);
            }
        }
        QLineSeries *target = seriesNamed(panel.utilizationChart(), QStringLiteral("target"));
        QLineSeries *saturated = seriesNamed(panel.utilizationChart(), QStringLiteral("saturated"));
        QVERIFY(target && saturated);
        QCOMPARE(target->at(0).y(), 70.0);
        QCOMPARE(target->pen().style(), Qt::DashLine);
        QCOMPARE(saturated->at(1).y(), 100.0);
        QCOMPARE(saturated->pen().style(), Qt::SolidLine);
        QVERIFY(panel.utilizationChart()->legend()->isVisible());
    }

    // 4 000 % is drawn at the 150 % ceiling so the line stays on the chart.
    void utilizationIsClampedForDisplay()
    {
        ChartsPanel panel;
        panel.setResults(resultsWith(handCurves(2), 10.0));
        QLineSeries *series = seriesNamed(panel.utilizationChart(), QStringLiteral("c1"));
        QVERIFY(series);
        QCOMPARE(series->count(), 3);
        QCOMPARE(series->at(1).y(), 50.0);
        QCOMPARE(series->at(2).y(), 150.0);
    }

    void availabilitySkipsPointsWithoutNines()
    {
        ChartsPanel panel;
        panel.setResults(resultsWith(handCurves(1), 10.0));
        QLineSeries *nines = seriesNamed(panel.availabilityChart(), QStringLiteral("nines"));
        QVERIFY(nines);
        QCOMPARE(nines->count(), 2);
        QCOMPARE(nines->at(1), QPointF(1e4, 3.0));

        panel.setResults(m_results);
        nines = seriesNamed(panel.availabilityChart(), QStringLiteral("nines"));
        const auto withNines = std::count_if(m_results->curves->points.begin(),
            m_results->curves->points.end(), [](const CurvePoint &point) { return point.nines.has_value(); });
        QCOMPARE(nines->count(), int(withNines));
        QCOMPARE(nines->count(), kCurvePoints);
        // The SLA floor is drawn beside it, below it everywhere (both lose what is over a limit).
        QLineSeries *floor = seriesNamed(panel.availabilityChart(), QStringLiteral("slaNines"));
        QVERIFY(floor);
        QCOMPARE(floor->count(), kCurvePoints);
        for (int i = 0; i < kCurvePoints; ++i)
            QVERIFY2(floor->at(i).y() <= nines->at(i).y() + 1e-9,
                     qPrintable(QStringLiteral("%1 users: floor %2, expected %3").arg(floor->at(i).x()).arg(floor->at(i).y()).arg(nines->at(i).y())));
    }

    // Same curves, new user count: only the markers' points change; no series is replaced.
    void movingUsersMovesOnlyTheMarker()
    {
        ChartsPanel panel;
        panel.setResults(m_results);
        QCOMPARE(panel.markerUsers(), 100000.0);
        QList<QChart *> charts = { panel.costChart(), panel.utilizationChart(), panel.availabilityChart() };
        QList<QList<QAbstractSeries *>> before;
        QList<QList<QList<QPointF>>> pointsBefore;
        for (QChart *chart : charts) {
            before.append(chart->series());
            QList<QList<QPointF>> points;
            for (QAbstractSeries *series : chart->series())
                points.append(static_cast<QLineSeries *>(series)->points());
            pointsBefore.append(points);
        }

        auto moved = std::make_shared<DesignResults>(*m_results);
        moved->users = 250000.0;
        panel.setResults(moved);

        QCOMPARE(panel.markerUsers(), 250000.0);
        for (qsizetype c = 0; c < charts.size(); ++c) {
            QCOMPARE(charts[c]->series(), before[c]);
            QLineSeries *marker = seriesNamed(charts[c], QStringLiteral("marker"));
            QVERIFY(marker);
            QCOMPARE(marker->count(), 2);
            QCOMPARE(marker->at(0).x(), 250000.0);
            QCOMPARE(marker->at(1).x(), 250000.0);
            for (qsizetype s = 0; s < before[c].size(); ++s)
                if (before[c][s] != marker)
                    QCOMPARE(static_cast<QLineSeries *>(before[c][s])->points(), pointsBefore[c][s]);
        }
    }

    // A new curves pointer, even with equal contents, means a new design: the series are
    // redrawn from it, in place (issue 19: the same series with their points replaced, no
    // series removed and added again while the number of drawn curves stays).
    void newCurvesRebuildTheSeries()
    {
        ChartsPanel panel;
        panel.setResults(m_results);
        QLineSeries *oldCost = seriesNamed(panel.costChart(), QStringLiteral("cost"));
        panel.setResults(resultsWith(handCurves(3), 500.0));
        QLineSeries *newCost = seriesNamed(panel.costChart(), QStringLiteral("cost"));
        QCOMPARE(newCost, oldCost);
        QCOMPARE(newCost->count(), 3);
        QCOMPARE(panel.utilizationChart()->series().size(), 3 + 2 + 1 + 1);
        QCOMPARE(panel.markerUsers(), 500.0);
        QCOMPARE(panel.stageModel()->rowCount(), 1);
    }

    // Each stage label sits beside its line, where Qt Charts maps the stage's user count.
    void stageLabelsFollowTheirLines()
    {
        ChartsPanel panel;
        panel.resize(900, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setResults(m_results);
        QCoreApplication::processEvents();
        QChart *chart = panel.costChart();
        int labels = 0;
        QList<QGraphicsItem *> children; // the labels are boxes holding a text
        for (QGraphicsItem *child : chart->childItems())
            children += child->childItems();
        for (const StageRow &stage : m_results->curves->stages) {
            const QString name = QString::fromStdString(stage.name);
            QLineSeries *line = nullptr;
            for (QAbstractSeries *series : chart->series())
                if (series->objectName() == QStringLiteral("stage") && series->name() == name)
                    line = static_cast<QLineSeries *>(series);
            QVERIFY(line);
            const qreal x = chart->mapToPosition(line->at(0), line).x();
            for (QGraphicsItem *item : children) {
                auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item);
                if (!text || text->text() != name)
                    continue;
                ++labels;
                const qreal left = text->mapToItem(chart, QPointF(0.0, 0.0)).x();
                const qreal right = left + text->boundingRect().width();
                QVERIFY2(qAbs(left - (x + 3.0)) < 0.5 || qAbs(right - (x - 3.0)) < 0.5, qPrintable(name));
            }
        }
        QCOMPARE(labels, 4);
    }

    void stageModelShowsStages()
    {
        ChartsPanel panel;
        panel.setResults(m_results);
        QAbstractItemModel *model = panel.stageModel();
        const std::vector<StageRow> &stages = m_results->curves->stages;
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->columnCount(), 12);
        for (int row = 0; row < 4; ++row)  // the SLA floor, beside the expected availability
            QCOMPARE(model->index(row, StageTableModel::SlaFloorColumn).data(Qt::UserRole).toDouble(),
                     stages[size_t(row)].slaAvailability);
        for (int row = 0; row < 4; ++row) {
            const StageRow &stage = stages[size_t(row)];
            QVERIFY(!stage.bottleneck.empty());
            QCOMPARE(model->index(row, StageTableModel::BottleneckColumn).data().toString(),
                QString::fromStdString(stage.bottleneckLabel));  // the label a person reads, not the id
            QCOMPARE(model->index(row, StageTableModel::StageColumn).data().toString(),
                QString::fromStdString(stage.name));
            QCOMPARE(model->index(row, StageTableModel::MonthlyCostColumn).data(Qt::UserRole).toDouble(),
                stage.monthlyUsd);
        }
        QCOMPARE(model->index(0, StageTableModel::UsersColumn).data().toString(), QStringLiteral("10,000"));
        QCOMPARE(
            model->index(3, StageTableModel::UsersColumn).data().toString(), QStringLiteral("1,000,000"));
        QCOMPARE(model->index(0, StageTableModel::UsersColumn).data(Qt::TextAlignmentRole).toInt(),
            int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model->index(0, StageTableModel::StageColumn).data(Qt::TextAlignmentRole).toInt(),
            int(Qt::AlignLeft | Qt::AlignVCenter));
        QVERIFY(model->headerData(StageTableModel::MonthlyCostColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("average load")));
        QVERIFY(model->headerData(StageTableModel::NinesColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("−log₁₀(1 − availability)")));
    }

    void stageModelFormatsForPeople_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("users") << int(StageTableModel::UsersColumn) << QStringLiteral("250,000");
        QTest::newRow("peak rps under 100 has a decimal")
            << int(StageTableModel::PeakRateColumn) << QStringLiteral("86.8");
        QTest::newRow("monthly cost, a price missing")
            << int(StageTableModel::MonthlyCostColumn) << QStringLiteral("$12,345 *");
        QTest::newRow("no 1-yr factor") << int(StageTableModel::OneYearColumn) << QStringLiteral("—");
        QTest::newRow("3-yr") << int(StageTableModel::ThreeYearColumn) << QStringLiteral("$7,000");
        QTest::newRow("cost per user: three significant digits, as everywhere") << int(StageTableModel::CostPerUserColumn) << QStringLiteral("$0.0494");
        QTest::newRow("saturated") << int(StageTableModel::UtilizationColumn)
                                   << QStringLiteral("saturated (cpu)");
        QTest::newRow("availability")
            << int(StageTableModel::AvailabilityColumn) << QStringLiteral("99.951 %");
        QTest::newRow("nines") << int(StageTableModel::NinesColumn) << QStringLiteral("3.31");
    }
    void stageModelFormatsForPeople()
    {
        QFETCH(int, column);
        QFETCH(QString, expected);
        StageRow row;
        row.name = "Busy";
        row.users = 250000.0;
        row.peakRatePerSecond = 86.81;
        row.monthlyUsd = 12345.4;
        row.costComplete = false;
        row.threeYearMonthlyUsd = 7000.0;
        row.costPerUserUsd = 0.0494;
        row.bottleneck = "web";
        row.bottleneckUtilization = 1.2;
        row.limitingDimension = "cpu";
        row.availability = 0.99951;
        row.nines = 3.3098;
        StageTableModel model;
        model.setRows({ row });
        QCOMPARE(model.index(0, column).data().toString(), expected);
        QVERIFY(!model.index(0, column).data(Qt::ToolTipRole).toString().isEmpty());
    }

    void compileErrorReplacesCharts()
    {
        ChartsPanel panel;
        panel.resize(900, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setResults(m_results);
        auto *view = panel.findChild<QChartView *>(QStringLiteral("costChart"));
        auto *label = panel.findChild<QLabel *>(QStringLiteral("compileError"));
        QVERIFY(view && label);
        QVERIFY(view->isVisible());
        QVERIFY(!label->isVisible());

        auto broken = std::make_shared<DesignResults>();
        broken->users = 100000.0;
        broken->compileError = "three-tier.json: /components/3/params/instances: must be ≥ 0";
        broken->curves = std::make_shared<DesignCurves>();
        panel.setResults(broken);
        QVERIFY(label->isVisible());
        QVERIFY(!view->isVisible());
        QVERIFY(label->text().contains(QStringLiteral("/components/3/params/instances: must be ≥ 0")));
        QCOMPARE(seriesNamed(panel.costChart(), QStringLiteral("cost"))->count(), 0); // no stale curve

        panel.setResults(m_results);
        QVERIFY(view->isVisible());
        QVERIFY(!label->isVisible());
    }

    void emptyCurvesDoNotCrash()
    {
        ChartsPanel panel;
        panel.resize(900, 500);
        panel.setResults(resultsWith(std::make_shared<DesignCurves>(), 1000.0));
        QCOMPARE(seriesNamed(panel.costChart(), QStringLiteral("cost"))->count(), 0);
        QCOMPARE(panel.utilizationChart()->series().size(), 2 + 1); // reference lines, marker
        QCOMPARE(panel.availabilityChart()->series().size(), 2 + 1); // empty nines and SLA floor, marker
        QCOMPARE(panel.stageModel()->rowCount(), 0);
        QVERIFY(!panel.utilizationChart()->legend()->isVisible());
        QCOMPARE(panel.markerUsers(), 1000.0);
        QVERIFY(!panel.grab().isNull());

        panel.setResults(resultsWith(nullptr, 0.0)); // no curves at all, users below the axis
        QCOMPARE(panel.markerUsers(), 1.0);
        panel.setResults(nullptr);
        QVERIFY(!panel.grab().isNull());
    }

    // A large design charts its busiest components only (highest peak over the sweep), with
    // a legend that fits and a title that says so.
    void utilizationDrawsTheBusiestComponents()
    {
        ChartsPanel panel;
        panel.setResults(resultsWith(handCurves(12), 10.0));
        QVERIFY(panel.utilizationChart()->legend()->isVisible());
        QVERIFY(seriesNamed(panel.utilizationChart(), QStringLiteral("c0")));
        QCOMPARE(panel.utilizationChart()->title(), QStringLiteral("Utilization at peak"));

        auto curves = handCurves(13);
        for (CurvePoint &point : curves->points) {
            point.utilizationByComponent[0] *= 0.5;  // the idlest
            point.utilizationByComponent[1] *= 0.6;  // the next idlest
            point.utilizationByComponent[7] *= 2.0;  // the busiest
        }
        panel.setResults(resultsWith(curves, 10.0));
        QVERIFY(panel.utilizationChart()->legend()->isVisible());
        QVERIFY(!seriesNamed(panel.utilizationChart(), QStringLiteral("c0")));
        QVERIFY(!seriesNamed(panel.utilizationChart(), QStringLiteral("c1")));  // the next idlest: among the others
        QVERIFY(seriesNamed(panel.utilizationChart(), QStringLiteral("c7")));
        QVERIFY(seriesNamed(panel.utilizationChart(), QStringLiteral("c12")));
        QVERIFY(seriesNamed(panel.utilizationChart(), QStringLiteral("others")));
        QCOMPARE(panel.utilizationChart()->title(),
                 QStringLiteral("Utilization at peak — the 11 busiest of 13 components, and the highest of the others"));
    }

    // Renders every tab of three-tier to /tmp/charts-<tab>.png for a person to look at.
    void screenshots()
    {
        ChartsPanel panel;
        panel.resize(900, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setResults(m_results);
        auto *tabs = panel.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 4);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            const QImage image = panel.grab().toImage();
            QCOMPARE(image.size(), QSize(900, 500));
            const QString path = QStringLiteral("/tmp/charts-%1.png").arg(tabs->tabText(tab).toLower());
            QVERIFY2(image.save(path), qPrintable(path));
        }

        auto broken = std::make_shared<DesignResults>();
        broken->compileError = "three-tier.json: /components/3/params/instances: must be ≥ 0";
        broken->curves = std::make_shared<DesignCurves>();
        panel.setResults(broken);
        QCoreApplication::processEvents();
        QVERIFY(panel.grab().toImage().save(QStringLiteral("/tmp/charts-error.png")));

        panel.setResults(resultsWith(handCurves(0), 10.0));
        tabs->setCurrentIndex(1);
        QCoreApplication::processEvents();
        QVERIFY(panel.grab().toImage().save(QStringLiteral("/tmp/charts-empty.png")));
        tabs->setCurrentIndex(0); // $100 to $300: a linear scale
        QCoreApplication::processEvents();
        QVERIFY(panel.grab().toImage().save(QStringLiteral("/tmp/charts-linear.png")));
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"

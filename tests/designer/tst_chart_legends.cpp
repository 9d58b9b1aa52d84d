// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The charts read the same on every design (issue 16): the utilization chart's legend holds
// every entry it shows at the chart's height (the busiest components and one "others"
// curve), the cost axis is logarithmic on every design, and hovering a curve reads out its
// value. Hand-made curves, as in tst_charts.cpp.

#include "ChartSeries.h"

#include "app/designer/charts/ChartsPanel.h"
#include "app/designer/charts/CurveChart.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QTabWidget>
#include <QTest>

#include <algorithm>

using namespace headroom;
using namespace headroom::designer;
using headroom::test::seriesNamed;

namespace {

// `components` components over five points; component i runs at (i + 1) × (p + 1) % at
// point p, so that the busiest are the last ones.
std::shared_ptr<DesignCurves> risingCurves(int components, double lowUsd, double highUsd)
{
    auto curves = std::make_shared<DesignCurves>();
    for (int i = 0; i < components; ++i) {
        curves->componentIds.push_back("c" + std::to_string(i));
        curves->componentLabels.push_back("Component " + std::to_string(i));
    }
    const double users[] = {1.0, 1e2, 1e4, 1e6, 1e8};
    for (int p = 0; p < 5; ++p) {
        CurvePoint point;
        point.users = users[p];
        point.monthlyUsd = lowUsd + (highUsd - lowUsd) * p / 4.0;
        point.nines = 3.0;
        for (int i = 0; i < components; ++i)
            point.utilizationByComponent.push_back(0.01 * (i + 1) * (p + 1));
        curves->points.push_back(point);
    }
    return curves;
}

DesignResultsPtr resultsWith(std::shared_ptr<const DesignCurves> curves)
{
    auto results = std::make_shared<DesignResults>();
    results->users = 100.0;
    results->curves = std::move(curves);
    return results;
}

int visibleLegendEntries(QChart *chart)
{
    int visible = 0;
    const QList<QLegendMarker *> markers = chart->legend()->markers();
    for (QLegendMarker *marker : markers)
        visible += marker->isVisible() ? 1 : 0;
    return visible;
}

} // namespace

class TestChartLegends : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // At a docked chart's height the legend has room for a few entries (the busiest
    // components and the others); taller, for twelve; the others' curve is the
    // highest of the components not drawn, point by point.
    void theLegendHoldsWhatItShows()
    {
        ChartsPanel panel;
        panel.resize(900, 260);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.findChild<QTabWidget *>()->setCurrentIndex(1);  // Utilization
        panel.setResults(resultsWith(risingCurves(26, 100.0, 200.0)));
        QTRY_VERIFY(seriesNamed(panel.utilizationChart(), QStringLiteral("others")));
        QChart *chart = panel.utilizationChart();
        const double height = chart->size().height();
        const int room = std::clamp(static_cast<int>((height - 70.0) / 21.0), 4, 12);
        QTRY_COMPARE(visibleLegendEntries(chart), room);
        QVERIFY(seriesNamed(chart, QStringLiteral("c25")));           // the busiest
        QVERIFY(!seriesNamed(chart, QStringLiteral("c0")));           // the idlest: among the others
        QLineSeries *others = seriesNamed(chart, QStringLiteral("others"));
        QCOMPARE(others->name(), QStringLiteral("%1 others (highest)").arg(26 - (room - 1)));
        // The highest of the others is the busiest one not drawn: component 26 − room.
        const int highestOther = 26 - room;
        for (int p = 0; p < others->count(); ++p)
            QCOMPARE(others->at(p).y(), 100.0 * 0.01 * (highestOther + 1) * (p + 1));
        // Every entry fits: the legend's markers lie inside the chart.
        QVERIFY(chart->legend()->geometry().bottom() <= chart->size().height() + 0.5);

        panel.resize(900, 700);  // room for all twelve
        QTRY_COMPARE(visibleLegendEntries(panel.utilizationChart()), 12);
        QVERIFY(seriesNamed(panel.utilizationChart(), QStringLiteral("others")));
    }

    // A design whose cost moves within one decade and one that spans five both get a
    // logarithmic axis over whole decades.
    void theCostAxisIsAlwaysLogarithmic_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("axisMin");
        QTest::addColumn<double>("axisMax");
        QTest::newRow("a fixed design, $120–$180") << 120.0 << 180.0 << 100.0 << 1000.0;
        QTest::newRow("a scaled-out design, $30–$3M") << 30.0 << 3e6 << 10.0 << 1e7;
    }
    void theCostAxisIsAlwaysLogarithmic()
    {
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(double, axisMin);
        QFETCH(double, axisMax);
        ChartsPanel panel;
        panel.setResults(resultsWith(risingCurves(3, low, high)));
        QLineSeries *cost = seriesNamed(panel.costChart(), QStringLiteral("cost"));
        QVERIFY(cost);
        const QList<QAbstractAxis *> axes = cost->attachedAxes();
        QLogValueAxis *log = nullptr;
        for (QAbstractAxis *axis : axes)
            if (axis->orientation() == Qt::Vertical)
                log = qobject_cast<QLogValueAxis *>(axis);
        QVERIFY2(log, "the cost curve is not on a log axis");
        QCOMPARE(log->min(), axisMin);
        QCOMPARE(log->max(), axisMax);
    }

    // The hover read-out names the curve, its value and the user count.
    void hoveringReadsOut()
    {
        ChartsPanel panel;
        panel.setResults(resultsWith(risingCurves(3, 100.0, 200.0)));
        auto *utilization = static_cast<CurveChart *>(panel.utilizationChart());
        QLineSeries *busiest = seriesNamed(utilization, QStringLiteral("c2"));
        QVERIFY(busiest);
        QCOMPARE(utilization->readoutText(busiest, QPointF(2500000.0, 87.25)),
                 QStringLiteral("Component 2\n87 % at 2,500,000 users"));
        QCOMPARE(utilization->readoutText(busiest, QPointF(10.0, 150.0)),
                 QStringLiteral("Component 2\n150 % or more at 10 users"));
        auto *cost = static_cast<CurveChart *>(panel.costChart());
        QCOMPARE(cost->readoutText(seriesNamed(cost, QStringLiteral("cost")), QPointF(1e6, 12400.0)),
                 QStringLiteral("Monthly cost\n$12,400/month at 1,000,000 users"));
    }
};

QTEST_MAIN(TestChartLegends)
#include "tst_chart_legends.moc"

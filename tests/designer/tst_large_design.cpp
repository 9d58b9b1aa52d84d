// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The designer on a large design (issue 19, item 1): a generated topology of 10,000 components
// (tests/bench/GeneratedTopology) opened in a whole window off screen, edited and closed. A
// correctness test, not a timing: every chart holds a bounded number of series (and legend
// markers) whatever the design's size, the selected component's curve is always drawn, an
// edit updates the series in place, and the window closes; under `make test-sanitize` ASan and
// LSan check that nothing of this leaks or touches freed memory.
//
// Size: 10,000 components (1,000 cells) in every build. HEADROOM_LARGE_DESIGN_CELLS overrides
// the number of ten-component cells (e.g. 100 for a quick run).

#include "ChartSeries.h"
#include "DesignerFixture.h"

#include "app/designer/charts/ChartsPanel.h"
#include "app/designer/document/DocumentEdits.h"
#include "tests/bench/GeneratedTopology.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>

#include <set>

using namespace headroom;
using namespace headroom::designer;
using headroom::test::qs;
using headroom::test::seriesNamed;

namespace {

int cellsUnderTest()
{
    bool ok = false;
    const int cells = qEnvironmentVariableIntValue("HEADROOM_LARGE_DESIGN_CELLS", &ok);
    return ok && cells > 0 ? cells : 1000;
}

std::set<QAbstractSeries *> seriesOf(QChart *chart)
{
    const QList<QAbstractSeries *> all = chart->series();
    return { all.begin(), all.end() };
}

} // namespace

class TestLargeDesign : public headroom::test::DesignerFixture
{
    Q_OBJECT

private:
    // Every chart's series: its curves (at most `curves`), the stage lines, the marker, and
    // no more legend markers than series (Qt Charts makes one per series).
    void checkBounded(MainWindow &window)
    {
        const size_t stages = window.document()->project().stages.size();
        ChartsPanel *charts = window.charts();
        const std::pair<QChart *, size_t> bounds[] = {
            { charts->costChart(), 1 },
            { charts->utilizationChart(), ChartsPanel::kMaxLegendEntries + 2 },  // and the 70 % and 100 % lines
            { charts->availabilityChart(), 2 },
        };
        for (const auto &[chart, curves] : bounds) {
            const auto series = static_cast<size_t>(chart->series().size());
            QVERIFY2(series <= curves + stages + 1,
                     qPrintable(QStringLiteral("%1: %2 series").arg(chart->objectName()).arg(series)));
            QVERIFY(static_cast<size_t>(chart->legend()->markers().size()) <= series);
        }
    }

private slots:
    void initTestCase() { initFixture(); }

    void opensEditsAndClosesTenThousandComponents()
    {
        const int cells = cellsUnderTest();
        auto window = std::make_unique<MainWindow>();
        window->resize(1600, 1000);
        window->setDocument(std::make_unique<ProjectDocument>(bench::generatedTopology(cells)));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->controller()->settle();
        QCoreApplication::processEvents();
        ProjectDocument *document = window->document();
        QCOMPARE(document->project().components.size(), size_t(10 * cells + 1));
        const DesignResultsPtr results = window->controller()->results();
        QVERIFY(results && !results->compileError && results->curves);
        const DesignCurves &curves = *results->curves;
        QVERIFY(curves.componentIds.size() > ChartsPanel::kMaxLegendEntries);
        CHECK(checkBounded(*window));

        // The busiest and one "others" curve for the rest.
        QChart *utilization = window->charts()->utilizationChart();
        QLineSeries *others = seriesNamed(utilization, QStringLiteral("others"));
        QVERIFY(others);
        QCOMPARE(others->count(), EvaluationController::kCurvePoints);

        // Any component's curve can be seen: the selected one is always drawn.
        std::string idle;
        for (auto id = curves.componentIds.rbegin(); id != curves.componentIds.rend() && idle.empty(); ++id)
            if (!seriesNamed(utilization, qs(*id)))
                idle = *id;
        QVERIFY(!idle.empty());
        window->scene()->clearSelection();
        window->scene()->node(idle)->setSelected(true);
        QCoreApplication::processEvents();
        QLineSeries *selected = seriesNamed(utilization, qs(idle));
        QVERIFY(selected);
        QCOMPARE(selected->count(), EvaluationController::kCurvePoints);
        CHECK(checkBounded(*window));

        // An edit: new curves drawn into the same series (the number of drawn places is the same).
        const std::set<QAbstractSeries *> before = seriesOf(utilization);
        const std::set<QAbstractSeries *> costBefore = seriesOf(window->charts()->costChart());
        const std::shared_ptr<const DesignCurves> oldCurves = results->curves;
        Component web = *document->component("c0-web");
        web.params["max_instances"] = 60.0;
        edits::changeComponent(*document, "c0-web", web, QStringLiteral("Edit web"));
        window->controller()->settle();
        QCoreApplication::processEvents();
        QVERIFY(window->controller()->results()->curves != oldCurves);
        QCOMPARE(seriesOf(utilization), before);
        QCOMPARE(seriesOf(window->charts()->costChart()), costBefore);
        QVERIFY(seriesNamed(utilization, qs(idle)));  // still selected, still drawn
        CHECK(checkBounded(*window));

        // Undo, then close: the window's teardown with everything it holds.
        document->undo();
        window->controller()->settle();
        QCoreApplication::processEvents();
        CHECK(checkBounded(*window));
        document->undoStack()->setClean();
        window.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
};

QTEST_MAIN(TestLargeDesign)
#include "tst_large_design.moc"

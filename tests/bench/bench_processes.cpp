// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Whole-process benchmarks: the designer's cold start to its first painted window, and
// headroom-cli evaluate as a user runs it, each the median of several runs, with peak
// resident memory; and peak memory of headroom-cli evaluate against the number of components
// (it must grow linearly). Budget (issue #9): cold start under 1 s.

#include "GeneratedTopology.h"
#include "ProcessMeasure.h"

#include "model/io/ProjectFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::bench;

namespace {

void report(const char *what, const ProcessCost &cost)
{
    QTest::setBenchmarkResult(cost.wallMs, QTest::WalltimeMilliseconds);
    qInfo("MEMORY %s: %ld KB peak resident", what, cost.peakRssKb);
}

} // namespace

class BenchProcesses : public QObject
{
    Q_OBJECT

private slots:
    void designerColdStart()
    {
        const ProcessCost cost = medianOf(7, {HEADROOM_DESIGNER_PATH, HEADROOM_SOURCE_DIR "/resources/examples/three-tier.json"},
                                          {"HEADROOM_EXIT_AFTER_FIRST_PAINT=1", "QT_QPA_PLATFORM=offscreen"});
        QCOMPARE(cost.exitCode, 0);
        report("designer cold start", cost);
    }

    void cliEvaluate()
    {
        const ProcessCost cost = medianOf(9, {HEADROOM_CLI_PATH, "evaluate", HEADROOM_SOURCE_DIR "/resources/examples/three-tier.json"});
        QCOMPARE(cost.exitCode, 0);
        report("headroom-cli evaluate three-tier", cost);
    }

    void cliEvaluateMemory_data()
    {
        QTest::addColumn<int>("cells");
        QTest::newRow("11 components") << 1;
        QTest::newRow("101 components") << 10;
        QTest::newRow("1001 components") << 100;
        QTest::newRow("10001 components") << 1000;
    }

    // Peak memory of a whole evaluation (read, validate, compile, evaluate, price, write JSON).
    void cliEvaluateMemory()
    {
        QFETCH(int, cells);
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("generated.json")).toStdString();
        QVERIFY(!writeFileAtomically(path, serializeProject(generatedTopology(cells))));
        const ProcessCost cost = medianOf(3, {HEADROOM_CLI_PATH, "evaluate", path});
        QCOMPARE(cost.exitCode, 0);
        report(QTest::currentDataTag(), cost);
    }
};

QTEST_GUILESS_MAIN(BenchProcesses)
#include "bench_processes.moc"

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// headroom-cli as a user runs it on a 10,000-component design (GeneratedTopology, 1,000 cells:
// 10,001 components, 12,000 connections), whole processes, the median of several runs, output
// to /dev/null. Budgets (issue 19, item 3): validate under 40 ms, evaluate --format json under
// 80 ms. --version is the floor: the cost of starting the program at all.

#include "GeneratedTopology.h"
#include "ProcessMeasure.h"

#include "model/io/ProjectFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::bench;

namespace {

constexpr int kRuns = 11;

void report(const char *what, const ProcessCost &cost, double budgetMs)
{
    QTest::setBenchmarkResult(cost.wallMs, QTest::WalltimeMilliseconds);
    if (budgetMs > 0)
        qInfo("BUDGET %s: median %.1f ms of %d runs (%.1f ms CPU), budget %.0f ms %s", what, cost.wallMs, kRuns,
              cost.cpuMs, budgetMs, cost.wallMs <= budgetMs ? "met" : "MISSED");
    qInfo("MEMORY %s: %ld KB peak resident", what, cost.peakRssKb);
}

} // namespace

class BenchCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string m_design;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_design = m_dir.filePath(QStringLiteral("generated-10001.json")).toStdString();
        QVERIFY(!writeFileAtomically(m_design, serializeProject(generatedTopology(1000))));
    }

    void cliVersion()
    {
        const ProcessCost cost = medianOf(kRuns, {HEADROOM_CLI_PATH, "--version"});
        QCOMPARE(cost.exitCode, 0);
        report("headroom-cli --version", cost, 0);
    }

    void cliValidate10k()
    {
        const ProcessCost cost = medianOf(kRuns, {HEADROOM_CLI_PATH, "validate", m_design});
        QCOMPARE(cost.exitCode, 0);
        report("headroom-cli validate at 10,001 components", cost, 40);
    }

    void cliEvaluateJson10k()
    {
        const ProcessCost cost = medianOf(kRuns, {HEADROOM_CLI_PATH, "evaluate", m_design, "--format", "json"});
        QCOMPARE(cost.exitCode, 0);
        report("headroom-cli evaluate --format json at 10,001 components", cost, 80);
    }
};

QTEST_GUILESS_MAIN(BenchCli)
#include "bench_cli.moc"

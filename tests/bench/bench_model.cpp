// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Model benchmarks (QBENCHMARK). Run with `make bench` (-median 7: the median of 7 runs).
// Budgets (issue #2, #9): evaluation < 1 ms at 1 000 components, < 15 ms at 10 000;
// a 1 000-point sweep of three-tier.json < 10 ms. Issue #19: evaluate() < 1.5 µs at 10 components
// and < 100 µs at 1 000; a 10 000-point sweep of a 1 000-component design < 1 s. The *Cpu cases
// time the same work in the thread's CPU time, which other processes on a busy machine do not
// inflate. peerPerPoint puts Headroom beside the Octave queueing package on the same network.

#include "GeneratedTopology.h"

#include "model/compile/CompiledModel.h"
#include "model/cost/CostModel.h"
#include "pricing/PriceBookFile.h"
#include "model/evaluation/Evaluator.h"
#include "model/io/ProjectFile.h"
#include "model/analysis/Sweep.h"
#include "model/math/MultiServerQueue.h"

#include "tests/common/OctavePeer.h"

#include <QTest>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace headroom;

namespace {

double cpuSeconds(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// The median over 7 runs of the CPU time per call of `work` (this thread's, or with
// CLOCK_PROCESS_CPUTIME_ID every thread's), each run repeating it until it has taken 30 ms, in
// milliseconds. The clock is read after batches of calls that double in size: reading a CPU
// clock is a system call of about 0.3 µs, a fifth of a 10-component evaluation.
double cpuMsPerCall(const std::function<void()> &work, clockid_t clock = CLOCK_THREAD_CPUTIME_ID)
{
    std::vector<double> runs;
    for (int run = 0; run < 7; ++run) {
        long long calls = 0;
        long long batch = 1;
        const double start = cpuSeconds(clock);
        double elapsed = 0.0;
        do {
            for (long long i = 0; i < batch; ++i)
                work();
            calls += batch;
            batch *= 2;
            elapsed = cpuSeconds(clock) - start;
        } while (elapsed < 0.03);
        runs.push_back(elapsed * 1000.0 / static_cast<double>(calls));
    }
    std::sort(runs.begin(), runs.end());
    return runs[runs.size() / 2];
}

// The benchmark network of the Octave peer: ten stations with routing probabilities and a loop,
// its busiest station at utilization 0.8.
struct PeerCase
{
    test::PeerNetwork network;
    CompiledModel model;
    double users = 0.0;
};

PeerCase tenStations()
{
    PeerCase peer;
    for (test::PeerNetwork &network : test::peerNetworks())
        if (network.name == "ten stations")
            peer.network = network;
    auto model = compileModel(test::peerProject(peer.network));
    if (!model)
        qFatal("%s", model.error().toString().c_str());
    peer.model = std::move(model).value();
    double busiest = 0.0;
    for (size_t i = 1; i < peer.model.nodes.size(); ++i) {
        const test::PeerStation &station = peer.network.stations[i - 1];
        busiest = std::max(busiest, (peer.model.visits.reads[i] + peer.model.visits.writes[i]) * station.serviceTimeMs
                                        / 1000.0 / static_cast<double>(station.servers()));
    }
    peer.users = 0.8 / busiest;
    return peer;
}

} // namespace


class BenchModel : public QObject
{
    Q_OBJECT

private slots:
    void evaluateComponents_data()
    {
        QTest::addColumn<int>("cells");
        QTest::newRow("10 components") << 1;
        QTest::newRow("100 components") << 10;
        QTest::newRow("1000 components") << 100;
        QTest::newRow("10000 components") << 1000;
    }

    // One evaluation of an already compiled model into the storage of the previous one: what a
    // sweep point and a slider step cost the model (Sweep, CurveSweep and the designer's
    // EvaluationController evaluate into the same Evaluation each time). Issue #19's budget.
    void evaluateComponents()
    {
        QFETCH(int, cells);
        const auto model = compileModel(bench::generatedTopology(cells));
        QVERIFY2(model, model ? "" : model.error().toString().c_str());
        Evaluation evaluation;
        QBENCHMARK {
            evaluate(*model, 100000.0, evaluation);
        }
        QVERIFY(!evaluation.components.empty());
    }

    void evaluateComponentsFresh_data() { evaluateComponents_data(); }

    // The same into a new Evaluation each time (the CLI's single evaluation): every name and
    // list allocated again.
    void evaluateComponentsFresh()
    {
        QFETCH(int, cells);
        const auto model = compileModel(bench::generatedTopology(cells));
        QVERIFY(model);
        QBENCHMARK {
            const Evaluation evaluation = evaluate(*model, 100000.0);
            QVERIFY(!evaluation.components.empty());
        }
    }

    void evaluateComponentsCpu_data() { evaluateComponents_data(); }

    // The same in thread CPU time (median of 7 runs): issue #19's budgets on a machine that is
    // running other work.
    void evaluateComponentsCpu()
    {
        QFETCH(int, cells);
        const auto model = compileModel(bench::generatedTopology(cells));
        QVERIFY(model);
        Evaluation evaluation;
        const double ms = cpuMsPerCall([&] { evaluate(*model, 100000.0, evaluation); });
        QVERIFY(!evaluation.components.empty());
        QTest::setBenchmarkResult(ms * 1e6, QTest::WalltimeNanoseconds);
    }

    void compileAndEvaluateComponents_data() { evaluateComponents_data(); }

    // Validation, parameter resolution and the traffic solve, then one evaluation: what an
    // edit costs the model.
    void compileAndEvaluateComponents()
    {
        QFETCH(int, cells);
        const Project project = bench::generatedTopology(cells);
        QBENCHMARK {
            const auto model = compileModel(project);
            const Evaluation evaluation = evaluate(*model, 100000.0);
            QVERIFY(!evaluation.components.empty());
        }
    }

    void costComponents_data() { evaluateComponents_data(); }

    // The monthly cost with every cost line, at one user count: what a slider step costs the
    // price side.
    void costComponents()
    {
        QFETCH(int, cells);
        const auto model = compileModel(bench::generatedTopology(cells));
        QVERIFY(model);
        const PriceBook &book = bundledPriceBook();
        QBENCHMARK {
            const SystemCost cost = costOf(*model, 100000.0, book, PurchaseOption::OnDemand);
            QVERIFY(cost.monthlyUsd > 0.0);
        }
    }

    // The same sweep with a monthly cost per point (headroom-cli sweep's CSV).
    void pricedSweepThreeTier1000Points()
    {
        const auto project = readProjectFile(HEADROOM_SOURCE_DIR "/resources/examples/three-tier.json");
        const auto model = compileModel(*project);
        const std::vector<double> users = logSpacedUsers(1.0, 1e8, 1000);
        QBENCHMARK {
            const auto rows = sweep(*model, users, &bundledPriceBook(), PurchaseOption::OnDemand);
            QVERIFY(rows.back().monthlyCostUsd.has_value());
        }
    }

    // headroom-cli sweep --from 1 --to 1e8 --points 10000 of a 1,000-component design (100
    // cells of the generated topology, priced like the CLI), without the I/O: issue #19's
    // budget is under 1 s.
    void sweepGenerated1000Components10000Points()
    {
        const auto model = compileModel(bench::generatedTopology(100));
        QVERIFY(model);
        const std::vector<double> users = logSpacedUsers(1.0, 1e8, 10000);
        QBENCHMARK {
            const auto rows = sweep(*model, users, &bundledPriceBook(), PurchaseOption::OnDemand);
            QCOMPARE(rows.size(), size_t(10000));
        }
    }

    // The same sweep's CPU time, all threads together (sweep() shares a long sweep out over the
    // cores): the work, whatever the cores and whatever else the machine runs.
    void sweepGenerated1000Components10000PointsCpu()
    {
        const auto model = compileModel(bench::generatedTopology(100));
        QVERIFY(model);
        const std::vector<double> users = logSpacedUsers(1.0, 1e8, 10000);
        const double ms = cpuMsPerCall([&] {
            const auto rows = sweep(*model, users, &bundledPriceBook(), PurchaseOption::OnDemand);
            QCOMPARE(rows.size(), users.size());
        }, CLOCK_PROCESS_CPUTIME_ID);
        QTest::setBenchmarkResult(ms * 1e6, QTest::WalltimeNanoseconds);
    }

    void peerPerPoint_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("Headroom evaluate(), ten-station network") << QStringLiteral("evaluate");
        QTest::newRow("Headroom compileModel + evaluate(), ten-station network") << QStringLiteral("compile");
        QTest::newRow("Headroom evaluateMmc, one M/M/8") << QStringLiteral("mmc");
        QTest::newRow("Octave qnopen, ten-station network") << QStringLiteral("qnopen");
        QTest::newRow("Octave qnosvisits + qnopen, ten-station network") << QStringLiteral("qnosvisits");
        QTest::newRow("Octave qsmmm, one M/M/8") << QStringLiteral("qsmmm");
    }

    // Time per evaluation point, Headroom beside the Octave queueing package (the figures agree to
    // 1e-9: tests/model/tst_octave_peer.cpp): thread CPU time for Headroom, Octave's tic/toc over
    // 200 calls inside one octave-cli, each the median of 7 runs.
    void peerPerPoint()
    {
        QFETCH(QString, what);
        const PeerCase peer = tenStations();
        const double mmcLambda = 0.8 * 8.0 * 1000.0 / 25.0;
        if (what == QLatin1String("evaluate")) {
            QTest::setBenchmarkResult(cpuMsPerCall([&] {
                const Evaluation evaluation = evaluate(peer.model, peer.users);
                QVERIFY(evaluation.responseTimeMs.has_value());
            }) * 1e6, QTest::WalltimeNanoseconds);
            return;
        }
        if (what == QLatin1String("compile")) {
            const Project project = test::peerProject(peer.network);
            QTest::setBenchmarkResult(cpuMsPerCall([&] {
                const Evaluation evaluation = evaluate(*compileModel(project), peer.users);
                QVERIFY(evaluation.responseTimeMs.has_value());
            }) * 1e6, QTest::WalltimeNanoseconds);
            return;
        }
        if (what == QLatin1String("mmc")) {
            QTest::setBenchmarkResult(cpuMsPerCall([&] {
                const MmcResult station = evaluateMmc(mmcLambda, 25.0, 8);
                QVERIFY(station.responseTimeMs.has_value());
            }) * 1e6, QTest::WalltimeNanoseconds);
            return;
        }
        const QString cli = test::octaveCli();
        if (cli.isEmpty())
            QSKIP("octave-cli not found (octave, octave-queueing)");
        QString call;
        if (what == QLatin1String("qnopen"))
            call = QStringLiteral("[U R Q X] = qnopen(sum(lam), S, V, m);");
        else if (what == QLatin1String("qnosvisits"))
            call = QStringLiteral("V = qnosvisits(P, lam); [U R Q X] = qnopen(sum(lam), S, V, m);");
        else
            call = QStringLiteral("[U R Q X] = qsmmm(%1, 1000 / 25, 8);").arg(mmcLambda, 0, 'g', 17);
        const QString script = test::octaveNetwork(peer.network, peer.users)
                               + QStringLiteral("t = zeros(1, 7); n = 200;\n"
                                                "for r = 1:7, tic; for i = 1:n, %1 end; t(r) = toc / n; end\n"
                                                "printf('T %.9g\\n', median(t) * 1000);\n")
                                     .arg(call);
        const test::OctaveOutput octave = test::runOctave(cli, script, 600000);
        if (!octave.ok)
            QSKIP(qPrintable(octave.problem));
        double ms = -1.0;
        for (const QByteArray &line : octave.out.split('\n'))
            if (line.startsWith("T "))
                ms = test::numbersOf(line).front();
        QVERIFY2(ms > 0.0, octave.out.constData());
        QTest::setBenchmarkResult(ms * 1e6, QTest::WalltimeNanoseconds);
    }

    // headroom-cli sweep three-tier.json --from 1 --to 1e8 --points 1000, without the I/O.
    void sweepThreeTier1000Points()
    {
        const auto project = readProjectFile(HEADROOM_SOURCE_DIR "/resources/examples/three-tier.json");
        QVERIFY(project);
        const auto model = compileModel(*project);
        QVERIFY(model);
        const std::vector<double> users = logSpacedUsers(1.0, 1e8, 1000);
        QBENCHMARK {
            const auto rows = sweep(*model, users);
            QCOMPARE(rows.size(), size_t(1000));
        }
    }
};

QTEST_GUILESS_MAIN(BenchModel)
#include "bench_model.moc"

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Model benchmarks (QBENCHMARK). Run with `make bench` (-median 7: the median of 7 runs).
// Budgets (issue #2, #9): evaluation < 1 ms at 1 000 components, < 15 ms at 10 000;
// a 1 000-point sweep of three-tier.json < 10 ms.

#include "GeneratedTopology.h"

#include "model/compile/CompiledModel.h"
#include "model/cost/CostModel.h"
#include "pricing/PriceBookFile.h"
#include "model/evaluation/Evaluator.h"
#include "model/io/ProjectFile.h"
#include "model/analysis/Sweep.h"

#include <QTest>

using namespace headroom;


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

    // One evaluation of an already compiled model: what a slider step costs the model.
    void evaluateComponents()
    {
        QFETCH(int, cells);
        const auto model = compileModel(bench::generatedTopology(cells));
        QVERIFY2(model, model ? "" : model.error().toString().c_str());
        QBENCHMARK {
            const Evaluation evaluation = evaluate(*model, 100000.0);
            QVERIFY(!evaluation.components.empty());
        }
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

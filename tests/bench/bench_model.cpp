// Model benchmarks (QBENCHMARK). Run with `make bench` (-median 7: the median of 7 runs).
// Budgets (issue #2, #9): evaluation < 1 ms at 1 000 components, < 15 ms at 10 000;
// a 1 000-point sweep of three-tier.json < 10 ms.

#include "model/CompiledModel.h"
#include "model/CostModel.h"
#include "pricing/PriceBookFile.h"
#include "model/Evaluator.h"
#include "model/ProjectFile.h"
#include "model/Sweep.h"

#include <QTest>

using namespace headroom;

namespace {

// `cells` copies of a ten-component web cell behind one entry: ALB → web ASG → cache →
// Aurora with a replica, web → SQS (async) → workers → Aurora, web → S3, DynamoDB, Lambda,
// and a generic service. Each cell takes an equal share of the traffic.
Project generatedTopology(int cells)
{
    Project project;
    project.name = "generated";
    project.components.push_back({"users", "users", "Users", {}, {}});
    const double share = 1.0 / cells;
    for (int c = 0; c < cells; ++c) {
        std::string p = "c";
        p.append(std::to_string(c)).push_back('-');
        auto add = [&](const std::string &id, const std::string &type, ParamMap params = {}) {
            project.components.push_back({std::string(p).append(id), type, id, {}, std::move(params)});
        };
        auto connect = [&](const std::string &from, const std::string &to, double calls,
                           TrafficClass cls = TrafficClass::All, bool async = false) {
            project.connections.push_back(
                {from == "users" ? from : std::string(p).append(from), std::string(p).append(to), calls, cls, async});
        };
        add("lb", "alb");
        add("web", "asg", {{"max_instances", 50.0}});
        add("cache", "elasticache", {{"instances", 2.0}});
        add("db", "aurora", {{"read_replicas", 1.0}, {"multi_az", true}});
        add("queue", "sqs");
        add("workers", "asg", {{"min_instances", 1.0}, {"service_time_ms", 100.0}});
        add("files", "s3");
        add("table", "dynamodb");
        add("fn", "lambda");
        add("search", "service", {{"instances", 2.0}});
        connect("users", "lb", share);
        connect("lb", "web", 1.0);
        connect("web", "cache", 2.0, TrafficClass::Read);
        connect("cache", "db", 1.0);
        connect("web", "db", 3.0, TrafficClass::Write);
        connect("web", "queue", 1.0, TrafficClass::Write, true);
        connect("queue", "workers", 1.0);
        connect("workers", "db", 2.0);
        connect("web", "files", 0.5, TrafficClass::Read);
        connect("web", "table", 1.0);
        connect("web", "fn", 0.2, TrafficClass::Write, true);
        connect("web", "search", 0.3, TrafficClass::Read);
    }
    return project;
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

    // One evaluation of an already compiled model: what a slider step costs the model.
    void evaluateComponents()
    {
        QFETCH(int, cells);
        const auto model = compileModel(generatedTopology(cells));
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
        const Project project = generatedTopology(cells);
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
        const auto model = compileModel(generatedTopology(cells));
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

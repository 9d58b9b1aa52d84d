// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The traffic equations λ = λ₀ + Pᵀλ: forwarding, class filters, cache misses, loops,
// async edges, and an independent dense solve of random graphs with loops.

#include "common/Compare.h"
#include "common/ProjectBuilder.h"

#include <Eigen/Dense>

#include <QTest>

#include <random>

using namespace headroom;
using namespace headroom::test;

class TestTraffic : public QObject
{
    Q_OBJECT

private:
    static double visits(const CompiledModel &model, const std::string &id)
    {
        const int i = indexOf(model, id);
        return model.visits.reads[i] + model.visits.writes[i];
    }

private slots:
    void chainMultipliesCalls()
    {
        const auto model = ProjectBuilder()
                               .add("users", "users")
                               .add("a", "ec2")
                               .add("b", "ec2")
                               .add("c", "ec2")
                               .connect("users", "a")
                               .connect("a", "b", 2.0)
                               .connect("b", "c", 0.5)
                               .compile();
        QCOMPARE_REL(visits(model, "a"), 1.0, 1e-12);
        QCOMPARE_REL(visits(model, "b"), 2.0, 1e-12);
        QCOMPARE_REL(visits(model, "c"), 1.0, 1e-12);
    }

    void readsAndWritesFollowTheirClass()
    {
        const auto model = ProjectBuilder()
                               .readFraction(0.8)
                               .add("users", "users")
                               .add("web", "ec2")
                               .add("db", "rds")
                               .add("log", "s3")
                               .connect("users", "web")
                               .connect("web", "db", 3.0, TrafficClass::Write)
                               .connect("web", "log", 2.0, TrafficClass::Read)
                               .compile();
        const int db = indexOf(model, "db");
        const int log = indexOf(model, "log");
        QCOMPARE_REL(model.visits.writes[db], 0.2 * 3.0, 1e-12);
        QCOMPARE(model.visits.reads[db], 0.0);
        QCOMPARE_REL(model.visits.reads[log], 0.8 * 2.0, 1e-12);
        QCOMPARE(model.visits.writes[log], 0.0);
    }

    void cacheForwardsOnlyReadMissesAndAllWrites()
    {
        const auto model = ProjectBuilder()
                               .readFraction(0.9)
                               .add("users", "users")
                               .add("cache", "elasticache", {{"hit_ratio", 0.75}})
                               .add("db", "rds")
                               .connect("users", "cache")
                               .connect("cache", "db")
                               .compile();
        const int db = indexOf(model, "db");
        QCOMPARE_REL(model.visits.reads[db], 0.9 * 0.25, 1e-12);
        QCOMPARE_REL(model.visits.writes[db], 0.1, 1e-12);
    }

    void entriesShareTheWorkload()
    {
        const auto model = ProjectBuilder()
                               .add("mobile", "users", {{"share", 1.0}})
                               .add("web", "users", {{"share", 3.0}})
                               .add("api", "ec2")
                               .connect("mobile", "api")
                               .connect("web", "api")
                               .compile();
        QCOMPARE_REL(visits(model, "mobile"), 0.25, 1e-12);
        QCOMPARE_REL(visits(model, "web"), 0.75, 1e-12);
        QCOMPARE_REL(visits(model, "api"), 1.0, 1e-12);
    }

    // A retry loop: backend sends 10 % of its work back to the api.
    // λ_api = 1 + 0.1·λ_backend, λ_backend = λ_api  ⇒  λ = 1 / 0.9.
    void retryLoopSolvesGeometricSeries()
    {
        const auto model = ProjectBuilder()
                               .add("users", "users")
                               .add("api", "service")
                               .add("backend", "service")
                               .connect("users", "api")
                               .connect("api", "backend")
                               .connect("backend", "api", 0.1)
                               .compile();
        QCOMPARE_REL(visits(model, "api"), 1.0 / 0.9, 1e-12);
        QCOMPARE_REL(visits(model, "backend"), 1.0 / 0.9, 1e-12);
    }

    void selfLoopSolves()
    {
        const auto model = ProjectBuilder()
                               .add("users", "users")
                               .add("api", "service")
                               .connect("users", "api")
                               .connect("api", "api", 0.25)
                               .compile();
        QCOMPARE_REL(visits(model, "api"), 1.0 / 0.75, 1e-12);
    }

    void amplifyingLoopIsAnErrorThatNamesIt_data()
    {
        QTest::addColumn<double>("gain");
        QTest::newRow("gain exactly 1") << 1.0;
        QTest::newRow("gain 1.5") << 1.5;
    }

    void amplifyingLoopIsAnErrorThatNamesIt()
    {
        QFETCH(double, gain);
        ProjectBuilder builder;
        builder.add("users", "users")
            .add("api", "service")
            .add("backend", "service")
            .connect("users", "api")
            .connect("api", "backend")
            .connect("backend", "api", gain);
        const auto model = compileModel(builder.project());
        QVERIFY(!model);
        const ModelError &error = model.error();
        QVERIFY2(error.message.find("amplifies") != std::string::npos, error.message.c_str());
        QVERIFY2(error.message.find("'api'") != std::string::npos, error.message.c_str());
        QVERIFY2(error.message.find("'backend'") != std::string::npos, error.message.c_str());
        QVERIFY(error.pointer == "/connections/1" || error.pointer == "/connections/2");
    }

    void asyncTrafficIsOffTheRequestPath()
    {
        const auto model = ProjectBuilder()
                               .add("users", "users")
                               .add("web", "ec2")
                               .add("queue", "sqs")
                               .add("worker", "ec2")
                               .connect("users", "web")
                               .connect("web", "queue", 1.0, TrafficClass::Write, true)
                               .connect("queue", "worker")
                               .compile();
        const int worker = indexOf(model, "worker");
        QCOMPARE_REL(visits(model, "worker"), 0.2, 1e-12);
        QCOMPARE(model.syncVisits.reads[worker] + model.syncVisits.writes[worker], 0.0);
        QVERIFY(model.onRequestPath[indexOf(model, "web")]);
        QVERIFY(!model.onRequestPath[indexOf(model, "queue")]);
        QVERIFY(!model.onRequestPath[worker]);
    }

    // A 10 000-component chain: solved without recursion (no stack overflow).
    void longChainSolves()
    {
        ProjectBuilder builder;
        builder.add("users", "users");
        std::string previous = "users";
        for (int i = 0; i < 10000; ++i) {
            const std::string id = "n" + std::to_string(i);
            builder.add(id, "service").connect(previous, id);
            previous = id;
        }
        const auto model = builder.compile();
        QCOMPARE_REL(visits(model, previous), 1.0, 1e-12);
    }

    // Random graphs whose every node forwards less than it receives (row sums of P < 1, so
    // the spectral radius is < 1), checked against a dense solve of (I − Pᵀ)λ = λ₀.
    void randomLoopsMatchDenseSolve()
    {
        std::mt19937 random(20261126);
        for (int trial = 0; trial < 20; ++trial) {
            const int n = 25;
            ProjectBuilder builder;
            builder.add("users", "users");
            for (int i = 0; i < n; ++i)
                builder.add("s" + std::to_string(i), "service");
            builder.connect("users", "s0");
            Eigen::MatrixXd routing = Eigen::MatrixXd::Zero(n, n);
            std::uniform_int_distribution<int> pick(0, n - 1);
            std::uniform_real_distribution<double> calls(0.01, 0.3);
            for (int i = 0; i < n; ++i) {
                for (int k = 0; k < 3; ++k) {
                    const int j = pick(random);
                    const double c = calls(random);
                    routing(i, j) += c;
                    builder.connect("s" + std::to_string(i), "s" + std::to_string(j), c);
                }
            }
            Eigen::VectorXd entry = Eigen::VectorXd::Zero(n);
            entry[0] = 1.0;
            const Eigen::VectorXd expected =
                (Eigen::MatrixXd::Identity(n, n) - routing.transpose()).partialPivLu().solve(entry);
            const auto model = builder.compile();
            for (int i = 0; i < n; ++i)
                QCOMPARE_REL(visits(model, "s" + std::to_string(i)), expected[i], 1e-9);
        }
    }
};

QTEST_GUILESS_MAIN(TestTraffic)
#include "tst_traffic.moc"

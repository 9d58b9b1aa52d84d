// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The evaluation at one user count, against values worked by hand from the formulas in
// model/README.md, and against AWS figures where the model quotes them.
//
// ProjectBuilder sets 86 400 requests per user per day at peak/average 1, so that
// λ₀ (requests per second) equals the user count: the hand calculations stay readable.

#include "common/Compare.h"
#include "common/ProjectBuilder.h"

#include "model/export/EvaluationJson.h"
#include "model/evaluation/Evaluator.h"

#include <QTest>

#include "model/io/ProjectFile.h"

#include <QDir>

#include <algorithm>
#include <cctype>
#include <regex>

using namespace headroom;
using namespace headroom::test;

namespace {

// A copy: callers often pass a temporary evaluation.
ComponentResult component(const Evaluation &evaluation, const std::string &id)
{
    for (const ComponentResult &result : evaluation.components)
        if (result.id == id)
            return result;
    qFatal("no component %s", id.c_str());
}

DimensionResult dimension(const ComponentResult result, const std::string &name)
{
    for (const DimensionResult &d : result.dimensions)
        if (d.name == name)
            return d;
    qFatal("no dimension %s on %s", name.c_str(), result.id.c_str());
}

} // namespace

class TestEvaluator : public QObject
{
    Q_OBJECT

private slots:
    // Little's law, L = λ·W, for every component of every bundled design at five user counts:
    // in_flight = arrival rate × response time (a database's replicas replaying writes are
    // reported apart, as replay_rate_rps). Three-tier's PostgreSQL read 0.73 in flight at
    // 380.6 rps × 1.0 ms before, counting the replays.
    void littlesLawHoldsForEveryComponent()
    {
        QStringList files;
        for (const QString &folder : {QStringLiteral("examples"), QStringLiteral("templates")}) {
            const QDir dir(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/") + folder);
            for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files))
                files << dir.filePath(name);
        }
        QVERIFY(files.size() >= 10);
        int checked = 0;
        for (const QString &file : files) {
            const auto project = readProjectFile(file.toStdString());
            QVERIFY2(project, qPrintable(file));
            const auto model = compileModel(*project);
            QVERIFY2(model, qPrintable(file));
            for (const double users : {1.0, 1e3, 1e5, 1e6, 1e8})
                for (const ComponentResult &c : evaluate(*model, users).components) {
                    if (!c.inFlight)
                        continue;
                    QVERIFY2(c.responseTimeMs, qPrintable(file + QStringLiteral(": ") + QString::fromStdString(c.id)));
                    const double expected = c.arrivalRatePerSecond * *c.responseTimeMs / 1000.0;
                    QVERIFY2(std::abs(*c.inFlight - expected) <= 1e-9 * std::max(1.0, expected),
                             qPrintable(QStringLiteral("%1: %2 at %3 users: L = %4, λ·W = %5")
                                            .arg(file, QString::fromStdString(c.id)).arg(users)
                                            .arg(*c.inFlight).arg(expected)));
                    ++checked;
                }
        }
        QVERIFY2(checked > 300, qPrintable(QString::number(checked)));
    }

    // The replicas' replay work: every replica applies every write.
    void replicasReplayEveryWrite()
    {
        const auto project = readProjectFile(HEADROOM_SOURCE_DIR "/resources/examples/three-tier.json");
        QVERIFY(project);
        const auto model = compileModel(*project);
        QVERIFY(model);
        const ComponentResult db = component(evaluate(*model, 100000.0), "db");
        QVERIFY(db.replayRatePerSecond);
        QCOMPARE_REL(*db.replayRatePerSecond, db.writeRatePerSecond * 1.0, 1e-12);  // one replica
    }

    // λ₀ = users × requests/user/day × peak/average / 86 400 (model/README.md §1).
    void entryRateFollowsTheWorkload()
    {
        Project project;
        project.workload = {100000.0, 100.0, 3.0, 0.8};
        project.components.push_back({"users", "users", "Users", {}, {}});
        const auto model = compileModel(project);
        QVERIFY(model);
        QCOMPARE_REL(evaluate(*model, 100000.0).entryRatePerSecond, 100000.0 * 100.0 * 3.0 / 86400.0, 1e-12);
    }

    // λ = 20/s, S = 50 ms, c = 2: a = 1, ρ = 0.5, Erlang C(2, 1) = 1/3,
    // W = S + C·S/(c − a) = 50 + 50/3 ms, L = λW = 4/3, saturation at 2× the load.
    void stationByHand()
    {
        const auto model = ProjectBuilder()
                               .add("users", "users")
                               .add("app", "ec2", {{"instances", 1.0}, {"vcpus", 2.0}, {"service_time_ms", 50.0}})
                               .connect("users", "app")
                               .compile();
        const Evaluation evaluation = evaluate(model, 20.0);
        const ComponentResult app = component(evaluation, "app");
        QCOMPARE(app.servers, 2LL);
        QCOMPARE_REL(app.utilization, 0.5, 1e-12);
        QCOMPARE(app.limitingDimension, std::string("cpu"));
        QCOMPARE_REL(*app.waitProbability, 1.0 / 3.0, 1e-12);
        QCOMPARE_REL(*app.responseTimeMs, 50.0 + 50.0 / 3.0, 1e-12);
        QCOMPARE_REL(*app.inFlight, 20.0 * (50.0 + 50.0 / 3.0) / 1000.0, 1e-12);
        QCOMPARE_REL(*app.headroom, 2.0, 1e-12);
        QCOMPARE_REL(*app.capacityRps, 40.0, 1e-12);
        QCOMPARE_REL(*app.usersAtSaturation, 40.0, 1e-12);
        QCOMPARE(evaluation.bottleneck, std::string("app"));
        QCOMPARE_REL(*evaluation.breaksAtUsers, 40.0, 1e-12);
    }

    // instances = clamp(ceil(a / (vcpus · target)), min, max) with vcpus 2, target 0.6.
    void autoScalingGroupSizing_data()
    {
        QTest::addColumn<double>("users");
        QTest::addColumn<long long>("instances");
        QTest::addColumn<bool>("saturated");
        QTest::newRow("a=0.05: below min, runs min 2") << 1.0 << 2LL << false;
        QTest::newRow("a=5: ceil(5/1.2)=5") << 100.0 << 5LL << false;
        QTest::newRow("a=12: ceil(10)=10") << 240.0 << 10LL << false;
        QTest::newRow("a=50: capped at max 10, saturated") << 1000.0 << 10LL << true;
    }

    void autoScalingGroupSizing()
    {
        QFETCH(double, users);
        QFETCH(long long, instances);
        QFETCH(bool, saturated);
        const auto model = ProjectBuilder()
                               .add("users", "users")
                               .add("web", "asg", {{"instance_type", std::string("m6i.large")}, {"min_instances", 2.0},
                                                   {"max_instances", 10.0}, {"target_utilization", 0.6},
                                                   {"service_time_ms", 50.0}})
                               .connect("users", "web")
                               .compile();
        const ComponentResult web = component(evaluate(model, users), "web");
        QCOMPARE(web.instances, instances);
        QCOMPARE(web.servers, instances * 2);
        QCOMPARE(web.saturated, saturated);
        QCOMPARE(web.responseTimeMs.has_value(), !saturated);
        // Saturates once at max: a = 10 × 2 erlangs ⇒ λ = 400/s ⇒ 400 users.
        QCOMPARE_REL(*web.usersAtSaturation, 400.0, 1e-12);
    }

    // Reads 800/s, writes 200/s, S = 1 ms, 2 vCPUs per instance, 2 replicas:
    // primary λ = 200 ⇒ ρ = 0.1; each replica λ = 800/2 + 200 ⇒ ρ = 0.3.
    void databaseSpreadsReadsAndReplicatesWrites()
    {
        const auto model = ProjectBuilder()
                               .add("users", "users")
                               .add("db", "rds", {{"instance_type", std::string("db.m6g.large")}, {"read_replicas", 2.0},
                                                  {"multi_az", true}, {"service_time_ms", 1.0}})
                               .connect("users", "db")
                               .compile();
        const ComponentResult db = component(evaluate(model, 1000.0), "db");
        QCOMPARE(db.instances, 3LL);
        QCOMPARE(db.servers, 6LL);
        QCOMPARE_REL(dimension(db, "cpu (primary)").utilization, 0.1, 1e-12);
        QCOMPARE_REL(dimension(db, "cpu (replicas)").utilization, 0.3, 1e-12);
        QCOMPARE(db.limitingDimension, std::string("cpu (replicas)"));
        QCOMPARE_REL(*dimension(db, "cpu (replicas)").usersAtSaturation, 1000.0 / 0.3, 1e-12);
        // The primary alone could carry 1 erlang on 2 vCPUs, so replicas do not count against
        // availability: a Multi-AZ primary fails over for each of its 1 failure and 4
        // maintenance restarts a year, 120 s each: U = 5 × 2 / (525 600 + 5 × 2).
        QCOMPARE_REL(db.unavailability, repair(5.0, 2.0), 1e-12);
        QCOMPARE_REL(db.slaAvailability, 0.9995, 1e-12);  // AWS RDS SLA, Multi-AZ
    }

    // S = 3 ms: 3 erlangs exceed the primary's 2 vCPUs, so both replicas are needed:
    // reads 2.4 erlangs over (2 − 0.6) spare vCPUs per replica ⇒ 2 of 2 replicas at 99.5 %.
    void replicasCountWhenThePrimaryCannotCarryTheReads()
    {
        const auto model = ProjectBuilder()
                               .add("users", "users")
                               .add("db", "rds", {{"instance_type", std::string("db.m6g.large")}, {"read_replicas", 2.0},
                                                  {"multi_az", true}, {"service_time_ms", 3.0}})
                               .connect("users", "db")
                               .compile();
        const ComponentResult db = component(evaluate(model, 1000.0), "db");
        // Each replica (Single-AZ) is out for 30 min once a year: both must be up.
        const double replica = 1.0 - repair(1.0, 30.0);
        QCOMPARE_REL(db.availability, (1.0 - repair(5.0, 2.0)) * replica * replica, 1e-12);
    }

    // Default max_connections from the PostgreSQL formula LEAST(memory/9 531 392, 5 000).
    // The t4g rows match values observed on RDS (reference capacity_facts, secondary source).
    void maxConnectionsFormula_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("instanceType");
        QTest::addColumn<double>("expected");
        QTest::newRow("postgres db.t4g.micro: 112 observed") << QStringLiteral("postgres") << QStringLiteral("db.t4g.micro") << 112.0;
        QTest::newRow("postgres db.t4g.small: 225 observed") << QStringLiteral("postgres") << QStringLiteral("db.t4g.small") << 225.0;
        QTest::newRow("postgres db.t4g.medium: 450 observed") << QStringLiteral("postgres") << QStringLiteral("db.t4g.medium") << 450.0;
        QTest::newRow("postgres db.r6g.xlarge: 32 GiB/9531392") << QStringLiteral("postgres") << QStringLiteral("db.r6g.xlarge") << 3604.0;
        QTest::newRow("postgres db.r6g.16xlarge: capped at 5000") << QStringLiteral("postgres") << QStringLiteral("db.r6g.16xlarge") << 5000.0;
        QTest::newRow("mysql db.t4g.micro: 1 GiB/12582880") << QStringLiteral("mysql") << QStringLiteral("db.t4g.micro") << 85.0;
    }

    void maxConnectionsFormula()
    {
        QFETCH(QString, engine);
        QFETCH(QString, instanceType);
        QFETCH(double, expected);
        const auto model = ProjectBuilder()
                               .add("users", "users")
                               .add("db", "rds", {{"engine", engine.toStdString()},
                                                  {"instance_type", instanceType.toStdString()}})
                               .connect("users", "db")
                               .compile();
        QCOMPARE(model.nodes[indexOf(model, "db")].maxConnections, expected);
    }

    // Pools held by fixed instances do not grow with users: 3 × 10 = 30 of 112.
    void fixedPoolsAgainstTheLimit()
    {
        const auto model = ProjectBuilder()
                               .add("users", "users")
                               .add("app", "ec2", {{"instances", 3.0}, {"db_pool_size", 10.0}})
                               .add("db", "rds", {{"instance_type", std::string("db.t4g.micro")}})
                               .connect("users", "app")
                               .connect("app", "db")
                               .compile();
        const ComponentResult db = component(evaluate(model, 1.0), "db");
        QCOMPARE_REL(*db.connectionDemand, 30.0, 1e-12);
        QCOMPARE_REL(dimension(db, "connections").utilization, 30.0 / 112.0, 1e-12);
        QVERIFY(!dimension(db, "connections").usersAtSaturation);
    }

    void poolsOverTheLimitSaturateAtAnyLoad()
    {
        const auto model = ProjectBuilder()
                               .add("users", "users")
                               .add("app", "ec2", {{"instances", 3.0}, {"db_pool_size", 40.0}})
                               .add("db", "rds", {{"instance_type", std::string("db.t4g.micro")}})
                               .connect("users", "app")
                               .connect("app", "db")
                               .compile();
        const ComponentResult db = component(evaluate(model, 1.0), "db");
        QVERIFY(db.saturated);
        QCOMPARE(db.limitingDimension, std::string("connections"));
        QCOMPARE(*db.usersAtSaturation, 0.0);
    }

    // An auto scaling group's pools grow with load: 12 instances × 10 ≥ 112 once
    // ceil(a / 1.2) > 11, i.e. a > 13.2 erlangs, λ > 264/s (S = 50 ms).
    void scalingPoolsReachTheLimit()
    {
        const auto model = ProjectBuilder()
                               .add("users", "users")
                               .add("web", "asg", {{"instance_type", std::string("m6i.large")}, {"min_instances", 2.0},
                                                   {"max_instances", 20.0}, {"target_utilization", 0.6},
                                                   {"service_time_ms", 50.0}, {"db_pool_size", 10.0}})
                               .add("db", "rds", {{"instance_type", std::string("db.t4g.micro")}})
                               .connect("users", "web")
                               .connect("web", "db", 1.0, TrafficClass::Write)
                               .compile();
        const Evaluation evaluation = evaluate(model, 100.0);
        const ComponentResult db = component(evaluation, "db");
        QCOMPARE_REL(*db.connectionDemand, 50.0, 1e-12);  // a = 5 ⇒ 5 instances × 10
        QCOMPARE_REL(*dimension(db, "connections").usersAtSaturation, 264.0, 1e-6);
        QCOMPARE_REL(*evaluation.breaksAtUsers, 264.0, 1e-6);
    }

    // Behind RDS Proxy the database holds only the queries in flight: λ·W.
    // λ = 1000/s, S = 1 ms, 2 vCPUs: a = 1, W = 1 + (1/3)·1/(2 − 1) ms ⇒ 4/3 connections.
    void proxyMultiplexesConnections()
    {
        const auto model = ProjectBuilder()
                               .add("users", "users")
                               .add("app", "ec2", {{"instances", 50.0}, {"db_pool_size", 100.0}})
                               .add("proxy", "rds_proxy")
                               .add("db", "rds", {{"instance_type", std::string("db.m6g.large")}, {"service_time_ms", 1.0}})
                               .connect("users", "app")
                               .connect("app", "proxy")
                               .connect("proxy", "db")
                               .compile();
        const ComponentResult db = component(evaluate(model, 1000.0), "db");
        QCOMPARE_REL(*db.connectionDemand, 4.0 / 3.0, 1e-12);
    }

    // Lambda concurrency = λ × duration (AWS Lambda docs): 500/s × 0.1 s = 50 of 1 000;
    // each execution holds its own database connection.
    void lambdaConcurrencyByLittlesLaw()
    {
        const auto model = ProjectBuilder()
                               .add("users", "users")
                               .add("fn", "lambda", {{"duration_ms", 100.0}})
                               .add("db", "rds", {{"instance_type", std::string("db.t4g.small")}})
                               .connect("users", "fn")
                               .connect("fn", "db")
                               .compile();
        const Evaluation evaluation = evaluate(model, 500.0);
        const ComponentResult fn = component(evaluation, "fn");
        QCOMPARE_REL(*fn.concurrency, 50.0, 1e-12);
        QCOMPARE_REL(fn.utilization, 0.05, 1e-12);
        QCOMPARE_REL(*fn.usersAtSaturation, 10000.0, 1e-12);
        const ComponentResult db = component(evaluation, "db");
        QCOMPARE_REL(*db.connectionDemand, 50.0, 1e-12);
        // 225 connections (db.t4g.small) are exhausted at 225 / 0.1 = 2 250 users.
        QCOMPARE_REL(*dimension(db, "connections").usersAtSaturation, 2250.0, 1e-6);
    }

    // Quotas of managed services; reads 800/s and writes 200/s at 1 000 users.
    void managedQuotas_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("dimensionName");
        QTest::addColumn<double>("utilization");
        QTest::addColumn<bool>("fifo");
        // DynamoDB: 6 KB items: ceil(6/4) × 0.5 = 1 read unit, 6 write units (AWS RRU/WRU rules).
        QTest::newRow("dynamodb read units: 800 of 40 000") << QStringLiteral("dynamodb") << QStringLiteral("read units") << 0.02 << false;
        QTest::newRow("dynamodb write units: 1 200 of 40 000") << QStringLiteral("dynamodb") << QStringLiteral("write units") << 0.03 << false;
        QTest::newRow("s3 GET: 800 of 5 500 per prefix") << QStringLiteral("s3") << QStringLiteral("GET rate") << 800.0 / 5500.0 << false;
        QTest::newRow("s3 PUT: 200 of 3 500 per prefix") << QStringLiteral("s3") << QStringLiteral("PUT rate") << 200.0 / 3500.0 << false;
        QTest::newRow("api_gateway: 1 000 of 10 000 rps") << QStringLiteral("api_gateway") << QStringLiteral("requests") << 0.1 << false;
        QTest::newRow("cloudfront: 1 000 of 250 000 rps") << QStringLiteral("cloudfront") << QStringLiteral("requests") << 0.004 << false;
        QTest::newRow("sqs FIFO: 1 000 of 300 per action") << QStringLiteral("sqs") << QStringLiteral("FIFO throughput") << 1000.0 / 300.0 << true;
    }

    void managedQuotas()
    {
        QFETCH(QString, type);
        QFETCH(QString, dimensionName);
        QFETCH(double, utilization);
        QFETCH(bool, fifo);
        ParamMap params;
        if (type == QStringLiteral("dynamodb"))
            params["item_kb"] = 6.0;
        if (fifo)
            params["fifo"] = true;
        const auto model = ProjectBuilder()
                               .add("users", "users")
                               .add("svc", type.toStdString(), params)
                               .connect("users", "svc")
                               .compile();
        const ComponentResult svc = component(evaluate(model, 1000.0), "svc");
        QCOMPARE_REL(dimension(svc, dimensionName.toStdString()).utilization, utilization, 1e-12);
        QCOMPARE(svc.saturated, svc.utilization >= 1.0);
    }

    // R = Σ (λᵢ/λ₀)·Wᵢ: ALB 2 ms + app W + 2 queries × database W; concurrency = λ₀·R.
    void endToEndResponseTime()
    {
        const auto model = ProjectBuilder()
                               .add("users", "users")
                               .add("lb", "alb")
                               .add("app", "ec2", {{"instances", 1.0}, {"vcpus", 2.0}, {"service_time_ms", 50.0}})
                               .add("db", "rds", {{"instance_type", std::string("db.m6g.large")}, {"service_time_ms", 1.0}})
                               .connect("users", "lb")
                               .connect("lb", "app")
                               .connect("app", "db", 2.0)
                               .compile();
        const Evaluation evaluation = evaluate(model, 20.0);
        const double appMs = 50.0 + 50.0 / 3.0;
        const double dbMs = *component(evaluation, "db").responseTimeMs;
        QCOMPARE_REL(dbMs, 1.0 + erlangCForTest(2, 0.04) * 1.0 / (2.0 - 0.04), 1e-12);
        QCOMPARE_REL(*evaluation.responseTimeMs, 2.0 + appMs + 2.0 * dbMs, 1e-12);
        QCOMPARE_REL(*evaluation.concurrentRequests, 20.0 * *evaluation.responseTimeMs / 1000.0, 1e-12);
        // Availability, cause by cause (model/README.md §6): the ALB's regional outages (0.2 a
        // year × 30 min); the one instance's failures (1 × 240 min) and weekly restarts (52 × 2
        // min, no spare); the Single-AZ database's failures (1 × 30 min) and maintenance (4 × 10
        // min); and zone a's outage (0.5 a year × 60 min), which takes the instance and the
        // database (both in zone a of the two assumed zones) down together: counted once.
        const double expected = (1.0 - repair(0.2, 30.0)) * (1.0 - repair(1.0, 240.0)) * (1.0 - repair(52.0, 2.0))
                                * (1.0 - repair(1.0, 30.0)) * (1.0 - repair(4.0, 10.0)) * (1.0 - 0.5 * 60.0 / 525600.0);
        QCOMPARE_REL(evaluation.availability, expected, 1e-12);
        QCOMPARE_REL(*evaluation.nines, -std::log10(1.0 - expected), 1e-9);
        QCOMPARE_REL(evaluation.downtimeMinutesPerYear, (1.0 - expected) * 525600.0, 1e-6);
        // The floor: the SLA figures in series (ELB 99.99 %, EC2 instance 99.5 %, RDS Single-AZ 99.5 %).
        QCOMPARE_REL(evaluation.slaAvailability, 0.9999 * 0.995 * 0.995, 1e-12);
    }

    void saturationOnThePathLeavesNoResponseTime()
    {
        const auto model = ProjectBuilder()
                               .add("users", "users")
                               .add("app", "ec2", {{"instances", 1.0}, {"vcpus", 2.0}, {"service_time_ms", 50.0}})
                               .connect("users", "app")
                               .compile();
        const Evaluation evaluation = evaluate(model, 100.0);  // a = 5 on 2 servers
        QVERIFY(component(evaluation, "app").saturated);
        QVERIFY(!component(evaluation, "app").responseTimeMs);
        QVERIFY(!evaluation.responseTimeMs);
        QVERIFY(!evaluation.concurrentRequests);
        QCOMPARE(evaluation.bottleneck, std::string("app"));
    }

    // A station needing every instance it has has no spare; past its capacity it serves 1/ρ
    // of what arrives and loses the rest.
    void saturatedStationServesItsCapacity()
    {
        const auto model = ProjectBuilder()
                               .add("users", "users")
                               .add("app", "ec2", {{"instances", 2.0}, {"vcpus", 2.0}, {"service_time_ms", 50.0}})
                               .connect("users", "app")
                               .compile();
        // 60/s × 50 ms = 3 erlangs: needs 2 of 2 instances, each out 240 min a year, and
        // restarts cost (no spare): A = p² × (1 − q_restart).
        const double p = 1.0 - repair(1.0, 240.0);
        const double full = 1.0 - (1.0 - p * p) ;
        QCOMPARE_REL(component(evaluate(model, 60.0), "app").availability, full * (1.0 - repair(52.0, 2.0)), 1e-12);
        // 100/s × 50 ms = 5 erlangs on 4 vCPUs: ρ = 1.25, so a fifth of requests are lost.
        const Evaluation saturated = evaluate(model, 100.0);
        QCOMPARE_REL(component(saturated, "app").availability, full * (1.0 - repair(52.0, 2.0)) / 1.25, 1e-12);
        QVERIFY(saturated.availability < 0.8);
    }

    // Nothing the evaluation writes may be NaN or infinite, at any user count.
    void extremesStayFinite_data()
    {
        QTest::addColumn<double>("users");
        QTest::newRow("0 users") << 0.0;
        QTest::newRow("1 user") << 1.0;
        QTest::newRow("1e12 users") << 1e12;
    }

    void extremesStayFinite()
    {
        QFETCH(double, users);
        const auto model = ProjectBuilder()
                               .add("users", "users")
                               .add("cdn", "cloudfront")
                               .add("web", "asg")
                               .add("cache", "elasticache")
                               .add("db", "aurora", {{"read_replicas", 2.0}})
                               .add("fn", "lambda")
                               .add("table", "dynamodb")
                               .add("proxy", "rds_proxy")
                               .connect("users", "cdn")
                               .connect("cdn", "web")
                               .connect("web", "cache", 1.0, TrafficClass::Read)
                               .connect("cache", "db")
                               .connect("web", "fn", 1.0, TrafficClass::Write, true)
                               .connect("fn", "table")
                               .connect("fn", "proxy")
                               .connect("proxy", "db")
                               .compile();
        std::string json = evaluationToJson(evaluate(model, users));
        std::transform(json.begin(), json.end(), json.begin(), [](unsigned char c) { return std::tolower(c); });
        // A number token that is not finite (text such as "maintenance" may contain "nan").
        const std::regex notFinite(R"([:\[,]\s*-?(nan|inf))");
        QVERIFY2(!std::regex_search(json, notFinite), json.c_str());
    }

private:
    // q = λ·d / (H + λ·d) for λ failures a year of d minutes each (model/README.md §6).
    static double repair(double perYear, double minutes)
    {
        return perYear * minutes / (525600.0 + perYear * minutes);
    }

    static double erlangCForTest(int servers, double load)
    {
        // C(2, a) in closed form: 2·B/(2 − a(1 − B)) with B(2, a) = (a²/2)/(1 + a + a²/2).
        (void)servers;
        const double b = (load * load / 2.0) / (1.0 + load + load * load / 2.0);
        return 2.0 * b / (2.0 - load * (1.0 - b));
    }
};

QTEST_GUILESS_MAIN(TestEvaluator)
#include "tst_evaluator.moc"

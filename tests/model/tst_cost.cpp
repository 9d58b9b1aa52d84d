// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The cost model (pricing/README.md, "Cost model") against hand computation. Every row
// names the bundled price it uses. ProjectBuilder sets 86 400 requests per user per day at
// peak/average 1, so the average entry rate in requests per second equals the user count.

#include "common/Compare.h"
#include "common/ProjectBuilder.h"

#include "model/cost/CostModel.h"
#include "model/evaluation/Evaluator.h"
#include "model/analysis/StageTable.h"
#include "pricing/PriceBookFile.h"

#include <QTest>

using namespace headroom;
using namespace headroom::test;

namespace {

constexpr double kMonth = 730.0 * 3600.0;  // seconds in AWS's 730-hour month

// A copy: callers often pass a temporary SystemCost.
ComponentCost costFor(const SystemCost &cost, const std::string &id)
{
    for (const ComponentCost &component : cost.components)
        if (component.id == id)
            return component;
    qFatal("no component %s", id.c_str());
}

double line(const ComponentCost cost, const std::string &priceKey)
{
    double usd = 0.0;
    bool found = false;
    for (const CostLine &l : cost.lines)
        if (l.priceKey == priceKey) {
            usd += l.monthlyUsd;
            found = true;
        }
    if (!found)
        qFatal("no line %s on %s", priceKey.c_str(), cost.id.c_str());
    return usd;
}

SystemCost priced(const ProjectBuilder &builder, double users, PurchaseOption option = PurchaseOption::OnDemand,
                  const PriceBook &book = bundledPriceBook())
{
    return costOf(builder.compile(), users, book, option);
}

} // namespace

class TestCost : public QObject
{
    Q_OBJECT

private slots:
    // 3 × m6i.large at $0.096/h × 730 h, plus 3 × 8 GB of gp3 at $0.08/GB-month.
    void ec2Instances()
    {
        ProjectBuilder b;
        b.add("users", "users").add("app", "ec2", {{"instances", 3.0}}).connect("users", "app");
        const ComponentCost app = costFor(priced(b, 1.0), "app");
        QCOMPARE_REL(line(app, "ec2/m6i.large"), 3 * 0.096 * 730, 1e-12);
        QCOMPARE_REL(line(app, "ebs/gp3-storage"), 3 * 8 * 0.08, 1e-12);
        // The instance answers users itself: 1 rps of 20 KiB responses out at $0.09/GB.
        const double dataOut = 1 * kMonth * 20.0 / (1024.0 * 1024.0) * 0.09;
        QCOMPARE_REL(line(app, "data-transfer/out-to-internet"), dataOut, 1e-12);
        QCOMPARE_REL(app.monthlyUsd, 3 * 0.096 * 730 + 3 * 8 * 0.08 + dataOut, 1e-12);
    }

    // An Auto Scaling group is priced at average load, not peak: 100 users at peak/average 3 give
    // 100 rps on average (5 erlangs at 50 ms ⇒ 5 instances) but 300 rps at peak (13 instances).
    void autoScalingGroupAtAverageLoad()
    {
        ProjectBuilder b;
        b.add("users", "users")
            .add("web", "asg", {{"max_instances", 50.0}, {"service_time_ms", 50.0}, {"ebs_gb", 0.0}})
            .connect("users", "web");
        Project project = b.project();
        project.workload.peakToAverage = 3.0;
        const auto model = compileModel(project);
        QVERIFY(model);
        const SystemCost cost = costOf(*model, 100.0, bundledPriceBook(), PurchaseOption::OnDemand);
        QCOMPARE_REL(line(costFor(cost, "web"), "ec2/m6i.large"), 5 * 0.096 * 730, 1e-12);
        QCOMPARE(evaluate(*model, 100.0).components[1].instances, 13LL);
    }

    // db.r6g.xlarge PostgreSQL: Multi-AZ $0.899/h, each replica Single-AZ $0.45/h;
    // gp3 storage $0.23/GB-month Multi-AZ, $0.115 Single-AZ for each replica's copy.
    void rdsMultiAzWithReplicas()
    {
        ProjectBuilder b;
        b.add("users", "users")
            .add("db", "rds", {{"instance_type", std::string("db.r6g.xlarge")}, {"multi_az", true},
                               {"read_replicas", 2.0}, {"storage_gb", 100.0}})
            .connect("users", "db");
        const ComponentCost db = costFor(priced(b, 10.0), "db");
        QCOMPARE_REL(line(db, "rds/postgres/db.r6g.xlarge/multi-az"), 0.899 * 730, 1e-12);
        QCOMPARE_REL(line(db, "rds/postgres/db.r6g.xlarge/single-az"), 2 * 0.45 * 730, 1e-12);
        QCOMPARE_REL(line(db, "rds/storage/gp3/multi-az"), 100 * 0.23, 1e-12);
        QCOMPARE_REL(line(db, "rds/storage/gp3/single-az"), 2 * 100 * 0.115, 1e-12);
    }

    // Aurora PostgreSQL db.r6g.large $0.26/h per instance (writer + 1 replica), storage $0.10/GB,
    // I/O $0.20 per million: 10 writes/s × one I/O each over the month.
    void auroraInstancesStorageAndIo()
    {
        ProjectBuilder b;
        b.readFraction(0.0)
            .add("users", "users")
            .add("db", "aurora", {{"read_replicas", 1.0}, {"storage_gb", 50.0}})
            .connect("users", "db");
        const ComponentCost db = costFor(priced(b, 10.0), "db");
        QCOMPARE_REL(line(db, "aurora/postgres/db.r6g.large"), 2 * 0.26 * 730, 1e-12);
        QCOMPARE_REL(line(db, "aurora/storage"), 50 * 0.10, 1e-12);
        QCOMPARE_REL(line(db, "aurora/io-requests"), 10 * kMonth / 1e6 * 0.20, 1e-12);
    }

    // Lambda: $0.20 per million requests; x86 duration $0.0000166667 per GB-second for the
    // first 6 billion: 10 rps × 100 ms × 0.5 GB.
    void lambdaRequestsAndDuration()
    {
        ProjectBuilder b;
        b.add("users", "users").add("fn", "lambda", {{"duration_ms", 100.0}, {"memory_mb", 512.0}}).connect("users", "fn");
        const ComponentCost fn = costFor(priced(b, 10.0), "fn");
        QCOMPARE_REL(line(fn, "lambda/requests"), 10 * kMonth / 1e6 * 0.20, 1e-12);
        QCOMPARE_REL(line(fn, "lambda/x86-gb-second"), 10 * kMonth * 0.1 * 0.5 * 1.66667e-05, 1e-12);
    }

    // SQS standard $0.40 per million requests; each message is sent, received and deleted.
    void sqsCountsThreeRequestsPerMessage()
    {
        ProjectBuilder b;
        b.add("users", "users").add("queue", "sqs").connect("users", "queue");
        QCOMPARE_REL(line(costFor(priced(b, 5.0), "queue"), "sqs/standard-requests"), 3 * 5 * kMonth / 1e6 * 0.40, 1e-12);
    }

    // DynamoDB on demand: 6 KB items cost 1 RRU per eventually consistent read and 6 WRU per
    // write; $0.125 per million RRU, $0.625 per million WRU, storage $0.25/GB-month.
    void dynamoDbRequestUnits()
    {
        ProjectBuilder b;
        b.readFraction(0.8).add("users", "users").add("t", "dynamodb", {{"item_kb", 6.0}, {"storage_gb", 40.0}}).connect("users", "t");
        const ComponentCost t = costFor(priced(b, 100.0), "t");
        QCOMPARE_REL(line(t, "dynamodb/read-request-units"), 80 * kMonth * 1.0 / 1e6 * 0.125, 1e-12);
        QCOMPARE_REL(line(t, "dynamodb/write-request-units"), 20 * kMonth * 6.0 / 1e6 * 0.625, 1e-12);
        QCOMPARE_REL(line(t, "dynamodb/storage"), 40 * 0.25, 1e-12);
    }

    // S3 Standard: $0.023/GB for the first 50 TB; GET $0.0004 and PUT $0.005 per thousand.
    void s3StorageAndRequests()
    {
        ProjectBuilder b;
        b.readFraction(0.9).add("users", "users").add("files", "s3", {{"storage_gb", 60.0 * 1024}})
            .connect("users", "files");
        const ComponentCost files = costFor(priced(b, 10.0), "files");
        QCOMPARE_REL(line(files, "s3/standard-storage"), 51200 * 0.023 + 10240 * 0.022, 1e-12);
        QCOMPARE_REL(line(files, "s3/get-requests"), 9 * kMonth / 1000 * 0.0004, 1e-12);
        QCOMPARE_REL(line(files, "s3/put-requests"), 1 * kMonth / 1000 * 0.005, 1e-12);
    }

    // CloudFront answering users: $0.01 per 10 000 HTTPS requests, and its own data-out price
    // ($0.085/GB first band) on 20 KiB responses; the origin behind it pays no data out.
    void cloudFrontAtTheEdge()
    {
        ProjectBuilder b;
        b.add("users", "users").add("dns", "route53").add("cdn", "cloudfront").add("lb", "alb")
            .connect("users", "dns").connect("dns", "cdn").connect("cdn", "lb");
        const SystemCost cost = priced(b, 10.0);
        const ComponentCost cdn = costFor(cost, "cdn");
        QCOMPARE_REL(line(cdn, "cloudfront/https-requests"), 10 * kMonth / 10000 * 0.01, 1e-12);
        const double gib = 10 * kMonth * 20.0 / (1024.0 * 1024.0);
        QCOMPARE_REL(line(cdn, "cloudfront/data-out"), gib * 0.085, 1e-12);
        for (const CostLine &l : costFor(cost, "lb").lines)
            QVERIFY(l.priceKey != "data-transfer/out-to-internet");
        // Route 53: $0.50 hosted zone + 1 query in 20 requests at $0.40 per million.
        QCOMPARE_REL(costFor(cost, "dns").monthlyUsd, 0.5 + 10 * kMonth * 0.05 / 1e6 * 0.40, 1e-12);
    }

    // An ALB answering users pays regional data out ($0.09/GB first 10 TB) and LCUs: at 100 rps,
    // 10 requests per connection, 60 s connections: new 10/s ÷ 25 = 0.4, active 600 ÷ 3 000 = 0.2,
    // processed 100 × 3600 × 20 KiB = 6.87 GiB/h ÷ 1 = 6.87 ⇒ 6.87 LCUs × $0.008 × 730 h.
    void loadBalancerCapacityUnitsAndDataOut()
    {
        ProjectBuilder b;
        b.add("users", "users").add("lb", "alb").connect("users", "lb");
        const ComponentCost lb = costFor(priced(b, 100.0), "lb");
        QCOMPARE_REL(line(lb, "alb/hour"), 0.0225 * 730, 1e-12);
        const double gibPerHour = 100 * 3600 * 20.0 / (1024.0 * 1024.0);
        QCOMPARE_REL(line(lb, "alb/lcu-hour"), gibPerHour * 0.008 * 730, 1e-12);
        QCOMPARE_REL(line(lb, "data-transfer/out-to-internet"), 100 * kMonth * 20.0 / (1024.0 * 1024.0) * 0.09, 1e-9);
    }

    // NAT gateway: $0.045/h and $0.045 per GB processed.
    void natGateway()
    {
        ProjectBuilder b;
        b.add("users", "users").add("app", "ec2").add("nat", "nat_gateway").connect("users", "app").connect("app", "nat", 0.5);
        const ComponentCost nat = costFor(priced(b, 10.0), "nat");
        QCOMPARE_REL(line(nat, "nat_gateway/hour"), 0.045 * 730, 1e-12);
        QCOMPARE_REL(line(nat, "nat_gateway/data-processed"), 5 * kMonth * 20.0 / (1024.0 * 1024.0) * 0.045, 1e-12);
    }

    // API Gateway REST: $3.50 per million for the first 333 million a month, then $2.80.
    void apiGatewayTiers()
    {
        ProjectBuilder b;
        b.add("users", "users").add("api", "api_gateway").connect("users", "api");
        const double requests = 200 * kMonth;  // 525.6 million
        QCOMPARE_REL(line(costFor(priced(b, 200.0), "api"), "api_gateway/rest-requests"),
                     333 * 3.5 + (requests / 1e6 - 333) * 2.8, 1e-12);
    }

    // WAF: $5 per web ACL, $1 per rule, $0.60 per million requests.
    void waf()
    {
        ProjectBuilder b;
        b.add("users", "users").add("waf", "waf", {{"rules", 3.0}}).add("lb", "alb").connect("users", "waf").connect("waf", "lb");
        const SystemCost cost = priced(b, 1.0);
        QCOMPARE_REL(costFor(cost, "waf").monthlyUsd, 5 + 3 + 1 * kMonth / 1e6 * 0.6, 1e-12);
        QVERIFY(line(costFor(cost, "lb"), "data-transfer/out-to-internet") > 0.0);  // WAF is beside the path
    }

    // RDS Proxy: $0.015 per vCPU-hour of the databases behind it (secondary source), at least 2:
    // db.r6g.xlarge (4 vCPUs) + 1 replica = 8 vCPUs.
    void rdsProxyPerVcpu()
    {
        ProjectBuilder b;
        b.add("users", "users").add("proxy", "rds_proxy").add("lonely", "rds_proxy")
            .add("db", "rds", {{"instance_type", std::string("db.r6g.xlarge")}, {"read_replicas", 1.0}})
            .connect("users", "proxy").connect("proxy", "db").connect("users", "lonely");
        const SystemCost cost = priced(b, 1.0);
        QCOMPARE_REL(line(costFor(cost, "proxy"), "rds_proxy/vcpu-hour"), 8 * 0.015 * 730, 1e-12);
        QCOMPARE_REL(line(costFor(cost, "lonely"), "rds_proxy/vcpu-hour"), 2 * 0.015 * 730, 1e-12);
    }

    // A price the book does not have is never a silent zero.
    void missingPriceIsAWarningAndIncomplete()
    {
        ProjectBuilder b;
        b.add("users", "users").add("app", "ec2", {{"instance_type", std::string("x9.huge")}, {"vcpus", 8.0}})
            .add("tasks", "ecs_fargate").connect("users", "app").connect("users", "tasks");
        const SystemCost cost = priced(b, 1.0);
        QVERIFY(!cost.complete);
        const auto &warnings = costFor(cost, "app").warnings;
        QCOMPARE(warnings.size(), size_t(1));
        QCOMPARE(warnings.front(), std::string("no price for ec2/x9.huge in us-east-1"));
        QVERIFY(costFor(cost, "tasks").warnings.front().find("usd_per_task_hour") != std::string::npos);
        QCOMPARE(cost.warnings.size(), size_t(2));
        QCOMPARE(cost.warnings.front(), std::string("app: no price for ec2/x9.huge in us-east-1"));
    }

    void customPriceForFargate()
    {
        ProjectBuilder b;
        b.add("users", "users").add("lb", "alb").add("tasks", "ecs_fargate", {{"instances", 4.0}, {"usd_per_task_hour", 0.05}})
            .connect("users", "lb").connect("lb", "tasks");
        const SystemCost cost = priced(b, 1.0);
        QVERIFY(cost.complete);
        QCOMPARE_REL(costFor(cost, "tasks").monthlyUsd, 4 * 0.05 * 730, 1e-12);
    }

    // Committed prices: on-demand × the book's factor, for the services that have one.
    void commitmentsApplyTheBooksFactors()
    {
        PriceBook book = bundledPriceBook();
        book.addCommitment({"ec2", "1yr", 0.6, "test"});
        book.addCommitment({"ec2", "3yr", 0.4, "test"});
        ProjectBuilder b;
        b.add("users", "users").add("app", "ec2", {{"instances", 2.0}, {"ebs_gb", 0.0}}).connect("users", "app");
        const double onDemand = 2 * 0.096 * 730;
        const SystemCost oneYear = priced(b, 0.0, PurchaseOption::OneYear, book);
        QCOMPARE_REL(oneYear.monthlyUsd, onDemand * 0.6, 1e-12);
        QCOMPARE_REL(oneYear.onDemandMonthlyUsd, onDemand, 1e-12);
        QCOMPARE_REL(*oneYear.threeYearMonthlyUsd, onDemand * 0.4, 1e-12);
        QVERIFY(oneYear.complete);
        QVERIFY(!oneYear.costPerUserUsd);  // 0 users: no cost per user

        // A database has no factor: its lines stay on demand and say so; the committed figure
        // commits what can be committed and lists the rest, and the month is still complete.
        b.add("db", "rds").connect("app", "db");
        const SystemCost mixed = priced(b, 1.0, PurchaseOption::OneYear, book);
        QVERIFY(mixed.complete);
        const ComponentCost db = costFor(mixed, "db");
        QCOMPARE(db.monthlyUsd, db.onDemandMonthlyUsd);
        QCOMPARE(db.lines.front().priceNote,
                 "on demand (no 1-year price for " + db.lines.front().priceKey + ")");
        QCOMPARE_REL(*mixed.oneYearMonthlyUsd, mixed.onDemandMonthlyUsd - onDemand * 0.4, 1e-12);
        QVERIFY(!mixed.oneYearOnDemand.empty());
        QVERIFY(mixed.oneYearOnDemand.front().rfind("db: on demand (no 1-year price for rds/", 0) == 0);
    }

    // Every line explains itself: quantity × unit price = monthly.
    void linesAreExplainable()
    {
        const auto project = readProjectFileForTest();
        const auto model = compileModel(project);
        QVERIFY(model);
        const SystemCost cost = costOf(*model, 250000.0, bundledPriceBook(), PurchaseOption::OnDemand);
        QVERIFY(cost.complete);
        double total = 0.0;
        for (const ComponentCost &component : cost.components)
            for (const CostLine &l : component.lines) {
                QCOMPARE_REL(l.quantity * l.unitPriceUsd, l.monthlyUsd, 1e-9);
                total += l.monthlyUsd;
            }
        QCOMPARE_REL(total, cost.monthlyUsd, 1e-12);
        QCOMPARE_REL(*cost.costPerUserUsd, cost.monthlyUsd / 250000.0, 1e-12);
    }

    // The stage table is evaluate + costOf at each stage's users.
    void stageTableMatchesEvaluationAndCost()
    {
        const auto project = readProjectFileForTest();
        const auto model = compileModel(project);
        QVERIFY(model);
        const auto rows = stageTable(*model, project.stages, bundledPriceBook(), PurchaseOption::OnDemand);
        QCOMPARE(rows.size(), project.stages.size());
        for (size_t i = 0; i < rows.size(); ++i) {
            const Evaluation evaluation = evaluate(*model, project.stages[i].users);
            const SystemCost cost = costOf(*model, project.stages[i].users, bundledPriceBook(), PurchaseOption::OnDemand);
            QCOMPARE(rows[i].name, project.stages[i].name);
            QCOMPARE(rows[i].monthlyUsd, cost.monthlyUsd);
            QCOMPARE(rows[i].bottleneck, evaluation.bottleneck);
            QCOMPARE(rows[i].availability, evaluation.availability);
            QCOMPARE(rows[i].peakRatePerSecond, evaluation.entryRatePerSecond);
        }
        QVERIFY(rows.back().monthlyUsd > rows.front().monthlyUsd);
    }

private:
    static Project readProjectFileForTest();
};

#include "model/io/ProjectFile.h"

Project TestCost::readProjectFileForTest()
{
    auto project = readProjectFile(HEADROOM_SOURCE_DIR "/resources/examples/three-tier.json");
    if (!project)
        qFatal("%s", project.error().toString().c_str());
    return std::move(project).value();
}

QTEST_GUILESS_MAIN(TestCost)
#include "tst_cost.moc"

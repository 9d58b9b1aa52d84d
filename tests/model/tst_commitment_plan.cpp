// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Commitment planning (model/analysis/CommitmentPlan.h): commit each committable line's floor
// across a stage's range, priced from the bundled books' committed prices:
// t3.medium $0.0416/h on demand, 1yr standard No Upfront $0.026096/h, 3yr $0.018/h
// (INFRACOST_EC2, 2024-07-01); cache.m6g.large $0.149/h, 1yr $0.102/h, 3yr $0.077/h No Upfront
// (VANTAGE_CACHE_2022). ProjectBuilder's workload makes the average rate equal the users.

#include "common/Compare.h"
#include "common/ProjectBuilder.h"

#include "model/analysis/CommitmentPlan.h"
#include "model/analysis/StageTable.h"
#include "pricing/PriceBookFile.h"

#include <QTest>

using namespace headroom;
using namespace headroom::test;

namespace {

// An Auto Scaling group of t3.medium that idles at 2 and grows with load, a fixed pair of
// cache nodes, and a database with no committed price in the books.
CompiledModel growingDesign()
{
    ProjectBuilder builder;
    builder.add("users", "users")
        .add("web", "asg", {{"instance_type", std::string("t3.medium")}, {"min_instances", 2.0},
                            {"max_instances", 40.0}, {"target_utilization", 0.6}, {"service_time_ms", 50.0},
                            {"ebs_gb", 0.0}})
        .add("cache", "elasticache", {{"instance_type", std::string("cache.m6g.large")}, {"instances", 2.0}})
        .add("db", "rds")
        .connect("users", "web")
        .connect("web", "cache")
        .connect("web", "db", 0.2);
    return builder.compile();
}

const CommittedFloor *floorOf(const CommitmentPlan &plan, const std::string &component)
{
    for (const CommittedFloor &floor : plan.commit)
        if (floor.component == component)
            return &floor;
    return nullptr;
}

double webInstancesAt(const CompiledModel &model, double users)
{
    const SystemCost cost = costOf(model, users, bundledPriceBook(), PurchaseOption::OnDemand);
    for (const ComponentCost &component : cost.components)
        if (component.id == "web")
            return component.lines.front().quantity / kHoursPerMonth;
    return 0.0;
}

} // namespace

class TestCommitmentPlan : public QObject
{
    Q_OBJECT

private slots:
    // Over 10 → 200 users the group grows from its floor of 2; only the 2 are committed.
    void theFloorIsCommittedNotThePeak()
    {
        const CompiledModel model = growingDesign();
        QCOMPARE(webInstancesAt(model, 10.0), 2.0);
        QVERIFY(webInstancesAt(model, 200.0) > 2.0);
        const StageCommitments plans = stageCommitments(model, 10.0, 200.0, bundledPriceBook());
        const CommittedFloor *web = floorOf(plans.oneYear, "web");
        QVERIFY(web);
        QCOMPARE(web->priceKey, std::string("ec2/t3.medium"));
        QCOMPARE(web->hourlyUnits, 2.0);
        QCOMPARE_REL(web->unitsPerMonth, 2 * 730.0, 1e-12);
        QCOMPARE_REL(web->onDemandMonthlyUsd, 2 * 730 * 0.0416, 1e-12);
        QCOMPARE_REL(web->committedMonthlyUsd, 2 * 730 * 0.026096, 1e-12);
        QCOMPARE_REL(web->savingMonthlyUsd, 2 * 730 * (0.0416 - 0.026096), 1e-12);
        QCOMPARE_REL(web->breakEvenUtilization, 0.026096 / 0.0416, 1e-12);
        QCOMPARE(web->payment, std::string("no upfront"));

        const CommittedFloor *cache = floorOf(plans.threeYear, "cache");
        QVERIFY(cache);
        QCOMPARE_REL(cache->savingMonthlyUsd, 2 * 730 * (0.149 - 0.077), 1e-12);
        QCOMPARE_REL(plans.threeYear.savingMonthlyUsd,
                     2 * 730 * (0.149 - 0.077) + 2 * 730 * (0.0416 - 0.018), 1e-12);
        QCOMPARE_REL(plans.oneYear.committedMonthlyUsd, 2 * 730 * 0.026096 + 2 * 730 * 0.102, 1e-12);
        // Largest saving first.
        QVERIFY(plans.oneYear.commit.front().savingMonthlyUsd >= plans.oneYear.commit.back().savingMonthlyUsd);
    }

    // The database has no committed price: it is named as staying on demand, not committed.
    void linesWithoutAPriceStayOnDemand()
    {
        const StageCommitments plans = stageCommitments(growingDesign(), 10.0, 200.0, bundledPriceBook());
        QVERIFY(!floorOf(plans.oneYear, "db"));
        bool named = false;
        for (const std::string &line : plans.oneYear.onDemand)
            named = named || (line.rfind("db: on demand (no 1-year price for rds/", 0) == 0);
        QVERIFY(named);
    }

    // At a single user count (the last stage) the floor is what runs there.
    void aPointRangeCommitsWhatRuns()
    {
        const CompiledModel model = growingDesign();
        const StageCommitments plans = stageCommitments(model, 200.0, 200.0, bundledPriceBook());
        QCOMPARE(floorOf(plans.oneYear, "web")->hourlyUnits, webInstancesAt(model, 200.0));
        QCOMPARE(plans.oneYear.fromUsers, 200.0);
        QCOMPARE(plans.oneYear.toUsers, 200.0);
    }

    // A Single-AZ database's primary and its replica are two cost lines at one price
    // (db.t4g.medium Single-AZ, 1yr No Upfront in the bundled book): both run all the time,
    // so both are committed.
    void aPrimaryAndItsReplicaAreOneFloor()
    {
        ProjectBuilder builder;
        builder.add("users", "users")
            .add("db", "rds", {{"instance_type", std::string("db.t4g.medium")}, {"multi_az", false},
                               {"read_replicas", 1.0}})
            .connect("users", "db");
        const CompiledModel model = builder.compile();
        const StageCommitments plans = stageCommitments(model, 10.0, 100.0, bundledPriceBook());
        const CommittedFloor *db = floorOf(plans.oneYear, "db");
        QVERIFY(db);
        QCOMPARE(db->priceKey, std::string("rds/postgres/db.t4g.medium/single-az"));
        QCOMPARE(db->hourlyUnits, 2.0);
        QCOMPARE_REL(db->unitsPerMonth, 2 * 730.0, 1e-12);
        const PriceEntry *entry = bundledPriceBook().find(db->priceKey);
        QCOMPARE_REL(db->committedMonthlyUsd, 2 * 730 * entry->committedRate("1yr")->usd, 1e-12);
    }

    // The stage table plans each stage up to the next stage's users.
    void stagesPlanUpToTheNextStage()
    {
        const CompiledModel model = growingDesign();
        const std::vector<Stage> stages{{"small", 10.0}, {"large", 200.0}};
        const auto rows = stageTable(model, stages, bundledPriceBook(), PurchaseOption::OnDemand);
        QCOMPARE(rows[0].commitments.oneYear.toUsers, 200.0);
        QCOMPARE(rows[1].commitments.oneYear.fromUsers, 200.0);
        QCOMPARE(rows[1].commitments.oneYear.toUsers, 200.0);
        QVERIFY(rows[0].oneYearMonthlyUsd);
        QVERIFY(*rows[0].oneYearMonthlyUsd < rows[0].onDemandMonthlyUsd);
    }
};

QTEST_APPLESS_MAIN(TestCommitmentPlan)
#include "tst_commitment_plan.moc"

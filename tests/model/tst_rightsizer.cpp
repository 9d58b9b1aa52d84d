// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The right-sizer (model/README.md, "Advisor and right-sizing"): the cheapest classes and
// counts that keep every utilization ≤ the target and availability ≥ the target at a user
// count; never a design that misses them, never dearer than a start that meets them.
//
// ProjectBuilder sets 86 400 requests per user per day at peak/average 1, so λ₀ = users/s at
// peak and on average alike; prices are the bundled us-east-1 book's.

#include "common/Compare.h"
#include "common/ProjectBuilder.h"

#include "model/advisor/DesignChanges.h"
#include "model/analysis/DesignMeasure.h"
#include "model/cost/InstanceClasses.h"
#include "model/io/ProjectFile.h"
#include "model/advisor/RightSizer.h"
#include "pricing/PriceBookFile.h"

#include <QTest>

#include <algorithm>

using namespace headroom;
using namespace headroom::test;

Q_DECLARE_METATYPE(headroom::Project)

namespace {

const PriceBook &book() { return bundledPriceBook(); }

MeasuredDesign measured(const Project &project, double users)
{
    auto design = measureDesign(project, users, book());
    if (!design)
        qFatal("%s", design.error().toString().c_str());
    return std::move(design).value();
}

double usdPerMonth(const std::string &key, double quantity)
{
    const PriceEntry *entry = book().find(key);
    if (!entry)
        qFatal("no price %s", key.c_str());
    return priceOf(*entry, quantity).usd;
}

// users → lb → web (ec2 with `params`, 50 ms per request), aiming at 99.95 % (the target
// rightSize uses unless told another).
Project web(ParamMap params)
{
    Project project = ProjectBuilder()
                          .add("users", "users")
                          .add("lb", "alb")
                          .add("web", "ec2", std::move(params))
                          .connect("users", "lb")
                          .connect("lb", "web")
                          .project();
    project.availabilityTarget = 0.9995;
    return project;
}

Project overProvisioned()
{
    return web({{"instances", 10.0}, {"instance_type", std::string("m6i.4xlarge")}});
}

// users → lb → web (4 × c6i.large, 1 ms) → db.
Project withDatabase(ParamMap db)
{
    return ProjectBuilder()
        .add("users", "users")
        .add("lb", "alb")
        .add("web", "ec2", {{"instances", 4.0}, {"instance_type", std::string("c6i.large")}, {"service_time_ms", 1.0}})
        .add("db", "rds", std::move(db))
        .connect("users", "lb")
        .connect("lb", "web")
        .connect("web", "db", 2.0)
        .project();
}

Project example(const char *name)
{
    auto project = readProjectFile(std::string(HEADROOM_SOURCE_DIR "/resources/examples/") + name);
    if (!project)
        qFatal("%s", project.error().toString().c_str());
    return std::move(project).value();
}

bool meets(const MeasuredDesign &design, double maxUtilization, double minAvailability)
{
    return design.highestUtilization() <= maxUtilization + 1e-12
           && design.evaluation.availability >= minAvailability - 1e-12;
}

} // namespace

class TestRightSizer : public QObject
{
    Q_OBJECT

private slots:
    // 100 rps × 50 ms = 5 erlangs on 160 vCPUs (3 %). At most 70 %: ≥ 8 vCPUs. Among the x86,
    // non-burstable classes the cheapest that also keeps web ≥ 99.95 % available is 4 ×
    // c6i.large ($0.085/h): it needs 3 of 4 up, U = P(≤ 2 of 4 up) ≈ 6 × 0.005² = 1.5e-4.
    // (3 × c6i.xlarge costs $0.51/h, 2 × c6i.2xlarge $0.68/h; 2 × xlarge needs both up.)
    void overProvisionedDesignShrinks()
    {
        const Project start = overProvisioned();
        const RightSizeResult result = rightSize(start, 100.0, book());
        QVERIFY2(result.ok, result.message.c_str());
        QVERIFY(result.startMeetsTargets);
        const Component *sized = findComponent(result.project, "web");
        QCOMPARE(*textParam(*sized, "instance_type"), std::string("c6i.large"));
        QCOMPARE(*numberParam(*sized, "instances"), 4.0);

        const MeasuredDesign before = measured(start, 100.0);
        const MeasuredDesign after = measured(result.project, 100.0);
        QVERIFY(meets(after, 0.7, 0.9995));
        QCOMPARE_REL(after.highestUtilization(), 5.0 / 8.0, 1e-12);
        QCOMPARE_REL(result.monthlyUsd, after.cost.monthlyUsd, 1e-12);
        QCOMPARE_REL(result.startMonthlyUsd, before.cost.monthlyUsd, 1e-12);
        const double saving = 10.0 * (usdPerMonth("ec2/m6i.4xlarge", 730.0) + usdPerMonth("ebs/gp3-storage", 8.0))
                              - 4.0 * (usdPerMonth("ec2/c6i.large", 730.0) + usdPerMonth("ebs/gp3-storage", 8.0));
        QCOMPARE_REL(result.savingUsdPerMonth, saving, 1e-9);
        QVERIFY(result.savingUsdPerMonth > 0.0);
        QCOMPARE(result.changes.size(), size_t(1));
        QCOMPARE(result.changes[0].componentId, std::string("web"));
        QCOMPARE(result.changes[0].description, std::string("instance_type m6i.4xlarge → c6i.large; instances 10 → 4"));
    }

    // The search reports its progress, rising from 0 to 1; a callback that returns false stops
    // it, and the start comes back unchanged, flagged as cancelled.
    void progressRisesAndCancelStops()
    {
        const Project start = overProvisioned();
        std::vector<double> reported;
        const RightSizeResult done = rightSize(start, 100.0, book(), 0.7, std::nullopt, [&](double fraction) {
            reported.push_back(fraction);
            return true;
        });
        QVERIFY(done.ok && !done.cancelled);
        QVERIFY(reported.size() >= 2);
        QCOMPARE(reported.front(), 0.0);
        QCOMPARE(reported.back(), 1.0);
        QVERIFY(std::is_sorted(reported.begin(), reported.end()));

        int calls = 0;
        const RightSizeResult stopped = rightSize(start, 100.0, book(), 0.7, std::nullopt, [&](double) {
            ++calls;
            return false;
        });
        QCOMPARE(calls, 1);
        QVERIFY(stopped.cancelled);
        QVERIFY(!stopped.ok);
        QVERIFY(stopped.project == start);
        QVERIFY(stopped.changes.empty());
    }

    // Code built for x86 stays on x86, and burstable classes (CPU credits, not modelled) are
    // not proposed for a design that does not use them.
    void keepsArchitectureAndAvoidsBurstable()
    {
        const Project graviton = web({{"instances", 10.0}, {"instance_type", std::string("m7g.4xlarge")}});
        const RightSizeResult result = rightSize(graviton, 100.0, book());
        QVERIFY2(result.ok, result.message.c_str());
        const std::string type = *textParam(*findComponent(result.project, "web"), "instance_type");
        QVERIFY2(isArm(type) && !isBurstable(type), type.c_str());
        QVERIFY(result.savingUsdPerMonth > 0.0);
    }

    void minimalStartComesBackUnchanged()
    {
        const Project start = web({{"instances", 4.0}, {"instance_type", std::string("c6i.large")}});
        const RightSizeResult result = rightSize(start, 100.0, book());
        QVERIFY2(result.ok, result.message.c_str());
        QVERIFY(result.project == start);
        QVERIFY(result.changes.empty());
        QCOMPARE(result.savingUsdPerMonth, 0.0);
        // And right-sizing a right-sized design changes nothing.
        const RightSizeResult again = rightSize(rightSize(overProvisioned(), 100.0, book()).project, 100.0, book());
        QVERIFY(again.changes.empty());
    }

    // One m6i.large at 5 erlangs is saturated: meeting the targets costs more than the start.
    void startMissingTargetsMayCostMore()
    {
        const Project start = web({{"instances", 1.0}});
        const RightSizeResult result = rightSize(start, 100.0, book());
        QVERIFY2(result.ok, result.message.c_str());
        QVERIFY(!result.startMeetsTargets);
        QVERIFY2(result.message.rfind("start misses targets", 0) == 0, result.message.c_str());
        QVERIFY(result.message.find("the cheapest design meeting them costs $") != std::string::npos);
        QVERIFY(meets(measured(result.project, 100.0), 0.7, 0.9995));
        QVERIFY(result.monthlyUsd > result.startMonthlyUsd);
        QVERIFY(result.savingUsdPerMonth < 0.0);
    }

    // The ALB's 99.99 % SLA caps the system below 99.999 %: nothing sizing can do.
    void unreachableTargetReturnsTheStart()
    {
        const Project start = withDatabase({{"multi_az", true}});
        const RightSizeResult result = rightSize(start, 100.0, book(), 0.7, 0.99999);
        QVERIFY(!result.ok);
        QVERIFY(result.project == start);
        QVERIFY(result.changes.empty());
        QVERIFY2(result.message.find("lb 99.99") != std::string::npos, result.message.c_str());
    }

    // 200 queries/s on a db.r6g.4xlarge (16 vCPUs, 1 %): a smaller class of the family does it.
    // (At 99.9 %: Multi-AZ RDS at its 99.95 % SLA behind a 99.99 % ALB cannot reach 99.95 %.)
    void oversizedDatabaseShrinks()
    {
        const Project start = withDatabase({{"multi_az", true}, {"instance_type", std::string("db.r6g.4xlarge")}});
        const RightSizeResult result = rightSize(start, 100.0, book(), 0.7, 0.999);
        QVERIFY2(result.ok, result.message.c_str());
        const std::string type = *textParam(*findComponent(result.project, "db"), "instance_type");
        QVERIFY2(type != "db.r6g.4xlarge" && !isBurstable(type), type.c_str());
        QVERIFY(*flagParam(*findComponent(result.project, "db"), "multi_az"));  // never traded away
        QVERIFY(result.savingUsdPerMonth > 0.0);
        QVERIFY(meets(measured(result.project, 100.0), 0.7, 0.999));
    }

    // An Auto Scaling group keeps its minimum unless a lower one saves money at this load,
    // and its maximum keeps the start's ceiling in vCPUs.
    void scalingGroupKeepsItsCeiling()
    {
        Project start = web({});
        start.components[2].type = "asg";
        start.components[2].params = {{"instance_type", std::string("m6i.4xlarge")}, {"min_instances", 4.0},
                                      {"max_instances", 10.0}};
        const RightSizeResult result = rightSize(start, 100.0, book());
        QVERIFY2(result.ok, result.message.c_str());
        const Component *group = findComponent(result.project, "web");
        const std::string type = *textParam(*group, "instance_type");
        const auto vcpus = InstanceTypes::builtIn().find("ec2", type)->vcpus;
        QVERIFY(*numberParam(*group, "max_instances") * vcpus >= 10.0 * 16.0);
        QVERIFY(*numberParam(*group, "min_instances") >= 2.0);
        QVERIFY(result.savingUsdPerMonth > 0.0);
        QVERIFY(meets(measured(result.project, 100.0), 0.7, 0.9995));
    }

    // Whatever the design and targets: a result that says ok meets them, a start that met them
    // is never made dearer, and a result that is not ok is the start itself.
    void neverReturnsADesignMissingTargets_data()
    {
        QTest::addColumn<Project>("start");
        QTest::addColumn<double>("users");
        QTest::addColumn<double>("maxUtilization");
        QTest::addColumn<double>("minAvailability");
        QTest::newRow("over-provisioned") << overProvisioned() << 100.0 << 0.7 << 0.9995;
        QTest::newRow("over-provisioned, 50 %") << overProvisioned() << 100.0 << 0.5 << 0.9995;
        QTest::newRow("over-provisioned, 99.9999 %") << overProvisioned() << 100.0 << 0.7 << 0.999999;
        QTest::newRow("saturated") << web({{"instances", 1.0}}) << 300.0 << 0.7 << 0.999;
        QTest::newRow("database") << withDatabase({{"multi_az", true}}) << 1000.0 << 0.7 << 0.999;
        QTest::newRow("single-box example") << example("single-box.json") << 1000.0 << 0.7 << 0.99;
        QTest::newRow("three-tier example") << example("three-tier.json") << 100000.0 << 0.7 << 0.998;
        QTest::newRow("three-tier example, unreachable") << example("three-tier.json") << 100000.0 << 0.7 << 0.9995;
    }

    void neverReturnsADesignMissingTargets()
    {
        QFETCH(Project, start);
        QFETCH(double, users);
        QFETCH(double, maxUtilization);
        QFETCH(double, minAvailability);
        const RightSizeResult result = rightSize(start, users, book(), maxUtilization, minAvailability);
        const MeasuredDesign before = measured(start, users);
        const bool startMeets = meets(before, maxUtilization, minAvailability);
        QCOMPARE(result.startMeetsTargets, startMeets);
        if (!result.ok) {
            QVERIFY(result.project == start);
            QVERIFY(!result.message.empty());
            return;
        }
        const MeasuredDesign after = measured(result.project, users);
        QVERIFY2(meets(after, maxUtilization, minAvailability), result.message.c_str());
        if (startMeets)
            QVERIFY(after.cost.monthlyUsd <= before.cost.monthlyUsd + 1e-9);
        QCOMPARE_REL(result.savingUsdPerMonth + 1.0, before.cost.monthlyUsd - after.cost.monthlyUsd + 1.0, 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestRightSizer)
#include "tst_rightsizer.moc"

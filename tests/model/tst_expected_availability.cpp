// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Expected availability from failures and recovery (model/README.md §6) against the published
// figures gathered in shared/design/availability.md, each named by its source, and the
// properties an SRE relies on: redundancy, zones, Multi-AZ and regions never lower it; async,
// soft and idle dependencies never cost anything; overload loses what is over the limit.
//
// ProjectBuilder sets 86 400 requests per user per day at peak/average 1: λ₀ = users per second.

#include "common/Compare.h"
#include "common/ProjectBuilder.h"

#include "model/evaluation/Evaluator.h"

#include <QTest>

using namespace headroom;
using namespace headroom::test;

namespace {

constexpr double kYear = 525600.0;

Evaluation evaluated(const Project &project, double users)
{
    const auto model = compileModel(project);
    if (!model)
        qFatal("%s", model.error().toString().c_str());
    return evaluate(*model, users);
}

const ComponentResult &resultOf(const Evaluation &evaluation, const std::string &id)
{
    for (const ComponentResult &result : evaluation.components)
        if (result.id == id)
            return result;
    qFatal("no component %s", id.c_str());
}

// No zone outages: the published figures are about the parts, not the zones.
Project withoutZoneOutages(Project project)
{
    project.workload.zoneOutagesPerYear = 0.0;
    return project;
}

} // namespace

class TestExpectedAvailability : public QObject
{
    Q_OBJECT

private slots:
    // AWS Well-Architected Reliability Pillar, "Definitions": three hard dependencies at
    // 99.99 % in series give 99.99 %³ = 99.97 %.
    void hardDependenciesInSeries()
    {
        const Project project = withoutZoneOutages(ProjectBuilder()
                                                       .add("users", "users")
                                                       .add("a", "alb", {{"availability", 0.9999}})
                                                       .add("b", "sqs", {{"availability", 0.9999}})
                                                       .add("c", "dynamodb", {{"availability", 0.9999}})
                                                       .connect("users", "a")
                                                       .connect("a", "b")
                                                       .connect("b", "c")
                                                       .project());
        const Evaluation e = evaluated(project, 10.0);
        QCOMPARE_REL(e.availability, 0.9999 * 0.9999 * 0.9999, 1e-12);
        QVERIFY(std::abs(e.availability - 0.9997) < 5e-6);  // "99.97 %"
    }

    // Same page: redundant components, 100 % − (0.1 % × 0.1 %) = 99.9999 %: two instances of
    // 99.9 % each, either able to carry the load.
    void redundantComponents()
    {
        const Project project = withoutZoneOutages(
            ProjectBuilder()
                .add("users", "users")
                .add("app", "ec2", {{"instances", 2.0}, {"vcpus", 2.0}, {"availability", 0.999}})
                .connect("users", "app")
                .project());
        QCOMPARE_REL(evaluated(project, 1.0).availability, 1.0 - 0.001 * 0.001, 1e-12);  // 99.9999 %
    }

    // AWS whitepaper "Availability and Beyond": instances of 99.5 % with two spares give
    // 99.9999875 % (binomial): three instances, one needed.
    void sparing()
    {
        const Project project = withoutZoneOutages(
            ProjectBuilder()
                .add("users", "users")
                .add("app", "ec2", {{"instances", 3.0}, {"vcpus", 2.0}, {"availability", 0.995}})
                .connect("users", "app")
                .project());
        QCOMPARE_REL(evaluated(project, 1.0).availability, 0.999999875, 1e-12);
    }

    // fiabilipy (open-source reliability library) example: one unit at 0.996677740863788, two
    // of three needed, gives 0.999966961120940. 60 rps × 50 ms = 3 erlangs on 2-vCPU instances
    // needs two of the three.
    void twoOfThree()
    {
        const Project project = withoutZoneOutages(
            ProjectBuilder()
                .add("users", "users")
                .add("app", "ec2", {{"instances", 3.0}, {"vcpus", 2.0}, {"service_time_ms", 50.0},
                                    {"availability", 0.996677740863788}})
                .connect("users", "app")
                .project());
        QCOMPARE_REL(evaluated(project, 60.0).availability, 0.999966961120940, 1e-12);
    }

    // "Availability and Beyond": A = MTBF / (MTBF + MTTR). Two failures a year of an hour each:
    // MTBF = 525 600 / 2 min, MTTR = 60 min.
    void failureAndRepair()
    {
        const Project project = withoutZoneOutages(
            ProjectBuilder()
                .add("users", "users")
                .add("app", "ec2", {{"instances", 1.0}, {"failures_per_year", 2.0}, {"recovery_minutes", 60.0},
                                    {"restarts_per_year", 0.0}})
                .connect("users", "app")
                .project());
        const double mtbf = kYear / 2.0;
        QCOMPARE_REL(evaluated(project, 1.0).availability, mtbf / (mtbf + 60.0), 1e-12);
    }

    // RDS User Guide, Multi-AZ: a failover takes 60–120 s. Each of a Multi-AZ primary's failures
    // and maintenance restarts (1 + 4 a year) costs one failover of 120 s: 10 minutes a year.
    void multiAzFailovers()
    {
        const Project project = withoutZoneOutages(ProjectBuilder()
                                                       .add("users", "users")
                                                       .add("db", "rds", {{"multi_az", true}})
                                                       .connect("users", "db")
                                                       .project());
        const Evaluation e = evaluated(project, 1.0);
        QCOMPARE_REL(e.downtimeMinutesPerYear, 10.0 * kYear / (kYear + 10.0), 1e-9);
        QCOMPARE_REL(e.slaAvailability, 0.9995, 1e-12);  // the SLA floor, reported beside it
        QVERIFY(e.availability > e.slaAvailability);
    }

    // Downtime per year, arithmetic on 525 600 minutes: 99.99 % is 52.56 minutes.
    void downtimeArithmetic()
    {
        const Project project = withoutZoneOutages(ProjectBuilder()
                                                       .add("users", "users")
                                                       .add("a", "alb", {{"availability", 0.9999}})
                                                       .connect("users", "a")
                                                       .project());
        QCOMPARE_REL(evaluated(project, 1.0).downtimeMinutesPerYear, 52.56, 1e-9);
    }

    // Monotonicity: each of these changes never lowers the system's availability.
    void redundancyNeverLowersAvailability_data()
    {
        QTest::addColumn<Project>("before");
        QTest::addColumn<Project>("after");
        QTest::addColumn<double>("users");
        const auto oneBox = [](ParamMap app, ParamMap db) {
            return ProjectBuilder()
                .add("users", "users")
                .add("lb", "alb")
                .add("app", "ec2", std::move(app))
                .add("db", "rds", std::move(db))
                .connect("users", "lb")
                .connect("lb", "app")
                .connect("app", "db")
                .project();
        };
        QTest::newRow("a spare instance") << oneBox({{"instances", 1.0}}, {}) << oneBox({{"instances", 2.0}}, {}) << 10.0;
        QTest::newRow("a third instance") << oneBox({{"instances", 2.0}}, {}) << oneBox({{"instances", 3.0}}, {}) << 10.0;
        QTest::newRow("Multi-AZ") << oneBox({{"instances", 2.0}}, {}) << oneBox({{"instances", 2.0}}, {{"multi_az", true}})
                                  << 10.0;
        Project oneZone = oneBox({{"instances", 2.0}}, {{"multi_az", true}});
        oneZone.regions.push_back({"r", "us-east-1", RegionRole::Active, {"a"}});
        Project twoZones = oneZone;
        twoZones.regions[0].zones = {"a", "b"};
        Project threeZones = oneZone;
        threeZones.regions[0].zones = {"a", "b", "c"};
        for (Project *project : {&oneZone, &twoZones, &threeZones})
            for (Component &component : project->components)
                if (component.type != "users")
                    component.region = "r";
        QTest::newRow("a second zone") << oneZone << twoZones << 10.0;
        QTest::newRow("a third zone") << twoZones << threeZones << 10.0;
        // An Auto Scaling group that relaunches in the other zone instead of fixed instances.
        Project group = oneBox({}, {{"multi_az", true}});
        group.components[2] = {"app", "asg", "app", {}, {{"min_instances", 2.0}}};
        QTest::newRow("instances replaced by a group") << oneBox({{"instances", 2.0}}, {{"multi_az", true}}) << group
                                                       << 10.0;
    }

    void redundancyNeverLowersAvailability()
    {
        QFETCH(Project, before);
        QFETCH(Project, after);
        QFETCH(double, users);
        const Evaluation was = evaluated(before, users);
        const Evaluation is = evaluated(after, users);
        QVERIFY2(is.availability >= was.availability,
                 qPrintable(QStringLiteral("%1 → %2").arg(was.availability, 0, 'f', 9).arg(is.availability, 0, 'f', 9)));
    }

    // An async, soft or idle dependency never lowers availability; a write-only one costs
    // nothing in a read-only workload.
    void dependenciesThatCannotFailARequest_data()
    {
        QTest::addColumn<Project>("with");
        const auto base = [] {
            return ProjectBuilder().add("users", "users").add("app", "ec2", {{"instances", 2.0}}).connect("users", "app");
        };
        QTest::newRow("async") << base().add("jobs", "sqs").connect("app", "jobs", 1.0, TrafficClass::All, true).project();
        Project soft = base().add("recs", "lambda").connect("app", "recs").project();
        soft.connections.back().soft = true;
        QTest::newRow("soft") << soft;
        QTest::newRow("no calls") << base().add("idle", "dynamodb").connect("app", "idle", 0.0).project();
        QTest::newRow("not connected") << base().add("alone", "s3").project();
        QTest::newRow("write-only in a read-only workload")
            << base().readFraction(1.0).add("log", "dynamodb").connect("app", "log", 1.0, TrafficClass::Write).project();
    }

    void dependenciesThatCannotFailARequest()
    {
        QFETCH(Project, with);
        Project without = with;
        without.components.pop_back();
        if (!without.connections.empty() && without.connections.back().to == with.components.back().id)
            without.connections.pop_back();
        if (with.workload.readFraction == 1.0)
            without.workload.readFraction = 1.0;
        QCOMPARE_REL(evaluated(with, 10.0).availability, evaluated(without, 10.0).availability, 1e-15);
    }

    // A dependency half the requests need costs half its downtime: f·U.
    void aComponentCountsByTheShareThatNeedsIt()
    {
        const Project project = withoutZoneOutages(ProjectBuilder()
                                                       .add("users", "users")
                                                       .add("api", "alb", {{"availability", 1.0}})
                                                       .add("search", "dynamodb", {{"availability", 0.999}})
                                                       .connect("users", "api")
                                                       .connect("api", "search", 0.5)
                                                       .project());
        const Evaluation e = evaluated(project, 10.0);
        QCOMPARE_REL(resultOf(e, "search").requestShare, 0.5, 1e-12);
        QCOMPARE_REL(e.unavailability, 0.5 * 0.001, 1e-12);
    }

    // Over a limit a component serves 1/ρ of what arrives: API Gateway at twice its throttle
    // loses half; Lambda at four times its concurrency three quarters; a database whose pools
    // want twice its connections half.
    void overloadLosesWhatIsOverTheLimit()
    {
        const Project gateway = withoutZoneOutages(ProjectBuilder()
                                                       .add("users", "users")
                                                       .add("api", "api_gateway", {{"quota_rps", 100.0}, {"availability", 1.0}})
                                                       .connect("users", "api")
                                                       .project());
        QCOMPARE_REL(evaluated(gateway, 200.0).availability, 0.5, 1e-12);
        const Project function = withoutZoneOutages(
            ProjectBuilder()
                .add("users", "users")
                .add("fn", "lambda", {{"concurrency_limit", 10.0}, {"duration_ms", 1000.0}, {"availability", 1.0}})
                .connect("users", "fn")
                .project());
        QCOMPARE_REL(evaluated(function, 40.0).availability, 0.25, 1e-12);
        // 20 instances × 10 pooled connections = 200 against db.t4g.micro's 112 (PostgreSQL formula).
        const Project pools = withoutZoneOutages(
            ProjectBuilder()
                .add("users", "users")
                .add("app", "ec2", {{"instances", 20.0}, {"availability", 1.0}})
                .add("db", "rds", {{"instance_type", std::string("db.t4g.micro")}, {"availability", 1.0}})
                .connect("users", "app")
                .connect("app", "db")
                .project());
        const Evaluation e = evaluated(pools, 1.0);
        QCOMPARE(resultOf(e, "db").limitingDimension, std::string("connections"));
        QCOMPARE_REL(resultOf(e, "db").availability, 112.0 / 200.0, 1e-12);
    }

    // The downtime contributors add up to (almost) the system's downtime in a one-region design,
    // largest first, at most ten.
    void contributorsExplainTheDowntime()
    {
        const Project project = ProjectBuilder()
                                    .add("users", "users")
                                    .add("lb", "alb")
                                    .add("app", "ec2", {{"instances", 1.0}})
                                    .add("db", "rds")
                                    .connect("users", "lb")
                                    .connect("lb", "app")
                                    .connect("app", "db")
                                    .project();
        const Evaluation e = evaluated(project, 10.0);
        QVERIFY(!e.downtimeContributors.empty());
        QVERIFY(e.downtimeContributors.size() <= kTopContributors);
        double sum = 0.0;
        for (size_t i = 0; i < e.downtimeContributors.size(); ++i) {
            sum += e.downtimeContributors[i].minutesPerYear;
            if (i > 0)
                QVERIFY(e.downtimeContributors[i - 1].minutesPerYear >= e.downtimeContributors[i].minutesPerYear);
        }
        QCOMPARE(e.downtimeContributors.front().component, std::string("app"));  // the lone instance
        QCOMPARE(e.downtimeContributors.front().cause, std::string("instance failures"));
        // Series composition differs from the plain sum by the products of the parts (≪ 0.1 %).
        QVERIFY(std::abs(sum - e.downtimeMinutesPerYear) < 1e-3 * e.downtimeMinutesPerYear);
    }
};

QTEST_GUILESS_MAIN(TestExpectedAvailability)
#include "tst_expected_availability.moc"

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Multi-region designs: availability composed in parallel across regions (hand-computed
// binomial values), the failover capacity check, cross-region and cross-AZ transfer prices,
// and the migration of version 1 files.

#include "common/Compare.h"
#include "common/ProjectBuilder.h"

#include "model/cost/CostModel.h"
#include "model/evaluation/Evaluator.h"
#include "model/io/ProjectFile.h"
#include "pricing/PriceBookFile.h"

#include <QTest>

#include <limits>
#include <utility>

using namespace headroom;
using namespace headroom::test;

namespace {

// users → dns → one ec2 instance (99.5 %, 2 vCPUs, 50 ms) per region; λ₀ = users/s.
// Each region saturates when its share of λ₀ × 0.05 s reaches 2 erlangs.
Project regions(int count, bool lastIsStandby = false)
{
    ProjectBuilder builder;
    builder.add("users", "users").add("dns", "route53").connect("users", "dns");
    Project project = builder.project();
    for (int r = 0; r < count; ++r) {
        const std::string id = "r" + std::to_string(r);
        const bool standby = lastIsStandby && r == count - 1;
        project.regions.push_back({id, "region-" + id, standby ? RegionRole::Standby : RegionRole::Active, {"a", "b"}});
        Component app{"app-" + id, "ec2", "app", {}, {{"instances", 1.0}, {"vcpus", 2.0}, {"service_time_ms", 50.0}}};
        app.region = id;
        project.components.push_back(app);
        const int active = lastIsStandby ? count - 1 : count;
        project.connections.push_back({"dns", app.id, standby ? 0.0 : 1.0 / active, TrafficClass::All, false});
    }
    return project;
}

Evaluation evaluated(const Project &project, double users)
{
    const auto model = compileModel(project);
    if (!model)
        qFatal("%s", model.error().toString().c_str());
    return evaluate(*model, users);
}

constexpr double kYear = 525600.0;

// q = λ·d / (H + λ·d) (model/README.md §6).
double repair(double perYear, double minutes)
{
    return perYear * minutes / (kYear + perYear * minutes);
}

// One region of regions(): one ec2 instance (failures 1 × 240 min, weekly restarts 52 × 2 min
// with no spare) in zone a of its two zones (0.5 zone outages a year × 60 min). Each cause as
// minutes a year of the region's own requests, with the length of one outage.
struct Cause { double minutes; double outage; };
const Cause kAppCauses[] = {{repair(1.0, 240.0) * kYear, 240.0}, {repair(52.0, 2.0) * kYear, 2.0}, {0.5 * 60.0, 60.0}};

double regionUnavailability()
{
    double up = 1.0;
    for (const Cause &cause : kAppCauses)
        up *= 1.0 - cause.minutes / kYear;
    return 1.0 - up;
}

// The unavailability from regions' causes in series: region i takes `shares[i]` of the users,
// who move after `moves[i]` minutes (infinite: nothing takes them), each cause costing
// min(1, move / its length) of itself.
double lostToRegions(std::initializer_list<std::pair<double, double>> regionsSharesAndMoves)
{
    double up = 1.0;
    for (const auto &[share, move] : regionsSharesAndMoves)
        for (const Cause &cause : kAppCauses)
            up *= 1.0 - share * cause.minutes * std::min(1.0, move / cause.outage) / kYear;
    return 1.0 - up;
}
constexpr double kStays = std::numeric_limits<double>::infinity();

// Route 53's defaults: checks every 30 s, 3 failures, a 60 s TTL: 2.5 minutes.
constexpr double kDnsMove = (30.0 * 3.0 + 60.0) / 60.0;
const double kDns = repair(0.05, 60.0);  // Route 53: a global event every twenty years, an hour

} // namespace

class TestRegions : public QObject
{
    Q_OBJECT

private slots:
    // Two active regions at 10 users: either alone carries 10 rps × 50 ms = 0.5 erlangs on 2
    // vCPUs, so a failed region's users move to the other after Route 53's 2.5 minutes. Each
    // region's causes then cost only their first 2.5 minutes (a restart, shorter, costs all of
    // itself), plus both regions down at once. One region alone loses every minute.
    void twoActiveRegionsTolerateOneFailure()
    {
        const Evaluation e = evaluated(regions(2), 10.0);
        QCOMPARE(e.regionFailuresTolerated, 1);
        const double u = regionUnavailability();
        const double regionsDown = lostToRegions({{0.5, kDnsMove}, {0.5, kDnsMove}});
        const double expected = 1.0 - (1.0 - kDns) * (1.0 - regionsDown) * (1.0 - u * u);
        QCOMPARE_REL(e.unavailability, expected, 1e-9);
        QCOMPARE_REL(e.singleRegionAvailability, (1.0 - kDns) * (1.0 - u), 1e-12);
        QVERIFY(e.availability > e.singleRegionAvailability);
        QCOMPARE(e.regions.size(), size_t(2));
        QCOMPARE_REL(e.regions[0].trafficShare, 0.5, 1e-12);
        QCOMPARE_REL(e.regions[0].availability, 1.0 - u, 1e-12);
    }

    // At 60 users each region carries 30 rps = 1.5 erlangs; alone it would carry 3 on 2 vCPUs
    // and saturate: nothing takes a failed region's users, who lose the whole outage.
    void survivorsThatWouldSaturateTolerateNothing()
    {
        const Evaluation e = evaluated(regions(2), 60.0);
        QCOMPARE(e.regionFailuresTolerated, 0);
        const double u = regionUnavailability();
        const double regionsDown = lostToRegions({{0.5, kStays}, {0.5, kStays}});
        QCOMPARE_REL(e.unavailability, 1.0 - (1.0 - kDns) * (1.0 - regionsDown) * (1.0 - u * u), 1e-9);
    }

    // Regions fail by identity and only the survivors' capacity counts. r0 takes 70 % of the
    // users on 8 vCPUs, r1 30 % on 2: when r1 fails, r0 carries everything (at 50 users,
    // 50 rps × 50 ms = 2.5 erlangs on 8 vCPUs); when r0 fails, r1 cannot (2.5 erlangs on 2).
    void asymmetricRegionsFailByIdentity()
    {
        Project project = regions(2);
        project.connections[1].callsPerRequest = 0.7;
        project.connections[2].callsPerRequest = 0.3;
        project.components[2].params["vcpus"] = 8.0;
        const Evaluation e = evaluated(project, 50.0);
        QCOMPARE(e.regionFailuresTolerated, 0);  // the largest region's failure is not carried
        const double u = regionUnavailability();
        const double regionsDown = lostToRegions({{0.7, kStays}, {0.3, kDnsMove}});
        QCOMPARE_REL(e.unavailability, 1.0 - (1.0 - kDns) * (1.0 - regionsDown) * (1.0 - u * u), 1e-9);
        // Still better than one region alone, never worse.
        QVERIFY(e.availability > e.singleRegionAvailability);
    }

    // A warm standby takes over after detection, the standby's promotion and its scale-up: an
    // Auto Scaling group in the standby launches for 10 minutes. Active-active moves users in
    // 2.5 minutes, so it comes out ahead; both beat one region.
    void warmStandbyTakesOverAfterScalingUp()
    {
        Project standby = regions(2, true);
        Component &spare = standby.components.back();
        spare.type = "asg";
        spare.params = {{"vcpus", 2.0}, {"service_time_ms", 50.0}, {"min_instances", 1.0}, {"max_instances", 2.0}};
        const Evaluation warm = evaluated(standby, 10.0);
        QVERIFY(warm.regions[1].standby);
        QCOMPARE(warm.regions[1].trafficShare, 0.0);
        const double u = regionUnavailability();
        const double takeover = kDnsMove + 10.0;
        const double standbyDown = 1.0 - warm.regions[1].availability;
        double up = 1.0;
        for (const Cause &cause : kAppCauses) {
            const double seen = std::min(1.0, takeover / cause.outage);
            up *= 1.0 - cause.minutes * (seen + (1.0 - seen) * standbyDown) / kYear;
        }
        QCOMPARE_REL(warm.unavailability, 1.0 - (1.0 - kDns) * up, 1e-9);
        const Evaluation active = evaluated(regions(2), 10.0);
        QVERIFY(active.availability > warm.availability);
        QVERIFY(warm.availability > warm.singleRegionAvailability);
        QCOMPARE_REL(warm.singleRegionAvailability, (1.0 - kDns) * (1.0 - u), 1e-12);
    }

    // A standby too small for the load adds nothing: at 60 users the active region (8 vCPUs)
    // carries 3 erlangs, the standby's one instance (2 vCPUs) would saturate, so the active
    // region's outages stay whole.
    void undersizedStandbyAddsNothing()
    {
        Project standby = regions(2, true);
        standby.components[2].params["vcpus"] = 8.0;
        const Evaluation e = evaluated(standby, 60.0);
        QCOMPARE_REL(e.unavailability, 1.0 - (1.0 - kDns) * (1.0 - lostToRegions({{1.0, kStays}})), 1e-9);
        QCOMPARE_REL(e.availability, e.singleRegionAvailability, 1e-12);
        // At 10 users the same standby carries the load and helps.
        QVERIFY(evaluated(standby, 10.0).availability > evaluated(standby, 10.0).singleRegionAvailability);
    }

    // The global components stay in series: a CloudFront in front adds its own global outages.
    void globalComponentsStayInSeries()
    {
        Project project = regions(2);
        project.components.push_back({"cdn", "cloudfront", "cdn", {}, {{"hit_ratio", 0.0}}});
        project.connections[0].to = "cdn";
        project.connections.push_back({"cdn", "dns", 1.0, TrafficClass::All, false});
        const Evaluation with = evaluated(project, 10.0);
        const Evaluation without = evaluated(regions(2), 10.0);
        QCOMPARE_REL(1.0 - with.availability, 1.0 - (1.0 - without.unavailability) * (1.0 - repair(0.05, 60.0)), 1e-9);
    }

    // Calls that leave a region pay inter-region transfer by the pair, from the caller's region
    // ($0.02/GB from us-east-1 and from eu-west-1 to the other); calls between zones pay
    // $0.01/GB in each direction (bundled price books).
    void transferAcrossRegionsAndZones()
    {
        Project project = regions(2);
        project.regions[0].name = "us-east-1";
        project.regions[1].name = "eu-west-1";
        Component db{"db", "rds", "db", {}, {}};
        db.region = "r0";
        db.zone = "a";
        project.components.push_back(db);
        project.components[2].zone = "b";  // app-r0 in zone b
        project.connections.push_back({"app-r0", "db", 1.0, TrafficClass::All, false});
        project.connections.push_back({"app-r1", "db", 1.0, TrafficClass::All, false});
        const auto model = compileModel(project);
        QVERIFY(model);
        const SystemCost cost = costOf(*model, 10.0, bundledPriceBook(), PurchaseOption::OnDemand);
        const double gibPerMonth = 5.0 * 730 * 3600 * 20.0 / (1024.0 * 1024.0);  // 5 calls/s of 20 KiB
        double interRegion = 0.0, interZone = 0.0;
        for (const ComponentCost &component : cost.components)
            for (const CostLine &line : component.lines) {
                if (line.priceKey == "data-transfer/inter-region/us-east-1")
                    interRegion += line.monthlyUsd;
                if (line.priceKey == "data-transfer/inter-az")
                    interZone += line.monthlyUsd;
            }
        QCOMPARE_REL(interRegion, gibPerMonth * 0.02, 1e-12);
        QCOMPARE_REL(interZone, 2.0 * gibPerMonth * 0.01, 1e-12);
    }

    void regionErrorsNameThePlace_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("message");
        const QString head = QStringLiteral(R"({"format":"headroom-project","version":2,)");
        QTest::newRow("unknown region") << head + QStringLiteral(R"("components":[{"id":"a","type":"ec2","region":"mars"}]})")
                                        << QStringLiteral("/components/0/region") << QStringLiteral("no region");
        QTest::newRow("zone without region") << head + QStringLiteral(R"("components":[{"id":"a","type":"ec2","zone":"a"}]})")
                                             << QStringLiteral("/components/0/zone") << QStringLiteral("needs the component's region");
        QTest::newRow("unknown zone")
            << head + QStringLiteral(R"("regions":[{"id":"e","zones":["a"]}],"components":[{"id":"a","type":"ec2","region":"e","zone":"c"}]})")
            << QStringLiteral("/components/0/zone") << QStringLiteral("has no zone");
        QTest::newRow("duplicate region") << head + QStringLiteral(R"("regions":[{"id":"e"},{"id":"e"}]})")
                                          << QStringLiteral("/regions/1/id") << QStringLiteral("duplicate region");
        QTest::newRow("bad role") << head + QStringLiteral(R"("regions":[{"id":"e","role":"passive"}]})")
                                  << QStringLiteral("/regions/0/role") << QStringLiteral("standby");
        QTest::newRow("regions in a version 1 file") << QStringLiteral(R"({"format":"headroom-project","version":1,"regions":[]})")
                                                     << QStringLiteral("/regions") << QStringLiteral("unknown key");
    }

    void regionErrorsNameThePlace()
    {
        QFETCH(QString, body);
        QFETCH(QString, pointer);
        QFETCH(QString, message);
        const auto parsed = parseProject(body.toStdString(), "r.json");
        QVERIFY(!parsed);
        QCOMPARE(QString::fromStdString(parsed.error().pointer), pointer);
        QVERIFY2(QString::fromStdString(parsed.error().message).contains(message), parsed.error().message.c_str());
    }

    // A version 1 file is a one-region design: it loads, and saves as the current version
    // (kProjectFormatVersion) with the same content, which reads back equal.
    void versionOneFilesMigrate()
    {
        const auto v1 = readProjectFile(HEADROOM_SOURCE_DIR "/resources/examples/three-tier.json");
        QVERIFY(v1);
        QVERIFY(v1->regions.empty());
        const std::string saved = serializeProject(*v1);
        QVERIFY(saved.find("\"version\": " + std::to_string(kProjectFormatVersion)) != std::string::npos);
        const auto v2 = parseProject(saved, "saved.json");
        QVERIFY(v2);
        QVERIFY(*v2 == *v1);
        const Evaluation e = evaluated(*v1, 100000.0);
        QCOMPARE(e.singleRegionAvailability, e.availability);
        QVERIFY(e.regions.empty());
    }
};

QTEST_GUILESS_MAIN(TestRegions)
#include "tst_regions.moc"

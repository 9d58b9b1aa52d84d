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

constexpr double p = 0.995;  // EC2 instance-level SLA (the catalog's default)
constexpr double q = 1.0 - p;

} // namespace

class TestRegions : public QObject
{
    Q_OBJECT

private slots:
    // Two active regions at 10 users: either alone carries 10 rps × 50 ms = 0.5 erlangs on 2
    // vCPUs, so one failure is tolerated: A = 1 − q². One region alone: A = p.
    void twoActiveRegionsTolerateOneFailure()
    {
        const Evaluation e = evaluated(regions(2), 10.0);
        QCOMPARE(e.regionFailuresTolerated, 1);
        QCOMPARE_REL(e.availability, 1.0 - q * q, 1e-12);
        QCOMPARE_REL(e.unavailability, q * q, 1e-9);
        QCOMPARE_REL(e.singleRegionAvailability, p, 1e-12);
        QCOMPARE(e.regions.size(), size_t(2));
        QCOMPARE_REL(e.regions[0].trafficShare, 0.5, 1e-12);
    }

    // At 60 users each region carries 30 rps = 1.5 erlangs; alone it would carry 3 on 2 vCPUs
    // and saturate: no failure is tolerated and both are needed: A = p².
    void survivorsThatWouldSaturateTolerateNothing()
    {
        const Evaluation e = evaluated(regions(2), 60.0);
        QCOMPARE(e.regionFailuresTolerated, 0);
        QCOMPARE_REL(e.availability, p * p, 1e-12);
    }

    // Three active regions, one failure tolerated: P(at least 2 of 3 up) = p³ + 3p²q.
    void threeRegionsNeedTwo()
    {
        // At 30 users each takes 10 rps (0.5 erlang); two survivors take 15 rps each (0.75): fine;
        // one survivor would take 30 rps (1.5 erlangs): fine too, so two failures are tolerated.
        const Evaluation relaxed = evaluated(regions(3), 30.0);
        QCOMPARE(relaxed.regionFailuresTolerated, 2);
        QCOMPARE_REL(relaxed.unavailability, q * q * q, 1e-9);
        // At 90 users: 30 rps each (1.5); two survivors take 45 rps (2.25 erlangs): saturated.
        const Evaluation tight = evaluated(regions(3), 90.0);
        QCOMPARE(tight.regionFailuresTolerated, 0);
        QCOMPARE_REL(tight.availability, p * p * p, 1e-12);
        // At 50 users: 16.7 rps each; two survivors 25 rps (1.25 erlangs): fine; one: 50 rps: saturated.
        const Evaluation one = evaluated(regions(3), 50.0);
        QCOMPARE(one.regionFailuresTolerated, 1);
        QCOMPARE_REL(one.availability, p * p * p + 3 * p * p * q, 1e-12);
    }

    // A warm standby takes over when the active region fails: P(at least one of two up).
    void warmStandbyReplacesTheActiveRegion()
    {
        const Evaluation e = evaluated(regions(2, true), 10.0);
        QVERIFY(e.regions[1].standby);
        QCOMPARE(e.regions[1].trafficShare, 0.0);
        QCOMPARE_REL(e.availability, 1.0 - q * q, 1e-12);
        QCOMPARE_REL(e.singleRegionAvailability, p, 1e-12);
    }

    // The global components stay in series: a CloudFront (99.9 %) in front caps the system.
    void globalComponentsStayInSeries()
    {
        Project project = regions(2);
        project.components.push_back({"cdn", "cloudfront", "cdn", {}, {{"hit_ratio", 0.0}}});
        project.connections[0].to = "cdn";
        project.connections.push_back({"cdn", "dns", 1.0, TrafficClass::All, false});
        const Evaluation e = evaluated(project, 10.0);
        QCOMPARE_REL(e.unavailability, 0.001 + q * q - 0.001 * q * q, 1e-9);
    }

    // Calls that leave a region pay inter-region transfer ($0.02/GB, us-east-1 to most
    // regions); calls between zones pay $0.01/GB in each direction (bundled price book).
    void transferAcrossRegionsAndZones()
    {
        Project project = regions(2);
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
                if (line.priceKey == "data-transfer/inter-region")
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

    // A version 1 file is a one-region design: it loads, and saves as version 2 with the same
    // content, which reads back equal.
    void versionOneFilesMigrate()
    {
        const auto v1 = readProjectFile(HEADROOM_SOURCE_DIR "/resources/examples/three-tier.json");
        QVERIFY(v1);
        QVERIFY(v1->regions.empty());
        const std::string saved = serializeProject(*v1);
        QVERIFY(saved.find("\"version\": 2") != std::string::npos);
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

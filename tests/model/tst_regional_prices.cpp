// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Each component is priced from its own region's book (issue 17, item 2), and committable lines
// carry the committed prices the sources have (item 3). Expected figures are the workspace
// reference's (shared/reference/aws-commitments-and-regions.json), each named with its source:
// VANTAGE_EC2_2024 (ec2instances.info, 2024-04-04), VANTAGE_CACHE_2022 (2022-02-13),
// INFRACOST_DT (Infracost data-transfer golden file, 2024-09-25).

#include "common/Compare.h"

#include "model/compile/CompiledModel.h"
#include "model/cost/CostModel.h"
#include "model/io/ProjectFile.h"
#include "pricing/PriceBookFile.h"

#include <QTest>

using namespace headroom;

namespace {

// users → dns → app in `home` (an m6i.large with no disk) → cache in `home` (cache.r6g.large),
// and app → a database in `other`, so one call a request leaves the region.
Project twoRegions(const std::string &home, const std::string &other, const std::string &fallback = {})
{
    Project project;
    project.name = "regional";
    project.workload.requestsPerUserPerDay = 86400.0;
    project.workload.peakToAverage = 1.0;
    project.regions.push_back({"home", home, RegionRole::Active, {"a", "b"}, fallback});
    project.regions.push_back({"other", other, RegionRole::Active, {"a", "b"}, {}});
    project.components.push_back({"users", "users", "Users", {}, {}});
    project.components.push_back({"dns", "route53", "DNS", {}, {}});
    project.components.push_back({"app", "ec2", "App", {}, {{"instance_type", std::string("m6i.large")},
                                                             {"instances", 2.0}, {"ebs_gb", 0.0}}, "home"});
    project.components.push_back({"cache", "elasticache", "Cache", {},
                                  {{"instance_type", std::string("cache.r6g.large")}, {"instances", 2.0}}, "home"});
    project.components.push_back({"lb", "alb", "Balancer", {}, {}, "home"});
    project.components.push_back({"db", "rds", "Database", {}, {}, "other"});
    project.connections.push_back({"users", "dns", 1.0, TrafficClass::All, false});
    project.connections.push_back({"dns", "lb", 1.0, TrafficClass::All, false});
    project.connections.push_back({"lb", "app", 1.0, TrafficClass::All, false});
    project.connections.push_back({"app", "cache", 1.0, TrafficClass::All, false});
    project.connections.push_back({"app", "db", 1.0, TrafficClass::All, false});
    return project;
}

SystemCost priced(const Project &project, double users = 10.0, PurchaseOption option = PurchaseOption::OnDemand)
{
    auto model = compileModel(project);
    if (!model)
        qFatal("%s", model.error().toString().c_str());
    return costOf(*model, users, bundledPriceBook(), option);
}

const ComponentCost &component(const SystemCost &cost, const std::string &id)
{
    for (const ComponentCost &c : cost.components)
        if (c.id == id)
            return c;
    qFatal("no component %s", id.c_str());
}

const CostLine &lineOf(const ComponentCost &cost, const std::string &keyStart)
{
    for (const CostLine &line : cost.lines)
        if (line.priceKey.rfind(keyStart, 0) == 0)
            return line;
    qFatal("no line %s on %s", keyStart.c_str(), cost.id.c_str());
}

bool hasWarning(const SystemCost &cost, const std::string &text)
{
    for (const std::string &warning : cost.warnings)
        if (warning == text)
            return true;
    return false;
}

} // namespace

class TestRegionalPrices : public QObject
{
    Q_OBJECT

private slots:
    // The bundled set prices three regions, each book dated and sourced.
    void bundledBooksCoverThreeRegions()
    {
        const PriceBook &book = bundledPriceBook();
        QCOMPARE(book.region, std::string("us-east-1"));
        const std::vector<std::string> regions = book.regions();
        QCOMPARE(regions.size(), size_t(3));
        for (const std::string &region : regions) {
            const PriceBook *regional = book.forRegion(region);
            QVERIFY(regional);
            QCOMPARE(regional->region, region);
            QVERIFY(!regional->asOf.empty());
            for (const PriceEntry &entry : regional->entries())
                QVERIFY2(!entry.source.empty(), entry.key.c_str());
        }
        QVERIFY(!book.forRegion("ap-south-1"));
    }

    // An m6i.large in eu-west-1 costs eu-west-1's $0.107 an hour (VANTAGE_EC2_2024), not
    // us-east-1's $0.096; its cache node eu-west-1's $0.229 (VANTAGE_CACHE_2022).
    void componentsArePricedInTheirRegion()
    {
        const SystemCost cost = priced(twoRegions("eu-west-1", "us-east-1"));
        const CostLine &app = lineOf(component(cost, "app"), "ec2/m6i.large");
        QCOMPARE(app.priceRegion, std::string("eu-west-1"));
        QCOMPARE_REL(app.unitPriceUsd, 0.107, 1e-12);
        QCOMPARE_REL(app.monthlyUsd, 2 * 730 * 0.107, 1e-12);
        QCOMPARE(component(cost, "app").region, std::string("eu-west-1"));
        QCOMPARE_REL(lineOf(component(cost, "cache"), "elasticache/redis/cache.r6g.large").unitPriceUsd, 0.229, 1e-12);
        // The database in us-east-1 stays at us-east-1's rates; Route 53 is global.
        QCOMPARE(lineOf(component(cost, "db"), "rds/").priceRegion, std::string("us-east-1"));
        QCOMPARE(component(cost, "dns").region, std::string("us-east-1"));
    }

    // us-west-2's book has no load balancer price (the reference found none): each missing line
    // says so, and the month is incomplete rather than priced at another region's rate.
    void aMissingRegionalPriceIsMissing()
    {
        const SystemCost cost = priced(twoRegions("us-west-2", "us-east-1"));
        QVERIFY(!cost.complete);
        QVERIFY(hasWarning(cost, "lb: no price for alb/hour in us-west-2"));
        QVERIFY(hasWarning(cost, "lb: no price for alb/lcu-hour in us-west-2"));
        for (const CostLine &line : component(cost, "lb").lines)
            QVERIFY2(line.priceKey.rfind("alb/", 0) != 0, line.priceKey.c_str());  // its transfer out is priced
        QVERIFY(cost.notes.empty());
    }

    // A region with no book at all: every line of its components is missing, named.
    void aRegionWithoutABookSaysSo()
    {
        const SystemCost cost = priced(twoRegions("ap-south-1", "us-east-1"));
        QVERIFY(!cost.complete);
        QVERIFY(hasWarning(cost, "app: no price for ec2/m6i.large in ap-south-1 (no price book for the region)"));
        QVERIFY(component(cost, "app").lines.empty());
    }

    // With fallback_prices, what the region lacks is priced at the named region's rate, each
    // such line marked and counted in a note; what the region has keeps its own price.
    void aFallbackIsMarkedOnEveryLine()
    {
        const SystemCost cost = priced(twoRegions("us-west-2", "us-east-1", "us-east-1"));
        QVERIFY(cost.complete);
        const CostLine &hours = lineOf(component(cost, "lb"), "alb/hour");
        QVERIFY(hours.fallbackPrice);
        QCOMPARE(hours.priceRegion, std::string("us-east-1"));
        QCOMPARE(hours.priceNote, std::string("us-east-1 rate (no us-west-2 price)"));
        const CostLine &app = lineOf(component(cost, "app"), "ec2/m6i.large");
        QVERIFY(!app.fallbackPrice);
        QCOMPARE(app.priceRegion, std::string("us-west-2"));
        QCOMPARE(cost.notes.size(), size_t(1));
        QVERIFY(cost.notes.front().rfind("2 cost lines in us-west-2 priced at us-east-1 rates", 0) == 0);
    }

    // A fallback naming the region itself is an error at its place in the file.
    void aFallbackToItselfIsRejected()
    {
        const auto project = parseProject(
            R"({"format":"headroom-project","version":2,"regions":[{"id":"e","name":"us-east-1","fallback_prices":"us-east-1"}],)"
            R"("components":[{"id":"a","type":"ec2","region":"e"}]})",
            "self.json");
        QVERIFY(!project);
        QCOMPARE(project.error().pointer, std::string("/regions/0/fallback_prices"));
    }

    // fallback_prices survives a save and a load.
    void aFallbackIsSaved()
    {
        const Project project = twoRegions("us-west-2", "us-east-1", "us-east-1");
        const auto read = parseProject(serializeProject(project), "round.json");
        QVERIFY(read);
        QCOMPARE(read->regions.front().fallbackPrices, std::string("us-east-1"));
        QVERIFY(read->regions.back().fallbackPrices.empty());
    }

    // Transfer out of a region is priced by the pair, from the caller's region: eu-west-1 to
    // us-east-1 at $0.02/GB (INFRACOST_DT, "eu-west-1 to any other region").
    void interRegionTransferIsPricedByThePair()
    {
        const SystemCost cost = priced(twoRegions("eu-west-1", "us-east-1"), 10.0);
        const CostLine &transfer = lineOf(component(cost, "app"), "data-transfer/inter-region");
        QCOMPARE(transfer.priceKey, std::string("data-transfer/inter-region/us-east-1"));
        QCOMPARE(transfer.priceRegion, std::string("eu-west-1"));
        QCOMPARE_REL(transfer.unitPriceUsd, 0.02, 1e-12);
    }

    // The committed prices of the sources: cache.r6g.large in eu-west-1, 1yr no upfront
    // $0.157/h and 3yr no upfront $0.119/h (VANTAGE_CACHE_2022); an m6i.large has none (the
    // reference found no EC2 reservation for it), so it stays on demand and says so.
    void committedPricesComeFromTheBooks()
    {
        const SystemCost cost = priced(twoRegions("eu-west-1", "us-east-1"), 10.0, PurchaseOption::OneYear);
        const CostLine &cache = lineOf(component(cost, "cache"), "elasticache/redis/cache.r6g.large");
        QVERIFY(cache.oneYear && cache.threeYear);
        QCOMPARE_REL(cache.oneYear->unitPriceUsd, 0.157, 1e-12);
        QCOMPARE_REL(cache.threeYear->unitPriceUsd, 0.119, 1e-12);
        QCOMPARE(cache.oneYear->payment, std::string("no upfront"));
        QCOMPARE_REL(cache.monthlyUsd, 2 * 730 * 0.157, 1e-12);
        QCOMPARE_REL(cache.onDemandMonthlyUsd, 2 * 730 * 0.229, 1e-12);

        const CostLine &app = lineOf(component(cost, "app"), "ec2/m6i.large");
        QVERIFY(!app.oneYear);
        QCOMPARE(app.monthlyUsd, app.onDemandMonthlyUsd);
        QCOMPARE(app.priceNote, std::string("on demand (no 1-year price for ec2/m6i.large)"));
        for (const std::string &warning : cost.warnings)  // on demand is a price, not a missing one
            QVERIFY2(warning.find("1-year") == std::string::npos, warning.c_str());

        // The 1-year figure: the cache committed, everything else on demand, listed.
        double expected = cost.onDemandMonthlyUsd - cache.onDemandMonthlyUsd + cache.monthlyUsd;
        QCOMPARE_REL(*cost.oneYearMonthlyUsd, expected, 1e-12);
        QCOMPARE_REL(cost.monthlyUsd, expected, 1e-12);
        bool listed = false;
        for (const std::string &line : cost.oneYearOnDemand)
            listed = listed || line == "App: on demand (no 1-year price for ec2/m6i.large)";
        QVERIFY(listed);
    }

    // A book without any committed price for the design's lines gives no committed figure
    // ("—"), rather than an on-demand figure under a commitment's name.
    void noCommittedPriceNoCommittedFigure()
    {
        Project project = twoRegions("eu-west-1", "us-east-1");
        project.components.erase(project.components.begin() + 3);  // the cache
        project.connections.erase(project.connections.begin() + 3);
        const SystemCost cost = priced(project);
        QVERIFY(!cost.oneYearMonthlyUsd);
        QVERIFY(!cost.threeYearMonthlyUsd);
        QVERIFY(!cost.oneYearOnDemand.empty());
    }

    // A regional service left in no region of a multi-region design is priced from the
    // primary book, and says so on every line and in a note.
    void aComponentInNoRegionSaysSo()
    {
        Project project = twoRegions("eu-west-1", "us-east-1");
        project.components[4].region.clear();  // the balancer
        const SystemCost cost = priced(project);
        const CostLine &hours = lineOf(component(cost, "lb"), "alb/hour");
        QCOMPARE(hours.priceRegion, std::string("us-east-1"));
        QCOMPARE(hours.priceNote, std::string("us-east-1 rate (in no region)"));
        bool noted = false;
        for (const std::string &note : cost.notes)
            noted = noted || note.rfind("1 component in no region of this multi-region design priced at us-east-1", 0) == 0;
        QVERIFY(noted);
        QVERIFY(component(cost, "dns").lines.front().priceNote.empty());  // Route 53 is global
    }

    // A fallback naming a region without a book is noted; what it would stand in for stays missing.
    void aFallbackWithoutABookIsNoted()
    {
        const SystemCost cost = priced(twoRegions("us-west-2", "us-east-1", "us-est-1"));
        QVERIFY(!cost.complete);
        QVERIFY(hasWarning(cost, "lb: no price for alb/hour in us-west-2"));
        bool noted = false;
        for (const std::string &note : cost.notes)
            noted = noted || note == "region home: fallback_prices us-est-1 has no price book, so prices missing in us-west-2 stay missing";
        QVERIFY(noted);
    }

    // The region's own price to any other region comes before its fallback book's pair price:
    // that would be another region's price for the same destination.
    void theRegionsOwnTransferPriceComesFirst()
    {
        PriceBook eu;
        eu.region = "eu-west-1";
        eu.add({"data-transfer/inter-region", "", "GB", 1.0, {{std::nullopt, 0.05}}, "test", {}});
        const PriceBook books = withRegionBook(bundledPriceBook(), eu);
        auto model = compileModel(twoRegions("eu-west-1", "us-west-2", "us-east-1"));
        QVERIFY(model);
        const SystemCost cost = costOf(*model, 10.0, books, PurchaseOption::OnDemand);
        const CostLine &transfer = lineOf(component(cost, "app"), "data-transfer/inter-region");
        QCOMPARE(transfer.priceKey, std::string("data-transfer/inter-region"));
        QCOMPARE(transfer.priceRegion, std::string("eu-west-1"));
        QCOMPARE_REL(transfer.unitPriceUsd, 0.05, 1e-12);
        QVERIFY(!transfer.fallbackPrice);
    }

    // Template 07's second region: its EC2 lines from the us-west-2 book (m7g.4xlarge
    // $0.6528/h, VANTAGE_EC2_2024), what that book lacks at us-east-1 rates, marked.
    void multiRegionTemplateUsesEachRegionsBook()
    {
        const auto project = readProjectFile(HEADROOM_SOURCE_DIR "/resources/templates/07-multi-region-active-active.json");
        QVERIFY(project);
        const SystemCost cost = priced(*project, 10'000'000.0);
        QVERIFY(cost.complete);
        const CostLine &core = lineOf(component(cost, "core-west"), "ec2/m7g.4xlarge");
        QCOMPARE(core.priceRegion, std::string("us-west-2"));
        QCOMPARE_REL(core.unitPriceUsd, 0.6528, 1e-12);
        QVERIFY(!core.fallbackPrice);
        const CostLine &balancer = lineOf(component(cost, "lb-west"), "alb/hour");
        QVERIFY(balancer.fallbackPrice);
        QCOMPARE(balancer.priceRegion, std::string("us-east-1"));
        QVERIFY(!cost.notes.empty());
    }
};

QTEST_APPLESS_MAIN(TestRegionalPrices)
#include "tst_regional_prices.moc"

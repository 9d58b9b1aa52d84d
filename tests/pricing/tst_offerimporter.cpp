// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The AWS Price List importer against small offer files in the real shape (fixtures/README.md
// says what each holds and where its numbers come from): what it keeps, under which keys, at
// which prices, which committed prices each product carries, and that a bad file changes nothing.

#include "pricing/OfferImporter.h"
#include "pricing/OfferTerm.h"

#include "OfferFileWriter.h"
#include "common/Compare.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>
#include <vector>

using namespace headroom;

namespace {

const std::string publication = test::fixturePublicationDate;

OfferImportReport importFixture(const std::string &name, PriceBook &book,
                                const std::string &region = "us-east-1")
{
    std::ifstream in(std::string(HEADROOM_FIXTURES) + "/" + name, std::ios::binary);
    if (!in) {
        OfferImportReport missing;
        missing.error = "fixture " + name + " not found";
        return missing;
    }
    return importOfferFile(in, name, region, book);
}

OfferImportReport importText(const std::string &text, PriceBook &book)
{
    std::istringstream in(text);
    return importOfferFile(in, "inline.json", "us-east-1", book);
}

std::vector<std::string> keysOf(const PriceBook &book)
{
    std::vector<std::string> keys;
    for (const PriceEntry &entry : book.entries())
        keys.push_back(entry.key);
    return keys;
}

// The flat hourly price of `key`, or NaN when it is missing or tiered.
double flatUsd(const PriceBook &book, const std::string &key)
{
    const PriceEntry *entry = book.find(key);
    if (!entry || entry->tiers.size() != 1 || entry->tiers.front().upTo)
        return std::numeric_limits<double>::quiet_NaN();
    return entry->tiers.front().usd;
}

// An entry's committed price for `term`, NaN when it has none.
double committedOf(const PriceBook &book, const std::string &key, const std::string &term)
{
    const PriceEntry *entry = book.find(key);
    const CommittedRate *rate = entry ? entry->committedRate(term) : nullptr;
    return rate ? rate->usd : std::numeric_limits<double>::quiet_NaN();
}

std::string sourceOf(const std::string &offerCode, const std::string &fileName)
{
    return "AWS Price List offer file " + offerCode + " " + publication + " (" + fileName + ")";
}

// A book with something in it, to see that a failed import leaves it alone.
PriceBook manualBook()
{
    PriceBook book;
    book.region = "us-east-1";
    book.currency = "USD";
    book.asOf = "2024-01-01";
    book.sources["manual"] = {"typed in", "2024-01-01"};
    book.add({"ec2/m6i.large", "manual", "instance-hour", 1.0, {{std::nullopt, 0.5}}, "manual"});
    book.addCommitment({"ec2", "1yr", 0.7, "manual"});
    return book;
}

} // namespace

class TestOfferImporter : public QObject
{
    Q_OBJECT

private slots:
    void ec2KeepsLinuxSharedOnDemandInTheRegion()
    {
        PriceBook book;
        const OfferImportReport report = importFixture("ec2-offer.json", book);
        QVERIFY2(report.ok, report.error.c_str());
        QCOMPARE(report.offerCode, std::string("AmazonEC2"));
        QCOMPARE(report.publicationDate, publication);
        QCOMPARE(report.productsKept, 3LL);
        // Windows, us-west-2, no on-demand term, UnusedCapacityReservation, gp3 storage.
        QCOMPARE(report.productsSkipped, 5LL);
        QCOMPARE(keysOf(book), (std::vector<std::string>{"ec2/m6i.large", "ec2/c6i.large", "ec2/t3.micro"}));
        const PriceEntry *m6i = book.find("ec2/m6i.large");
        QCOMPARE(m6i->unit, std::string("instance-hour"));
        QCOMPARE(m6i->per, 1.0);
        QCOMPARE(m6i->description, std::string("m6i.large, Linux, on-demand"));
        QCOMPARE(m6i->source, sourceOf("AmazonEC2", "ec2-offer.json"));
    }

    void ec2Prices_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<double>("usd");
        QTest::newRow("m6i.large, facts 0.096") << QByteArray("ec2/m6i.large") << 0.096;
        QTest::newRow("t3.micro, location only, facts 0.0104") << QByteArray("ec2/t3.micro") << 0.0104;
    }

    void ec2Prices()
    {
        QFETCH(QByteArray, key);
        QFETCH(double, usd);
        PriceBook book;
        QVERIFY(importFixture("ec2-offer.json", book).ok);
        QCOMPARE_REL(flatUsd(book, key.toStdString()), usd, 1e-12);
    }

    // Two priceDimensions with ranges, listed high band first, become bands sorted by beginRange.
    void tieredPriceBecomesBands()
    {
        PriceBook book;
        QVERIFY(importFixture("ec2-offer.json", book).ok);
        const PriceEntry *c6i = book.find("ec2/c6i.large");
        QVERIFY(c6i);
        QCOMPARE(c6i->tiers.size(), size_t(2));
        QCOMPARE(c6i->tiers[0].upTo, std::optional<double>(100.0));
        QCOMPARE_REL(c6i->tiers[0].usd, 0.085, 1e-12);
        QCOMPARE(c6i->tiers[1].upTo, std::optional<double>());
        QCOMPARE_REL(c6i->tiers[1].usd, 0.08, 1e-12);
        // 730 h: 100 h × 0.085 + 630 h × 0.08 = 58.9.
        QCOMPARE_REL(priceOf(*c6i, 730.0).usd, 58.9, 1e-12);
    }

    // Only m6i.large has reserved terms and an on-demand price; its convertible and All Upfront
    // offers, Windows' and r6i's (no on-demand) reservations must not count.
    void ec2CommittedRates_data()
    {
        QTest::addColumn<QByteArray>("term");
        QTest::addColumn<double>("usd");
        QTest::newRow("1yr: 0.06 No Upfront") << QByteArray("1yr") << 0.06;
        QTest::newRow("3yr: 0.041 No Upfront") << QByteArray("3yr") << 0.041;
    }

    // Each product carries its own reservation's price: m6i.large's, not a service median.
    void ec2CommittedRates()
    {
        QFETCH(QByteArray, term);
        QFETCH(double, usd);
        PriceBook book;
        const OfferImportReport report = importFixture("ec2-offer.json", book);
        QCOMPARE(report.committedRates, 2LL);
        QCOMPARE_REL(committedOf(book, "ec2/m6i.large", term.toStdString()), usd, 1e-12);
        const CommittedRate *rate = book.find("ec2/m6i.large")->committedRate(term.toStdString());
        QCOMPARE(rate->source, sourceOf("AmazonEC2", "ec2-offer.json"));
        QCOMPARE(rate->payment, std::string("standard, no upfront"));
        QVERIFY(book.commitments().empty());  // no service-wide factor is derived
    }

    // Products without a reservation in the file have no committed price.
    void ec2ProductsWithoutReservationHaveNone()
    {
        PriceBook book;
        QVERIFY(importFixture("ec2-offer.json", book).ok);
        for (const PriceEntry &entry : book.entries())
            if (entry.key != "ec2/m6i.large")
                QVERIFY2(entry.committed.empty(), entry.key.c_str());
    }

    // The same file read for us-west-2: only the Oregon m6i.large, which has no reservation.
    void anotherRegionKeepsOnlyItsOwn()
    {
        PriceBook book;
        const OfferImportReport report = importFixture("ec2-offer.json", book, "us-west-2");
        QVERIFY2(report.ok, report.error.c_str());
        QCOMPARE(report.productsKept, 1LL);
        QCOMPARE(report.productsSkipped, 7LL);
        QCOMPARE(keysOf(book), std::vector<std::string>{"ec2/m6i.large"});
        QCOMPARE_REL(flatUsd(book, "ec2/m6i.large"), 0.096, 1e-12);
        QCOMPARE(report.committedRates, 0LL);
        QVERIFY(book.find("ec2/m6i.large")->committed.empty());
        QCOMPARE(book.region, std::string("us-west-2"));
    }

    void rdsEnginesAndDeployments_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("description");
        QTest::addColumn<double>("usd");
        QTest::newRow("PostgreSQL Single-AZ, facts 0.225")
            << QByteArray("rds/postgres/db.r6g.large/single-az")
            << QByteArray("db.r6g.large, PostgreSQL, Single-AZ, on-demand") << 0.225;
        QTest::newRow("PostgreSQL Multi-AZ, facts 0.45")
            << QByteArray("rds/postgres/db.r6g.large/multi-az")
            << QByteArray("db.r6g.large, PostgreSQL, Multi-AZ, on-demand") << 0.45;
        QTest::newRow("MySQL Single-AZ, facts 0.152")
            << QByteArray("rds/mysql/db.m6g.large/single-az")
            << QByteArray("db.m6g.large, MySQL, Single-AZ, on-demand") << 0.152;
        QTest::newRow("Aurora PostgreSQL, facts 0.26")
            << QByteArray("aurora/postgres/db.r6g.large")
            << QByteArray("db.r6g.large, Aurora PostgreSQL, on-demand") << 0.26;
    }

    void rdsEnginesAndDeployments()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, description);
        QFETCH(double, usd);
        PriceBook book;
        QVERIFY(importFixture("rds-offer.json", book).ok);
        const PriceEntry *entry = book.find(key.toStdString());
        QVERIFY(entry);
        QCOMPARE(entry->description, description.toStdString());
        QCOMPARE(entry->unit, std::string("instance-hour"));
        QCOMPARE(entry->source, sourceOf("AmazonRDS", "rds-offer.json"));
        QCOMPARE_REL(flatUsd(book, key.toStdString()), usd, 1e-12);
    }

    void rdsKeepsOnlyTheFourEngines()
    {
        PriceBook book;
        const OfferImportReport report = importFixture("rds-offer.json", book);
        QVERIFY2(report.ok, report.error.c_str());
        QCOMPARE(report.productsKept, 4LL);
        // Oracle, Multi-AZ DB cluster, Aurora I/O-Optimized, storage.
        QCOMPARE(report.productsSkipped, 4LL);
        QCOMPARE(keysOf(book), (std::vector<std::string>{"rds/postgres/db.r6g.large/single-az",
                                                         "rds/postgres/db.r6g.large/multi-az",
                                                         "rds/mysql/db.m6g.large/single-az",
                                                         "aurora/postgres/db.r6g.large"}));
    }

    // Each kept product's own reservation; Oracle's (0.1 / 0.48) is not kept at all.
    void rdsCommittedRates_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("term");
        QTest::addColumn<double>("usd");
        QTest::newRow("PostgreSQL Single-AZ 1yr") << QByteArray("rds/postgres/db.r6g.large/single-az") << QByteArray("1yr") << 0.135;
        QTest::newRow("PostgreSQL Single-AZ 3yr") << QByteArray("rds/postgres/db.r6g.large/single-az") << QByteArray("3yr") << 0.09;
        QTest::newRow("PostgreSQL Multi-AZ 1yr") << QByteArray("rds/postgres/db.r6g.large/multi-az") << QByteArray("1yr") << 0.3;
        QTest::newRow("PostgreSQL Multi-AZ 3yr") << QByteArray("rds/postgres/db.r6g.large/multi-az") << QByteArray("3yr") << 0.2025;
        QTest::newRow("MySQL Single-AZ 1yr") << QByteArray("rds/mysql/db.m6g.large/single-az") << QByteArray("1yr") << 0.0988;
        QTest::newRow("Aurora PostgreSQL 1yr") << QByteArray("aurora/postgres/db.r6g.large") << QByteArray("1yr") << 0.169;
    }

    void rdsCommittedRates()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, term);
        QFETCH(double, usd);
        PriceBook book;
        const OfferImportReport report = importFixture("rds-offer.json", book);
        QCOMPARE(report.committedRates, 6LL);
        QCOMPARE_REL(committedOf(book, key.toStdString(), term.toStdString()), usd, 1e-12);
        QVERIFY(!book.find("aurora/postgres/db.r6g.large")->committedRate("3yr"));
        QVERIFY(!book.find("rds/mysql/db.m6g.large/single-az")->committedRate("3yr"));
    }

    void elastiCacheRedisAndValkeyNodes()
    {
        PriceBook book;
        const OfferImportReport report = importFixture("elasticache-offer.json", book);
        QVERIFY2(report.ok, report.error.c_str());
        QCOMPARE(report.productsKept, 3LL);
        QCOMPARE(report.productsSkipped, 1LL); // Memcached
        QCOMPARE(keysOf(book), (std::vector<std::string>{"elasticache/redis/cache.r7g.large",
                                                         "elasticache/redis/cache.t4g.micro",
                                                         "elasticache/valkey/cache.r7g.large"}));
        QCOMPARE(book.find("elasticache/valkey/cache.r7g.large")->unit, std::string("node-hour"));
        QCOMPARE(book.find("elasticache/redis/cache.r7g.large")->description,
                 std::string("cache.r7g.large, Redis, on-demand"));
        QCOMPARE_REL(flatUsd(book, "elasticache/redis/cache.r7g.large"), 0.219, 1e-12);
        QCOMPARE_REL(flatUsd(book, "elasticache/redis/cache.t4g.micro"), 0.016, 1e-12);
        QCOMPARE_REL(flatUsd(book, "elasticache/valkey/cache.r7g.large"), 0.1752, 1e-12);
        QCOMPARE(report.committedRates, 1LL);
        QCOMPARE_REL(committedOf(book, "elasticache/redis/cache.r7g.large", "1yr"), 0.1424, 1e-12);
    }

    // Terms listed before products are buffered and resolved at the end: same prices, same rates.
    void termsBeforeProducts()
    {
        PriceBook book;
        const OfferImportReport report = importFixture("ec2-terms-first.json", book);
        QVERIFY2(report.ok, report.error.c_str());
        QCOMPARE(report.productsKept, 1LL);
        QCOMPARE(report.productsSkipped, 2LL); // Windows; r6i.large without an on-demand term
        QCOMPARE(keysOf(book), std::vector<std::string>{"ec2/m6i.large"});
        QCOMPARE_REL(flatUsd(book, "ec2/m6i.large"), 0.096, 1e-12);
        QCOMPARE(report.committedRates, 2LL);
        QCOMPARE_REL(committedOf(book, "ec2/m6i.large", "1yr"), 0.06, 1e-12);
        QCOMPARE_REL(committedOf(book, "ec2/m6i.large", "3yr"), 0.041, 1e-12);
    }

    void bookHeaderAndSources()
    {
        PriceBook empty;
        QVERIFY(importFixture("rds-offer.json", empty).ok);
        QCOMPARE(empty.region, std::string("us-east-1"));
        QCOMPARE(empty.currency, std::string("USD"));
        QCOMPARE(empty.asOf, publication);
        QCOMPARE(empty.sources.size(), size_t(1));
        QCOMPARE(empty.sources.at("AmazonRDS").ref, std::string("rds-offer.json"));
        QCOMPARE(empty.sources.at("AmazonRDS").asOf, publication);

        // A book with its own header keeps it; the import replaces the prices it shares.
        PriceBook book = manualBook();
        QVERIFY(importFixture("ec2-offer.json", book).ok);
        QCOMPARE(book.asOf, std::string("2024-01-01"));
        QCOMPARE(book.sources.size(), size_t(2));
        QCOMPARE(book.sources.at("AmazonEC2").ref, std::string("ec2-offer.json"));
        QCOMPARE(book.entries().size(), size_t(3));
        QCOMPARE_REL(flatUsd(book, "ec2/m6i.large"), 0.096, 1e-12);
        QCOMPARE_REL(committedOf(book, "ec2/m6i.large", "1yr"), 0.06, 1e-12);
        QCOMPARE(book.commitments().size(), size_t(1));  // the book's own factor stays
    }

    void errorsLeaveTheBookUnchanged_data()
    {
        QTest::addColumn<QByteArray>("fixture");
        QTest::addColumn<QByteArray>("errorStart");
        QTest::addColumn<QByteArray>("errorPart");
        QTest::newRow("truncated") << QByteArray("ec2-truncated.json")
                                   << QByteArray("ec2-truncated.json: byte ")
                                   << QByteArray("syntax error while parsing");
        QTest::newRow("not a price")
            << QByteArray("ec2-bad-price.json")
            << QByteArray(
                   "ec2-bad-price.json: SKU T3MICROLOCN00007: on-demand price \"n/a\" is not a number ≥ 0")
            << QByteArray("T3MICROLOCN00007");
    }

    void errorsLeaveTheBookUnchanged()
    {
        QFETCH(QByteArray, fixture);
        QFETCH(QByteArray, errorStart);
        QFETCH(QByteArray, errorPart);
        PriceBook book = manualBook();
        const OfferImportReport report = importFixture(fixture.toStdString(), book);
        QVERIFY(!report.ok);
        QVERIFY2(report.error.starts_with(errorStart.toStdString()), report.error.c_str());
        QVERIFY2(report.error.find(errorPart.toStdString()) != std::string::npos, report.error.c_str());
        QCOMPARE(report.productsKept, 0LL);
        QCOMPARE(keysOf(book), std::vector<std::string>{"ec2/m6i.large"});
        QCOMPARE(flatUsd(book, "ec2/m6i.large"), 0.5);
        QCOMPARE(book.commitments().size(), size_t(1));
        QCOMPARE(book.commitment("ec2", "1yr")->factor, 0.7);
        QCOMPARE(book.sources.size(), size_t(1));
        QCOMPARE(book.asOf, std::string("2024-01-01"));
    }

    // The truncated file ends inside a product: the error's byte offset is the file's end.
    void truncatedErrorNamesTheByte()
    {
        PriceBook book;
        const OfferImportReport report = importFixture("ec2-truncated.json", book);
        std::ifstream in(std::string(HEADROOM_FIXTURES) + "/ec2-truncated.json",
                         std::ios::binary | std::ios::ate);
        const long long size = static_cast<long long>(in.tellg());
        QVERIFY(size > 0);
        const std::string expected = "ec2-truncated.json: byte " + std::to_string(size + 1) + ": ";
        QVERIFY2(report.error.starts_with(expected), (report.error + " / expected " + expected).c_str());
    }

    void unusableFiles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("error");
        QTest::newRow("S3 offer")
            << QByteArray(test::json("{'formatVersion':'v1.0','offerCode':'AmazonS3','products':{}}").c_str())
            << QByteArray("inline.json: offerCode \"AmazonS3\" is not an offer Headroom imports "
                          "(AmazonEC2, AmazonRDS or AmazonElastiCache)");
        QTest::newRow("no offerCode")
            << QByteArray(test::json("{'formatVersion':'v1.0','terms':{}}").c_str())
            << QByteArray("inline.json: no offerCode: not an AWS Price List offer file");
        QTest::newRow("offerCode after products")
            << QByteArray(test::json("{'products':{'A':{'sku':'A'}},'offerCode':'AmazonEC2'}").c_str())
            << QByteArray("inline.json: offerCode must come before products");
        QTest::newRow("empty") << QByteArray("")
                               << QByteArray("inline.json: byte 1: syntax error while parsing value - "
                                             "unexpected end of input; expected '[', '{', or a literal");
    }

    void unusableFiles()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, error);
        PriceBook book = manualBook();
        const OfferImportReport report = importText(text.toStdString(), book);
        QVERIFY(!report.ok);
        QCOMPARE(report.error, error.toStdString());
        QCOMPARE(book.entries().size(), size_t(1));
        QCOMPARE(book.sources.size(), size_t(1));
    }

    // Effective hourly = hourly + upfront ÷ (8760 h × years); the other purchase options and
    // classes are not No Upfront standard offers and leave the SKU without a reservation.
    void reservedEffectiveHourly_data()
    {
        QTest::addColumn<QByteArray>("lease");
        QTest::addColumn<QByteArray>("offeringClass");
        QTest::addColumn<QByteArray>("purchaseOption");
        QTest::addColumn<double>("expected"); // NaN: ignored
        const double none = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("1yr: 0.05 + 87.6 / 8760 = 0.06")
            << QByteArray("1yr") << QByteArray("standard") << QByteArray("No Upfront") << 0.06;
        QTest::newRow("3yr: 0.05 + 87.6 / 26280") << QByteArray("3yr") << QByteArray("standard")
                                                  << QByteArray("No Upfront") << 0.05 + 87.6 / 26280.0;
        QTest::newRow("no OfferingClass counts as standard")
            << QByteArray("1yr") << QByteArray() << QByteArray("No Upfront") << 0.06;
        QTest::newRow("convertible") << QByteArray("1yr") << QByteArray("convertible")
                                     << QByteArray("No Upfront") << none;
        QTest::newRow("Partial Upfront")
            << QByteArray("1yr") << QByteArray("standard") << QByteArray("Partial Upfront") << none;
        QTest::newRow("5yr") << QByteArray("5yr") << QByteArray("standard") << QByteArray("No Upfront")
                             << none;
    }

    void reservedEffectiveHourly()
    {
        QFETCH(QByteArray, lease);
        QFETCH(QByteArray, offeringClass);
        QFETCH(QByteArray, purchaseOption);
        QFETCH(double, expected);
        OfferTerm term;
        term.dimensions = {{"Hrs", "0.0500000000", "0", "Inf"}, {"Quantity", "87.6", "", ""}};
        term.leaseContractLength = lease.toStdString();
        term.offeringClass = offeringClass.toStdString();
        term.purchaseOption = purchaseOption.toStdString();
        OfferSkuPrices prices;
        addReservedTerm(term, prices);
        QVERIFY(prices.problem.empty());
        const auto &reserved = prices.reservedHourly[lease == "3yr" ? 1 : 0];
        if (std::isnan(expected)) {
            QVERIFY(!prices.reservedHourly[0] && !prices.reservedHourly[1]);
            return;
        }
        QVERIFY(reserved);
        QCOMPARE_REL(*reserved, expected, 1e-12);
    }

    // Bands must start at 0 and meet; otherwise the book would misprice the hours in the gap.
    void tiersMustMeet()
    {
        std::vector<PriceTier> tiers;
        QVERIFY(toPriceTiers({{0.0, 100.0, 0.085}, {100.0, std::nullopt, 0.08}}, tiers));
        tiers.clear();
        QVERIFY(!toPriceTiers({{0.0, 100.0, 0.085}, {120.0, std::nullopt, 0.08}}, tiers));
        tiers.clear();
        QVERIFY(!toPriceTiers({{10.0, std::nullopt, 0.085}}, tiers));
    }

    // A file of 20 000 products the importer skips and five it keeps, streamed: the counts are
    // exact whichever section comes first (the memory bound is the design; this checks the result).
    void largeFileStreams_data()
    {
        QTest::addColumn<bool>("termsFirst");
        QTest::newRow("products first") << false;
        QTest::newRow("terms first") << true;
    }

    void largeFileStreams()
    {
        QFETCH(bool, termsFirst);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath(QStringLiteral("ec2-large.json")).toStdString();
        test::writeLargeEc2Offer(path, 20000, termsFirst);
        std::ifstream in(path, std::ios::binary);
        PriceBook book;
        const OfferImportReport report = importOfferFile(in, "ec2-large.json", "us-east-1", book);
        QVERIFY2(report.ok, report.error.c_str());
        QCOMPARE(report.productsKept, 5LL);
        QCOMPARE(report.productsSkipped, 20000LL);
        QCOMPARE(keysOf(book), (std::vector<std::string>{"ec2/m6i.large", "ec2/m6i.xlarge", "ec2/c6i.large",
                                                         "ec2/r6i.large", "ec2/t3.micro"}));
        // The kept products are i = 0, 4001, 8002, 12003, 16004: prices "0.1" + (i mod 10).
        QCOMPARE_REL(flatUsd(book, "ec2/m6i.large"), 0.10, 1e-12);
        QCOMPARE_REL(flatUsd(book, "ec2/t3.micro"), 0.14, 1e-12);
        QCOMPARE(report.committedRates, 0LL);
    }
};

QTEST_GUILESS_MAIN(TestOfferImporter)
#include "tst_offerimporter.moc"

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The price book: tiered pricing against hand computation, the file format and its errors,
// and the bundled us-east-1 book.

#include "common/Compare.h"

#include "pricing/PriceBook.h"
#include "pricing/PriceBookFile.h"

#include <QTest>

using namespace headroom;

namespace {

std::string book(const std::string &prices, const std::string &extra = {})
{
    return R"({"format": "headroom-price-book", "version": 1, "region": "us-east-1", "currency": "USD",
               "as_of": "2026-10-06", "prices": [)" + prices + "]" + extra + "}";
}

} // namespace

class TestPriceBook : public QObject
{
    Q_OBJECT

private slots:
    // CloudFront data out, US (bundled book): $0.085/GB for the first 10 TB, $0.080 for the next 40 TB.
    void tieredPriceByHand_data()
    {
        QTest::addColumn<double>("gigabytes");
        QTest::addColumn<double>("usd");
        QTest::newRow("0 GB: nothing") << 0.0 << 0.0;
        QTest::newRow("1 000 GB: all in the first band, 1000 x 0.085") << 1000.0 << 85.0;
        QTest::newRow("10 240 GB: exactly the first band") << 10240.0 << 10240 * 0.085;
        QTest::newRow("20 480 GB: 10 240 x 0.085 + 10 240 x 0.080") << 20480.0 << 10240 * 0.085 + 10240 * 0.08;
        QTest::newRow("6 PB: every band") << 6.0 * 1024 * 1024
                                          << 10240 * 0.085 + 40960 * 0.08 + 102400 * 0.06 + 358400 * 0.04
                                                 + 536576 * 0.03 + 4194304 * 0.025 + 1048576 * 0.02;
    }

    void tieredPriceByHand()
    {
        QFETCH(double, gigabytes);
        QFETCH(double, usd);
        const PriceEntry *entry = bundledPriceBook().find("cloudfront/data-out");
        QVERIFY(entry);
        const PricedQuantity priced = priceOf(*entry, gigabytes);
        QCOMPARE_REL(priced.usd, usd, 1e-12);
        if (gigabytes > 0.0)
            QCOMPARE_REL(priced.unitPriceUsd * gigabytes, usd, 1e-12);
        else
            QCOMPARE(priced.unitPriceUsd, 0.085);
    }

    // A flat price per 1 000 000: SQS standard, $0.40 per million requests.
    void flatPricePerMillion()
    {
        const PriceEntry *entry = bundledPriceBook().find("sqs/standard-requests");
        QVERIFY(entry);
        QCOMPARE(entry->per, 1e6);
        QCOMPARE_REL(priceOf(*entry, 2.5e6).usd, 1.0, 1e-12);
    }

    // Spot checks of the bundled book against the reference figures it was built from.
    void bundledBookMatchesTheReference_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("usd");
        QTest::newRow("EC2 m6i.large $0.096/h (KARP)") << QStringLiteral("ec2/m6i.large") << 0.096;
        QTest::newRow("RDS PostgreSQL db.r6g.xlarge Multi-AZ $0.899/h") << QStringLiteral("rds/postgres/db.r6g.xlarge/multi-az") << 0.899;
        QTest::newRow("RDS MySQL db.t4g.micro Single-AZ $0.016/h") << QStringLiteral("rds/mysql/db.t4g.micro/single-az") << 0.016;
        QTest::newRow("Aurora PostgreSQL db.r6g.large $0.26/h") << QStringLiteral("aurora/postgres/db.r6g.large") << 0.26;
        QTest::newRow("ElastiCache Redis cache.m6g.large $0.149/h") << QStringLiteral("elasticache/redis/cache.m6g.large") << 0.149;
        QTest::newRow("ALB $0.0225/h") << QStringLiteral("alb/hour") << 0.0225;
        QTest::newRow("ALB LCU $0.008/h") << QStringLiteral("alb/lcu-hour") << 0.008;
        QTest::newRow("NAT gateway $0.045/GB") << QStringLiteral("nat_gateway/data-processed") << 0.045;
        QTest::newRow("DynamoDB $0.125 per 1M RRU") << QStringLiteral("dynamodb/read-request-units") << 0.125;
        QTest::newRow("Lambda $0.20 per 1M requests") << QStringLiteral("lambda/requests") << 0.2;
        QTest::newRow("RDS Proxy $0.015 per vCPU-hour (secondary)") << QStringLiteral("rds_proxy/vcpu-hour") << 0.015;
    }

    void bundledBookMatchesTheReference()
    {
        QFETCH(QString, key);
        QFETCH(double, usd);
        const PriceEntry *entry = bundledPriceBook().find(key.toStdString());
        QVERIFY2(entry, qPrintable(key));
        QCOMPARE(entry->tiers.front().usd, usd);
        QVERIFY(!entry->source.empty());
        QCOMPARE(bundledPriceBook().region, std::string("us-east-1"));
        QVERIFY(bundledPriceBook().commitments().empty());  // no service-wide factor: per-entry prices only
    }

    // Committed prices in the bundled books against the reference rows they came from
    // (shared/reference/aws-commitments-and-regions.json).
    void bundledCommittedPricesMatchTheReference_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("term");
        QTest::addColumn<double>("usd");
        QTest::newRow("cache.m6g.large 1yr no upfront $0.102 (VANTAGE_CACHE_2022)")
            << QStringLiteral("us-east-1") << QStringLiteral("elasticache/redis/cache.m6g.large") << QStringLiteral("1yr") << 0.102;
        QTest::newRow("cache.m6g.large 3yr no upfront $0.077 (VANTAGE_CACHE_2022)")
            << QStringLiteral("us-east-1") << QStringLiteral("elasticache/redis/cache.m6g.large") << QStringLiteral("3yr") << 0.077;
        QTest::newRow("t3.medium 1yr standard no upfront $0.026096 (INFRACOST_EC2)")
            << QStringLiteral("us-east-1") << QStringLiteral("ec2/t3.medium") << QStringLiteral("1yr") << 0.026096;
        QTest::newRow("m7g.large Compute Savings Plan 1yr $0.0599 (CLARCHY)")
            << QStringLiteral("us-east-1") << QStringLiteral("ec2/m7g.large") << QStringLiteral("1yr") << 0.0599;
        QTest::newRow("eu-west-1 cache.r6g.large 1yr no upfront $0.157 (VANTAGE_CACHE_2022)")
            << QStringLiteral("eu-west-1") << QStringLiteral("elasticache/redis/cache.r6g.large") << QStringLiteral("1yr") << 0.157;
    }

    void bundledCommittedPricesMatchTheReference()
    {
        QFETCH(QString, region);
        QFETCH(QString, key);
        QFETCH(QString, term);
        QFETCH(double, usd);
        const PriceBook *book = bundledPriceBook().forRegion(region.toStdString());
        QVERIFY(book);
        const PriceEntry *entry = book->find(key.toStdString());
        QVERIFY2(entry, qPrintable(key));
        const CommittedRate *rate = entry->committedRate(term.toStdString());
        QVERIFY(rate);
        QCOMPARE(rate->usd, usd);
        QVERIFY(book->sources.contains(rate->source));
    }

    // The regional books' on-demand prices against the reference (VANTAGE_EC2_2024, 2024-04-04).
    void regionalBooksMatchTheReference_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("usd");
        QTest::newRow("us-west-2 m7g.4xlarge $0.6528/h") << QStringLiteral("us-west-2") << QStringLiteral("ec2/m7g.4xlarge") << 0.6528;
        QTest::newRow("eu-west-1 m6i.large $0.107/h") << QStringLiteral("eu-west-1") << QStringLiteral("ec2/m6i.large") << 0.107;
        QTest::newRow("eu-west-1 cache.r6g.large $0.229/h (VANTAGE_CACHE_2022)")
            << QStringLiteral("eu-west-1") << QStringLiteral("elasticache/redis/cache.r6g.large") << 0.229;
        QTest::newRow("eu-west-1 to us-east-1 $0.02/GB (INFRACOST_DT)")
            << QStringLiteral("eu-west-1") << QStringLiteral("data-transfer/inter-region/us-east-1") << 0.02;
    }

    void regionalBooksMatchTheReference()
    {
        QFETCH(QString, region);
        QFETCH(QString, key);
        QFETCH(double, usd);
        const PriceBook *book = bundledPriceBook().forRegion(region.toStdString());
        QVERIFY(book);
        QCOMPARE(book->region, region.toStdString());
        const PriceEntry *entry = book->find(key.toStdString());
        QVERIFY2(entry, qPrintable(key));
        QCOMPARE(entry->tiers.front().usd, usd);
        QVERIFY(!entry->source.empty());
    }

    // A regional book prices only what the reference has for its region: no ALB in us-west-2.
    void regionalBooksLackWhatTheReferenceLacks()
    {
        QVERIFY(!bundledPriceBook().forRegion("us-west-2")->find("alb/hour"));
        QVERIFY(!bundledPriceBook().forRegion("us-west-2")->find("s3/standard-storage"));
        QVERIFY(!bundledPriceBook().forRegion("eu-west-1")->find("alb/lcu-hour"));
    }

    // --prices BOOK replaces the bundled book of BOOK's region only.
    void aLoadedBookReplacesItsRegion()
    {
        PriceBook eu;
        eu.region = "eu-west-1";
        eu.add({"ec2/m6i.large", "", "instance-hour", 1.0, {{std::nullopt, 0.5}}, "test", {}});
        const PriceBook set = withRegionBook(bundledPriceBook(), eu);
        QCOMPARE(set.region, std::string("us-east-1"));
        QCOMPARE(set.forRegion("eu-west-1")->find("ec2/m6i.large")->tiers.front().usd, 0.5);
        QVERIFY(set.forRegion("us-west-2")->find("ec2/m6i.large"));

        PriceBook east;
        east.region = "us-east-1";
        const PriceBook replaced = withRegionBook(bundledPriceBook(), east);
        QVERIFY(replaced.entries().empty());
        QCOMPARE(replaced.regions().size(), size_t(3));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("region");
        QTest::newRow("us-east-1") << QStringLiteral("us-east-1");
        QTest::newRow("us-west-2") << QStringLiteral("us-west-2");
        QTest::newRow("eu-west-1") << QStringLiteral("eu-west-1");
    }

    void roundTrip()
    {
        QFETCH(QString, region);
        const PriceBook &bundled = *bundledPriceBook().forRegion(region.toStdString());
        const std::string text = serializePriceBook(bundled);
        const PriceBookResult again = parsePriceBook(text, "again.json");
        QVERIFY2(again.book, again.error.toString().c_str());
        QCOMPARE(serializePriceBook(*again.book), text);
        QCOMPARE(again.book->entries().size(), bundled.entries().size());
    }

    void errorsNameThePlace_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("message");
        const QString price = QStringLiteral(R"({"key": "a", "unit": "hour", "usd": 1, "source": "s"})");
        QTest::newRow("wrong format") << QStringLiteral(R"({"format": "x", "version": 1})") << QStringLiteral("/format")
                                      << QStringLiteral("headroom-price-book");
        QTest::newRow("newer version") << QStringLiteral(R"({"format": "headroom-price-book", "version": 2})")
                                       << QStringLiteral("/version") << QStringLiteral("reads version 1");
        QTest::newRow("missing key") << QString::fromStdString(book(R"({"unit": "hour", "usd": 1, "source": "s"})"))
                                     << QStringLiteral("/prices/0/key") << QStringLiteral("is required");
        QTest::newRow("negative price") << QString::fromStdString(book(R"({"key": "a", "unit": "hour", "usd": -1, "source": "s"})"))
                                        << QStringLiteral("/prices/0/usd") << QStringLiteral("must be ≥ 0");
        QTest::newRow("both usd and tiers")
            << QString::fromStdString(book(R"({"key": "a", "unit": "GB", "usd": 1, "tiers": [{"usd": 1}], "source": "s"})"))
            << QStringLiteral("/prices/0") << QStringLiteral("exactly one");
        QTest::newRow("bands out of order")
            << QString::fromStdString(book(R"({"key": "a", "unit": "GB", "tiers": [{"up_to": 10, "usd": 1}, {"up_to": 5, "usd": 0.5}, {"usd": 0.1}], "source": "s"})"))
            << QStringLiteral("/prices/0/tiers/1/up_to") << QStringLiteral("greater than the band before");
        QTest::newRow("unbounded band before the last")
            << QString::fromStdString(book(R"({"key": "a", "unit": "GB", "tiers": [{"usd": 1}, {"usd": 0.5}], "source": "s"})"))
            << QStringLiteral("/prices/0/tiers/0/up_to") << QStringLiteral("every band but the last");
        QTest::newRow("duplicate key") << QString::fromStdString(book(price.toStdString() + "," + price.toStdString()))
                                       << QStringLiteral("/prices/1/key") << QStringLiteral("duplicate key");
        QTest::newRow("per zero") << QString::fromStdString(book(R"({"key": "a", "unit": "hour", "per": 0, "usd": 1, "source": "s"})"))
                                  << QStringLiteral("/prices/0/per") << QStringLiteral("must be > 0");
        QTest::newRow("factor above 1")
            << QString::fromStdString(book(price.toStdString(), R"(, "commitments": [{"service": "ec2", "term": "1yr", "factor": 1.2, "source": "s"}])"))
            << QStringLiteral("/commitments/0/factor") << QStringLiteral("≤ 1");
        QTest::newRow("bad term")
            << QString::fromStdString(book(price.toStdString(), R"(, "commitments": [{"service": "ec2", "term": "2yr", "factor": 0.5, "source": "s"}])"))
            << QStringLiteral("/commitments/0/term") << QStringLiteral("\"1yr\" or \"3yr\"");
        QTest::newRow("committed at or above on demand")
            << QString::fromStdString(book(R"({"key": "a", "unit": "hour", "usd": 1, "source": "s", "committed": [{"term": "1yr", "payment": "no upfront", "usd": 1, "source": "s"}]})"))
            << QStringLiteral("/prices/0/committed/0/usd") << QStringLiteral("less than the on-demand price");
        QTest::newRow("two committed prices for one term")
            << QString::fromStdString(book(R"({"key": "a", "unit": "hour", "usd": 1, "source": "s", "committed": [{"term": "3yr", "payment": "p", "usd": 0.5, "source": "s"}, {"term": "3yr", "payment": "p", "usd": 0.4, "source": "s"}]})"))
            << QStringLiteral("/prices/0/committed/1/term") << QStringLiteral("a second 3yr rate");
        QTest::newRow("committed without payment")
            << QString::fromStdString(book(R"({"key": "a", "unit": "hour", "usd": 1, "source": "s", "committed": [{"term": "1yr", "usd": 0.5, "source": "s"}]})"))
            << QStringLiteral("/prices/0/committed/0/payment") << QStringLiteral("is required");
        QTest::newRow("committed on a tiered price")
            << QString::fromStdString(book(R"({"key": "a", "unit": "GB", "tiers": [{"usd": 1}], "source": "s", "committed": []})"))
            << QStringLiteral("/prices/0/committed") << QStringLiteral("only a flat price");
        QTest::newRow("euro") << QStringLiteral(R"({"format": "headroom-price-book", "version": 1, "region": "eu-west-1", "currency": "EUR", "as_of": "x", "prices": []})")
                              << QStringLiteral("/currency") << QStringLiteral("USD");
    }

    void errorsNameThePlace()
    {
        QFETCH(QString, text);
        QFETCH(QString, pointer);
        QFETCH(QString, message);
        const PriceBookResult result = parsePriceBook(text.toStdString(), "book.json");
        QVERIFY(!result.book);
        QCOMPARE(QString::fromStdString(result.error.pointer), pointer);
        QVERIFY2(QString::fromStdString(result.error.message).contains(message), result.error.message.c_str());
        QVERIFY(QString::fromStdString(result.error.toString()).startsWith(QStringLiteral("book.json: ")));
    }

    void syntaxErrorHasLineAndColumn()
    {
        const PriceBookResult result = parsePriceBook("{\n  \"format\": \"headroom-price-book\",\n  \"version\" 1\n}", "b.json");
        QVERIFY(!result.book);
        QCOMPARE(result.error.line, 3);
        QVERIFY(result.error.column > 1);
    }
};

QTEST_GUILESS_MAIN(TestPriceBook)
#include "tst_pricebook.moc"

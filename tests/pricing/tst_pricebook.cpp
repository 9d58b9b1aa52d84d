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
        QVERIFY(bundledPriceBook().commitments().empty());  // the reference has no sourced discount
    }

    void roundTrip()
    {
        const std::string text = serializePriceBook(bundledPriceBook());
        const PriceBookResult again = parsePriceBook(text, "again.json");
        QVERIFY2(again.book, again.error.toString().c_str());
        QCOMPARE(serializePriceBook(*again.book), text);
        QCOMPARE(again.book->entries().size(), bundledPriceBook().entries().size());
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

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// headroom-cli's cost commands as a user runs them: evaluate's cost keys, sweep's cost
// column, the stage table in three formats, --prices, and prices import.

#include "common/CliRunner.h"
#include "common/Compare.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using headroom::test::runCli;

namespace {

const QString kThreeTier = QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/three-tier.json");
const QString kFixtures = QStringLiteral(HEADROOM_SOURCE_DIR "/tests/pricing/fixtures/");

} // namespace

class TestCliCost : public QObject
{
    Q_OBJECT

private slots:
    void evaluateHasCost()
    {
        const auto run = runCli({QStringLiteral("evaluate"), kThreeTier});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        for (const char *key : {"monthly_cost_usd", "cost_per_user_usd", "cost_complete", "purchase_option",
                                "on_demand_monthly_usd", "committed_1yr_monthly_usd", "cost_warnings", "price_book"})
            QVERIFY2(root.contains(QString::fromLatin1(key)), key);
        QVERIFY(root.value(u"cost_complete").toBool());
        // The bundled book has committed prices for the example's cache nodes only: the 1-year
        // month is a little below on demand, and the lines without one are listed.
        QVERIFY(root.value(u"committed_1yr_monthly_usd").toDouble() < root.value(u"on_demand_monthly_usd").toDouble());
        QVERIFY(root.value(u"committed_1yr_monthly_usd").toDouble() > 0.0);
        QCOMPARE(root.value(u"price_book").toObject().value(u"region").toString(), QStringLiteral("us-east-1"));
        double sum = 0.0;
        for (const auto &item : root.value(u"components").toArray()) {
            const QJsonObject component = item.toObject();
            QVERIFY(component.contains(u"cost_lines"));
            double lines = 0.0;
            for (const auto &line : component.value(u"cost_lines").toArray()) {
                const QJsonObject l = line.toObject();
                QCOMPARE(l.value(u"price_region").toString(), QStringLiteral("us-east-1"));
                QCOMPARE_REL(l.value(u"quantity").toDouble() * l.value(u"unit_price_usd").toDouble(),
                             l.value(u"monthly_usd").toDouble(), 1e-9);
                lines += l.value(u"monthly_usd").toDouble();
            }
            QCOMPARE_REL(lines + 1.0, component.value(u"monthly_cost_usd").toDouble() + 1.0, 1e-12);
            sum += component.value(u"monthly_cost_usd").toDouble();
        }
        QCOMPARE_REL(sum, root.value(u"monthly_cost_usd").toDouble(), 1e-12);
        QCOMPARE_REL(root.value(u"cost_per_user_usd").toDouble(), sum / root.value(u"users").toDouble(), 1e-12);
    }

    void sweepHasCostColumn()
    {
        const auto run = runCli({QStringLiteral("sweep"), kThreeTier, QStringLiteral("--from"), QStringLiteral("1000"),
                                 QStringLiteral("--to"), QStringLiteral("1000000"), QStringLiteral("--points"),
                                 QStringLiteral("4")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 5);
        const int column = static_cast<int>(lines.front().split(u',').indexOf(QStringLiteral("monthly_cost_usd")));
        QVERIFY(column > 0);
        double previous = 0.0;
        for (int i = 1; i < lines.size(); ++i) {
            const double cost = lines[i].split(u',').at(column).toDouble();
            QVERIFY2(cost > previous, qPrintable(lines[i]));  // cost grows with users
            previous = cost;
        }
    }

    void stagesInThreeFormats()
    {
        const auto json = runCli({QStringLiteral("stages"), kThreeTier, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(rows.size(), 4);  // the example's four stages
        QCOMPARE(rows[0].toObject().value(u"name").toString(), QStringLiteral("10K users"));
        QCOMPARE_REL(rows[0].toObject().value(u"peak_rps").toDouble(), 10000 * 100 * 3 / 86400.0, 1e-12);
        for (const char *key : {"monthly_cost_usd", "on_demand_monthly_usd", "committed_1yr_monthly_usd",
                                "committed_3yr_monthly_usd", "cost_per_user_usd", "bottleneck",
                                "bottleneck_utilization", "availability", "nines", "breaks_at_users"})
            QVERIFY2(rows[1].toObject().contains(QString::fromLatin1(key)), key);

        const auto csv = runCli({QStringLiteral("stages"), kThreeTier, QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.out.trimmed().split(u'\n').size(), 5);
        QVERIFY(csv.out.startsWith(QStringLiteral("stage,users,peak_rps,monthly_cost_usd")));

        const auto text = runCli({QStringLiteral("stages"), kThreeTier});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("1M users")));
        QVERIFY(text.out.contains(QStringLiteral("† 1yr: on demand, no 1yr price in the price books for: ec2/c6i.large")));
        QVERIFY(text.out.contains(QStringLiteral("Commitment plan")));
        QVERIFY(text.out.contains(QStringLiteral("2 × elasticache/redis/cache.m6g.large")));
    }

    // The plan commits the floor: the example's two cache.m6g.large nodes run at every stage,
    // $0.149/h on demand and $0.102/h for 1 year, $0.077/h for 3 years, No Upfront
    // (VANTAGE_CACHE_2022): saving 2 × 730 × (0.149 − 0.102) = $68.62 a month, break-even
    // 0.102 / 0.149 = 68.5 %.
    void stagesPlanCommitments()
    {
        const auto json = runCli({QStringLiteral("stages"), kThreeTier, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        const QJsonObject first = rows[0].toObject();
        const QJsonObject oneYear = first.value(u"commitment_plan").toObject().value(u"1yr").toObject();
        QCOMPARE(oneYear.value(u"from_users").toDouble(), 10000.0);
        QCOMPARE(oneYear.value(u"to_users").toDouble(), 100000.0);
        QCOMPARE_REL(oneYear.value(u"saving_monthly_usd").toDouble(), 2 * 730 * (0.149 - 0.102), 1e-9);
        const QJsonArray commit = oneYear.value(u"commit").toArray();
        QCOMPARE(commit.size(), 1);
        const QJsonObject cache = commit[0].toObject();
        QCOMPARE(cache.value(u"price_key").toString(), QStringLiteral("elasticache/redis/cache.m6g.large"));
        QCOMPARE(cache.value(u"hourly_units").toDouble(), 2.0);
        QCOMPARE_REL(cache.value(u"committed_monthly_usd").toDouble(), 2 * 730 * 0.102, 1e-9);
        QCOMPARE_REL(cache.value(u"break_even_utilization").toDouble(), 0.102 / 0.149, 1e-9);
        QCOMPARE(cache.value(u"payment").toString(), QStringLiteral("no upfront"));
        const QJsonObject threeYear = first.value(u"commitment_plan").toObject().value(u"3yr").toObject();
        QCOMPARE_REL(threeYear.value(u"saving_monthly_usd").toDouble(), 2 * 730 * (0.149 - 0.077), 1e-9);
        // Lines with no committed price are named, not hidden in the committed figure.
        bool webListed = false;
        for (const auto &line : first.value(u"committed_1yr_on_demand").toArray())
            webListed = webListed || line.toString().contains(QStringLiteral("on demand (no 1-year price for ec2/m6i.large)"));
        QVERIFY(webListed);
        QVERIFY(!oneYear.value(u"on_demand").toArray().isEmpty());
    }

    void badPriceBookNamesThePlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("book.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "headroom-price-book", "version": 1, "region": "us-east-1", "currency": "USD",
                      "as_of": "x", "prices": [{"key": "a", "unit": "hour", "usd": -1, "source": "s"}]})");
        file.close();
        const auto run = runCli({QStringLiteral("evaluate"), kThreeTier, QStringLiteral("--prices"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(path + QStringLiteral(": /prices/0/usd: must be ≥ 0")), qPrintable(run.err));
    }

    // An empty book prices nothing: every component that costs money warns, and the total is
    // marked incomplete rather than reported as a believable small number.
    void emptyPriceBookIsIncomplete()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "headroom-price-book", "version": 1, "region": "us-east-1", "currency": "USD",
                      "as_of": "x", "prices": []})");
        file.close();
        const auto run = runCli({QStringLiteral("evaluate"), kThreeTier, QStringLiteral("--prices"), path});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(root.value(u"cost_complete").toBool(), false);
        QCOMPARE(root.value(u"monthly_cost_usd").toDouble(), 0.0);
        QVERIFY(root.value(u"cost_warnings").toArray().contains(QStringLiteral("db: no price for rds/postgres/db.r6g.xlarge/multi-az in us-east-1")));
    }

    // Import the EC2 fixture onto the bundled book, then price a 1-year commitment with it.
    void importThenPriceCommitted()
    {
        QTemporaryDir dir;
        const QString book = dir.filePath(QStringLiteral("book.json"));
        const auto import = runCli({QStringLiteral("prices"), QStringLiteral("import"), kFixtures + QStringLiteral("ec2-offer.json"),
                                    QStringLiteral("--out"), book});
        QCOMPARE(import.exitCode, 0);
        QVERIFY2(import.out.contains(QStringLiteral("kept 3 products, skipped 5")), qPrintable(import.out));
        QVERIFY(import.out.contains(QStringLiteral("read 2 committed prices")));

        const auto run = runCli({QStringLiteral("evaluate"), kThreeTier, QStringLiteral("--prices"), book});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(root.value(u"cost_complete").toBool());
        // The fixture's m6i.large reservation (0.06/h, 1 year) now prices the example's web tier.
        bool committed = false;
        for (const auto &item : root.value(u"components").toArray())
            for (const auto &line : item.toObject().value(u"cost_lines").toArray())
                if (line.toObject().value(u"price_key").toString() == QStringLiteral("ec2/m6i.large")) {
                    QCOMPARE_REL(line.toObject().value(u"committed_1yr_unit_price_usd").toDouble(), 0.06, 1e-12);
                    committed = true;
                }
        QVERIFY(committed);
    }

    void importErrorsLeaveNoFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated offer file") << QStringList{kFixtures + QStringLiteral("ec2-truncated.json")} << 1
                                              << QStringLiteral("syntax error");
        QTest::newRow("non-numeric price") << QStringList{kFixtures + QStringLiteral("ec2-bad-price.json")} << 1
                                           << QStringLiteral("ec2-bad-price.json");
        QTest::newRow("missing offer file") << QStringList{kFixtures + QStringLiteral("nope.json")} << 1
                                            << QStringLiteral("nope.json: no such file");
        QTest::newRow("no region matches") << QStringList{kFixtures + QStringLiteral("ec2-offer.json"), QStringLiteral("--region"),
                                                          QStringLiteral("ap-south-2"), QStringLiteral("--base"), QStringLiteral("none")}
                                           << 1 << QStringLiteral("no AmazonEC2 product matched region ap-south-2");
    }

    void importErrorsLeaveNoFile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("book.json"));
        const auto run = runCli(QStringList{QStringLiteral("prices"), QStringLiteral("import")} + arguments
                                + QStringList{QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }

    void importUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no subcommand") << QStringList{QStringLiteral("prices")};
        QTest::newRow("no --out") << QStringList{QStringLiteral("prices"), QStringLiteral("import"), QStringLiteral("x.json")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("prices"), QStringLiteral("import"), QStringLiteral("x.json"),
                                                       QStringLiteral("--out"), QStringLiteral("y"), QStringLiteral("--zone"), QStringLiteral("a")};
        QTest::newRow("stages bad format") << QStringList{QStringLiteral("stages"), kThreeTier, QStringLiteral("--format"), QStringLiteral("xml")};
    }

    void importUsage()
    {
        QFETCH(QStringList, arguments);
        QCOMPARE(runCli(arguments).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCost)
#include "tst_cli_cost.moc"

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// headroom-cli advise and rightsize as a user runs them: exit codes (0 success, 1 bad input
// or targets that cannot be met, 2 bad usage), the JSON keys, the text, and --out.

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
const QString kSingleBox = QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/single-box.json");

// users → lb → web: ten m6i.4xlarge (160 vCPUs) for 3.5 requests/s at peak (1 000 users × 100
// a day × 3 / 86 400), 0.17 erlangs at 50 ms.
const char *const kOverProvisioned = R"({
  "format": "headroom-project", "version": 1, "name": "Over-provisioned",
  "workload": {"users": 1000, "requests_per_user_per_day": 100, "peak_to_average": 3},
  "components": [
    {"id": "users", "type": "users"},
    {"id": "lb", "type": "alb"},
    {"id": "web", "type": "ec2", "params": {"instance_type": "m6i.4xlarge", "instances": 10}}
  ],
  "connections": [{"from": "users", "to": "lb"}, {"from": "lb", "to": "web"}]
})";

QString writeFile(const QTemporaryDir &dir, const char *name, const char *text)
{
    const QString path = dir.filePath(QString::fromUtf8(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text);
    return path;
}

QJsonObject jsonOf(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

} // namespace

class TestCliAdvice : public QObject
{
    Q_OBJECT

private slots:
    void adviseJsonHasFindingsAndWhatBreaksNext()
    {
        const auto run = runCli({QStringLiteral("advise"), kSingleBox, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = jsonOf(run.out);
        QCOMPARE(root.value(u"users").toDouble(), 1000.0);  // the file's workload.users
        const QJsonArray findings = root.value(u"findings").toArray();
        QVERIFY(!findings.isEmpty());
        const QJsonObject first = findings.first().toObject();
        QCOMPARE(first.value(u"kind").toString(), QStringLiteral("single_point_of_failure"));
        QCOMPARE(first.value(u"component").toString(), QStringLiteral("box"));
        for (const char *key : {"message", "proposal", "summary", "before", "after", "changed_project"})
            QVERIFY2(first.contains(QString::fromLatin1(key)), key);
        for (const char *key : {"component", "utilization", "response_time_ms", "nines", "availability",
                                "monthly_cost_usd", "cost_complete"})
            QVERIFY2(first.value(u"after").toObject().contains(QString::fromLatin1(key)), key);
        QVERIFY(first.value(u"after").toObject().value(u"availability").toDouble()
                > first.value(u"before").toObject().value(u"availability").toDouble());
        QCOMPARE(first.value(u"changed_project").toObject().value(u"format").toString(),
                 QStringLiteral("headroom-project"));

        const QJsonObject next = root.value(u"what_breaks_next").toObject();
        QCOMPARE(next.value(u"component").toString(), QStringLiteral("box"));
        QVERIFY(next.value(u"breaks_at_users").toDouble() > 1000.0);
        const QJsonArray candidates = next.value(u"candidates").toArray();
        QVERIFY(!candidates.isEmpty());
        for (const char *key : {"proposal", "breaks_at_users", "cost_delta_usd_per_month", "users_gained_per_usd",
                                "raises_breaking_point"})
            QVERIFY2(candidates.first().toObject().contains(QString::fromLatin1(key)), key);
        QVERIFY(next.value(u"best").toInt(-1) >= 0);
    }

    void adviseText()
    {
        const auto run = runCli({QStringLiteral("advise"), kThreeTier, QStringLiteral("--users"), QStringLiteral("300000")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Advice for Three-tier web application at 300,000 users")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("over_utilization — Web tier")));
        QVERIFY(run.out.contains(QStringLiteral("before")));
        QVERIFY(run.out.contains(QStringLiteral("What breaks next")));
    }

    void rightsizeShrinksAndWrites()
    {
        QTemporaryDir dir;
        const QString in = writeFile(dir, "big.json", kOverProvisioned);
        const QString out = dir.filePath(QStringLiteral("small.json"));
        const auto run = runCli({QStringLiteral("rightsize"), in, QStringLiteral("--users"), QStringLiteral("1000"),
                                 QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = jsonOf(run.out);
        for (const char *key : {"ok", "start_meets_targets", "message", "users", "max_utilization", "min_availability",
                                "start", "result", "saving_usd_per_month", "changes", "project"})
            QVERIFY2(root.contains(QString::fromLatin1(key)), key);
        QVERIFY(root.value(u"ok").toBool());
        QVERIFY(root.value(u"saving_usd_per_month").toDouble() > 0.0);
        QCOMPARE_REL(root.value(u"saving_usd_per_month").toDouble(),
                     root.value(u"start").toObject().value(u"monthly_cost_usd").toDouble()
                         - root.value(u"result").toObject().value(u"monthly_cost_usd").toDouble(),
                     1e-9);
        QCOMPARE(root.value(u"changes").toArray().first().toObject().value(u"component").toString(), QStringLiteral("web"));
        QVERIFY(root.value(u"result").toObject().value(u"highest_utilization").toDouble() <= 0.7);

        // The written design is a valid project, and evaluating it gives the reported cost.
        QVERIFY(QFile::exists(out));
        QCOMPARE(runCli({QStringLiteral("validate"), out}).exitCode, 0);
        const auto evaluated = runCli({QStringLiteral("evaluate"), out, QStringLiteral("--users"), QStringLiteral("1000")});
        QCOMPARE_REL(jsonOf(evaluated.out).value(u"monthly_cost_usd").toDouble(),
                     root.value(u"result").toObject().value(u"monthly_cost_usd").toDouble(), 1e-9);
    }

    // Issue 14: the three-tier example at 100K users meets 99.95 % once right-sized, and with
    // no --min-availability the target is the project's own availability_target.
    void rightsizeMeetsTheExamplesTarget()
    {
        for (const QStringList &target : {QStringList{}, QStringList{QStringLiteral("--min-availability"), QStringLiteral("0.9995")}}) {
            const auto run = runCli(QStringList{QStringLiteral("rightsize"), kThreeTier, QStringLiteral("--users"),
                                                QStringLiteral("100000"), QStringLiteral("--format"), QStringLiteral("json")}
                                    + target);
            QCOMPARE(run.exitCode, 0);
            const QJsonObject root = jsonOf(run.out);
            QVERIFY(root.value(u"ok").toBool(false));
            const double wanted = target.isEmpty() ? 0.999 : 0.9995;  // three-tier.json's availability_target: 0.999
            QCOMPARE_REL(root.value(u"min_availability").toDouble(), wanted, 1e-12);
            QVERIFY(root.value(u"result").toObject().value(u"availability").toDouble() >= wanted);
        }
    }

    // Six nines are out of reach: the global services in front (Route 53's and CloudFront's own
    // outages, 3 minutes a year each) allow at most 99.9958 %. Exit 1, the start reported
    // unchanged with what sizing cannot raise, nothing written.
    void rightsizeUnreachableTarget()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("never.json"));
        const auto run = runCli({QStringLiteral("rightsize"), kThreeTier, QStringLiteral("--users"), QStringLiteral("100000"),
                                 QStringLiteral("--min-availability"), QStringLiteral("0.99999"),
                                 QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject root = jsonOf(run.out);
        QCOMPARE(root.value(u"ok").toBool(true), false);
        QVERIFY(root.value(u"changes").toArray().isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("CloudFront 99.99943 %")), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }

    void rightsizeText()
    {
        const auto run = runCli({QStringLiteral("rightsize"), kThreeTier, QStringLiteral("--users"), QStringLiteral("100000"),
                                 QStringLiteral("--min-availability"), QStringLiteral("0.998")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("saving")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("changes")));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString rightsize = QStringLiteral("rightsize");
        const QString advise = QStringLiteral("advise");
        QTest::newRow("advise bad format") << QStringList{advise, kThreeTier, QStringLiteral("--format"), QStringLiteral("csv")} << 2;
        QTest::newRow("advise unknown option") << QStringList{advise, kThreeTier, QStringLiteral("--out"), QStringLiteral("x")} << 2;
        QTest::newRow("advise negative users") << QStringList{advise, kThreeTier, QStringLiteral("--users"), QStringLiteral("-1")} << 2;
        QTest::newRow("advise no file") << QStringList{advise} << 2;
        QTest::newRow("advise missing file") << QStringList{advise, QStringLiteral("/nonexistent/x.json")} << 1;
        QTest::newRow("rightsize without --users") << QStringList{rightsize, kThreeTier} << 2;
        QTest::newRow("rightsize utilization above 1")
            << QStringList{rightsize, kThreeTier, QStringLiteral("--users"), QStringLiteral("10"),
                           QStringLiteral("--max-utilization"), QStringLiteral("2")} << 2;
        QTest::newRow("rightsize availability of 1")
            << QStringList{rightsize, kThreeTier, QStringLiteral("--users"), QStringLiteral("10"),
                           QStringLiteral("--min-availability"), QStringLiteral("1")} << 2;
        QTest::newRow("rightsize missing file")
            << QStringList{rightsize, QStringLiteral("/nonexistent/x.json"), QStringLiteral("--users"), QStringLiteral("10")} << 1;
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const auto run = runCli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliAdvice)
#include "tst_cli_advice.moc"

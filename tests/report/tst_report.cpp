// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The stage report as a user gets it: `headroom-cli report` on every bundled example, read
// back with poppler's pdfinfo (page size and count) and pdftotext (the figures the CLI
// computes must appear in it).

#include "common/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using headroom::test::runCli;

namespace {

const QString kExamples = QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/");

QString tool(const char *name)
{
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    if (path.isEmpty())
        qFatal("%s is missing: install poppler-utils (make test does)", name);
    return path;
}

QString runTool(const char *name, const QStringList &arguments)
{
    QProcess process;
    process.start(tool(name), arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The PDF's text with thousands separators removed, so figures compare as plain digits.
QString pdfText(const QString &pdf)
{
    QString text = runTool("pdftotext", {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    text.remove(QRegularExpression(QStringLiteral("(?<=\\d),(?=\\d{3})")));
    return text;
}

int pdfPages(const QString &pdf)
{
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(runTool("pdfinfo", {pdf}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString pdfPageSize(const QString &pdf)
{
    const auto match = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+ x [\\d.]+) pts")).match(runTool("pdfinfo", {pdf}));
    return match.captured(1);
}

// Dollars as the report prints them: cents below $100, whole dollars above.
QString rounded(double usd)
{
    return QStringLiteral("$") + (usd < 100.0 ? QString::number(usd, 'f', 2) : QString::number(std::llround(usd)));
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void everyExampleReportsTheCliFigures_data()
    {
        QTest::addColumn<QString>("example");
        for (const QString &name : QDir(kExamples).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << name;
    }

    void everyExampleReportsTheCliFigures()
    {
        QFETCH(QString, example);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        const auto run = runCli({QStringLiteral("report"), kExamples + example, QStringLiteral("--out"), pdf});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(pdf));
        QCOMPARE(pdfPageSize(pdf), QStringLiteral("595 x 842"));  // A4 in points

        const auto stages = runCli({QStringLiteral("stages"), kExamples + example, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(stages.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(stages.out.toUtf8()).array();
        // Sections flow rather than each starting a page: tst_report_layout checks the pages.
        QVERIFY2(pdfPages(pdf) >= 1, qPrintable(QString::number(pdfPages(pdf))));

        const QString text = pdfText(pdf);
        for (const auto &item : rows) {
            const QJsonObject row = item.toObject();
            const QString stage = row.value(u"name").toString();
            QVERIFY2(text.contains(QStringLiteral("Stage: ") + stage), qPrintable(stage));
            QVERIFY2(text.contains(rounded(row.value(u"monthly_cost_usd").toDouble())),
                     qPrintable(stage + QStringLiteral(": ") + rounded(row.value(u"monthly_cost_usd").toDouble())));
            QVERIFY2(text.contains(row.value(u"bottleneck").toString()), qPrintable(stage));
            if (!row.value(u"breaks_at_users").isNull()) {
                const QString breaks = QString::number(std::llround(row.value(u"breaks_at_users").toDouble()));
                QVERIFY2(text.contains(breaks), qPrintable(breaks));
            }
            if (!row.value(u"nines").isNull())
                QVERIFY(text.contains(QString::number(row.value(u"nines").toDouble(), 'f', 2)));
        }
        for (const char *section : {"Assumptions", "The stages at a glance", "Cost and utilization against users",
                                    "Appendix A", "Appendix B", "Appendix C", "Cost lines"})
            QVERIFY2(text.contains(QString::fromLatin1(section)), section);
    }

    void chosenStagesAndLetterPages()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("letter.pdf"));
        const auto run = runCli({QStringLiteral("report"), kExamples + QStringLiteral("three-tier.json"), QStringLiteral("--out"), pdf,
                                 QStringLiteral("--stages"), QStringLiteral("1000,1000000"), QStringLiteral("--page"),
                                 QStringLiteral("letter")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(pdfPageSize(pdf), QStringLiteral("612 x 792"));  // US Letter in points
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Stage: 1K users")));
        QVERIFY(text.contains(QStringLiteral("Stage: 1M users")));
        QVERIFY(!text.contains(QStringLiteral("Stage: 10K users")));
        QVERIFY(text.contains(QStringLiteral("SATURATED")));  // the web tier at 1M users
    }

    void badInputLeavesThePreviousReport_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("unknown page size") << QStringList{QStringLiteral("--page"), QStringLiteral("b5")} << 2;
        QTest::newRow("bad stage list") << QStringList{QStringLiteral("--stages"), QStringLiteral("1000,lots")} << 2;
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour"), QStringLiteral("red")} << 2;
    }

    void badInputLeavesThePreviousReport()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QFile previous(pdf);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("previous report");
        previous.close();
        const auto run = runCli(QStringList{QStringLiteral("report"), kExamples + QStringLiteral("three-tier.json"),
                                            QStringLiteral("--out"), pdf} + extra);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(previous.open(QIODevice::ReadOnly));
        QCOMPARE(previous.readAll(), QByteArray("previous report"));
    }

    void unwritablePathIsAnError()
    {
        const auto run = runCli({QStringLiteral("report"), kExamples + QStringLiteral("three-tier.json"), QStringLiteral("--out"),
                                 QStringLiteral("/nonexistent-folder/report.pdf")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("/nonexistent-folder/report.pdf")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The stage report's commitments (issue 17, item 4): the stages-at-a-glance table marks a
// committed figure with lines on demand "†" and names their price keys in a footnote, and a
// "Commitment plan" section gives each stage's 1-year and 3-year totals and largest floors —
// the figures `headroom-cli stages` prints (template 04: 2 × cache.m6g.large, 1yr $148.92
// committed saving $68.62, 3yr $112.42 saving $105.12 a month) — or one sentence when nothing
// can be committed. Read back with pdftotext; runs in English and German (the _de twin).

#include "app/designer/DisplayNumbers.h"
#include "app/designer/report/CommitmentSection.h"
#include "app/designer/report/ReportWriter.h"
#include "app/designer/report/StageReport.h"

#include "model/analysis/StageTable.h"
#include "model/compile/CompiledModel.h"
#include "model/io/ProjectFile.h"
#include "pricing/PriceBookFile.h"

#include <QApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::designer;

namespace {

const QString kTemplate04 = QStringLiteral(HEADROOM_SOURCE_DIR "/resources/templates/04-replicas-pooling-cache.json");

Project load(const QString &path)
{
    auto project = readProjectFile(path.toStdString());
    if (!project)
        qFatal("%s: %s", qPrintable(path), project.error().toString().c_str());
    return *project;
}

std::vector<StageRow> stagesOf(const Project &project)
{
    auto model = compileModel(project);
    if (!model)
        qFatal("%s", model.error().toString().c_str());
    return stageTable(*model, project.stages, bundledPriceBook(), project.purchaseOption);
}

QString pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        qFatal("pdftotext is missing: install poppler-utils (make test does)");
    QProcess process;
    process.start(tool, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    // One line of words: a line that ends in a hyphen ("3-" | "year") joins the next unspaced.
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.replace(QRegularExpression(QStringLiteral("-\\s*\\n\\s*")), QStringLiteral("-"));
    return text.simplified();
}

// The model's text in the reader's separators: "$68.62" in English, "$68,62" in German.
QString shown(const char *modelText)
{
    return localizedNumber(modelText);
}

CommittedFloor floor(const char *label, const char *key, double saving)
{
    CommittedFloor f;
    f.component = label;
    f.label = label;
    f.priceKey = key;
    f.what = key;
    f.unit = "instance-hour";
    f.hourlyUnits = 2.0;
    f.unitsPerMonth = 1460.0;
    f.committedMonthlyUsd = 100.0;
    f.savingMonthlyUsd = saving;
    f.breakEvenUtilization = 0.6;
    f.payment = "no upfront";
    return f;
}

StageRow planned(const char *name, std::vector<CommittedFloor> floors)
{
    StageRow row;
    row.name = name;
    for (const CommittedFloor &f : floors) {
        row.commitments.oneYear.commit.push_back(f);
        row.commitments.oneYear.committedMonthlyUsd += f.committedMonthlyUsd;
        row.commitments.oneYear.savingMonthlyUsd += f.savingMonthlyUsd;
        row.commitments.threeYear.commit.push_back(f);
        row.commitments.threeYear.committedMonthlyUsd += f.committedMonthlyUsd;
        row.commitments.threeYear.savingMonthlyUsd += f.savingMonthlyUsd;
    }
    return row;
}

} // namespace

class TestCommitmentReport : public QObject
{
    Q_OBJECT

private slots:
    // Template 04 commits the same two cache nodes at every stage: one block for all four.
    void template04PlansTheCacheNodes()
    {
        const std::vector<StageRow> stages = stagesOf(load(kTemplate04));
        QCOMPARE(stages.size(), size_t(4));
        const CommitmentPlan &one = stages[0].commitments.oneYear;
        const CommitmentPlan &three = stages[0].commitments.threeYear;
        QCOMPARE(one.commit.size(), size_t(1));
        QCOMPARE(one.commit[0].priceKey, std::string("elasticache/redis/cache.m6g.large"));
        QCOMPARE(one.commit[0].hourlyUnits, 2.0);
        QVERIFY(std::abs(one.committedMonthlyUsd - 148.92) < 0.005);
        QVERIFY(std::abs(one.savingMonthlyUsd - 68.62) < 0.005);
        QVERIFY(std::abs(three.committedMonthlyUsd - 112.42) < 0.005);
        QVERIFY(std::abs(three.savingMonthlyUsd - 105.12) < 0.005);

        const std::vector<QStringList> rows = commitmentRows(stages);
        QCOMPARE(rows.size(), size_t(1));
        const QStringList expected = {QStringLiteral("50K users to 500K users"), QStringLiteral("elasticache/redis/cache.m6g.large"),
                                      QStringLiteral("Redis cache"), QStringLiteral("2"), shown("$149"), shown("$68.62"),
                                      shown("$112"), shown("$105"), QStringLiteral("68 % · 52 %"), QStringLiteral("no upfront")};
        QCOMPARE(rows[0], expected);
        QCOMPARE(static_cast<size_t>(rows[0].size()), commitmentColumns().size());
    }

    // Stages with other floors get blocks of their own; one with several floors leads with its totals.
    void stagesWithOtherPlansKeepTheirOwnBlocks()
    {
        const std::vector<StageRow> stages = {
            planned("1K users", {floor("Web", "ec2/m7g.large", 30.0)}),
            planned("10K users", {floor("Web", "ec2/m7g.large", 30.0), floor("Cache", "elasticache/redis/cache.m6g.large", 50.0)}),
            planned("100K users", {}),
        };
        const std::vector<QStringList> rows = commitmentRows(stages);
        QCOMPARE(rows.size(), size_t(4));
        QCOMPARE(rows[0][0], QStringLiteral("1K users"));
        QCOMPARE(rows[1][0], QStringLiteral("10K users"));
        QCOMPARE(rows[1][1], QStringLiteral("All floors"));
        QCOMPARE(rows[1][4], shown("$200"));
        QCOMPARE(rows[1][5], shown("$80.00"));
        QCOMPARE(rows[2][1], QStringLiteral("elasticache/redis/cache.m6g.large"));  // the largest saving first
        QCOMPARE(rows[3][2], QStringLiteral("Web"));
    }

    void reportHasTheCommitmentPlanAndTheMark()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("04.pdf"));
        StageReportOptions options;
        QVERIFY(!writeStageReport(load(kTemplate04), bundledPriceBook(), options, pdf));
        const QString text = pdfText(pdf);
        // The glance table: "$1,428 †" and the footnote naming the lines on demand.
        QVERIFY2(text.contains(shown("$1,428") + QStringLiteral(" †")), qPrintable(text.left(3000)));
        QVERIFY(text.contains(QStringLiteral("† 1-year: on demand, no 1-year price in the price books for ec2/m7g.xlarge")));
        QVERIFY(text.contains(QStringLiteral("† 3-year: on demand, no 3-year price in the price books for ec2/m7g.xlarge")));
        const qsizetype plan = text.indexOf(QStringLiteral("Commitment plan At each stage, commit what runs all the time until "
                                                           "the next stage (the least of each line between the two); usage above "
                                                           "it stays on demand."));
        QVERIFY2(plan > 0, qPrintable(text));
        QVERIFY(text.indexOf(QStringLiteral("Break-even (1-year · 3-year): the share of the term the committed capacity must "
                                            "run to beat on demand."), plan) > plan);
        const QString row = QStringLiteral("elasticache/redis/cache.m6g.large Redis cache 2 %1 %2 %3 %4 68 % · 52 % no upfront")
                                .arg(shown("$149"), shown("$68.62"), shown("$112"), shown("$105"));
        QVERIFY2(text.indexOf(row, plan) > plan, qPrintable(text.mid(plan, 1500)));
        QVERIFY(text.indexOf(QStringLiteral("Appendix A"), plan) > plan);  // before the appendix
    }

    // A two-region design names both books it is priced from, each with its date.
    void coverNamesEveryRegionsBook()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("07.pdf"));
        StageReportOptions options;
        const Project project = load(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/templates/07-multi-region-active-active.json"));
        QVERIFY(!writeStageReport(project, bundledPriceBook(), options, pdf));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("prices us-east-1, us-west-2 (dated under Assumptions)")), qPrintable(text.left(800)));
        const QString westDate = QString::fromStdString(bundledPriceBook().forRegion("us-west-2")->asOf);
        QVERIFY2(text.contains(QStringLiteral("us-west-2, USD, as of ") + westDate), qPrintable(text.left(1500)));
    }

    void nothingToCommitIsOneSentence()
    {
        const std::vector<StageRow> stages = {planned("1K users", {}), planned("10K users", {})};
        QVERIFY(commitmentRows(stages).empty());
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("nothing.pdf"));
        {
            ReportWriter writer(pdf, QPageSize::A4, {QStringLiteral("t"), QStringLiteral("s"), {}}, QStringLiteral("header"));
            QVERIFY(writer.isOpen());
            writeCommitmentSection(writer, stages);
            QVERIFY(writer.finish());
        }
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Commitment plan Nothing to commit: no always-on line has a 1-year or 3-year "
                                              "price in the price books.")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Break-even")));
    }
};

int main(int argc, char **argv)
{
    QApplication application(argc, argv);  // the diagram and charts need widgets; the locale from the environment
    TestCommitmentReport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_commitment_report.moc"

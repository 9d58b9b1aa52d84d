// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// How the stage report is laid out on paper (issue 16, item 3): where tables break, where a
// diagram goes, what every page of every bundled template's report holds (the writer's page
// plan, no PDF parsing), how long the three-tier report is, and what the PDF says about itself
// (poppler's pdfinfo reads the title and the creator back).

#include "app/designer/report/DiagramPlacement.h"
#include "app/designer/report/PageBalance.h"
#include "app/designer/report/ReportDiagram.h"
#include "app/designer/report/StageReport.h"
#include "app/designer/report/TableBreaks.h"

#include "common/CliRunner.h"

#include "model/io/ProjectFile.h"
#include "pricing/PriceBookFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::designer;

namespace {

const QString kSource = QStringLiteral(HEADROOM_SOURCE_DIR "/resources/");

// A page holding fewer blocks than this (headings, paragraphs, fact rows, table rows,
// pictures) holds "one or two lines": what the issue calls a near-empty page.
constexpr int kMinBlocksPerPage = 3;
// Nor may a page fill less than a quarter of its content area.
constexpr double kMinPageFill = 0.25;

Project load(const QString &path)
{
    auto project = readProjectFile(path.toStdString());
    if (!project)
        qFatal("%s: %s", qPrintable(path), project.error().toString().c_str());
    return *project;
}

std::vector<ReportPageUse> pagePlan(const Project &project, const QString &pdf,
    const QString &sourceName = {}, QPageSize::PageSizeId pageSize = QPageSize::A4)
{
    std::vector<ReportPageUse> plan;
    StageReportOptions options;
    options.sourceName = sourceName;
    options.pageSize = pageSize;
    options.pagePlan = &plan;
    if (const auto error = writeStageReport(project, bundledPriceBook(), options, pdf))
        qFatal("%s", qPrintable(*error));
    return plan;
}

QString pdfInfo(const QString &pdf, const QStringList &extra = {})
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (tool.isEmpty())
        qFatal("pdfinfo is missing: install poppler-utils (make test does)");
    QProcess process;
    process.start(tool, extra + QStringList { pdf });
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString infoField(const QString &info, const QString &field)
{
    const auto match
        = QRegularExpression(QStringLiteral("^%1:\\s+(.*)$").arg(field), QRegularExpression::MultilineOption)
              .match(info);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

} // namespace

class TestReportLayout : public QObject
{
    Q_OBJECT

private slots:
    void tableBreaks_data()
    {
        QTest::addColumn<std::vector<double>>("rows");
        QTest::addColumn<double>("available");
        QTest::addColumn<bool>("atTop");
        QTest::addColumn<bool>("startOnNewPage");
        QTest::addColumn<std::vector<size_t>>("breaks");
        // Header 10 pt, a fresh page 100 pt: nine 10-pt rows fit under a header.
        const std::vector<double> ten(10, 10.0);
        QTest::newRow("fits where it starts")
            << std::vector<double>(5, 10.0) << 100.0 << false << false << std::vector<size_t> {};
        QTest::newRow("a tail of one pulls two rows along: 7 + 3, not 9 + 1")
            << ten << 100.0 << true << false << std::vector<size_t> { 7 };
        QTest::newRow("two rows fit at the foot: the table starts on the next page, 7 + 3")
            << ten << 30.0 << false << true << std::vector<size_t> { 7 };
        QTest::newRow("three rows fit at the foot: it starts there")
            << ten << 40.0 << false << false << std::vector<size_t> { 3 };
        QTest::newRow("header and a row do not fit, a short table moves whole")
            << std::vector<double>(2, 10.0) << 15.0 << false << true << std::vector<size_t> {};
        QTest::newRow("a row taller than a page gets one of its own") << std::vector<double> { 10.0, 500.0,
            10.0, 10.0, 10.0 } << 100.0 << true << false << std::vector<size_t> { 1, 2 };
    }

    void tableBreaks()
    {
        QFETCH(std::vector<double>, rows);
        QFETCH(double, available);
        QFETCH(bool, atTop);
        QFETCH(bool, startOnNewPage);
        QFETCH(std::vector<size_t>, breaks);
        const TableBreaks plan = planTableBreaks(rows, 10.0, available, 100.0, atTop, 3);
        QCOMPARE(plan.startOnNewPage, startOnNewPage);
        QCOMPARE(plan.breaks, breaks);
    }

    void pageBalance_data()
    {
        // 700-pt pages; the page before the short one is 690 pt full, with headings at these tops.
        QTest::addColumn<double>("shortUsed");
        QTest::addColumn<std::vector<double>>("tops");
        QTest::addColumn<bool>("landscapeFollows");
        QTest::addColumn<std::vector<int>>("expected");
        const std::vector<double> tops = { 0.0, 100.0, 420.0, 650.0 }; // headings 0, 1, 2, 3
        QTest::newRow("last page a quarter full: nothing moves")
            << 175.0 << tops << false << std::vector<int> {};
        // Heading 2: 420 pt stay (60 %), 270 + 60 move (47 %); 1: 14 % stay; 3: 9 % move.
        QTest::newRow("a nearly empty last page takes the section that balances best")
            << 60.0 << tops << false << std::vector<int> { 2 };
        QTest::newRow("what would move does not fit a page")
            << 60.0 << std::vector<double> { 0.0, 100.0 } << false << std::vector<int> {};
        QTest::newRow("before a landscape page as at the end")
            << 60.0 << tops << true << std::vector<int> { 2 };
    }

    void pageBalance()
    {
        QFETCH(double, shortUsed);
        QFETCH(std::vector<double>, tops);
        QFETCH(bool, landscapeFollows);
        QFETCH(std::vector<int>, expected);
        ReportPageUse before { false, 40, 690.0, 700.0, {}, {} };
        for (size_t i = 0; i < tops.size(); ++i)
            before.headings.push_back({ QStringLiteral("heading"), tops[i], static_cast<int>(i) });
        std::vector<ReportPageUse> pages = { before, { false, 4, shortUsed, 700.0, {}, {} } };
        if (landscapeFollows)
            pages.push_back({ true, 3, 460.0, 475.0, QStringLiteral("Stage: 1M users"), {} });
        QCOMPARE(pageBalancingBreaks(pages, 0.25), expected);
    }

    // The threshold, on the bundled designs: boxes at least 56 pt wide on the portrait page, or
    // a landscape page; no bundled design is too large for readable boxes on a landscape page.
    void diagramPlacement_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("ownPage");
        QTest::newRow("three-tier: 9 components in 8 columns, inline")
            << QStringLiteral("examples/three-tier.json") << false;
        QTest::newRow("03: 7 components, inline")
            << QStringLiteral("templates/03-load-balancer-two-azs-cdn.json") << false;
        QTest::newRow("04: 9 components in 9 columns, landscape")
            << QStringLiteral("templates/04-replicas-pooling-cache.json") << true;
        QTest::newRow("07: 27 components in two regions, landscape")
            << QStringLiteral("templates/07-multi-region-active-active.json") << true;
    }

    void diagramPlacement()
    {
        QFETCH(QString, file);
        QFETCH(bool, ownPage);
        const ReportDiagram diagram(load(kSource + file), nullptr);
        const QSizeF a4Portrait(595.0 - 84.0, 842.0 - 120.0);
        const DiagramPlacement placement = DiagramPlacement::choose(
            diagram.sceneRect().size(), a4Portrait.width(), QSizeF(842.0 - 84.0, 595.0 - 120.0 - 60.0));
        QCOMPARE(placement.ownPage, ownPage);
        QVERIFY2(placement.scale * DiagramPlacement::kNodeWidthScene >= DiagramPlacement::kMinNodeWidthPoints,
            qPrintable(QString::number(placement.scale)));
        QVERIFY(!placement.cramped);
    }

    void tooLargeADiagramIsCramped()
    {
        const DiagramPlacement placement
            = DiagramPlacement::choose(QSizeF(6000.0, 3000.0), 511.0, QSizeF(758.0, 415.0));
        QVERIFY(placement.ownPage);
        QVERIFY(placement.cramped);
        QCOMPARE(placement.scale, 758.0 / 6000.0); // scaled to fit the landscape page's width
    }

    void noPageIsNearlyEmpty_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QPageSize::PageSizeId>("pageSize");
        for (const QString &folder : { QStringLiteral("templates"), QStringLiteral("examples") })
            for (const QString &name :
                QDir(kSource + folder).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
                for (const auto &[size, sizeName] :
                    { std::pair { QPageSize::A4, "A4" }, std::pair { QPageSize::Letter, "letter" } })
                    QTest::addRow("%s/%s, %s", qPrintable(folder), qPrintable(name), sizeName)
                        << folder + QLatin1Char('/') + name << size;
    }

    void noPageIsNearlyEmpty()
    {
        QFETCH(QString, file);
        QFETCH(QPageSize::PageSizeId, pageSize);
        QTemporaryDir dir;
        const std::vector<ReportPageUse> plan
            = pagePlan(load(kSource + file), dir.filePath(QStringLiteral("report.pdf")), {}, pageSize);
        QVERIFY(!plan.empty());
        for (size_t page = 0; page < plan.size(); ++page) {
            const QString where = QStringLiteral("page %1 of %2: %3 blocks, %4 % filled")
                                      .arg(page + 1)
                                      .arg(plan.size())
                                      .arg(plan[page].blocks)
                                      .arg(100.0 * plan[page].usedFraction(), 0, 'f', 1);
            QVERIFY2(plan[page].blocks >= kMinBlocksPerPage, qPrintable(where));
            QVERIFY2(plan[page].usedFraction() >= kMinPageFill, qPrintable(where));
        }
    }

    // Before issue 16 the three-tier example's report had 14 pages (pdfinfo, commit 7a988f6):
    // each stage's cost lines spilled one to three rows onto a page of their own.
    void threeTierReportIsAtMostHalfItsOldLength()
    {
        constexpr size_t kPagesBefore = 14;
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("three-tier.pdf"));
        const std::vector<ReportPageUse> plan
            = pagePlan(load(kSource + QStringLiteral("examples/three-tier.json")), pdf);
        QVERIFY2(plan.size() <= kPagesBefore / 2, qPrintable(QString::number(plan.size())));
        QCOMPARE(infoField(pdfInfo(pdf), QStringLiteral("Pages")).toULongLong(),
            static_cast<qulonglong>(plan.size()));
    }

    // The length of every bundled design's A4 report, fixed so that a change of layout or
    // content that adds or saves a page is seen. Issue 17 (regional books, commitments):
    // three-tier, 01–06 as before (7, 5, 6, 7, 12, 13, 16). The commitment plan merges stages
    // with the same floors and Appendix C lists only the sources its prices cite (the 1yr/3yr
    // rates brought four more to the books, which had made three-tier 8 pages). 07 went from 20
    // to 29 and 08 from 17 to 25 pages with their 100M-user designs (more components, each
    // stage's cost lines four pages long) and per-region transfer lines, not with this layout.
    void pageCountPerDesign_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("pages");
        QTest::newRow("three-tier") << QStringLiteral("examples/three-tier.json") << 7;
        QTest::newRow("01") << QStringLiteral("templates/01-single-box.json") << 5;
        QTest::newRow("02") << QStringLiteral("templates/02-separate-database.json") << 6;
        QTest::newRow("03") << QStringLiteral("templates/03-load-balancer-two-azs-cdn.json") << 7;
        QTest::newRow("04") << QStringLiteral("templates/04-replicas-pooling-cache.json") << 12;
        QTest::newRow("05") << QStringLiteral("templates/05-autoscaling-queue-workers.json") << 13;
        QTest::newRow("06") << QStringLiteral("templates/06-services-search-sharded.json") << 16;
        QTest::newRow("07") << QStringLiteral("templates/07-multi-region-active-active.json") << 29;
        QTest::newRow("08") << QStringLiteral("templates/08-multi-region-warm-dr.json") << 25;
    }

    void pageCountPerDesign()
    {
        QFETCH(QString, file);
        QFETCH(int, pages);
        QTemporaryDir dir;
        const std::vector<ReportPageUse> plan = pagePlan(load(kSource + file), dir.filePath(QStringLiteral("r.pdf")));
        QCOMPARE(static_cast<int>(plan.size()), pages);
    }

    // The commitment plan sits between the last stage and the appendix, on a page the plan records.
    void commitmentPlanComesBeforeTheAppendix()
    {
        QTemporaryDir dir;
        const std::vector<ReportPageUse> plan = pagePlan(
            load(kSource + QStringLiteral("templates/04-replicas-pooling-cache.json")), dir.filePath(QStringLiteral("r.pdf")));
        int commitment = -1;
        int appendix = -1;
        for (const ReportPageUse &page : plan)
            for (const ReportPageUse::Heading &heading : page.headings) {
                if (heading.text == QStringLiteral("Commitment plan"))
                    commitment = heading.ordinal;
                if (heading.text.startsWith(QStringLiteral("Appendix A")))
                    appendix = heading.ordinal;
            }
        QVERIFY(commitment > 0);
        QCOMPARE(appendix, commitment + 1);
    }

    void largeDesignsGetLandscapePages()
    {
        QTemporaryDir dir;
        const std::vector<ReportPageUse> plan
            = pagePlan(load(kSource + QStringLiteral("templates/07-multi-region-active-active.json")),
                dir.filePath(QStringLiteral("r.pdf")));
        int landscape = 0;
        for (const ReportPageUse &page : plan)
            landscape += page.landscape && page.firstHeading.startsWith(QStringLiteral("Stage: ")) ? 1 : 0;
        QCOMPARE(landscape, 4); // one per stage: 5M, 10M, 20M and 30M users
    }

    void metadataNamesTheProject()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        pagePlan(
            load(kSource + QStringLiteral("examples/three-tier.json")), pdf, QStringLiteral("three-tier"));
        const QString info = pdfInfo(pdf);
        QCOMPARE(infoField(info, QStringLiteral("Title")), QStringLiteral("Three-tier web application"));
        QCOMPARE(infoField(info, QStringLiteral("Creator")), QStringLiteral("Headroom"));
        const QString xmp = pdfInfo(pdf, { QStringLiteral("-meta") });
        QVERIFY2(xmp.contains(QStringLiteral(
                     "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">Stage report: cost, "
                     "capacity and availability at 4 stages")),
            qPrintable(xmp));
        QVERIFY(xmp.contains(QStringLiteral("<xmp:CreatorTool>Headroom</xmp:CreatorTool>")));
    }

    void titleFallsBackToTheFileName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("sourceName");
        QTest::addColumn<QString>("title");
        QTest::newRow("named") << QStringLiteral("Shop") << QStringLiteral("three-tier")
                               << QStringLiteral("Shop");
        QTest::newRow("no name: the file's base name")
            << QString() << QStringLiteral("three-tier") << QStringLiteral("three-tier");
        QTest::newRow("blank name") << QStringLiteral("  ") << QStringLiteral("three-tier")
                                    << QStringLiteral("three-tier");
        QTest::newRow("neither") << QString() << QString() << QStringLiteral("Headroom design");
    }

    void titleFallsBackToTheFileName()
    {
        QFETCH(QString, name);
        QFETCH(QString, sourceName);
        QFETCH(QString, title);
        Project project;
        project.name = name.toStdString();
        QCOMPARE(reportTitle(project, sourceName), title);
    }

    // The fallback in the written PDF: its title, the cover and the running header.
    void unnamedProjectIsCalledByItsFile()
    {
        Project project = load(kSource + QStringLiteral("examples/three-tier.json"));
        project.name.clear();
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        pagePlan(project, pdf, QStringLiteral("three-tier"));
        QCOMPARE(infoField(pdfInfo(pdf), QStringLiteral("Title")), QStringLiteral("three-tier"));
        QProcess text;
        text.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
            { QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("2"), pdf,
                QStringLiteral("-") });
        text.waitForFinished(60000);
        const QString firstPages = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(firstPages.startsWith(QStringLiteral("three-tier\n")), qPrintable(firstPages.left(200)));
        QVERIFY2(firstPages.contains(QStringLiteral("three-tier — stage report, ")),
            qPrintable(firstPages.left(400)));
        QVERIFY(!firstPages.contains(QStringLiteral("Untitled")));
    }

    // What a user of the CLI sees: a project file without a name reports under the file's name.
    void cliNamesAnUnnamedReportAfterItsFile()
    {
        QFile source(kSource + QStringLiteral("examples/three-tier.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(source.readAll()).object();
        json.remove(QStringLiteral("name"));
        QTemporaryDir dir;
        QFile unnamed(dir.filePath(QStringLiteral("shop-backend.json")));
        QVERIFY(unnamed.open(QIODevice::WriteOnly));
        unnamed.write(QJsonDocument(json).toJson());
        unnamed.close();
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        const auto run = headroom::test::runCli(
            { QStringLiteral("report"), unnamed.fileName(), QStringLiteral("--out"), pdf });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(infoField(pdfInfo(pdf), QStringLiteral("Title")), QStringLiteral("shop-backend"));
    }
};

QTEST_MAIN(TestReportLayout)
#include "tst_report_layout.moc"

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "StageReport.h"

#include "CommitmentSection.h"
#include "ComponentText.h"
#include "DiagramPlacement.h"
#include "PageBalance.h"
#include "EvaluationController.h"
#include "ReportAppendix.h"
#include "ReportCharts.h"
#include "ReportDiagram.h"
#include "ReportWriter.h"

#include "model/catalog/Catalog.h"
#include "model/evaluation/Evaluator.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <memory>

namespace headroom::designer {

namespace {

// A page that ends a run (before a change of orientation or at the end) filled less than this
// is balanced with the one before it (PageBalance).
constexpr double kMinRunEndFill = 0.25;

// What one stage looks like: the model's figures and the month's cost.
struct StageFigures
{
    Stage stage;
    DesignResultsPtr results;
};

QString availabilityText(const Evaluation &e)
{
    return e.nines ? QObject::tr("%1 (%2 nines)").arg(formatAvailability(e.availability), formatNines(e.nines))
                   : formatAvailability(e.availability);
}

// The three largest contributors to the downtime: "PostgreSQL failovers 7.0 min; …".
QString downtimeContributorsText(const DesignResults &results)
{
    QStringList parts;
    const Evaluation &e = results.evaluation;
    for (size_t i = 0; i < e.downtimeContributors.size() && i < 3; ++i) {
        const DowntimeContributor &c = e.downtimeContributors[i];
        parts << QObject::tr("%1 %2 %3").arg(QString::fromStdString(results.labelOf(c.component)),
                                             QString::fromStdString(c.cause), formatMinutes(c.minutesPerYear));
    }
    return parts.isEmpty() ? QObject::tr("nothing on the request path can fail") : parts.join(QStringLiteral("; "));
}

// The sentence the CLI prints (model/analysis/BottleneckSummary.h), with the reader's separators.
QString bottleneckText(const DesignResults &results)
{
    return localizedNumber(bottleneckSentence(results.bottleneck));
}

// The regions the design is priced in: the primary book's, then each of the project's regions,
// once each, in project order.
std::vector<std::string> pricedRegions(const Project &project, const PriceBook &prices)
{
    std::vector<std::string> regions{prices.region};
    for (const Region &region : project.regions)
        if (!region.name.empty() && std::find(regions.begin(), regions.end(), region.name) == regions.end())
            regions.push_back(region.name);
    return regions;
}

// "us-east-1, USD, as of …; us-west-2, USD, as of …": each priced region's book, or that it has none.
QString priceBooksText(const Project &project, const PriceBook &prices)
{
    QStringList books;
    for (const std::string &region : pricedRegions(project, prices)) {
        const PriceBook *book = prices.forRegion(region);
        books << (book ? QObject::tr("%1, %2, as of %3")
                             .arg(QString::fromStdString(book->region), QString::fromStdString(book->currency),
                                  QString::fromStdString(book->asOf))
                       : QObject::tr("%1: no price book (its lines are missing)").arg(QString::fromStdString(region)));
    }
    return books.join(QStringLiteral("; "));
}

void writeCover(ReportWriter &writer, const Project &project, const PriceBook &prices, const StageReportOptions &options,
                const std::vector<StageFigures> &stages, const std::vector<StageRow> &stageRows)
{
    writer.title(reportTitle(project, options.sourceName),
                 QObject::tr("Stage report · %1 · prices %2 (dated under Assumptions)")
                     .arg(QLocale().toString(options.generated, QLocale::LongFormat),
                          QString::fromStdString([&] {
                              std::string names;
                              for (const std::string &region : pricedRegions(project, prices))
                                  names += (names.empty() ? "" : ", ") + region;
                              return names;
                          }())));
    writer.heading(QObject::tr("Assumptions"));
    const Workload &w = project.workload;
    const char *option = project.purchaseOption == PurchaseOption::OneYear     ? "1-year commitment"
                         : project.purchaseOption == PurchaseOption::ThreeYear ? "3-year commitment"
                                                                               : "on demand";
    writer.facts({
        {QObject::tr("Requests per user per day"), formatMeasure(w.requestsPerUserPerDay)},
        {QObject::tr("Reads"), formatPercent(w.readFraction)},
        {QObject::tr("Mean response size"), QObject::tr("%1 KiB").arg(formatMeasure(w.responseKb))},
        {QObject::tr("Purchase option"), QString::fromUtf8(option)},
        {QObject::tr("Components"), QObject::tr("%1 components, %2 connections").arg(project.components.size()).arg(project.connections.size())},
        {QObject::tr("Peak ÷ average"), QObject::tr("%1 (capacity is sized for the peak; cost uses the average)").arg(formatHeadroom(w.peakToAverage))},
        {QObject::tr("Price books"), priceBooksText(project, prices)},
    }, 8.5, 2, 0.42);
    writer.heading(QObject::tr("The stages at a glance"));
    std::vector<QStringList> rows;
    for (const StageFigures &figures : stages) {
        const Evaluation &e = figures.results->evaluation;
        const SystemCost &c = figures.results->cost;
        rows.push_back({QString::fromStdString(figures.stage.name), formatCount(figures.stage.users),
                        formatMeasure(e.entryRatePerSecond), formatUsd(c.monthlyUsd) + (c.complete ? QString() : QStringLiteral(" *")),
                        committedFigure(c.oneYearMonthlyUsd, c.oneYearOnDemand),
                        committedFigure(c.threeYearMonthlyUsd, c.threeYearOnDemand),
                        formatCostPerUser(c.costPerUserUsd),
                        figures.results->bottleneck.exists ? QString::fromStdString(figures.results->bottleneck.label)
                                                           : missingNumber(),
                        formatNines(e.nines),
                        e.breaksAtUsers ? formatUserCount(*e.breaksAtUsers) : QStringLiteral("—")});
    }
    // Wide enough for 100M-user stages: "100,000,000", "$1,441,891 †".
    writer.table({{QObject::tr("Stage"), 1.3}, {QObject::tr("Users"), 1.45, Qt::AlignRight}, {QObject::tr("Peak rps"), 0.9, Qt::AlignRight},
                  {QObject::tr("Monthly"), 1.2, Qt::AlignRight}, {QObject::tr("1-yr"), 1.35, Qt::AlignRight},
                  {QObject::tr("3-yr"), 1.35, Qt::AlignRight}, {QObject::tr("Per user"), 0.95, Qt::AlignRight},
                  {QObject::tr("Breaks first"), 1.5}, {QObject::tr("Nines"), 0.75, Qt::AlignRight},
                  {QObject::tr("Breaks at"), 1.4, Qt::AlignRight}},
                 rows, 7.5);
    writer.paragraph(QObject::tr("Monthly cost at average load, line by line from the price books; * marks a total with a "
                                 "missing price. %1 Nines = −log10(1 − availability) of the request path. Breaks at: the "
                                 "smallest user count at which any component reaches 100 %.")
                         .arg(committedExplanation()),
                     7.5, QColor(0x6b, 0x72, 0x80));
    if (const QString footnote = committedFootnote(stageRows); !footnote.isEmpty())
        writer.paragraph(footnote, 7.5, QColor(0x6b, 0x72, 0x80));
}

// Where the design's diagram goes (the same for every stage: the drawing does not change size).
DiagramPlacement diagramPlacement(const ReportWriter &writer, const ReportDiagram &diagram)
{
    QSizeF landscape = writer.contentSize(QPageLayout::Landscape);
    landscape.rheight() -= 60.0;  // the stage's heading and the key under it
    return DiagramPlacement::choose(diagram.sceneRect().size(), writer.contentSize(QPageLayout::Portrait).width(), landscape);
}

// The stage's summary as label/value pairs, in the order two columns read them.
std::vector<std::pair<QString, QString>> stageFacts(const StageFigures &figures)
{
    const Evaluation &e = figures.results->evaluation;
    const SystemCost &c = figures.results->cost;
    return {
        {QObject::tr("Users"), formatCount(figures.stage.users)},
        {QObject::tr("Peak requests/s"), formatMeasure(e.entryRatePerSecond)},
        {QObject::tr("Monthly cost"), formatUsd(c.monthlyUsd) + (c.complete ? QString() : QObject::tr(" (incomplete: a price is missing)"))},
        {QObject::tr("Cost per user"), c.costPerUserUsd ? QObject::tr("%1 per month").arg(formatCostPerUser(c.costPerUserUsd)) : missingNumber()},
        {QObject::tr("Response time"), e.responseTimeMs ? formatMs(e.responseTimeMs)
                                                        : QObject::tr("none: a component on the request path is saturated")},
        {QObject::tr("Bottleneck"), bottleneckText(*figures.results)},
        {QObject::tr("Breaks at"), e.breaksAtUsers ? formatBreaksAt(*e.breaksAtUsers) : QObject::tr("no limit found")},
        {QObject::tr("Downtime"), formatDowntime(e.downtimeMinutesPerYear)},
        {QObject::tr("Availability"), availabilityText(e)
                                          + (e.regions.size() >= 2
                                                 ? QObject::tr("; %1, %2 tolerated; one region alone %3")
                                                       .arg(formatQuantity(static_cast<double>(e.regions.size()), "region", "regions"),
                                                            formatQuantity(static_cast<double>(e.regionFailuresTolerated), "failure", "failures"),
                                                            formatAvailability(e.singleRegionAvailability))
                                                 : QString())},
        {QObject::tr("SLA floor"), QObject::tr("%1 (AWS's SLAs composed alike: a commitment, not the expectation)")
                                       .arg(formatAvailability(e.slaAvailability))},
        {QObject::tr("Downtime from"), downtimeContributorsText(*figures.results)},
    };
}

// The stage's heading and diagram, kept together: under the heading on the portrait page when
// it is readable there, else on a landscape page of its own — with the stage's summary when
// the diagram leaves room for it — after which the stage's tables follow on a portrait page.
// Returns whether it wrote the summary.
bool writeStageDiagram(ReportWriter &writer, const Project &project, const StageFigures &figures, bool withKey)
{
    const ReportDiagram diagram(project, figures.results);
    const DiagramPlacement placement = diagramPlacement(writer, diagram);
    QString key = QObject::tr("Strip and figure: utilization at peak (green below 70 %, amber to 100 %, red saturated); "
                              "the component that breaks first is outlined: red near its limit (70 % of the way to its "
                              "breaking point), amber past half way, grey otherwise.");
    if (placement.cramped)
        key += QObject::tr(" The design is too large for boxes of readable width on one page: long names are "
                           "shortened (the PDF is vector: zoom in for the lines).");
    const QString heading = QObject::tr("Stage: %1").arg(QString::fromStdString(figures.stage.name));
    const double height = diagram.sceneRect().height() * placement.scale;
    const auto draw = [&diagram, &placement](QPainter &painter, const QRectF &target) {
        diagram.draw(painter, target, placement.scale);
    };
    if (!placement.ownPage) {
        writer.heading(heading, 1, height + (withKey ? writer.paragraphHeight(key, 7) : 0.0));  // the diagram (and key) go with it
        writer.picture(height, draw);
        if (withKey)
            writer.paragraph(key, 7, QColor(0x6b, 0x72, 0x80));
        return false;
    }
    writer.newPage(QPageLayout::Landscape);
    writer.heading(heading);
    writer.paragraph(key, 7, QColor(0x6b, 0x72, 0x80));
    writer.picture(std::min(height, writer.remaining() - 6.0), draw);
    // The figures share the landscape page when the diagram leaves room for them.
    const std::vector<std::pair<QString, QString>> facts = stageFacts(figures);
    const bool factsHere = writer.factsHeight(facts, 8.0, 2, 0.3) <= writer.remaining();
    if (factsHere)
        writer.facts(facts, 8.0, 2, 0.3);
    writer.newPage(QPageLayout::Portrait);
    writer.heading(QObject::tr("%1 — figures").arg(heading), 1, 80.0);
    return factsHere;
}

// `first`: the first stage, whose diagram carries the key to the boxes' colours (a diagram on
// a page of its own always does).
void writeStage(ReportWriter &writer, const Project &project, const StageFigures &figures, bool first)
{
    const Evaluation &e = figures.results->evaluation;
    const SystemCost &c = figures.results->cost;
    if (!writeStageDiagram(writer, project, figures, first))
        writer.facts(stageFacts(figures), 8.0, 2, 0.38);
    std::vector<QStringList> rows;
    for (size_t i = 0; i < e.components.size(); ++i) {
        const ComponentResult &r = e.components[i];
        const Component &component = project.components[i];
        const ComponentSpec &spec = *Catalog::builtIn().find(component.type);
        rows.push_back({QString::fromStdString(displayName(component)), QString::fromStdString(spec.displayName), keyConfiguration(component, spec, &r),
                        formatRate(r.arrivalRatePerSecond),
                        r.limitingDimension.empty() ? QObject::tr("idle")
                                                    : QStringLiteral("%1 %2").arg(r.saturated ? QObject::tr("SATURATED") : formatUtilization(r.utilization),
                                                                                  QString::fromStdString(r.limitingDimension)),
                        r.headroom ? formatHeadroom(*r.headroom) : missingNumber(),
                        r.responseTimeMs ? formatMeasure(*r.responseTimeMs) : missingNumber(),
                        formatAvailability(r.availability), formatUsd(c.components[i].monthlyUsd)});
    }
    writer.table({{QObject::tr("Component"), 1.0}, {QObject::tr("Type"), 1.3}, {QObject::tr("Configuration"), 1.9},
                  {QObject::tr("Arrivals"), 0.85, Qt::AlignRight}, {QObject::tr("Utilization"), 1.3},
                  {QObject::tr("Headroom"), 0.9, Qt::AlignRight}, {QObject::tr("W ms"), 0.6, Qt::AlignRight},
                  {QObject::tr("Avail."), 1.2, Qt::AlignRight}, {QObject::tr("$/month"), 0.85, Qt::AlignRight}},
                 rows, 7.0);
    std::vector<QStringList> lines;
    for (const ComponentCost &component : c.components)
        for (const CostLine &line : component.lines)
            lines.push_back({QString::fromStdString(figures.results->labelOf(component.id)), QString::fromStdString(line.what),
                             QStringLiteral("%1 %2").arg(formatMeasure(line.quantity), QString::fromStdString(line.unit)),
                             formatPreciseUsd(line.unitPriceUsd), formatUsd(line.monthlyUsd)});
    const std::vector<ReportColumn> lineColumns = {
        {QObject::tr("Component"), 1.0}, {QObject::tr("What"), 2.4}, {QObject::tr("Quantity"), 1.8, Qt::AlignRight},
        {QObject::tr("Unit price"), 1.0, Qt::AlignRight}, {QObject::tr("Monthly"), 1.0, Qt::AlignRight}};
    writer.heading(QObject::tr("Cost lines"), 2, writer.tableLeadHeight(lineColumns, lines, 7.0));
    writer.table(lineColumns, lines, 7.0);
    for (const std::string &warning : c.warnings)
        writer.paragraph(QObject::tr("Warning: %1").arg(QString::fromStdString(warning)), 8, QColor(0xb9, 0x1c, 0x1c));
    for (const std::string &note : c.notes)
        writer.paragraph(QObject::tr("Note: %1").arg(QString::fromStdString(note)), 7.5, QColor(0x6b, 0x72, 0x80));
}

} // namespace

std::vector<Stage> stagesFromUserCounts(const std::vector<double> &users)
{
    std::vector<Stage> stages;
    for (double count : users) {
        // Named like every stage Headroom names: "1K users", "2.5M users" (stageNameText).
        stages.push_back({formatStageName(count).toStdString(), count});
    }
    return stages;
}

QString reportTitle(const Project &project, const QString &sourceName)
{
    if (!QString::fromStdString(project.name).trimmed().isEmpty())
        return QString::fromStdString(project.name).trimmed();
    if (!sourceName.trimmed().isEmpty())
        return sourceName.trimmed();
    return QObject::tr("Headroom design");
}

namespace {

// Everything a layout of the report needs, computed once: a second layout (PageBalance)
// draws the same figures.
struct ReportContent
{
    Project project;
    const PriceBook *prices = nullptr;
    const StageReportOptions *options = nullptr;
    std::vector<StageFigures> stages;
    std::vector<SystemCost> costs;
    std::vector<StageRow> stageRows;  // the stage table: committed totals and commitment plans
    ReportMetadata metadata;
    QString runningHeader;
};

// One layout of the whole report into `path`, breaking before the headings `breaksBefore`;
// the writer is returned unfinished (its file is written only by finish()).
std::unique_ptr<ReportWriter> layOut(const ReportContent &content, const QString &path, const std::vector<int> &breaksBefore)
{
    auto writer = std::make_unique<ReportWriter>(path, content.options->pageSize, content.metadata, content.runningHeader);
    if (!writer->isOpen())
        return writer;
    writer->setBreaksBefore(breaksBefore);
    writeCover(*writer, content.project, *content.prices, *content.options, content.stages, content.stageRows);
    // A design whose diagram needs landscape pages has its charts on one, too: the cover would
    // otherwise leave one of them alone on a portrait page before the first landscape one.
    if (diagramPlacement(*writer, ReportDiagram(content.project, content.stages.front().results)).ownPage)
        writer->newPage(QPageLayout::Landscape);
    writeReportCharts(*writer, content.stages.front().results);
    for (const StageFigures &figures : content.stages)
        writeStage(*writer, content.project, figures, &figures == &content.stages.front());
    writeCommitmentSection(*writer, content.stageRows);
    writeReportAppendix(*writer, content.project, *content.prices, content.costs);
    return writer;
}

} // namespace

std::optional<QString> writeStageReport(const Project &project, const PriceBook &prices, const StageReportOptions &options,
                                        const QString &path)
{
    ReportContent content{project, &prices, &options, {}, {}, {}, {}, {}};
    if (!options.stages.empty())
        content.project.stages = options.stages;
    if (content.project.stages.empty())
        return QObject::tr("the project has no stages to report");

    // The same controller the designer uses computes every figure.
    ProjectDocument document(content.project);
    EvaluationController controller(prices);
    controller.setDocument(&document);
    controller.settle();  // the stage table comes with the curves
    if (controller.results()->compileError)
        return QString::fromStdString(*controller.results()->compileError);
    if (controller.results()->curves)
        content.stageRows = controller.results()->curves->stages;
    for (const Stage &stage : content.project.stages) {
        document.setUsers(stage.users);
        controller.flush();  // evaluated now, not at the next frame
        content.stages.push_back({stage, controller.results()});
        content.costs.push_back(controller.results()->cost);
    }

    const QString title = reportTitle(content.project, options.sourceName);
    const QString date = options.generated.date().toString(Qt::ISODate);
    const size_t count = content.stages.size();
    content.metadata = {title,
                        QObject::tr("Stage report: cost, capacity and availability at %1 %2, %3")
                            .arg(count)
                            .arg(count == 1 ? QObject::tr("stage") : QObject::tr("stages"), date),
                        options.generated};
    content.runningHeader = QObject::tr("%1 — stage report, %2").arg(title, date);

    std::unique_ptr<ReportWriter> writer = layOut(content, path, {});
    if (!writer->isOpen())
        return QObject::tr("%1: cannot lay out the report").arg(path);
    // Pages holding a few lines before a landscape page or at the end are laid out again with a
    // section moved onto them; the unfinished first layout is discarded (only finish() writes the file).
    if (const std::vector<int> breaks = pageBalancingBreaks(writer->pages(), kMinRunEndFill); !breaks.empty()) {
        writer.reset();
        writer = layOut(content, path, breaks);
    }
    if (options.pagePlan)
        *options.pagePlan = writer->pages();
    if (!writer->finish())
        return writer->errorString();
    return std::nullopt;
}

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "StageReport.h"

#include "ComponentText.h"
#include "EvaluationController.h"
#include "ReportAppendix.h"
#include "ReportWriter.h"
#include "canvas/DiagramScene.h"
#include "charts/ChartsPanel.h"

#include "model/catalog/Catalog.h"
#include "model/evaluation/Evaluator.h"

#include <QChart>
#include <QGraphicsScene>
#include <QLocale>

#include <cmath>

namespace headroom::designer {

namespace {

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

// The three largest contributors to the downtime: "db failovers 7.0 min, lb outages 3.1 min, …".
QString downtimeContributorsText(const Evaluation &e)
{
    QStringList parts;
    for (size_t i = 0; i < e.downtimeContributors.size() && i < 3; ++i) {
        const DowntimeContributor &c = e.downtimeContributors[i];
        parts << QObject::tr("%1 %2 %3").arg(QString::fromStdString(c.component), QString::fromStdString(c.cause),
                                             formatMinutes(c.minutesPerYear));
    }
    return parts.isEmpty() ? QObject::tr("nothing on the request path can fail") : parts.join(QStringLiteral("; "));
}

QString bottleneckText(const Evaluation &e)
{
    for (const ComponentResult &component : e.components)
        if (component.id == e.bottleneck)
            return QStringLiteral("%1 — %2 %3").arg(QString::fromStdString(component.id), formatUtilization(component.utilization),
                                                    QString::fromStdString(component.limitingDimension));
    return QObject::tr("none");
}

void writeCover(ReportWriter &writer, const Project &project, const PriceBook &prices, const StageReportOptions &options,
                const std::vector<StageFigures> &stages)
{
    writer.title(QString::fromStdString(project.name.empty() ? std::string("Untitled design") : project.name),
                 QObject::tr("Stage report · %1 · prices %2, as of %3")
                     .arg(QLocale().toString(options.generated, QLocale::LongFormat),
                          QString::fromStdString(prices.region), QString::fromStdString(prices.asOf)));
    writer.heading(QObject::tr("Assumptions"));
    const Workload &w = project.workload;
    const char *option = project.purchaseOption == PurchaseOption::OneYear     ? "1-year commitment"
                         : project.purchaseOption == PurchaseOption::ThreeYear ? "3-year commitment"
                                                                               : "on demand";
    writer.facts({
        {QObject::tr("Requests per user per day"), formatMeasure(w.requestsPerUserPerDay)},
        {QObject::tr("Peak ÷ average"), QObject::tr("%1 (capacity is sized for the peak; cost uses the average)").arg(formatHeadroom(w.peakToAverage))},
        {QObject::tr("Reads"), formatPercent(w.readFraction)},
        {QObject::tr("Mean response size"), QObject::tr("%1 KiB").arg(formatMeasure(w.responseKb))},
        {QObject::tr("Purchase option"), QString::fromUtf8(option)},
        {QObject::tr("Price book"), QObject::tr("%1, %2, as of %3").arg(QString::fromStdString(prices.region),
                                                                         QString::fromStdString(prices.currency),
                                                                         QString::fromStdString(prices.asOf))},
        {QObject::tr("Components"), QObject::tr("%1 components, %2 connections").arg(project.components.size()).arg(project.connections.size())},
    });
    writer.heading(QObject::tr("The stages at a glance"));
    std::vector<QStringList> rows;
    for (const StageFigures &figures : stages) {
        const Evaluation &e = figures.results->evaluation;
        const SystemCost &c = figures.results->cost;
        rows.push_back({QString::fromStdString(figures.stage.name), formatCount(figures.stage.users),
                        formatRate(e.entryRatePerSecond), formatUsd(c.monthlyUsd) + (c.complete ? QString() : QStringLiteral(" *")),
                        formatCostPerUser(c.costPerUserUsd), bottleneckText(e), formatNines(e.nines),
                        e.breaksAtUsers ? formatCount(*e.breaksAtUsers) : QStringLiteral("—")});
    }
    writer.table({{QObject::tr("Stage"), 1.3}, {QObject::tr("Users"), 1.1, Qt::AlignRight}, {QObject::tr("Peak"), 1.0, Qt::AlignRight},
                  {QObject::tr("Monthly cost"), 1.1, Qt::AlignRight}, {QObject::tr("Per user"), 0.9, Qt::AlignRight},
                  {QObject::tr("Bottleneck"), 2.0}, {QObject::tr("Nines"), 0.7, Qt::AlignRight},
                  {QObject::tr("Breaks at"), 1.1, Qt::AlignRight}},
                 rows, 8.0);
    writer.paragraph(QObject::tr("Monthly cost at average load, line by line from the price book; * marks a total with a "
                                 "missing price. Nines = −log10(1 − availability) of the request path. Breaks at: the "
                                 "smallest user count at which any component reaches 100 %."),
                     7.5, QColor(0x6b, 0x72, 0x80));
}

void writeCharts(ReportWriter &writer, const DesignResultsPtr &results)
{
    ChartsPanel panel;
    panel.resize(1000, 420);
    panel.setResults(results);
    writer.newPage();
    writer.heading(QObject::tr("Cost and utilization against users"));
    writer.paragraph(QObject::tr("Monthly cost (average load) and each component's utilization (peak load) from 1 to "
                                 "100 million users; dashed lines mark the stages. A component breaks where its line "
                                 "crosses 100 %."), 8.5);
    for (QChart *chart : {panel.costChart(), panel.utilizationChart()}) {
        writer.picture(250, [chart](QPainter &painter, const QRectF &target) {
            chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(target.width() * 1.6, target.height() * 1.6)));
            chart->scene()->render(&painter, target, chart->sceneBoundingRect(), Qt::KeepAspectRatio);
        });
    }
}

void writeDiagram(ReportWriter &writer, const Project &project, const DesignResultsPtr &results)
{
    ProjectDocument document(project);
    DiagramScene scene(&document);
    scene.setResults(results);
    scene.clearSelection();
    QRectF source = scene.itemsBoundingRect().adjusted(-10, -10, 10, 10);
    const double width = writer.contentRect().width();
    const double height = std::clamp(width * source.height() / std::max(1.0, source.width()), 120.0, 300.0);
    writer.picture(height, [&scene, source](QPainter &painter, const QRectF &target) {
        scene.render(&painter, target, source, Qt::KeepAspectRatio);
    });
}

void writeStage(ReportWriter &writer, const Project &project, const StageFigures &figures)
{
    const Evaluation &e = figures.results->evaluation;
    const SystemCost &c = figures.results->cost;
    writer.newPage();
    writer.heading(QObject::tr("Stage: %1").arg(QString::fromStdString(figures.stage.name)));
    writeDiagram(writer, project, figures.results);
    writer.facts({
        {QObject::tr("Users"), formatCount(figures.stage.users)},
        {QObject::tr("Peak requests per second"), formatMeasure(e.entryRatePerSecond)},
        {QObject::tr("Monthly cost"), formatUsd(c.monthlyUsd) + (c.complete ? QString() : QObject::tr(" (incomplete: a price is missing)"))},
        {QObject::tr("Cost per user"), c.costPerUserUsd ? QObject::tr("%1 per month").arg(formatCostPerUser(c.costPerUserUsd)) : missingNumber()},
        {QObject::tr("Availability"), availabilityText(e)
                                          + (e.regions.size() >= 2
                                                 ? QObject::tr("; %1, %2 tolerated; one region alone %3")
                                                       .arg(formatQuantity(static_cast<double>(e.regions.size()), "region", "regions"),
                                                            formatQuantity(static_cast<double>(e.regionFailuresTolerated), "failure", "failures"),
                                                            formatAvailability(e.singleRegionAvailability))
                                                 : QString())},
        {QObject::tr("Downtime"), formatDowntime(e.downtimeMinutesPerYear)},
        {QObject::tr("SLA floor"), QObject::tr("%1 (AWS's SLA figures composed the same way: a commitment, not the expectation)")
                                       .arg(formatAvailability(e.slaAvailability))},
        {QObject::tr("Downtime from"), downtimeContributorsText(e)},
        {QObject::tr("Response time"), e.responseTimeMs ? formatMs(e.responseTimeMs)
                                                        : QObject::tr("none: a component on the request path is saturated")},
        {QObject::tr("Bottleneck"), bottleneckText(e)},
        {QObject::tr("Breaks at"), e.breaksAtUsers ? formatUsers(*e.breaksAtUsers) : QObject::tr("no limit found")},
    });
    std::vector<QStringList> rows;
    for (size_t i = 0; i < e.components.size(); ++i) {
        const ComponentResult &r = e.components[i];
        const Component &component = project.components[i];
        const ComponentSpec &spec = *Catalog::builtIn().find(component.type);
        rows.push_back({QString::fromStdString(r.id), QString::fromStdString(spec.displayName), keyConfiguration(component, spec, &r),
                        formatRate(r.arrivalRatePerSecond),
                        r.limitingDimension.empty() ? QObject::tr("idle")
                                                    : QStringLiteral("%1 %2").arg(r.saturated ? QObject::tr("SATURATED") : formatUtilization(r.utilization),
                                                                                  QString::fromStdString(r.limitingDimension)),
                        r.headroom ? formatHeadroom(*r.headroom) : missingNumber(),
                        r.responseTimeMs ? formatMeasure(*r.responseTimeMs) : missingNumber(),
                        formatAvailability(r.availability), formatUsd(c.components[i].monthlyUsd)});
    }
    writer.table({{QObject::tr("Component"), 1.0}, {QObject::tr("Type"), 1.1}, {QObject::tr("Configuration"), 1.8},
                  {QObject::tr("Arrivals"), 0.9, Qt::AlignRight}, {QObject::tr("Utilization"), 1.4},
                  {QObject::tr("Headroom"), 1.05, Qt::AlignRight}, {QObject::tr("W ms"), 0.6, Qt::AlignRight},
                  {QObject::tr("Avail."), 0.9, Qt::AlignRight}, {QObject::tr("$/month"), 0.9, Qt::AlignRight}},
                 rows, 7.0);
    writer.heading(QObject::tr("Cost lines"), 2);
    std::vector<QStringList> lines;
    for (const ComponentCost &component : c.components)
        for (const CostLine &line : component.lines)
            lines.push_back({QString::fromStdString(component.id), QString::fromStdString(line.what),
                             QStringLiteral("%1 %2").arg(formatMeasure(line.quantity), QString::fromStdString(line.unit)),
                             formatPreciseUsd(line.unitPriceUsd), formatUsd(line.monthlyUsd)});
    writer.table({{QObject::tr("Component"), 1.0}, {QObject::tr("What"), 2.4}, {QObject::tr("Quantity"), 1.8, Qt::AlignRight},
                  {QObject::tr("Unit price"), 1.0, Qt::AlignRight}, {QObject::tr("Monthly"), 1.0, Qt::AlignRight}},
                 lines, 7.0);
    for (const std::string &warning : c.warnings)
        writer.paragraph(QObject::tr("Warning: %1").arg(QString::fromStdString(warning)), 8, QColor(0xb9, 0x1c, 0x1c));
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

std::optional<QString> writeStageReport(const Project &project, const PriceBook &prices, const StageReportOptions &options,
                                        const QString &path)
{
    Project reported = project;
    if (!options.stages.empty())
        reported.stages = options.stages;
    if (reported.stages.empty())
        return QObject::tr("the project has no stages to report");

    // The same controller the designer uses computes every figure.
    ProjectDocument document(reported);
    EvaluationController controller(prices);
    controller.setDocument(&document);
    controller.settle();  // the stage table comes with the curves
    if (controller.results()->compileError)
        return QString::fromStdString(*controller.results()->compileError);
    std::vector<StageFigures> stages;
    std::vector<SystemCost> costs;
    for (const Stage &stage : reported.stages) {
        document.setUsers(stage.users);
        stages.push_back({stage, controller.results()});
        costs.push_back(controller.results()->cost);
    }

    ReportWriter writer(path, options.pageSize, QString::fromStdString(reported.name),
                        QObject::tr("%1 — stage report").arg(QString::fromStdString(reported.name)));
    if (!writer.isOpen())
        return QObject::tr("%1: cannot write the report there").arg(path);
    writeCover(writer, reported, prices, options, stages);
    writeCharts(writer, stages.front().results);
    for (const StageFigures &figures : stages)
        writeStage(writer, reported, figures);
    writeReportAppendix(writer, reported, prices, costs);
    if (!writer.finish())
        return QObject::tr("%1: the report could not be written completely").arg(path);
    return std::nullopt;
}

} // namespace headroom::designer

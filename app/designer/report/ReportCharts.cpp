// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ReportCharts.h"

#include "charts/ChartsPanel.h"

#include <QAbstractSeries>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QXYSeries>

#include <algorithm>
#include <cmath>
#include <vector>

namespace headroom::designer {

namespace {

constexpr double kChartHeightPoints = 195.0;
// The chart is laid out this many times larger than it is drawn: its 8.5 pt labels print at
// about 7 pt.
constexpr double kLayoutScale = 1.25;
constexpr double kLegendWidthPoints = 118.0;
constexpr double kLegendPoints = 6.5;

// One line of the report's legend: a swatch in the series' pen and its name.
struct LegendEntry
{
    QString name;
    QPen pen;
    QString id; // the series' object name: the component's id on the utilization chart
};

// Every curve and reference line of `chart` by name, then one entry for the dashed stage
// lines. The marker (the designer's current user count) means nothing on paper and is hidden.
std::vector<LegendEntry> legendEntries(QChart *chart)
{
    std::vector<LegendEntry> entries;
    bool stages = false;
    QPen stagePen;
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *one : series) {
        auto *line = qobject_cast<QXYSeries *>(one);
        if (!line)
            continue;
        if (line->objectName() == QLatin1String("marker")) {
            line->setVisible(false);
        } else if (line->objectName() == QLatin1String("stage")) {
            stages = true;
            stagePen = line->pen();
        } else if (!line->name().isEmpty()) {
            entries.push_back({ line->name(), line->pen(), line->objectName() });
        }
    }
    // Components of different regions often share a label: the id tells them apart.
    std::vector<LegendEntry> named = entries;
    for (size_t i = 0; i < entries.size(); ++i)
        for (size_t j = 0; j < entries.size(); ++j)
            if (i != j && entries[i].name == entries[j].name && !entries[i].id.isEmpty())
                named[i].name = QStringLiteral("%1 (%2)").arg(entries[i].name, entries[i].id);
    if (stages)
        named.push_back({ QObject::tr("Stages"), stagePen, {} });
    return named;
}

// The legend in a column of its own at 6.5 pt: as many entries as fit, then "+ N more".
// `notDrawn`: components the chart leaves out (it draws the busiest only).
void drawLegend(
    QPainter &painter, const QRectF &area, const std::vector<LegendEntry> &entries, size_t notDrawn)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(kLegendPoints);
    const QFontMetricsF metrics(font, painter.device());
    const double row = metrics.height() + 1.5;
    const size_t fits = static_cast<size_t>(std::max(1.0, std::floor((area.height() - 16.0) / row)));
    const bool shortened = entries.size() > fits;
    const size_t shown = shortened ? fits - 1 : entries.size();
    painter.save();
    painter.setFont(font);
    double y = area.top() + 16.0; // level with the plot, below the chart's title
    for (size_t i = 0; i < shown; ++i, y += row) {
        QPen pen = entries[i].pen;
        pen.setWidthF(std::min(pen.widthF(), 1.5));
        painter.setPen(pen);
        painter.drawLine(QPointF(area.left(), y + row / 2.0), QPointF(area.left() + 12.0, y + row / 2.0));
        painter.setPen(QColor(0x37, 0x41, 0x51));
        painter.drawText(QRectF(area.left() + 16.0, y, area.width() - 16.0, row),
            Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(entries[i].name, Qt::ElideRight, area.width() - 16.0));
    }
    const size_t others = (entries.size() - shown) + notDrawn;
    if (others > 0) {
        painter.setPen(QColor(0x6b, 0x72, 0x80));
        painter.drawText(QRectF(area.left() + 16.0, y, area.width() - 16.0, row),
            Qt::AlignLeft | Qt::AlignVCenter,
            others == 1 ? QObject::tr("+ 1 other, lower") : QObject::tr("+ %1 others, lower").arg(others));
    }
    painter.restore();
}

// Draws `chart` into `target` with the report's legend beside it.
void drawChart(QPainter &painter, const QRectF &target, QChart *chart, size_t notDrawn)
{
    const std::vector<LegendEntry> entries = legendEntries(chart);
    chart->legend()->setVisible(false); // the report's own legend does not get cut short
    const QRectF plot = target.adjusted(0.0, 0.0, -kLegendWidthPoints, 0.0);
    chart->setGeometry(QRectF(QPointF(0, 0), plot.size() * kLayoutScale));
    // Qt Charts lays out on a posted event; settle it now so that the axes, the plot area and
    // the stage labels (placed on plotAreaChanged) belong to this size.
    if (chart->layout())
        chart->layout()->activate();
    QCoreApplication::sendPostedEvents();
    chart->scene()->render(&painter, plot, chart->sceneBoundingRect(), Qt::KeepAspectRatio);
    drawLegend(painter, QRectF(plot.right() + 6.0, target.top(), kLegendWidthPoints - 6.0, target.height()),
        entries, notDrawn);
}

} // namespace

void writeReportCharts(ReportWriter &writer, const DesignResultsPtr &results)
{
    ChartsPanel panel;
    panel.resize(1000, 420);
    panel.setResults(results);
    const QString intro
        = QObject::tr("Monthly cost (average load) and each component's utilization (peak load) from 1 to "
                      "100 million users; dashed lines mark the stages. A component breaks where its line "
                      "crosses 100 %.");
    writer.heading(QObject::tr("Cost and utilization against users"), 1,
        writer.paragraphHeight(intro, 8.5) + kChartHeightPoints);
    writer.paragraph(intro, 8.5);
    // On a landscape page both charts share the page, a little shorter when they must.
    const double height = writer.isLandscape() ? std::min(kChartHeightPoints, writer.remaining() / 2.0 - 8.0)
                                               : kChartHeightPoints;
    const size_t components = results->curves ? results->curves->componentIds.size() : 0;
    const size_t drawn = std::min(components, ChartsPanel::kMaxLegendEntries);
    writer.picture(height, [&panel](QPainter &painter, const QRectF &target) {
        drawChart(painter, target, panel.costChart(), 0);
    });
    writer.picture(height, [&panel, components, drawn](QPainter &painter, const QRectF &target) {
        drawChart(painter, target, panel.utilizationChart(), components - drawn);
    });
}

} // namespace headroom::designer

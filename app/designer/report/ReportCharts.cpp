// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ReportCharts.h"

#include "charts/ChartsPanel.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>

#include <algorithm>

namespace headroom::designer {

namespace {

constexpr double kChartHeightPoints = 195.0;
// The chart is laid out this many times larger than it is drawn: its 8.5 pt labels print at
// about 7 pt, and the plot keeps room for the legend beside it.
constexpr double kLayoutScale = 1.25;

} // namespace

void writeReportCharts(ReportWriter &writer, const DesignResultsPtr &results)
{
    ChartsPanel panel;
    panel.resize(1000, 420);
    panel.setResults(results);
    const QString intro = QObject::tr("Monthly cost (average load) and each component's utilization (peak load) from 1 to "
                                      "100 million users; dashed lines mark the stages. A component breaks where its line "
                                      "crosses 100 %.");
    writer.heading(QObject::tr("Cost and utilization against users"), 1, writer.paragraphHeight(intro, 8.5) + kChartHeightPoints);
    writer.paragraph(intro, 8.5);
    // On a landscape page both charts share the page, a little shorter when they must.
    const double height = writer.isLandscape() ? std::min(kChartHeightPoints, writer.remaining() / 2.0 - 8.0) : kChartHeightPoints;
    for (QChart *chart : {panel.costChart(), panel.utilizationChart()}) {
        writer.picture(height, [chart](QPainter &painter, const QRectF &target) {
            chart->setGeometry(QRectF(QPointF(0, 0), target.size() * kLayoutScale));
            // Qt Charts lays out on a posted event; settle it now so that the legend, the plot
            // area and the stage labels (placed on plotAreaChanged) belong to this size.
            if (chart->layout())
                chart->layout()->activate();
            QCoreApplication::sendPostedEvents();
            chart->scene()->render(&painter, target, chart->sceneBoundingRect(), Qt::KeepAspectRatio);
        });
    }
}

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/analysis/StageTable.h"

#include <QChart>
#include <QPen>

#include <functional>
#include <string>
#include <utility>
#include <vector>

class QCategoryAxis;
class QGraphicsItem;
class QLineSeries;
class QLogValueAxis;
class QValueAxis;
class QXYSeries;

namespace headroom::designer {

// A chart of one figure of the design against users, 1 to 100 000 000 on a log scale, with
// the project's stages as dashed vertical lines labelled by name at the top of the plot, and a
// marker line at the user count being looked at.
//
// Each axis is a pair: a hidden axis that the series are attached to (it maps values to
// pixels) and a visible QCategoryAxis over the same range, in log10 units for a log scale,
// that draws the grid and the tick labels. Qt Charts labels a log axis only through a printf
// format ("1e+06"); the category axis lets ticks read "1K", "1M", "$25K".
class CurveChart : public QChart
{
    Q_OBJECT

public:
    enum class Scale { Linear, Log10 };
    using TickLabel = std::function<QString(double value)>;

    static constexpr double kMinUsers = 1.0;
    static constexpr double kMaxUsers = 1e8;

    CurveChart(const QString &title, const QString &valueTitle, QGraphicsItem *parent = nullptr);

    // Sets the value axis to [min, max] with grid lines and labels at `ticks`; the series stay
    // (moved to the other hidden axis when the scale changes) and the marker and stage lines
    // are stretched to the new range. Log10 requires 0 < min < max. Costs O(series + ticks).
    void setValueAxis(Scale scale, double min, double max, const std::vector<double> &ticks, const TickLabel &label);
    // Attaches a series to both axes; the chart takes ownership. Pens set before are kept.
    // Hovering a curve shows its name, the value (through the readout) and the user count.
    // Qt Charts makes a legend marker for every series; one not `inLegend` has it hidden.
    void addCurve(QXYSeries *series, bool inLegend = true);
    // Removes and deletes a series added by addCurve (O(series), not O(points)).
    void removeCurve(QXYSeries *series);
    // How the hover read-out writes a curve's value ("87 %", "$12,400"); the tick label by default.
    void setReadout(const TickLabel &readout) { m_readout = readout; }
    // The hover read-out for a point of `series`: "Core API\n87 % at 2,500,000 users".
    QString readoutText(const QXYSeries *series, const QPointF &point) const;
    // A horizontal line at `value` across every user count, not in the legend.
    QLineSeries *addReferenceLine(double value, const QPen &pen, const QString &name);
    // One dashed vertical line per stage whose user count lies in [kMinUsers, kMaxUsers]; the
    // lines are made again only when the stages' names or user counts changed.
    void setStages(const std::vector<StageRow> &stages);
    // Puts the marker at `users`, clamped to [kMinUsers, kMaxUsers]; changes only its two points.
    void setMarker(double users);

    double markerUsers() const;
    QLineSeries *marker() const { return m_marker; }
    const std::vector<QLineSeries *> &stageLines() const { return m_stageLines; }

private:
    void hideFromLegend(QAbstractSeries *series);
    void clearStages();
    void stretchVertical(QLineSeries *line) const; // from m_valueMin to m_valueMax at its users
    QLineSeries *addVerticalLine(double users, const QPen &pen, const QString &name);
    void placeStageLabels();
    double xPixel(double users) const;

    QLogValueAxis *m_usersAxis = nullptr; // hidden: maps users
    QCategoryAxis *m_usersTicks = nullptr; // visible: log10(users) from 0 to 8
    QValueAxis *m_linearAxis = nullptr; // hidden: maps the figure on a linear scale
    QLogValueAxis *m_logAxis = nullptr; // hidden: maps the figure on a log scale
    QAbstractAxis *m_valueAxis = nullptr; // the one of the two that the series use
    QCategoryAxis *m_valueTicks = nullptr; // visible
    double m_valueMin = 0.0;
    double m_valueMax = 1.0;
    TickLabel m_readout;
    TickLabel m_tickLabel;
    QLineSeries *m_marker = nullptr;
    std::vector<QLineSeries *> m_stageLines;
    std::vector<std::pair<std::string, double>> m_stageKeys; // what m_stageLines were made for
    std::vector<double> m_stageUsers; // parallel to m_stageLabels
    std::vector<QGraphicsItem *> m_stageLabels; // a translucent box holding the name
};

} // namespace headroom::designer

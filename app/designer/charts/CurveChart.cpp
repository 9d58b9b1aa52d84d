// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "CurveChart.h"

#include "DisplayNumbers.h"

#include <QCategoryAxis>
#include <QCursor>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace headroom::designer {

namespace {

const QColor kTextColor(0x42, 0x42, 0x42);
const QColor kGridColor(0xe4, 0xe4, 0xe4);
const QColor kStageColor(0x9e, 0x9e, 0x9e);
const QColor kMarkerColor(0x37, 0x47, 0x4f);
const QColor kLabelBackground(255, 255, 255, 200);

QFont sizedFont(const QFont &base, qreal points, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

void styleTickAxis(QCategoryAxis *axis, const QString &title, const QFont &base)
{
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setTitleText(title);
    axis->setTitleFont(sizedFont(base, 9));
    axis->setLabelsFont(sizedFont(base, 8.5));
    axis->setTitleBrush(kTextColor);
    axis->setLabelsBrush(kTextColor);
    axis->setGridLineColor(kGridColor);
    axis->setLinePenColor(kStageColor);
    axis->setTruncateLabels(false);
}

} // namespace

CurveChart::CurveChart(const QString &title, const QString &valueTitle, QGraphicsItem *parent)
    : QChart(parent)
{
    setTheme(QChart::ChartThemeLight);
    setTitle(title);
    setTitleFont(sizedFont(font(), 11, true));
    setTitleBrush(kTextColor);
    setBackgroundRoundness(0);
    setDropShadowEnabled(false);
    setMargins(QMargins(4, 4, 16, 4));
    legend()->setVisible(false);
    legend()->setAlignment(Qt::AlignRight);
    legend()->setFont(sizedFont(font(), 8.5));
    legend()->setLabelColor(kTextColor);
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    m_usersAxis = new QLogValueAxis;
    m_usersAxis->setBase(10.0);
    m_usersAxis->setRange(kMinUsers, kMaxUsers);
    m_usersAxis->setVisible(false);
    addAxis(m_usersAxis, Qt::AlignBottom);

    m_usersTicks = new QCategoryAxis;
    const int decades = static_cast<int>(std::lround(std::log10(kMaxUsers / kMinUsers)));
    m_usersTicks->setRange(0.0, decades);
    m_usersTicks->setStartValue(0.0);
    for (int decade = 0; decade <= decades; ++decade)
        m_usersTicks->append(formatCompact(kMinUsers * std::pow(10.0, decade)), decade);
    styleTickAxis(m_usersTicks, tr("Users (log scale)"), font());
    addAxis(m_usersTicks, Qt::AlignBottom);

    // The axes live as long as the chart: Qt Charts deletes a removed axis's graphics later,
    // so swapping axes on every rebuild would leave stale labels until the event loop runs.
    m_linearAxis = new QValueAxis;
    m_logAxis = new QLogValueAxis;
    m_logAxis->setBase(10.0);
    m_valueTicks = new QCategoryAxis;
    styleTickAxis(m_valueTicks, valueTitle, font());
    for (QAbstractAxis *axis :
        { static_cast<QAbstractAxis *>(m_linearAxis), static_cast<QAbstractAxis *>(m_logAxis) }) {
        axis->setVisible(false);
        addAxis(axis, Qt::AlignLeft);
    }
    addAxis(m_valueTicks, Qt::AlignLeft);

    connect(this, &QChart::plotAreaChanged, this, &CurveChart::placeStageLabels);
    setValueAxis(Scale::Linear, 0.0, 1.0, { 0.0, 1.0 }, [](double value) { return formatGrouped(value, 1); });
}

void CurveChart::setValueAxis(
    Scale scale, double min, double max, const std::vector<double> &ticks, const TickLabel &label)
{
    const bool log = scale == Scale::Log10 && min > 0.0;
    m_tickLabel = label;
    m_valueMin = min;
    m_valueMax = max > min ? max : min + 1.0;
    QAbstractAxis *previous = m_valueAxis;
    if (log) {
        m_logAxis->setRange(m_valueMin, m_valueMax);
        m_valueAxis = m_logAxis;
    } else {
        m_linearAxis->setRange(m_valueMin, m_valueMax);
        m_valueAxis = m_linearAxis;
    }
    if (previous && previous != m_valueAxis) {
        const QList<QAbstractSeries *> all = series();
        for (QAbstractSeries *each : all) {
            each->detachAxis(previous);
            each->attachAxis(m_valueAxis);
        }
    }
    if (m_marker)
        stretchVertical(m_marker);
    for (QLineSeries *line : m_stageLines)
        stretchVertical(line);

    // The tick axis is linear; on a log scale it runs in log10 units so its ticks line up.
    // Unchanged ticks are left alone (an edit that keeps the range relayouts nothing).
    const auto tickPosition = [log](double value) { return log ? std::log10(value) : value; };
    QStringList labels;
    QList<qreal> positions;
    for (double tick : ticks) {
        if (tick >= m_valueMin && tick <= m_valueMax) {
            labels.append(label(tick));
            positions.append(tickPosition(tick));
        }
    }
    QList<qreal> oldPositions;
    const QStringList oldTicks = m_valueTicks->categoriesLabels();
    for (const QString &tick : oldTicks)
        oldPositions.append(m_valueTicks->endValue(tick));
    if (labels == oldTicks && positions == oldPositions && m_valueTicks->startValue() == tickPosition(m_valueMin)
        && m_valueTicks->max() == tickPosition(m_valueMax))
        return;
    for (const QString &tick : oldTicks)
        m_valueTicks->remove(tick);
    m_valueTicks->setStartValue(tickPosition(m_valueMin));
    m_valueTicks->setRange(tickPosition(m_valueMin), tickPosition(m_valueMax));
    for (qsizetype i = 0; i < labels.size(); ++i)
        m_valueTicks->append(labels[i], positions[i]);
}

void CurveChart::addCurve(QXYSeries *series, bool inLegend)
{
    addSeries(series);
    series->attachAxis(m_usersAxis);
    series->attachAxis(m_valueAxis);
    if (!inLegend)
        hideFromLegend(series);
    connect(series, &QXYSeries::hovered, this, [this, series](const QPointF &point, bool entered) {
        if (entered)
            QToolTip::showText(QCursor::pos(), readoutText(series, point));
        else
            QToolTip::hideText();
    });
}

void CurveChart::removeCurve(QXYSeries *series)
{
    removeSeries(series);
    delete series;
}

QString CurveChart::readoutText(const QXYSeries *series, const QPointF &point) const
{
    const TickLabel &value = m_readout ? m_readout : m_tickLabel;
    const QString amount = value ? value(point.y()) : formatMeasure(point.y());
    return tr("%1\n%2 at %3").arg(series->name(), amount, formatUsers(point.x()));
}

QLineSeries *CurveChart::addReferenceLine(double value, const QPen &pen, const QString &name)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->setPen(pen);
    series->append({ QPointF(kMinUsers, value), QPointF(kMaxUsers, value) });
    addCurve(series, false);
    return series;
}

void CurveChart::setStages(const std::vector<StageRow> &stages)
{
    std::vector<std::pair<std::string, double>> keys;
    for (const StageRow &stage : stages)
        if (stage.users >= kMinUsers && stage.users <= kMaxUsers)
            keys.emplace_back(stage.name, stage.users);
    if (keys == m_stageKeys)
        return;
    clearStages();
    m_stageKeys = keys;
    QPen pen(kStageColor, 1.0, Qt::DashLine);
    for (const auto &[stageName, users] : keys) {
        const QString name = QString::fromStdString(stageName);
        QLineSeries *line = addVerticalLine(users, pen, name);
        line->setObjectName(QStringLiteral("stage"));
        m_stageLines.push_back(line);
        auto *box = new QGraphicsRectItem(this);
        box->setPen(Qt::NoPen);
        box->setBrush(kLabelBackground);
        box->setZValue(100.0);
        auto *text = new QGraphicsSimpleTextItem(name, box);
        text->setFont(sizedFont(font(), 8));
        text->setBrush(kTextColor);
        text->setPos(2.0, 0.0);
        box->setRect(QRectF(QPointF(0.0, 0.0), text->boundingRect().size() + QSizeF(4.0, 0.0)));
        m_stageLabels.push_back(box);
        m_stageUsers.push_back(users);
    }
    placeStageLabels();
}

void CurveChart::clearStages()
{
    for (QLineSeries *line : m_stageLines)
        removeCurve(line);
    m_stageLines.clear();
    m_stageKeys.clear();
    m_stageUsers.clear();
    for (QGraphicsItem *item : m_stageLabels)
        delete item;
    m_stageLabels.clear();
}

void CurveChart::stretchVertical(QLineSeries *line) const
{
    const double users = line->count() > 0 ? line->at(0).x() : kMinUsers;
    line->replace(QList<QPointF> { QPointF(users, m_valueMin), QPointF(users, m_valueMax) });
}

void CurveChart::setMarker(double users)
{
    const double clamped = std::clamp(std::isfinite(users) ? users : kMinUsers, kMinUsers, kMaxUsers);
    if (!m_marker) {
        m_marker = addVerticalLine(clamped, QPen(kMarkerColor, 2.0), tr("Current users"));
        m_marker->setObjectName(QStringLiteral("marker"));
        return;
    }
    m_marker->replace(QList<QPointF> { QPointF(clamped, m_valueMin), QPointF(clamped, m_valueMax) });
}

double CurveChart::markerUsers() const
{
    return m_marker && m_marker->count() > 0 ? m_marker->at(0).x() : 0.0;
}

void CurveChart::hideFromLegend(QAbstractSeries *series)
{
    const QList<QLegendMarker *> markers = legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(false);
}

QLineSeries *CurveChart::addVerticalLine(double users, const QPen &pen, const QString &name)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->setPen(pen);
    series->append({ QPointF(users, m_valueMin), QPointF(users, m_valueMax) });
    addCurve(series, false);
    return series;
}

// Labels sit at the top of the plot, right of their line (left of it near the right edge);
// a label that would overlap an earlier one drops to the next row.
void CurveChart::placeStageLabels()
{
    const QRectF area = plotArea();
    std::vector<size_t> order(m_stageLabels.size());
    std::iota(order.begin(), order.end(), size_t { 0 });
    std::sort(
        order.begin(), order.end(), [this](size_t a, size_t b) { return m_stageUsers[a] < m_stageUsers[b]; });
    std::vector<qreal> rowEnds; // right edge of the last label in each row, in pixels
    constexpr qreal kGap = 4.0;
    for (size_t index : order) {
        QGraphicsItem *label = m_stageLabels[index];
        const QRectF box = label->boundingRect();
        const qreal line = xPixel(m_stageUsers[index]);
        qreal left = line + 1.0;
        if (left + box.width() > area.right())
            left = line - 1.0 - box.width();
        size_t row = 0;
        while (row < rowEnds.size() && rowEnds[row] + kGap > left)
            ++row;
        if (row == rowEnds.size())
            rowEnds.push_back(0.0);
        rowEnds[row] = left + box.width();
        label->setPos(left, area.top() + 2.0 + static_cast<qreal>(row) * box.height());
    }
}

double CurveChart::xPixel(double users) const
{
    const QRectF area = plotArea();
    const double fraction = std::log10(users / kMinUsers) / std::log10(kMaxUsers / kMinUsers);
    return area.left() + area.width() * fraction;
}

} // namespace headroom::designer

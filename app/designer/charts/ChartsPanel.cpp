// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ChartsPanel.h"

#include "DisplayNumbers.h"
#include "CurveChart.h"
#include "StageTableModel.h"

#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace headroom::designer {


namespace {

// Tableau 10 and two more, reordered so that the first colours stay clear of the amber and red reference
// lines.
constexpr std::array<QRgb, 12> kComponentColors = { 0x4e79a7, 0x59a14f, 0xb07aa1, 0x76b7b2, 0x9c755f,
    0xff9da7, 0x17becf, 0xedc948, 0xf28e2b, 0xe15759, 0xbab0ac, 0x393b79 };
const QColor kCostColor(0x4e, 0x79, 0xa7);
const QColor kNinesColor(0x59, 0xa1, 0x4f);
const QColor kTargetColor(0xf0, 0xa3, 0x0a);
const QColor kSaturatedColor(0xd3, 0x2f, 0x2f);
const QColor kOthersColor(0x6b, 0x72, 0x80);

// Every power of ten from 10^first to 10^last.
std::vector<double> decadeTicks(int first, int last)
{
    std::vector<double> ticks;
    for (int decade = first; decade <= last; ++decade)
        ticks.push_back(std::pow(10.0, decade));
    return ticks;
}

QPen curvePen(const QColor &color)
{
    QPen pen(color, 2.5);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

} // namespace

ChartsPanel::ChartsPanel(QWidget *parent) : QWidget(parent)
{
    m_costChart = new CurveChart(tr("Monthly cost"), tr("USD per month"));
    m_utilizationChart = new CurveChart(tr("Utilization at peak"), tr("Utilization"));
    m_availabilityChart = new CurveChart(tr("Availability"), tr("Nines (availability)"));

    createSeries();

    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    addChartTab(m_costChart, QStringLiteral("costChart"), tr("Cost"));
    addChartTab(m_utilizationChart, QStringLiteral("utilizationChart"), tr("Utilization"));
    addChartTab(m_availabilityChart, QStringLiteral("availabilityChart"), tr("Availability"));
    // A taller or shorter chart holds more or fewer legend entries: redraw the utilization
    // curves for the room it has now (queued: not from inside the chart's own layout).
    connect(m_utilizationChart, &QGraphicsWidget::geometryChanged, this, [this] {
        QMetaObject::invokeMethod(this, [this] {
            if (m_curves && legendRoom() != m_utilizationRoom)
                buildUtilization(*m_curves);
        }, Qt::QueuedConnection);
    });

    m_stageModel = new StageTableModel(this);
    m_stageTable = createStageTable(m_stageModel);
    m_tabs->addTab(m_stageTable, tr("Stages"));

    m_errorLabel = new QLabel;
    m_errorLabel->setObjectName(QStringLiteral("compileError"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setAlignment(Qt::AlignCenter);
    m_errorLabel->setMargin(24);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_tabs);
    m_pages->addWidget(m_errorLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    rebuild(DesignCurves {});
}

// The series every design has, made once: each rebuild replaces their points.
void ChartsPanel::createSeries()
{
    m_costSeries = new QLineSeries;
    m_costSeries->setName(tr("Monthly cost"));
    m_costSeries->setObjectName(QStringLiteral("cost"));
    m_costSeries->setPen(curvePen(kCostColor));
    m_costChart->addCurve(m_costSeries, false);

    QPen target(kTargetColor, 1.5, Qt::DashLine);
    m_utilizationChart->addReferenceLine(70.0, target, tr("70 % target"))->setObjectName(QStringLiteral("target"));
    QPen saturated(kSaturatedColor, 1.5);
    m_utilizationChart->addReferenceLine(100.0, saturated, tr("100 % saturated"))
        ->setObjectName(QStringLiteral("saturated"));

    m_ninesSeries = new QLineSeries;
    m_ninesSeries->setName(tr("Expected"));
    m_ninesSeries->setObjectName(QStringLiteral("nines"));
    m_ninesSeries->setPen(curvePen(kNinesColor));
    m_availabilityChart->addCurve(m_ninesSeries, true);
    m_slaSeries = new QLineSeries;
    m_slaSeries->setName(tr("SLA floor"));
    m_slaSeries->setObjectName(QStringLiteral("slaNines"));
    QPen dashed = curvePen(kNinesColor);
    dashed.setStyle(Qt::DashLine);
    m_slaSeries->setPen(dashed);
    m_availabilityChart->addCurve(m_slaSeries, true);
    m_availabilityChart->legend()->setVisible(true);
}

void ChartsPanel::setFocusComponent(const std::string &id)
{
    if (id == m_focusId)
        return;
    m_focusId = id;
    if (m_curves && !m_curves->componentIds.empty())
        buildUtilization(*m_curves);
}

void ChartsPanel::setResults(DesignResultsPtr results)
{
    if (results && results->compileError) {
        m_errorLabel->setText(tr("The design cannot be evaluated, so there is nothing to chart.\n\n%1")
                                  .arg(QString::fromStdString(*results->compileError)));
        m_pages->setCurrentWidget(m_errorLabel);
    } else {
        m_pages->setCurrentWidget(m_tabs);
    }

    std::shared_ptr<const DesignCurves> curves = results ? results->curves : nullptr;
    if (curves != m_curves) {
        m_curves = std::move(curves);
        rebuild(m_curves ? *m_curves : DesignCurves {});
    }
    const double users = results ? results->users : CurveChart::kMinUsers;
    for (CurveChart *chart : { m_costChart, m_utilizationChart, m_availabilityChart })
        chart->setMarker(users);
}

QChart *ChartsPanel::costChart() const
{
    return m_costChart;
}

QChart *ChartsPanel::utilizationChart() const
{
    return m_utilizationChart;
}

QChart *ChartsPanel::availabilityChart() const
{
    return m_availabilityChart;
}

QAbstractItemModel *ChartsPanel::stageModel() const
{
    return m_stageModel;
}

double ChartsPanel::markerUsers() const
{
    return m_costChart->markerUsers();
}

void ChartsPanel::rebuild(const DesignCurves &curves)
{
    const double users = m_costChart->marker() ? m_costChart->markerUsers() : CurveChart::kMinUsers;
    buildCost(curves);
    buildUtilization(curves);
    buildAvailability(curves);
    for (CurveChart *chart : { m_costChart, m_utilizationChart, m_availabilityChart }) {
        chart->setStages(curves.stages);
        chart->setMarker(users);
    }
    m_stageModel->setRows(curves.stages);
}

// Always a log scale, whole decades around the curve: the users axis is logarithmic, and a
// design's cost read the same way on every design (a scaled-out design spans decades, a
// fixed one a narrow band: both read as "how many times more"), never log on one design and
// linear on the next.
void ChartsPanel::buildCost(const DesignCurves &curves)
{
    double lowest = std::numeric_limits<double>::infinity();
    double highest = 0.0;
    for (const CurvePoint &point : curves.points) {
        if (point.monthlyUsd > 0.0 && std::isfinite(point.monthlyUsd)) {
            lowest = std::min(lowest, point.monthlyUsd);
            highest = std::max(highest, point.monthlyUsd);
        }
    }
    if (!(highest > 0.0))
        lowest = highest = 1.0;  // nothing priced: an empty $1–$10 axis
    const int first = static_cast<int>(std::floor(std::log10(lowest)));
    const int last = std::max(first + 1, static_cast<int>(std::ceil(std::log10(highest))));
    m_costChart->setValueAxis(CurveChart::Scale::Log10, std::pow(10.0, first), std::pow(10.0, last),
        decadeTicks(first, last), [](double usd) { return formatCompactUsd(usd); });
    m_costChart->setReadout([](double usd) { return formatUsd(usd) + tr("/month"); });

    QList<QPointF> points;
    for (const CurvePoint &point : curves.points)
        if (std::isfinite(point.monthlyUsd) && point.monthlyUsd > 0.0)
            points.append(QPointF(point.users, point.monthlyUsd));
    m_costSeries->replace(points);
}

std::vector<size_t> ChartsPanel::busiestComponents(const DesignCurves &curves, size_t most, const std::string &focus)
{
    if (most == 0)
        return {};
    std::vector<std::pair<double, size_t>> peaks;
    peaks.reserve(curves.componentIds.size());
    for (size_t component = 0; component < curves.componentIds.size(); ++component) {
        double peak = 0.0;
        for (const CurvePoint &point : curves.points)
            if (component < point.utilizationByComponent.size() && !std::isnan(point.utilizationByComponent[component]))
                peak = std::max(peak, point.utilizationByComponent[component]);
        peaks.emplace_back(peak, component);
    }
    // The focused component first, then the highest peaks; ties keep the design's order.
    const auto isFocus = [&](size_t component) { return !focus.empty() && curves.componentIds[component] == focus; };
    const auto before = [&](const std::pair<double, size_t> &a, const std::pair<double, size_t> &b) {
        if (isFocus(a.second) != isFocus(b.second))
            return isFocus(a.second);
        if (a.first != b.first)
            return a.first > b.first;
        return a.second < b.second;
    };
    if (peaks.size() > most) {
        std::partial_sort(peaks.begin(), peaks.begin() + static_cast<std::ptrdiff_t>(most), peaks.end(), before);
        peaks.resize(most);
    }
    std::vector<size_t> chosen;
    chosen.reserve(peaks.size());
    for (const auto &[peak, component] : peaks)
        chosen.push_back(component);
    std::sort(chosen.begin(), chosen.end());  // drawn in the design's order, so colours stay put
    return chosen;
}

size_t ChartsPanel::legendRoom() const
{
    // One legend entry at the 8.5 pt legend font is about 21 px; the title, the axis labels
    // and the legend's margins take about 70 px of the chart's height. Not laid out yet: the most.
    constexpr double kEntryPx = 21.0, kChromePx = 70.0;
    const double height = m_utilizationChart->size().height();
    if (!(height > kChromePx + kEntryPx))
        return kMaxLegendEntries;
    const auto fits = static_cast<size_t>((height - kChromePx) / kEntryPx);
    return std::clamp<size_t>(fits, kMinLegendEntries, kMaxLegendEntries);
}

void ChartsPanel::buildUtilization(const DesignCurves &curves)
{
    const std::vector<double> ticks = { 0.0, 25.0, 50.0, 70.0, 100.0, 125.0, kUtilizationCeilingPercent };
    m_utilizationChart->setValueAxis(CurveChart::Scale::Linear, 0.0, kUtilizationCeilingPercent, ticks,
        [](double percent) { return formatGrouped(percent) + QStringLiteral(" %"); });
    m_utilizationChart->setReadout([](double percent) {
        return percent >= kUtilizationCeilingPercent ? tr("%1 or more").arg(formatUtilization(percent / 100.0))
                                                     : formatUtilization(percent / 100.0);
    });

    // Every component when the legend has room for all; otherwise the busiest that fit (the
    // selected component always among them) and one "others" curve, the highest utilization
    // among the rest at each user count. At most kMaxLegendEntries series whatever the size.
    const size_t count = curves.componentIds.size();
    m_utilizationRoom = legendRoom();
    const std::vector<size_t> drawn =
        busiestComponents(curves, count <= m_utilizationRoom ? count : m_utilizationRoom - 1, m_focusId);
    const bool withOthers = drawn.size() < count;
    m_utilizationChart->setTitle(withOthers
        ? tr("Utilization at peak — the %1 busiest of %2 components, and the highest of the others").arg(drawn.size()).arg(count)
        : tr("Utilization at peak"));
    const auto percentAt = [](const CurvePoint &point, size_t component) {
        return component < point.utilizationByComponent.size() ? point.utilizationByComponent[component] * 100.0
                                                               : std::numeric_limits<double>::quiet_NaN();
    };

    // One series per drawn place, kept from one build to the next: a place whose component is
    // unchanged only gets its points replaced. Only when the number of places changes are
    // series added or removed (and "others" moved back to the end of the legend).
    const bool placesChanged = drawn.size() != m_componentSeries.size() || withOthers != (m_othersSeries != nullptr);
    if (placesChanged && m_othersSeries) {
        m_utilizationChart->removeCurve(m_othersSeries);
        m_othersSeries = nullptr;
    }
    while (m_componentSeries.size() > drawn.size()) {
        m_utilizationChart->removeCurve(m_componentSeries.back());
        m_componentSeries.pop_back();
    }
    for (size_t rank = 0; rank < drawn.size(); ++rank) {
        const size_t component = drawn[rank];
        if (rank == m_componentSeries.size()) {
            auto *series = new QLineSeries;
            // At most 12 are drawn, one colour each (by their place in the design's order).
            series->setPen(curvePen(QColor::fromRgb(kComponentColors[rank % kComponentColors.size()])));
            m_utilizationChart->addCurve(series);
            m_componentSeries.push_back(series);
        }
        QLineSeries *series = m_componentSeries[rank];
        const QString id = QString::fromStdString(curves.componentIds[component]);
        if (series->objectName() != id) {
            const std::string &label = component < curves.componentLabels.size()
                ? curves.componentLabels[component]
                : curves.componentIds[component];
            series->setName(QString::fromStdString(label.empty() ? curves.componentIds[component] : label));
            series->setObjectName(id);
        } else if (component < curves.componentLabels.size() && !curves.componentLabels[component].empty()) {
            const QString name = QString::fromStdString(curves.componentLabels[component]);
            if (series->name() != name)
                series->setName(name);  // renamed
        }
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(curves.points.size()));
        for (const CurvePoint &point : curves.points) {
            const double percent = percentAt(point, component);
            if (!std::isnan(percent))
                points.append(QPointF(point.users, std::clamp(percent, 0.0, kUtilizationCeilingPercent)));
        }
        series->replace(points);
    }
    if (withOthers) {
        if (!m_othersSeries) {
            m_othersSeries = new QLineSeries;
            m_othersSeries->setObjectName(QStringLiteral("others"));
            QPen pen = curvePen(kOthersColor);
            pen.setStyle(Qt::DotLine);
            m_othersSeries->setPen(pen);
            m_utilizationChart->addCurve(m_othersSeries);
        }
        m_othersSeries->setName(tr("%1 others (highest)").arg(count - drawn.size()));
        std::vector<bool> isDrawn(count, false);
        for (size_t component : drawn)
            isDrawn[component] = true;
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(curves.points.size()));
        for (const CurvePoint &point : curves.points) {
            double highest = std::numeric_limits<double>::quiet_NaN();
            const size_t known = std::min(count, point.utilizationByComponent.size());
            for (size_t component = 0; component < known; ++component) {
                const double value = point.utilizationByComponent[component];
                if (!isDrawn[component] && !std::isnan(value))
                    highest = std::isnan(highest) ? value : std::max(highest, value);
            }
            if (!std::isnan(highest))
                points.append(QPointF(point.users, std::clamp(highest * 100.0, 0.0, kUtilizationCeilingPercent)));
        }
        m_othersSeries->replace(points);
    }
    m_utilizationChart->legend()->setVisible(!drawn.empty());
}

// Nines, −log10(1 − A), so that 99.9 % and 99.99 % are a unit apart. Points where nothing can
// fail (A = 1, no nines) are left out.
void ChartsPanel::buildAvailability(const DesignCurves &curves)
{
    QList<QPointF> points;
    QList<QPointF> floor;  // the SLA floor, in nines
    double lowest = std::numeric_limits<double>::infinity();
    double highest = -std::numeric_limits<double>::infinity();
    for (const CurvePoint &point : curves.points) {
        if (point.nines && std::isfinite(*point.nines)) {
            points.append(QPointF(point.users, *point.nines));
            lowest = std::min(lowest, *point.nines);
            highest = std::max(highest, *point.nines);
        }
        if (point.slaNines && std::isfinite(*point.slaNines)) {
            floor.append(QPointF(point.users, *point.slaNines));
            lowest = std::min(lowest, *point.slaNines);
        }
    }
    double min = 0.0;
    double max = 5.0;
    if (!points.isEmpty()) {
        min = std::max(0.0, std::floor(lowest) - 1.0);
        max = std::max(std::ceil(highest), min + 1.0);
        if (max - highest < 0.25)
            max += 1.0;
    }
    std::vector<double> ticks;
    for (double nines = min; nines <= max; nines += 1.0)
        ticks.push_back(nines);
    m_availabilityChart->setValueAxis(CurveChart::Scale::Linear, min, max, ticks, [](double nines) {
        return tr("%1 (%2)").arg(formatGrouped(nines), formatAvailability(1.0 - std::pow(10.0, -nines)));
    });
    m_availabilityChart->setReadout([](double nines) {
        return tr("%1 nines (%2)").arg(formatNines(nines), formatAvailability(1.0 - std::pow(10.0, -nines)));
    });
    m_availabilityChart->setTitle(points.isEmpty() && !curves.points.empty()
            ? tr("Availability: nothing on the request path can fail")
            : tr("Availability"));
    m_ninesSeries->replace(points);
    m_slaSeries->replace(floor);
}

QTableView *ChartsPanel::createStageTable(QAbstractItemModel *model)
{
    auto *table = new QTableView;
    table->setObjectName(QStringLiteral("stageTable"));
    table->setModel(model);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(StageTableModel::StageColumn, QHeaderView::Stretch);
    return table;
}

QChartView *ChartsPanel::addChartTab(CurveChart *chart, const QString &objectName, const QString &tabTitle)
{
    chart->setObjectName(objectName);
    auto *view = new QChartView(chart);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(view, tabTitle);
    return view;
}

} // namespace headroom::designer

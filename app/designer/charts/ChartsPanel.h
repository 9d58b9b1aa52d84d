// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "app/designer/DesignResults.h"

#include <QWidget>

#include <memory>
#include <string>
#include <vector>

class QAbstractItemModel;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace headroom::designer {

class CurveChart;
class StageTableModel;

// The designer's charts and stage table: cost, utilization per component and availability
// against users from 1 to 100 000 000, and the project's stages as a table. It renders what
// EvaluationController publishes and nothing else.
//
// Curves are redrawn only when DesignResults::curves is a different pointer from last time,
// and then in place: every chart keeps its series and replaces their points, so a rebuild
// costs O(components × points) to choose what to draw plus O(series × points) to draw it,
// with a bounded number of series whatever the design's size (the utilization chart at most
// kMaxLegendEntries curves, the others one series each). A new user count only moves each
// chart's marker line (two points per chart). When the model refused the design, the panel
// shows the message instead of the charts.
class ChartsPanel : public QWidget
{
    Q_OBJECT

public:
    // The utilization chart's legend holds as many entries as fit its height, between these
    // two: every component when they all fit, else the busiest (highest peak over the sweep)
    // and one "others" curve, so that no entry is cut off and a large design charts as fast
    // as a small one.
    static constexpr size_t kMaxLegendEntries = 12;
    static constexpr size_t kMinLegendEntries = 4;
    // Utilization is drawn up to this percentage so that saturation stays visible.
    static constexpr double kUtilizationCeilingPercent = 150.0;

    explicit ChartsPanel(QWidget *parent = nullptr);

    void setResults(headroom::designer::DesignResultsPtr results);
    // The component whose curve the utilization chart always draws, however idle (the
    // selected one); empty for none.
    void setFocusComponent(const std::string &id);

    // For tests.
    QChart *costChart() const;
    QChart *utilizationChart() const;
    QChart *availabilityChart() const;
    QAbstractItemModel *stageModel() const;
    double markerUsers() const; // the user count the markers stand at (clamped to the x range)

private:
    void createSeries();
    void rebuild(const DesignCurves &curves);
    void buildCost(const DesignCurves &curves);
    void buildUtilization(const DesignCurves &curves);
    size_t legendRoom() const;  // legend entries the utilization chart has room for now
    // Indices into curves.componentIds of the `most` components with the highest peak
    // utilization, `focus` (an id) always among them when it is charted, in the design's order.
    // O(components × points).
    static std::vector<size_t> busiestComponents(const DesignCurves &curves, size_t most, const std::string &focus);
    void buildAvailability(const DesignCurves &curves);
    static QTableView *createStageTable(QAbstractItemModel *model);
    QChartView *addChartTab(CurveChart *chart, const QString &objectName, const QString &tabTitle);

    QStackedWidget *m_pages = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_errorLabel = nullptr;
    CurveChart *m_costChart = nullptr;
    CurveChart *m_utilizationChart = nullptr;
    CurveChart *m_availabilityChart = nullptr;
    StageTableModel *m_stageModel = nullptr;
    QTableView *m_stageTable = nullptr;
    QLineSeries *m_costSeries = nullptr;
    QLineSeries *m_ninesSeries = nullptr;
    QLineSeries *m_slaSeries = nullptr;
    std::vector<QLineSeries *> m_componentSeries;  // the utilization chart's drawn places, in order
    QLineSeries *m_othersSeries = nullptr;         // null when every component is drawn
    std::string m_focusId;
    size_t m_utilizationRoom = kMaxLegendEntries;  // what the utilization chart was built for
    std::shared_ptr<const DesignCurves> m_curves; // what the series were built from (null: none)
};

} // namespace headroom::designer

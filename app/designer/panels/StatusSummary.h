// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "DesignResults.h"

#include <QWidget>

class QLabel;

namespace headroom::designer {

// The status bar's figures for the whole system at the current user count: monthly cost,
// cost per user, availability and nines, downtime per year, response time, the bottleneck
// and the user count at which the design breaks.
class StatusSummary : public QWidget
{
    Q_OBJECT

public:
    explicit StatusSummary(QWidget *parent = nullptr);

    void setResults(const DesignResultsPtr &results);

    // Every field side by side; narrower, the fields that fit by importance (cost, what
    // breaks first, when, availability, cost per user, downtime, response time), each whole.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // "bottleneck <b>Web tier</b> 87 % cpu" from 70 % of the way to its breaking point,
    // "nothing near its limit · <b>Web tier</b> breaks first" below; rich text.
    static QString bottleneckText(const BottleneckSummary &bottleneck);

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    static constexpr int kSpacingPx = 18;
    void showResults(const DesignResultsPtr &results);
    void layoutFields();
    QLabel *addField(const char *objectName, const QString &toolTip);

    QString m_costToolTip;  // what the monthly figure is; the results add their notes to it
    QLabel *m_cost;
    QLabel *m_costPerUser;
    QLabel *m_availability;
    QLabel *m_downtime;
    QLabel *m_response;
    QLabel *m_bottleneck;
    QLabel *m_breaksAt;
    std::vector<QLabel *> m_fields;      // in reading order, left to right
    std::vector<QLabel *> m_byPriority;  // what stays first when the width is short
};

} // namespace headroom::designer

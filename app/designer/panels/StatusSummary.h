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

    // "bottleneck <b>Web tier</b> 87 % cpu" from 70 % of the way to its breaking point,
    // "nothing near its limit · <b>Web tier</b> breaks first" below; rich text.
    static QString bottleneckText(const BottleneckSummary &bottleneck);

private:
    QLabel *addField(const char *objectName, const QString &toolTip);

    QLabel *m_cost;
    QLabel *m_costPerUser;
    QLabel *m_availability;
    QLabel *m_downtime;
    QLabel *m_response;
    QLabel *m_bottleneck;
    QLabel *m_breaksAt;
};

} // namespace headroom::designer

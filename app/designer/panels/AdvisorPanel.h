// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "DesignResults.h"
#include "document/ProjectDocument.h"

#include "model/advisor/Advisor.h"
#include "model/advisor/RightSizer.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTimer;
class QListWidget;

namespace headroom::designer {

// The advisor for the design at the current user count: what is wrong (each finding with the
// model's before → after figures for its fix), what breaks next and the fix that moves it
// furthest per dollar, and the right-sizer. Applying a fix or a right-sizing is one undoable
// edit. Recomputed shortly after the design or the user count stops changing.
class AdvisorPanel : public QWidget
{
    Q_OBJECT

public:
    AdvisorPanel(const PriceBook &prices, QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    void setResults(const DesignResultsPtr &results);
    void refreshNow();  // recompute at once (tests; the panel otherwise waits for a pause)

    const std::vector<Finding> &findings() const { return m_findings; }
    const WhatBreaksNext &breaksNext() const { return m_breaksNext; }
    void applyFinding(int index);
    void applyBreaksNextFix();
    std::optional<RightSizeResult> rightSizeNow();  // runs the right-sizer with the panel's targets
    void applyRightSize();

private:
    void showFindings();

    const PriceBook &m_prices;
    ProjectDocument *m_document = nullptr;
    double m_users = 0.0;
    QTimer *m_timer;
    QLabel *m_heading;
    QLabel *m_breaksNextText;
    QPushButton *m_applyBreaksNext;
    QListWidget *m_list;
    QPushButton *m_applyFinding;
    QDoubleSpinBox *m_maxUtilization;
    QDoubleSpinBox *m_minAvailability;
    QLabel *m_rightSizeText;
    QPushButton *m_applyRightSize;
    std::vector<Finding> m_findings;
    WhatBreaksNext m_breaksNext;
    std::optional<RightSizeResult> m_rightSize;
};

} // namespace headroom::designer

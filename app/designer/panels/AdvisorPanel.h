// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "DesignResults.h"
#include "document/ProjectDocument.h"

#include "model/advisor/Advisor.h"
#include "model/advisor/RightSizer.h"

#include <QFutureWatcher>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QListWidget;

namespace headroom::designer {

// The advisor for the design at the current user count: what is wrong (each finding with the
// model's before → after figures for its fix), what breaks next and the fix that moves it
// furthest per dollar, and the right-sizer. Applying a fix or a right-sizing is one undoable
// edit. Recomputed shortly after the design or the user count stops changing, and only while
// the panel is visible (a hidden panel catches up when it is shown). A fix is re-measured on
// the design as it is when applied: an edit made since the last refresh is never undone.
// The right-sizer runs on a worker thread with its progress shown and a Cancel button.
class AdvisorPanel : public QWidget
{
    Q_OBJECT

public:
    AdvisorPanel(const PriceBook &prices, QWidget *parent = nullptr);
    ~AdvisorPanel() override;

    void setDocument(ProjectDocument *document);
    void setResults(const DesignResultsPtr &results);
    void refreshNow();  // recompute at once (tests; the panel otherwise waits for a pause)
    // Whether the panel can be seen: false while its dock is a tab behind another (a tabbed
    // dock stays "visible" to Qt). Shown again, it catches up.
    void setOnScreen(bool onScreen);
    bool isOnScreen() const { return m_onScreen && isVisible(); }

    const std::vector<Finding> &findings() const { return m_findings; }
    const WhatBreaksNext &breaksNext() const { return m_breaksNext; }
    void applyFinding(int index);
    void applyBreaksNextFix();
    // Starts the right-sizer with the panel's targets on a worker thread (cancelling a run
    // still going); the result appears in the panel when it ends.
    void startRightSize();
    void cancelRightSize();
    bool isRightSizing() const { return m_rightSizing.isRunning(); }
    // startRightSize(), then waits for it (tests, scripts).
    std::optional<RightSizeResult> rightSizeNow();
    void applyRightSize();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showFindings();
    void showRightSize();
    void scheduleRefresh();
    // The findings and the best breaks-next fix for the document as it is now, refreshed
    // first when the design changed since they were computed.
    bool refreshIfStale();

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
    QPushButton *m_runRightSize;
    QPushButton *m_cancelRightSize;
    QProgressBar *m_rightSizeProgress;
    QPushButton *m_applyRightSize;
    std::vector<Finding> m_findings;
    WhatBreaksNext m_breaksNext;
    std::optional<RightSizeResult> m_rightSize;
    Project m_rightSizeStart;          // the design the right-sizer ran on
    Project m_advisedProject;          // the design m_findings and m_breaksNext were computed on
    double m_advisedUsers = -1.0;
    bool m_onScreen = true;
    QFutureWatcher<RightSizeResult> m_rightSizing;
};

} // namespace headroom::designer

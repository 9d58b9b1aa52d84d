// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "AdvisorPanel.h"

#include "ComponentText.h"
#include "document/DocumentEdits.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace headroom::designer {

AdvisorPanel::AdvisorPanel(const PriceBook &prices, QWidget *parent)
    : QWidget(parent), m_prices(prices), m_timer(new QTimer(this)), m_heading(new QLabel(this)),
      m_breaksNextText(new QLabel(this)), m_applyBreaksNext(new QPushButton(tr("Apply this fix"), this)),
      m_list(new QListWidget(this)), m_applyFinding(new QPushButton(tr("Apply the selected fix"), this)),
      m_maxUtilization(new QDoubleSpinBox(this)), m_minAvailability(new QDoubleSpinBox(this)),
      m_rightSizeText(new QLabel(this)),
      m_runRightSize(new QPushButton(tr("Find the cheapest design that meets them"), this)),
      m_cancelRightSize(new QPushButton(tr("Cancel"), this)), m_rightSizeProgress(new QProgressBar(this)),
      m_applyRightSize(new QPushButton(tr("Apply the right-sized design"), this))
{
    setObjectName(QStringLiteral("advisor"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &AdvisorPanel::refreshNow);

    auto *layout = new QVBoxLayout(this);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    auto *next = new QGroupBox(tr("What breaks next"), this);
    auto *nextLayout = new QVBoxLayout(next);
    m_breaksNextText->setObjectName(QStringLiteral("breaksNext"));
    m_breaksNextText->setWordWrap(true);
    m_breaksNextText->setTextFormat(Qt::RichText);
    nextLayout->addWidget(m_breaksNextText);
    m_applyBreaksNext->setObjectName(QStringLiteral("applyBreaksNext"));
    m_applyBreaksNext->setToolTip(tr("Applies the fix that moves the breaking point furthest per dollar, as one undoable edit"));
    nextLayout->addWidget(m_applyBreaksNext);
    layout->addWidget(next);

    auto *findings = new QGroupBox(tr("Findings"), this);
    auto *findingsLayout = new QVBoxLayout(findings);
    m_list->setObjectName(QStringLiteral("findings"));
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSpacing(3);
    findingsLayout->addWidget(m_list);
    m_applyFinding->setObjectName(QStringLiteral("applyFinding"));
    m_applyFinding->setToolTip(tr("Applies the selected finding's fix, measured again on the design as it is now, as one undoable edit"));
    findingsLayout->addWidget(m_applyFinding);
    layout->addWidget(findings, 1);

    auto *rightSize = new QGroupBox(tr("Right-size"), this);
    auto *form = new QFormLayout(rightSize);
    m_maxUtilization->setRange(10, 95);
    m_maxUtilization->setValue(70);
    m_maxUtilization->setSuffix(QStringLiteral(" %"));
    m_maxUtilization->setToolTip(tr("The right-sizer keeps every component's utilization at or below this at the current user count"));
    m_minAvailability->setRange(90, 99.999);
    m_minAvailability->setDecimals(3);
    m_minAvailability->setValue(99.9);  // replaced by the project's availability_target (setDocument)
    m_minAvailability->setSuffix(QStringLiteral(" %"));
    m_minAvailability->setToolTip(tr("The right-sizer keeps the system's availability at or above this (the project's availability target unless changed)"));
    form->addRow(tr("Highest utilization"), m_maxUtilization);
    form->addRow(tr("Lowest availability"), m_minAvailability);
    m_runRightSize->setObjectName(QStringLiteral("runRightSize"));
    m_runRightSize->setToolTip(tr("Searches instance classes and counts for the cheapest design that meets both targets "
                                  "at the current user count"));
    form->addRow(m_runRightSize);
    m_rightSizeProgress->setObjectName(QStringLiteral("rightSizeProgress"));
    m_rightSizeProgress->setRange(0, 100);
    m_cancelRightSize->setObjectName(QStringLiteral("cancelRightSize"));
    m_cancelRightSize->setToolTip(tr("Stops the search; the design is left as it is"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_rightSizeProgress, 1);
    progressRow->addWidget(m_cancelRightSize);
    form->addRow(progressRow);
    m_rightSizeProgress->hide();
    m_cancelRightSize->hide();
    m_rightSizeText->setObjectName(QStringLiteral("rightSizeResult"));
    m_rightSizeText->setWordWrap(true);
    form->addRow(m_rightSizeText);
    m_applyRightSize->setObjectName(QStringLiteral("applyRightSize"));
    m_applyRightSize->setToolTip(tr("Replaces the design with the right-sized one, as one undoable edit"));
    form->addRow(m_applyRightSize);
    layout->addWidget(rightSize);

    connect(m_applyFinding, &QPushButton::clicked, this, [this] {
        const auto selected = m_list->currentItem();
        if (selected)
            applyFinding(selected->data(Qt::UserRole).toInt());
    });
    connect(m_list, &QListWidget::currentItemChanged, this, [this] { m_applyFinding->setEnabled(m_list->currentItem()); });
    connect(m_applyBreaksNext, &QPushButton::clicked, this, &AdvisorPanel::applyBreaksNextFix);
    connect(m_runRightSize, &QPushButton::clicked, this, &AdvisorPanel::startRightSize);
    connect(m_cancelRightSize, &QPushButton::clicked, this, &AdvisorPanel::cancelRightSize);
    connect(&m_rightSizing, &QFutureWatcherBase::progressValueChanged, m_rightSizeProgress, &QProgressBar::setValue);
    connect(&m_rightSizing, &QFutureWatcherBase::finished, this, &AdvisorPanel::showRightSize);
    connect(m_applyRightSize, &QPushButton::clicked, this, &AdvisorPanel::applyRightSize);
    m_applyFinding->setEnabled(false);
    m_applyBreaksNext->setEnabled(false);
    m_applyRightSize->setEnabled(false);
}

AdvisorPanel::~AdvisorPanel()
{
    cancelRightSize();
    m_rightSizing.waitForFinished();  // the search reads the price book this panel refers to
}

void AdvisorPanel::setDocument(ProjectDocument *document)
{
    cancelRightSize();
    m_document = document;
    // The right-sizer aims at the project's own availability target unless the user changes it.
    if (m_document)
        m_minAvailability->setValue(m_document->project().availabilityTarget * 100.0);
    m_rightSize.reset();
    m_rightSizeText->clear();
    m_applyRightSize->setEnabled(false);
    m_advisedUsers = -1.0;
    scheduleRefresh();
}

void AdvisorPanel::setResults(const DesignResultsPtr &results)
{
    m_users = results ? results->users : 0.0;
    scheduleRefresh();  // waits for the slider or the typing to pause
}

void AdvisorPanel::scheduleRefresh()
{
    if (isOnScreen())
        m_timer->start();
}

void AdvisorPanel::setOnScreen(bool onScreen)
{
    m_onScreen = onScreen;
    if (!onScreen)
        m_timer->stop();
    else if (isVisible() && m_document && (m_advisedUsers != m_users || !(m_advisedProject == m_document->project())))
        m_timer->start();  // catch up with what changed while the panel was hidden
}

void AdvisorPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setOnScreen(m_onScreen);
}

void AdvisorPanel::refreshNow()
{
    m_timer->stop();
    if (!m_document)
        return;
    const Project &project = m_document->project();
    m_findings = advise(project, m_users, m_prices);
    m_breaksNext = whatBreaksNext(project, m_users, m_prices);
    m_advisedProject = project;
    m_advisedUsers = m_users;
    showFindings();
}

bool AdvisorPanel::refreshIfStale()
{
    if (!m_document)
        return false;
    if (m_advisedUsers == m_users && m_advisedProject == m_document->project())
        return false;
    refreshNow();
    return true;
}

void AdvisorPanel::showFindings()
{
    m_heading->setText(tr("At %1 users.").arg(formatCount(m_users)));
    m_list->clear();
    for (size_t i = 0; i < m_findings.size(); ++i) {
        const Finding &finding = m_findings[i];
        auto *item = new QListWidgetItem(QString::fromStdString(finding.summary), m_list);
        item->setData(Qt::UserRole, static_cast<int>(i));
        item->setToolTip(QStringLiteral("<b>%1</b><br>%2").arg(QString::fromStdString(finding.message).toHtmlEscaped(),
                                                               QString::fromStdString(finding.proposal).toHtmlEscaped()));
    }
    if (m_findings.empty())
        new QListWidgetItem(tr("Nothing to fix at this user count."), m_list);
    m_applyFinding->setEnabled(false);

    const WhatBreaksNext &next = m_breaksNext;
    if (next.componentId.empty() || !next.breaksAtUsers) {
        m_breaksNextText->setText(tr("Nothing in this design runs out."));
        m_applyBreaksNext->setEnabled(false);
        return;
    }
    QString text = tr("<b>%1</b> reaches 100 % (%2) at <b>%3 users</b>.")
                       .arg(QString::fromStdString(next.componentLabel).toHtmlEscaped(),
                            QString::fromStdString(next.limitingDimension),
                            formatUserCount(*next.breaksAtUsers));
    if (next.best >= 0) {
        const FixCandidate &best = next.candidates[static_cast<size_t>(next.best)];
        text += tr("<br>Best fix per dollar: %1 — breaks at %2 users, %3.")
                    .arg(QString::fromStdString(best.proposal).toHtmlEscaped(),
                         best.breaksAtUsers ? formatUserCount(*best.breaksAtUsers) : tr("never"),
                         formatUsdDelta(best.costDeltaUsdPerMonth));
    } else {
        text += tr("<br>No candidate fix raises that point.");
    }
    m_breaksNextText->setText(text);
    m_applyBreaksNext->setEnabled(next.best >= 0);
}

void AdvisorPanel::applyFinding(int index)
{
    if (!m_document || index < 0 || index >= static_cast<int>(m_findings.size()))
        return;
    const Finding chosen = m_findings[static_cast<size_t>(index)];
    // Measured again on the design as it is now: the fix of an older snapshot would silently
    // undo whatever was edited since.
    if (refreshIfStale()) {
        const auto same = std::find_if(m_findings.begin(), m_findings.end(), [&](const Finding &finding) {
            return finding.kind == chosen.kind && finding.componentId == chosen.componentId
                   && finding.proposal == chosen.proposal;
        });
        if (same == m_findings.end()) {
            m_heading->setText(tr("The design changed: that finding no longer applies. The findings below are current."));
            return;
        }
        edits::replaceProject(*m_document, same->changed, tr("Fix: %1").arg(QString::fromStdString(same->proposal)));
        return;
    }
    edits::replaceProject(*m_document, chosen.changed, tr("Fix: %1").arg(QString::fromStdString(chosen.proposal)));
}

void AdvisorPanel::applyBreaksNextFix()
{
    if (!m_document || m_breaksNext.best < 0)
        return;
    const std::string proposal = m_breaksNext.candidates[static_cast<size_t>(m_breaksNext.best)].proposal;
    if (refreshIfStale() && (m_breaksNext.best < 0 || m_breaksNext.candidates[static_cast<size_t>(m_breaksNext.best)].proposal != proposal)) {
        m_heading->setText(tr("The design changed: the best fix is now the one shown below."));
        return;
    }
    const FixCandidate fix = m_breaksNext.candidates[static_cast<size_t>(m_breaksNext.best)];
    edits::replaceProject(*m_document, fix.changed, tr("Fix: %1").arg(QString::fromStdString(fix.proposal)));
}

void AdvisorPanel::startRightSize()
{
    if (!m_document)
        return;
    cancelRightSize();
    m_rightSizing.waitForFinished();
    m_rightSize.reset();
    m_rightSizeStart = m_document->project();
    m_applyRightSize->setEnabled(false);
    m_rightSizeText->setText(tr("Searching…"));
    m_rightSizeProgress->setValue(0);
    m_rightSizeProgress->show();
    m_cancelRightSize->show();
    m_runRightSize->setEnabled(false);
    const PriceBook *prices = &m_prices;  // outlives the search: the destructor waits for it
    m_rightSizing.setFuture(QtConcurrent::run(
        [prices](QPromise<RightSizeResult> &promise, Project project, double users, double maxUtilization,
                 double minAvailability) {
            promise.setProgressRange(0, 100);
            const RightSizeProgress progress = [&promise](double done) {
                promise.setProgressValue(static_cast<int>(done * 100.0));
                return !promise.isCanceled();
            };
            promise.addResult(rightSize(project, users, *prices, maxUtilization, minAvailability, progress));
        },
        m_rightSizeStart, m_users, m_maxUtilization->value() / 100.0, m_minAvailability->value() / 100.0));
}

void AdvisorPanel::cancelRightSize()
{
    if (m_rightSizing.isRunning())
        m_rightSizing.cancel();
}

void AdvisorPanel::showRightSize()
{
    m_rightSizeProgress->hide();
    m_cancelRightSize->hide();
    m_runRightSize->setEnabled(true);
    const QFuture<RightSizeResult> future = m_rightSizing.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        m_rightSize.reset();
        m_rightSizeText->setText(tr("Cancelled; the design is unchanged."));
        return;
    }
    m_rightSize = future.result();
    QString text = QString::fromStdString(m_rightSize->message);
    for (const RightSizeChange &change : m_rightSize->changes)
        text += QStringLiteral("\n• %1: %2").arg(QString::fromStdString(change.componentLabel),
                                                            QString::fromStdString(change.description));
    if (m_rightSize->ok)
        text += tr("\n%1/month → %2/month").arg(formatUsd(m_rightSize->startMonthlyUsd), formatUsd(m_rightSize->monthlyUsd));
    m_rightSizeText->setText(text);
    m_applyRightSize->setEnabled(m_rightSize->ok && !(m_rightSize->project == m_rightSizeStart));
}

std::optional<RightSizeResult> AdvisorPanel::rightSizeNow()
{
    startRightSize();
    m_rightSizing.waitForFinished();
    showRightSize();
    return m_rightSize;
}

void AdvisorPanel::applyRightSize()
{
    if (!m_document || !m_rightSize || !m_rightSize->ok)
        return;
    if (!(m_document->project() == m_rightSizeStart)) {
        // Edited since the search began: its answer is for another design.
        m_rightSizeText->setText(tr("The design changed since the right-sizer ran; run it again."));
        m_applyRightSize->setEnabled(false);
        return;
    }
    edits::replaceProject(*m_document, m_rightSize->project, tr("Right-size"));
    m_applyRightSize->setEnabled(false);
}

} // namespace headroom::designer

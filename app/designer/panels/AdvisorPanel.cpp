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
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace headroom::designer {

AdvisorPanel::AdvisorPanel(const PriceBook &prices, QWidget *parent)
    : QWidget(parent), m_prices(prices), m_timer(new QTimer(this)), m_heading(new QLabel(this)),
      m_breaksNextText(new QLabel(this)), m_applyBreaksNext(new QPushButton(tr("Apply this fix"), this)),
      m_list(new QListWidget(this)), m_applyFinding(new QPushButton(tr("Apply the selected fix"), this)),
      m_maxUtilization(new QDoubleSpinBox(this)), m_minAvailability(new QDoubleSpinBox(this)),
      m_rightSizeText(new QLabel(this)), m_applyRightSize(new QPushButton(tr("Apply the right-sized design"), this))
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
    findingsLayout->addWidget(m_applyFinding);
    layout->addWidget(findings, 1);

    auto *rightSize = new QGroupBox(tr("Right-size"), this);
    auto *form = new QFormLayout(rightSize);
    m_maxUtilization->setRange(10, 95);
    m_maxUtilization->setValue(70);
    m_maxUtilization->setSuffix(QStringLiteral(" %"));
    m_minAvailability->setRange(90, 99.999);
    m_minAvailability->setDecimals(3);
    m_minAvailability->setValue(99.9);  // replaced by the project's availability_target (setDocument)
    m_minAvailability->setSuffix(QStringLiteral(" %"));
    form->addRow(tr("Highest utilization"), m_maxUtilization);
    form->addRow(tr("Lowest availability"), m_minAvailability);
    auto *run = new QPushButton(tr("Find the cheapest design that meets them"), rightSize);
    run->setObjectName(QStringLiteral("runRightSize"));
    form->addRow(run);
    m_rightSizeText->setObjectName(QStringLiteral("rightSizeResult"));
    m_rightSizeText->setWordWrap(true);
    form->addRow(m_rightSizeText);
    m_applyRightSize->setObjectName(QStringLiteral("applyRightSize"));
    form->addRow(m_applyRightSize);
    layout->addWidget(rightSize);

    connect(m_applyFinding, &QPushButton::clicked, this, [this] {
        const auto selected = m_list->currentItem();
        if (selected)
            applyFinding(selected->data(Qt::UserRole).toInt());
    });
    connect(m_list, &QListWidget::currentItemChanged, this, [this] { m_applyFinding->setEnabled(m_list->currentItem()); });
    connect(m_applyBreaksNext, &QPushButton::clicked, this, &AdvisorPanel::applyBreaksNextFix);
    connect(run, &QPushButton::clicked, this, [this] { rightSizeNow(); });
    connect(m_applyRightSize, &QPushButton::clicked, this, &AdvisorPanel::applyRightSize);
    m_applyFinding->setEnabled(false);
    m_applyBreaksNext->setEnabled(false);
    m_applyRightSize->setEnabled(false);
}

void AdvisorPanel::setDocument(ProjectDocument *document)
{
    m_document = document;
    // The right-sizer aims at the project's own availability target unless the user changes it.
    if (m_document)
        m_minAvailability->setValue(m_document->project().availabilityTarget * 100.0);
    m_rightSize.reset();
    m_rightSizeText->clear();
    m_applyRightSize->setEnabled(false);
    m_timer->start();
}

void AdvisorPanel::setResults(const DesignResultsPtr &results)
{
    m_users = results ? results->users : 0.0;
    m_timer->start();  // wait for the slider or the typing to pause
}

void AdvisorPanel::refreshNow()
{
    m_timer->stop();
    if (!m_document)
        return;
    const Project &project = m_document->project();
    m_findings = advise(project, m_users, m_prices);
    m_breaksNext = whatBreaksNext(project, m_users, m_prices);
    showFindings();
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
                       .arg(QString::fromStdString(next.componentId), QString::fromStdString(next.limitingDimension),
                            formatCount(*next.breaksAtUsers));
    if (next.best >= 0) {
        const FixCandidate &best = next.candidates[static_cast<size_t>(next.best)];
        text += tr("<br>Best fix per dollar: %1 — breaks at %2 users, %3%4/month.")
                    .arg(QString::fromStdString(best.proposal).toHtmlEscaped(),
                         best.breaksAtUsers ? formatCount(*best.breaksAtUsers) : tr("never"),
                         best.costDeltaUsdPerMonth >= 0 ? QStringLiteral("+") : QString(), formatUsd(best.costDeltaUsdPerMonth));
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
    const Finding finding = m_findings[static_cast<size_t>(index)];
    edits::replaceProject(*m_document, finding.changed, tr("Fix: %1").arg(QString::fromStdString(finding.proposal)));
}

void AdvisorPanel::applyBreaksNextFix()
{
    if (!m_document || m_breaksNext.best < 0)
        return;
    const FixCandidate fix = m_breaksNext.candidates[static_cast<size_t>(m_breaksNext.best)];
    edits::replaceProject(*m_document, fix.changed, tr("Fix: %1").arg(QString::fromStdString(fix.proposal)));
}

std::optional<RightSizeResult> AdvisorPanel::rightSizeNow()
{
    if (!m_document)
        return std::nullopt;
    m_rightSize = rightSize(m_document->project(), m_users, m_prices, m_maxUtilization->value() / 100.0,
                            m_minAvailability->value() / 100.0);
    QString text = QString::fromStdString(m_rightSize->message);
    for (const RightSizeChange &change : m_rightSize->changes)
        text += QStringLiteral("\n• %1: %2").arg(QString::fromStdString(change.componentId), QString::fromStdString(change.description));
    if (m_rightSize->ok)
        text += tr("\n%1/month → %2/month").arg(formatUsd(m_rightSize->startMonthlyUsd), formatUsd(m_rightSize->monthlyUsd));
    m_rightSizeText->setText(text);
    m_applyRightSize->setEnabled(m_rightSize->ok && !(m_rightSize->project == m_document->project()));
    return m_rightSize;
}

void AdvisorPanel::applyRightSize()
{
    if (!m_document || !m_rightSize || !m_rightSize->ok)
        return;
    edits::replaceProject(*m_document, m_rightSize->project, tr("Right-size"));
    m_applyRightSize->setEnabled(false);
}

} // namespace headroom::designer

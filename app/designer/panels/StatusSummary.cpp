// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "StatusSummary.h"

#include "DisplayNumbers.h"

#include <QEvent>
#include <QLabel>
#include <QTextDocumentFragment>

#include <algorithm>

namespace headroom::designer {

StatusSummary::StatusSummary(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("statusSummary"));
    m_costToolTip = tr("Monthly cost at the project's purchase option: every component's cost lines "
                       "at average load (users × requests per user per day ÷ 86 400), each from its region's price book.");
    m_cost = addField("statusCost", m_costToolTip);
    m_costPerUser = addField("statusCostPerUser", tr("Monthly cost ÷ users."));
    m_availability = addField("statusAvailability", tr("Expected availability: the share of requests served over a "
                                                       "year, from every component's failures and recovery times, "
                                                       "zone outages and failover between regions."));
    m_downtime = addField("statusDowntime", tr("Expected downtime per year: (1 − A) × 525,600 minutes, the model's figure."));
    m_response = addField("statusResponse", tr("End-to-end response time R = Σ (λᵢ/λ₀)·Wᵢ over the request path."));
    m_bottleneck = addField("statusBottleneck", tr("The component that breaks first (the fewest users at saturation) "
                                                   "and how near: called the bottleneck from 70 % of the way to its "
                                                   "breaking point (users ÷ users at saturation)."));
    m_breaksAt = addField("statusBreaksAt", tr("The smallest user count at which any component reaches 100 %."));
    // What stays when the window is narrow: the cost, then what breaks and when.
    m_byPriority = {m_cost, m_bottleneck, m_breaksAt, m_availability, m_costPerUser, m_downtime, m_response};
}

QSize StatusSummary::sizeHint() const
{
    int width = 0, height = 0;
    for (QLabel *field : m_fields)
        if (!field->text().isEmpty()) {
            width += (width > 0 ? kSpacingPx : 0) + field->sizeHint().width();
            height = std::max(height, field->sizeHint().height());
        }
    return {width, height};
}

QSize StatusSummary::minimumSizeHint() const
{
    return {m_cost->minimumSizeHint().width(), m_cost->sizeHint().height()};
}

void StatusSummary::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutFields();
}

void StatusSummary::layoutFields()
{
    // Whole fields, most important first, as many as the width holds; never one cut off.
    std::vector<QLabel *> shown;
    int used = 0;
    for (QLabel *field : m_byPriority) {
        if (field->text().isEmpty())
            continue;
        const int needed = (used > 0 ? kSpacingPx : 0) + field->sizeHint().width();
        if (used + needed > width() && !shown.empty())
            continue;
        used += needed;
        shown.push_back(field);
    }
    int x = 0;
    for (QLabel *field : m_fields) {
        const bool visible = std::find(shown.begin(), shown.end(), field) != shown.end();
        field->setVisible(visible);
        if (!visible)
            continue;
        const int fieldWidth = std::min(field->sizeHint().width(), width() - x);
        field->setGeometry(x, 0, fieldWidth, height());
        x += fieldWidth + kSpacingPx;
    }
}

bool StatusSummary::event(QEvent *event)
{
    // The hidden fields' text, built when asked for rather than on every slider step.
    if (event->type() == QEvent::ToolTip) {
        QStringList hidden;
        for (QLabel *field : m_fields)
            if (field->isHidden() && !field->text().isEmpty())
                hidden << QTextDocumentFragment::fromHtml(field->text()).toPlainText();
        setToolTip(hidden.isEmpty() ? QString() : tr("Not shown at this width: %1").arg(hidden.join(QStringLiteral(" · "))));
    }
    return QWidget::event(event);
}

QLabel *StatusSummary::addField(const char *objectName, const QString &toolTip)
{
    auto *label = new QLabel(this);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setToolTip(toolTip);
    label->setTextFormat(Qt::RichText);
    m_fields.push_back(label);
    return label;
}

QString StatusSummary::bottleneckText(const BottleneckSummary &bottleneck)
{
    if (!bottleneck.exists)
        return tr("nothing carries load");
    const QString label = QString::fromStdString(bottleneck.label).toHtmlEscaped();
    const QString dimension = QString::fromStdString(bottleneck.dimension);
    switch (bottleneck.level) {
    case LoadLevel::Saturated:
        return tr("<span style='color:#b91c1c'><b>%1</b> saturated (%2 %3)</span>")
            .arg(label, dimension, formatUtilization(bottleneck.utilization));
    case LoadLevel::NearLimit:
        return tr("bottleneck <b>%1</b> %2 %3").arg(label, formatUtilization(bottleneck.utilization), dimension);
    case LoadLevel::Watch:
    case LoadLevel::Comfortable:
        break;
    }
    return tr("nothing near its limit · <b>%1</b> breaks first").arg(label);
}

void StatusSummary::setResults(const DesignResultsPtr &results)
{
    showResults(results);
    updateGeometry();
    layoutFields();
}

void StatusSummary::showResults(const DesignResultsPtr &results)
{
    if (!results || results->compileError) {
        for (QLabel *label : {m_cost, m_costPerUser, m_availability, m_downtime, m_response, m_bottleneck, m_breaksAt})
            label->clear();
        if (results)
            m_cost->setText(tr("<span style='color:#b91c1c'>The model cannot evaluate this design</span>"));
        return;
    }
    const Evaluation &e = results->evaluation;
    const SystemCost &cost = results->cost;
    // What the figure is made of beyond the plain sum: a missing price, lines priced at a
    // fallback region's rates, committable lines that stay on demand at the purchase option.
    const std::vector<std::string> &onDemand = cost.purchaseOption == PurchaseOption::ThreeYear
                                                   ? cost.threeYearOnDemand
                                                   : cost.oneYearOnDemand;
    const bool partlyOnDemand = cost.purchaseOption != PurchaseOption::OnDemand && !onDemand.empty();
    QStringList qualifiers;
    if (!cost.complete)
        qualifiers << tr("incomplete");
    if (!cost.notes.empty())
        qualifiers << tr("partly at another region's rates");
    if (partlyOnDemand)
        qualifiers << tr("partly on demand");
    const QString qualifier = qualifiers.isEmpty() ? QString() : tr(" (%1)").arg(qualifiers.join(QStringLiteral("; ")));
    m_cost->setText(tr("<b>%1</b>/month%2").arg(formatUsd(cost.monthlyUsd), qualifier));
    QString costTip = m_costToolTip;
    for (const std::string &note : cost.notes)
        costTip += u'\n' + QString::fromStdString(note);
    if (partlyOnDemand)
        costTip += u'\n' + tr("%1 on demand: no committed price for the term in the price books (the stage table lists them).")
                              .arg(formatQuantity(static_cast<double>(onDemand.size()), "line", "lines"));
    m_cost->setToolTip(costTip);
    m_costPerUser->setText(cost.costPerUserUsd ? tr("%1 per user").arg(formatCostPerUser(cost.costPerUserUsd)) : QString());
    QString availability = tr("availability %1%2").arg(formatAvailability(e.availability),
                                                       e.nines ? tr(" (%1 nines)").arg(formatNines(e.nines)) : QString());
    availability += tr(" · floor %1").arg(formatAvailability(e.slaAvailability));
    m_availability->setText(availability);
    // What the downtime is made of, largest first (model/README.md §6).
    QString causes = tr("Expected availability, from every component's failures and recovery times, zone outages "
                        "and failover between regions. The SLA floor composes AWS's SLA figures the same way: "
                        "what AWS commits to, not what to expect.");
    if (e.regions.size() >= 2)
        causes += tr("\n\n%1, %2 tolerated; one region alone %3.")
                      .arg(formatQuantity(static_cast<double>(e.regions.size()), "region", "regions"),
                           formatQuantity(static_cast<double>(e.regionFailuresTolerated), "failure", "failures"),
                           formatAvailability(e.singleRegionAvailability));
    if (!e.downtimeContributors.empty()) {
        causes += tr("\n\nDowntime a year, largest first:");
        for (const DowntimeContributor &c : e.downtimeContributors)
            causes += tr("\n  %1  %2: %3").arg(formatMinutes(c.minutesPerYear),
                                               QString::fromStdString(results->labelOf(c.component)),
                                               QString::fromStdString(c.cause));
    }
    m_availability->setToolTip(causes);
    m_downtime->setText(tr("down %1").arg(formatDowntime(e.downtimeMinutesPerYear)));
    m_response->setText(e.responseTimeMs ? tr("response %1").arg(formatMs(e.responseTimeMs))
                                         : tr("<span style='color:#b91c1c'>response: saturated</span>"));
    m_bottleneck->setText(bottleneckText(results->bottleneck));
    m_breaksAt->setText(e.breaksAtUsers ? tr("breaks at <b>%1</b>").arg(formatBreaksAt(*e.breaksAtUsers))
                                        : tr("no limit found"));
}

} // namespace headroom::designer

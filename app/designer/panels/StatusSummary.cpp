// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "StatusSummary.h"

#include "DisplayNumbers.h"

#include <QHBoxLayout>
#include <QLabel>

namespace headroom::designer {

StatusSummary::StatusSummary(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("statusSummary"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(18);
    m_cost = addField("statusCost", tr("Monthly cost at the project's purchase option: every component's cost lines "
                                       "at average load (users × requests per user per day ÷ 86 400)."));
    m_costPerUser = addField("statusCostPerUser", tr("Monthly cost ÷ users."));
    m_availability = addField("statusAvailability", tr("Expected availability: the share of requests served over a "
                                                       "year, from every component's failures and recovery times, "
                                                       "zone outages and failover between regions."));
    m_downtime = addField("statusDowntime", tr("Expected downtime per year: (1 − A) × 525,600 minutes, the model's figure."));
    m_response = addField("statusResponse", tr("End-to-end response time R = Σ (λᵢ/λ₀)·Wᵢ over the request path."));
    m_bottleneck = addField("statusBottleneck", tr("The component with the highest utilization, and what limits it."));
    m_breaksAt = addField("statusBreaksAt", tr("The smallest user count at which any component reaches 100 %."));
}

QLabel *StatusSummary::addField(const char *objectName, const QString &toolTip)
{
    auto *label = new QLabel(this);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setToolTip(toolTip);
    label->setTextFormat(Qt::RichText);
    layout()->addWidget(label);
    return label;
}

void StatusSummary::setResults(const DesignResultsPtr &results)
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
    m_cost->setText(tr("<b>%1</b>/month%2").arg(formatUsd(cost.monthlyUsd), cost.complete ? QString() : tr(" (incomplete)")));
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
                                                   QString::fromStdString(c.component), QString::fromStdString(c.cause));
    }
    m_availability->setToolTip(causes);
    m_downtime->setText(tr("down %1").arg(formatDowntime(e.downtimeMinutesPerYear)));
    m_response->setText(e.responseTimeMs ? tr("response %1").arg(formatMs(e.responseTimeMs))
                                         : tr("<span style='color:#b91c1c'>response: saturated</span>"));
    QString bottleneck = tr("no bottleneck");
    for (const ComponentResult &component : e.components)
        if (component.id == e.bottleneck)
            bottleneck = tr("bottleneck <b>%1</b> %2 %3")
                             .arg(QString::fromStdString(component.id), formatUtilization(component.utilization),
                                  QString::fromStdString(component.limitingDimension));
    m_bottleneck->setText(bottleneck);
    m_breaksAt->setText(e.breaksAtUsers ? tr("breaks at <b>%1</b> users").arg(formatCount(*e.breaksAtUsers))
                                        : tr("no limit found"));
}

} // namespace headroom::designer

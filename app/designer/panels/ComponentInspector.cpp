// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ComponentInspector.h"

#include "ComponentText.h"
#include "CostLinesTable.h"
#include "ParamField.h"
#include "ScrollWheelGuard.h"
#include "document/DocumentEdits.h"

#include "model/catalog/Catalog.h"
#include "model/cost/InstanceClasses.h"

#include "pricing/PriceKeys.h"

#include "model/core/TextLimits.h"

#include <QComboBox>
#include <QFormLayout>
#include <QSignalBlocker>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace headroom::designer {

std::string ComponentInspector::instancePriceKey(const Component &component, const ComponentSpec &spec,
                                                 const std::string &name)
{
    const std::string *engine = paramOrDefaultAs<std::string>(component, &spec, "engine");
    const bool *multiAz = paramOrDefaultAs<bool>(component, &spec, "multi_az");
    const std::string key = headroom::instancePriceKey(spec.type, engine ? *engine : std::string(),
                                                       multiAz && *multiAz, name);
    return key.empty() ? price_keys::ec2Instance(name) : key;
}

ComponentInspector::ComponentInspector(ProjectDocument *document, std::string id, const PriceBook &prices, QWidget *parent)
    : QWidget(parent), m_document(document), m_id(std::move(id)), m_label(new QLineEdit(this)),
      m_labelWarning(new QLabel(this)), m_group(new QLineEdit(this)),
      m_costLines(new QTableWidget(0, 4, this)), m_warnings(new QLabel(this))
{
    setObjectName(QStringLiteral("componentInspector"));
    const Component &component = *document->component(m_id);
    const ComponentSpec &spec = *Catalog::builtIn().find(component.type);
    auto *layout = new QVBoxLayout(this);

    auto *header = new QLabel(this);
    header->setText(QStringLiteral("<b>%1</b> <span style='color:#6b7280'>%2 · %3</span>")
                        .arg(QString::fromStdString(spec.displayName), QString::fromStdString(m_id),
                             QString::fromUtf8(categoryName(spec.category))));
    header->setToolTip(QString::fromStdString(spec.summary));
    header->setWordWrap(true);
    layout->addWidget(header);
    auto *summary = new QLabel(QString::fromStdString(spec.summary), this);
    summary->setWordWrap(true);
    summary->setStyleSheet(QStringLiteral("color: #4b5563"));
    layout->addWidget(summary);

    auto *settings = new QGroupBox(tr("Configuration"), this);
    auto *form = new QFormLayout(settings);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);  // a narrow dock puts labels above their fields
    m_label->setObjectName(QStringLiteral("labelField"));
    m_label->setMaxLength(static_cast<int>(kMaxNameLength));
    m_label->setToolTip(tr("The name shown on the canvas, in the charts and in the report; the id stays the same."));
    form->addRow(tr("Label"), m_label);
    m_labelWarning->setObjectName(QStringLiteral("labelDuplicateWarning"));
    m_labelWarning->setWordWrap(true);
    m_labelWarning->setStyleSheet(QStringLiteral("color: #b45309;"));
    m_labelWarning->hide();
    form->addRow(QString(), m_labelWarning);
    connect(m_label, &QLineEdit::textEdited, this, [this](const QString &text) {
        Component after = *m_document->component(m_id);
        after.label = text.toStdString();
        edits::changeComponent(*m_document, m_id, after, tr("Rename"), QStringLiteral("label/%1").arg(m_labelGesture));
    });
    connect(m_label, &QLineEdit::editingFinished, this, [this] { ++m_labelGesture; });
    m_group->setObjectName(QStringLiteral("groupField"));
    m_group->setMaxLength(static_cast<int>(kMaxNameLength));
    m_group->setPlaceholderText(tr("none"));
    m_group->setToolTip(tr("A free-form grouping, such as the Terraform module it was imported from "
                           "(module.network); Arrange by flow keeps a group's components together."));
    form->addRow(tr("Group"), m_group);
    connect(m_group, &QLineEdit::textEdited, this, [this](const QString &text) {
        Component after = *m_document->component(m_id);
        after.group = text.toStdString();
        edits::changeComponent(*m_document, m_id, after, tr("Set group"), QStringLiteral("group/%1").arg(m_groupGesture));
    });
    connect(m_group, &QLineEdit::editingFinished, this, [this] { ++m_groupGesture; });
    if (!document->project().regions.empty()) {
        m_region = new QComboBox(settings);
        m_region->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_region->setMinimumContentsLength(12);
        ScrollWheelGuard::install(m_region);
        m_region->setObjectName(QStringLiteral("regionField"));
        m_region->setToolTip(tr("The region this component runs in; global components (users, DNS, CDN) have none."));
        m_zone = new QComboBox(settings);
        m_zone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_zone->setMinimumContentsLength(12);
        ScrollWheelGuard::install(m_zone);
        m_zone->setObjectName(QStringLiteral("zoneField"));
        m_zone->setToolTip(tr("The availability zone, or spread over the region's zones."));
        form->addRow(tr("Region"), m_region);
        form->addRow(tr("Zone"), m_zone);
        connect(m_region, &QComboBox::activated, this, [this](int row) {
            edits::placeComponent(*m_document, m_id, m_region->itemData(row).toString().toStdString(), {});
        });
        connect(m_zone, &QComboBox::activated, this, [this](int row) {
            edits::placeComponent(*m_document, m_id, m_document->component(m_id)->region,
                                  m_zone->itemData(row).toString().toStdString());
        });
    }
    for (const ParamSpec &param : spec.params) {
        auto *field = new ParamField(param, prices, [this, &spec](const std::string &name) {
            return instancePriceKey(*m_document->component(m_id), spec, name);
        }, settings);
        connect(field, &ParamField::edited, this, [this, name = param.name](const std::optional<ParamValue> &value, int gesture) {
            edit(name, value, gesture);
        });
        QString label = QString::fromStdString(param.name);
        label.replace(u'_', u' ');
        form->addRow(label, field);
        m_fields[param.name] = field;
    }
    layout->addWidget(settings);

    auto *figures = new QGroupBox(tr("At this user count"), this);
    auto *results = new QFormLayout(figures);
    results->setRowWrapPolicy(QFormLayout::WrapLongRows);
    addFigure(results, "arrivals", tr("Arrivals"), tr("Peak requests per second reaching it (traffic equations)."));
    addFigure(results, "capacity", tr("Capacity"), tr("Requests per second at 100 %: arrivals ÷ utilization."));
    addFigure(results, "utilization", tr("Utilization"), tr("The highest of its limits: CPU ρ = λ·S/c, connections, quotas, concurrency."));
    addFigure(results, "headroom", tr("Headroom"), tr("1 ÷ utilization: how many times today's load it can take."));
    addFigure(results, "response", tr("Time per visit"), tr("W = S + C(c, a)·S/(c − a), Erlang C; a managed service's latency."));
    addFigure(results, "inFlight", tr("In flight"), tr("L = λ·W (Little's law)."));
    addFigure(results, "availability", tr("Availability"),
              tr("Expected, from its failures and recovery times (k of n instances up, failovers, service "
                 "outages, overload), for the requests that reach it; the SLA floor beside it."));
    addFigure(results, "downtime", tr("Downtime"), tr("Minutes a year its requests fail, cause by cause."));
    addFigure(results, "saturates", tr("Saturates at"), tr("The smallest user count at which a limit reaches 100 %."));
    addFigure(results, "cost", tr("Monthly cost"), tr("The sum of its cost lines at average load."));
    layout->addWidget(figures);

    m_costLines->setObjectName(QStringLiteral("costLines"));
    m_costLines->setHorizontalHeaderLabels({tr("What"), tr("Quantity"), tr("Unit price"), tr("Monthly")});
    m_costLines->verticalHeader()->hide();
    // "What" takes the width the figures leave and wraps; the figures keep their widths.
    m_costLines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_costLines->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_costLines->horizontalHeader()->setMinimumSectionSize(40);
    m_costLines->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_costLines->setTextElideMode(Qt::ElideRight);
    m_costLines->setWordWrap(true);  // a long "What" wraps onto a second line (rows fit their text)
    m_costLines->setToolTip(tr("Each cost line: what is priced, how much of it a month, the price book's unit "
                               "price and the monthly sum; ◦ marks a line with a note on its price (shown under it). Hover a line "
                               "for its price-book key and its 1-year and 3-year prices."));
    m_costLines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_costLines->setMinimumHeight(110);
    layout->addWidget(m_costLines);
    m_warnings->setObjectName(QStringLiteral("costWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #b91c1c"));
    layout->addWidget(m_warnings);
    layout->addStretch(1);
    refresh();
}

void ComponentInspector::addFigure(QFormLayout *form, const char *name, const QString &label, const QString &toolTip)
{
    auto *value = new QLabel(this);
    value->setObjectName(QStringLiteral("figure_") + QString::fromLatin1(name));
    value->setToolTip(toolTip);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);  // "1.2k (900 reads, 300 writes)" wraps rather than widening the page
    form->addRow(label, value);
    m_figures[name] = value;
}

ParamField *ComponentInspector::field(const std::string &name) const
{
    const auto found = m_fields.find(name);
    return found == m_fields.end() ? nullptr : found->second;
}

QLabel *ComponentInspector::figure(const char *name) const
{
    const auto found = m_figures.find(name);
    return found == m_figures.end() ? nullptr : found->second;
}

void ComponentInspector::edit(const std::string &name, const std::optional<ParamValue> &value, int gesture)
{
    Component after = *m_document->component(m_id);
    if (value)
        after.params[name] = *value;
    else
        after.params.erase(name);
    edits::changeComponent(*m_document, m_id, after, tr("Set %1").arg(QString::fromStdString(name)),
                           QStringLiteral("param/%1/%2").arg(QString::fromStdString(name)).arg(gesture));
}

void ComponentInspector::refreshLabelWarning()
{
    const std::vector<std::string> sharing = componentsSharingName(m_document->project(), m_id);
    m_labelWarning->setVisible(!sharing.empty());
    if (sharing.empty())
        return;
    QStringList ids;
    for (const std::string &id : sharing)
        ids << QString::fromStdString(id);
    const QString who = sharing.size() == 1 ? tr("Another component has this name (%1)")
                                            : tr("%1 other components have this name (%2)").arg(sharing.size());
    m_labelWarning->setText(tr("%1: tables, charts and the advisor cannot tell them apart.")
                                .arg(who.arg(ids.join(QStringLiteral(", ")))));
}

void ComponentInspector::refresh()
{
    const Component *component = m_document->component(m_id);
    if (!component)
        return;
    const ComponentSpec &spec = *Catalog::builtIn().find(component->type);
    if (!m_label->hasFocus())
        m_label->setText(QString::fromStdString(component->label));
    if (!m_group->hasFocus())
        m_group->setText(QString::fromStdString(component->group));
    refreshLabelWarning();
    // The region the cost model prices it in (CostModel.h): its own, else a one-region
    // design's only region, else the primary book.
    const std::vector<Region> &regions = m_document->project().regions;
    const Region *home = nullptr;
    for (const Region &region : regions)
        if (region.id == component->region)
            home = &region;
    if (!home && component->region.empty() && regions.size() == 1)
        home = &regions.front();
    for (const auto &[name, field] : m_fields) {
        if (const ParamValue *value = paramOrDefault(*component, &spec, name))
            field->setValue(*value);
        else
            field->setValue(std::nullopt);
        field->updatePrices(home ? home->name : std::string(), home ? home->fallbackPrices : std::string());
    }
    if (m_region) {
        const QSignalBlocker blockRegion(m_region);
        const QSignalBlocker blockZone(m_zone);
        m_region->clear();
        m_region->addItem(tr("global (no region)"), QString());
        m_zone->clear();
        m_zone->addItem(tr("spread over its zones"), QString());
        for (const Region &region : m_document->project().regions) {
            m_region->addItem(QStringLiteral("%1 · %2").arg(QString::fromStdString(region.name), QString::fromStdString(region.id)),
                              QString::fromStdString(region.id));
            if (region.id == component->region)
                for (const std::string &zone : region.zones)
                    m_zone->addItem(tr("zone %1").arg(QString::fromStdString(zone)), QString::fromStdString(zone));
        }
        m_region->setCurrentIndex(std::max(0, m_region->findData(QString::fromStdString(component->region))));
        m_zone->setCurrentIndex(std::max(0, m_zone->findData(QString::fromStdString(component->zone))));
        m_zone->setEnabled(!component->region.empty());
    }
}

void ComponentInspector::setResults(const DesignResultsPtr &results)
{
    const ComponentResult *r = results && !results->compileError ? results->component(m_id) : nullptr;
    const ComponentCost *cost = results && !results->compileError ? results->componentCost(m_id) : nullptr;
    auto show = [this](const char *name, const QString &text) { m_figures[name]->setText(text); };
    if (!r) {
        for (auto &[name, label] : m_figures)
            label->setText(QStringLiteral("—"));
        m_costLines->setRowCount(0);
        return;
    }
    show("arrivals", tr("%1 (%2 reads, %3 writes)").arg(formatRate(r->arrivalRatePerSecond), formatRate(r->readRatePerSecond),
                                                       formatRate(r->writeRatePerSecond)));
    show("capacity", r->capacityRps ? formatRate(*r->capacityRps) : QStringLiteral("—"));
    show("utilization", r->limitingDimension.empty()
                            ? tr("idle")
                            : QStringLiteral("<span style='color:%1'><b>%2</b></span> %3%4")
                                  .arg(utilizationColor(r->utilization).name(), formatUtilization(r->utilization),
                                       QString::fromStdString(r->limitingDimension), r->saturated ? tr(" — saturated") : QString()));
    show("headroom", r->headroom ? formatHeadroom(*r->headroom) : missingNumber());
    show("response", r->responseTimeMs ? formatMs(r->responseTimeMs) : tr("none (saturated)"));
    show("inFlight", r->inFlight ? formatMeasure(*r->inFlight) : missingNumber());
    show("availability", tr("%1 (SLA floor %2)")
                             .arg(formatAvailability(r->availability), formatAvailability(r->slaAvailability)));
    QStringList causes;
    for (const DowntimeCause &cause : r->causes)
        causes << tr("%1 %2").arg(formatMinutes(cause.minutesPerYear), QString::fromStdString(cause.cause));
    show("downtime", causes.isEmpty() ? tr("none") : causes.join(QStringLiteral("<br>")));
    show("saturates", r->usersAtSaturation ? formatBreaksAt(*r->usersAtSaturation) : tr("never"));
    show("cost", cost ? tr("%1 / month").arg(formatUsd(cost->monthlyUsd)) : QStringLiteral("—"));
    fillCostLines(*m_costLines, cost ? cost->lines : std::vector<CostLine>{});
    if (cost) {
        QStringList warnings;
        for (const std::string &warning : cost->warnings)
            warnings << QString::fromStdString(warning);
        m_warnings->setText(warnings.join(u'\n'));
        m_costLines->resizeRowsToContents();
    }
}

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "MultiSelectionInspector.h"

#include "ComponentInspector.h"
#include "ComponentText.h"
#include "ParamField.h"
#include "document/DocumentEdits.h"

#include "model/catalog/Catalog.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QUndoStack>
#include <QVBoxLayout>

namespace headroom::designer {

namespace {

QString countText(int n, const char *one, const char *many)
{
    return n == 1 ? MultiSelectionInspector::tr(one) : MultiSelectionInspector::tr(many).arg(n);
}

// True when `a` and `b` can be edited by one field: the same key, kind and range of values.
bool sameParam(const ParamSpec &a, const ParamSpec &b)
{
    return a.name == b.name && a.kind == b.kind && a.instanceFamily == b.instanceFamily && a.choices == b.choices
           && a.unit == b.unit;
}

// The parameters of the first component that every other one has too, in catalog order.
std::vector<const ParamSpec *> sharedParams(const ProjectDocument &document, const std::vector<std::string> &ids)
{
    std::vector<const ParamSpec *> shared;
    if (ids.empty())
        return shared;
    const ComponentSpec *first = Catalog::builtIn().find(document.component(ids.front())->type);
    if (!first)
        return shared;
    for (const ParamSpec &param : first->params) {
        bool everywhere = true;
        for (const std::string &id : ids) {
            const ComponentSpec *spec = Catalog::builtIn().find(document.component(id)->type);
            const ParamSpec *other = spec ? spec->param(param.name) : nullptr;
            everywhere = everywhere && other && sameParam(param, *other);
        }
        if (everywhere)
            shared.push_back(&param);
    }
    return shared;
}

} // namespace

MultiSelectionInspector::MultiSelectionInspector(ProjectDocument *document, std::vector<std::string> componentIds,
                                                 int connectionCount, const PriceBook &prices, QWidget *parent)
    : QWidget(parent), m_document(document), m_heading(new QLabel(this)), m_types(new QLabel(this)),
      m_cost(new QLabel(this))
{
    setObjectName(QStringLiteral("multiSelectionInspector"));
    for (std::string &id : componentIds)
        if (document->component(id))
            m_ids.push_back(std::move(id));
    const int components = static_cast<int>(m_ids.size());

    auto *layout = new QVBoxLayout(this);
    m_heading->setObjectName(QStringLiteral("selectionHeading"));
    m_heading->setWordWrap(true);
    m_heading->setText(QStringLiteral("<b>%1</b>").arg(
        tr("%1, %2 selected")
            .arg(countText(components, "1 component", "%1 components"),
                 countText(connectionCount, "1 connection", "%1 connections"))));
    layout->addWidget(m_heading);

    // "2 × Auto Scaling group, 1 × RDS", in catalog order.
    QStringList types;
    for (const ComponentSpec &spec : Catalog::builtIn().all()) {
        const auto n = std::count_if(m_ids.begin(), m_ids.end(),
                                     [&](const std::string &id) { return m_document->component(id)->type == spec.type; });
        if (n > 0)
            types << tr("%1 × %2").arg(n).arg(QString::fromStdString(spec.displayName));
    }
    m_types->setObjectName(QStringLiteral("selectionTypes"));
    m_types->setWordWrap(true);
    m_types->setText(types.join(QStringLiteral(", ")));
    m_types->setStyleSheet(QStringLiteral("color: #4b5563"));
    layout->addWidget(m_types);
    m_cost->setObjectName(QStringLiteral("selectionCost"));
    m_cost->setWordWrap(true);
    m_cost->setToolTip(tr("The sum of the selected components' monthly cost lines at average load."));
    layout->addWidget(m_cost);

    const std::vector<const ParamSpec *> shared = sharedParams(*document, m_ids);
    if (!shared.empty()) {
        auto *settings = new QGroupBox(tr("Set on all %1").arg(countText(components, "1 component", "%1 components")), this);
        auto *form = new QFormLayout(settings);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        const std::string priced = m_ids.front();  // instance lists priced as the first one is deployed
        const ComponentSpec &pricedSpec = *Catalog::builtIn().find(document->component(priced)->type);
        for (const ParamSpec *param : shared) {
            auto *field = new ParamField(*param, prices, [this, priced, &pricedSpec](const std::string &name) {
                return ComponentInspector::instancePriceKey(*m_document->component(priced), pricedSpec, name);
            }, settings);
            connect(field, &ParamField::edited, this,
                    [this, name = param->name](const std::optional<ParamValue> &value, int gesture) {
                        edit(name, value, gesture);
                    });
            QString label = QString::fromStdString(param->name);
            label.replace(u'_', u' ');
            form->addRow(label, field);
            m_fields[param->name] = field;
        }
        layout->addWidget(settings);
    } else if (components > 1) {
        auto *none = new QLabel(tr("These components share no parameter to edit together."), this);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addStretch(1);
    refresh();
    setResults(nullptr);
}

ParamField *MultiSelectionInspector::field(const std::string &name) const
{
    const auto found = m_fields.find(name);
    return found == m_fields.end() ? nullptr : found->second;
}

std::vector<std::string> MultiSelectionInspector::sharedParamNames() const
{
    std::vector<std::string> names;
    for (const ParamSpec *param : sharedParams(*m_document, m_ids))
        names.push_back(param->name);
    return names;
}

void MultiSelectionInspector::refresh()
{
    if (m_applying)
        return;
    for (const auto &[name, field] : m_fields) {
        std::optional<ParamValue> common;
        bool mixed = false;
        for (size_t i = 0; i < m_ids.size(); ++i) {
            const Component *component = m_document->component(m_ids[i]);
            if (!component)
                continue;
            const ParamValue *value = paramOrDefault(*component, Catalog::builtIn().find(component->type), name);
            const std::optional<ParamValue> here = value ? std::optional<ParamValue>(*value) : std::nullopt;
            if (i == 0)
                common = here;
            else if (here != common)
                mixed = true;
        }
        if (mixed)
            field->setMixed();
        else
            field->setValue(common);
        field->updatePrices();
    }
}

void MultiSelectionInspector::setResults(const DesignResultsPtr &results)
{
    if (!results || results->compileError) {
        m_cost->setText(tr("Monthly cost: —"));
        return;
    }
    double usdPerMonth = 0.0;
    int priced = 0;
    for (const std::string &id : m_ids)
        if (const ComponentCost *cost = results->componentCost(id)) {
            usdPerMonth += cost->monthlyUsd;
            ++priced;
        }
    m_cost->setText(priced == 0 ? tr("Monthly cost: —") : tr("Monthly cost: <b>%1</b> / month").arg(formatUsd(usdPerMonth)));
}

void MultiSelectionInspector::edit(const std::string &name, const std::optional<ParamValue> &value, int gesture)
{
    // Macros never merge, so a later step of the same gesture (the next value of a held spin
    // arrow) takes back the previous step, still on top of the stack, and replaces it.
    QUndoStack *stack = m_document->undoStack();
    const int top = stack->index();
    const bool sameGesture = m_lastMacro && top > 0 && top == stack->count() && stack->command(top - 1) == m_lastMacro
                             && name == m_lastName && gesture == m_lastGesture;
    m_applying = true;
    if (sameGesture)
        stack->undo();
    std::vector<std::pair<std::string, Component>> changes;
    for (const std::string &id : m_ids) {
        const Component *component = m_document->component(id);
        if (!component)
            continue;
        Component after = *component;
        if (value)
            after.params[name] = *value;
        else
            after.params.erase(name);
        if (after.params != component->params)
            changes.emplace_back(id, std::move(after));
    }
    m_lastMacro = nullptr;
    if (changes.empty()) {  // back where the gesture began: nothing to undo (the step stays redoable)
        m_applying = false;
        refresh();
        return;
    }
    stack->beginMacro(tr("Set %1 on %2").arg(QString::fromStdString(name),
                                             countText(static_cast<int>(m_ids.size()), "1 component", "%1 components")));
    for (auto &[id, after] : changes)
        edits::changeComponent(*m_document, id, std::move(after), tr("Set %1").arg(QString::fromStdString(name)));
    stack->endMacro();
    m_lastMacro = stack->command(stack->index() - 1);
    m_lastName = name;
    m_lastGesture = gesture;
    m_applying = false;
    refresh();
}

} // namespace headroom::designer

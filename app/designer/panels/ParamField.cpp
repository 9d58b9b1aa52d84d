// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ParamField.h"

#include "DisplayNumbers.h"
#include "ScrollWheelGuard.h"

#include "model/catalog/InstanceTypes.h"
#include "model/core/NumberText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QSpinBox>

#include <cmath>
#include <limits>

namespace headroom::designer {

namespace {

constexpr double kSpinMaximum = 1e12;
constexpr int kComboMinimumCharacters = 12;  // "db.r6g.xlarge" shows, the price may elide
constexpr int kSpinMinimumWidthPx = 96;      // the hint sizes for 1e12 and a suffix; values are short

double stepFor(const ParamSpec &spec)
{
    return spec.kind == ParamKind::Count ? 1.0 : spec.unit == "ms" ? 1.0 : 0.1;
}

} // namespace

ParamField::ParamField(const ParamSpec &spec, const PriceBook &prices,
                       std::function<std::string(const std::string &)> priceKey, QWidget *parent)
    : QWidget(parent), m_spec(spec), m_prices(prices), m_priceKey(std::move(priceKey))
{
    setObjectName(QStringLiteral("param_") + QString::fromStdString(spec.name));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const bool optional = !spec.defaultValue.has_value();
    switch (spec.kind) {
    case ParamKind::Flag: {
        auto *box = new QCheckBox(this);
        // clicked, not toggled: "mixed" (partially checked) already counts as checked, so a
        // click from it to checked would toggle nothing.
        connect(box, &QCheckBox::clicked, this, [this](bool on) {
            ++m_gesture;
            emitEdited(ParamValue(on));
        });
        m_editor = box;
        break;
    }
    case ParamKind::Choice:
    case ParamKind::InstanceType: {
        auto *combo = new QComboBox(this);
        // The priced labels are long ("m6i.large — 2 vCPU, 8 GiB, $0.096/h"): the box fits the
        // inspector's width and the open list shows them in full.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(kComboMinimumCharacters);
        if (spec.kind == ParamKind::Choice) {
            for (const std::string &choice : spec.choices)
                combo->addItem(QString::fromStdString(choice), QString::fromStdString(choice));
        } else {
            for (const InstanceType *type : InstanceTypes::builtIn().ofFamily(spec.instanceFamily))
                combo->addItem(QString::fromStdString(type->name), QString::fromStdString(type->name));
        }
        connect(combo, &QComboBox::activated, this, [this, combo](int index) {
            ++m_gesture;
            emitEdited(ParamValue(combo->itemData(index).toString().toStdString()));
        });
        m_editor = combo;
        break;
    }
    case ParamKind::Count:
    case ParamKind::Number:
    case ParamKind::Fraction: {
        auto *spin = new QDoubleSpinBox(this);
        const bool percent = spec.kind == ParamKind::Fraction;
        const double scale = percent ? 100.0 : 1.0;
        const double step = percent ? 1.0 : stepFor(spec);
        spin->setDecimals(spec.kind == ParamKind::Count ? 0 : percent ? 2 : 3);
        spin->setSingleStep(step);
        const double minimum = spec.minimum * scale + (spec.minimumExclusive ? std::pow(10.0, -spin->decimals()) : 0.0);
        m_spinMinimum = optional ? minimum - step : minimum;
        spin->setRange(m_spinMinimum, std::min(spec.maximum * scale, kSpinMaximum));
        if (optional)
            spin->setSpecialValueText(tr("auto (default)"));
        spin->setSuffix(percent ? QStringLiteral(" %") : spec.unit.empty() ? QString()
                                                                           : QStringLiteral(" ") + QString::fromStdString(spec.unit));
        if (spec.kind == ParamKind::Count && !spec.unit.empty()) {
            // "1 node", "2 nodes": the suffix follows the value (singularUnit keeps "ms" and "MB").
            const QString plural = QStringLiteral(" ") + QString::fromStdString(spec.unit);
            const QString singular = QStringLiteral(" ") + QString::fromStdString(singularUnit(spec.unit));
            connect(spin, &QDoubleSpinBox::valueChanged, spin, [spin, singular, plural](double value) {
                spin->setSuffix(value == 1.0 ? singular : plural);
            });
        }
        spin->setKeyboardTracking(false);
        spin->setAccelerated(true);
        spin->setMinimumWidth(kSpinMinimumWidthPx);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, spin, scale, optional](double value) {
            if (m_mixed && value == spin->minimum())
                return;  // still showing "mixed"
            if (optional && value == m_spinMinimum)
                emitEdited(std::nullopt);
            else
                emitEdited(ParamValue(value / scale));
        });
        connect(spin, &QDoubleSpinBox::editingFinished, this, [this] { ++m_gesture; });
        m_editor = spin;
        break;
    }
    }
    m_editor->setObjectName(QStringLiteral("editor_") + QString::fromStdString(spec.name));
    m_editor->setToolTip(QStringLiteral("%1<br><i>Default: %2</i>")
                             .arg(QString::fromStdString(spec.description).toHtmlEscaped(),
                                  QString::fromStdString(spec.source).toHtmlEscaped()));
    layout->addWidget(m_editor);
    ScrollWheelGuard::install(m_editor);  // scrolling the inspector past it never edits it
    updatePrices();
}

void ParamField::updatePrices(const std::string &region, const std::string &fallback)
{
    auto *combo = qobject_cast<QComboBox *>(m_editor);
    if (!combo || m_spec.kind != ParamKind::InstanceType || !m_priceKey)
        return;
    const std::string keys = m_priceKey(std::string()) + '|' + region + '|' + fallback;
    if (keys == m_pricedKeys)
        return;
    m_pricedKeys = keys;
    const PriceBook *book = m_prices.forRegion(region);
    const PriceBook *standIn = fallback.empty() ? nullptr : m_prices.forRegion(fallback);
    for (int index = 0; index < combo->count(); ++index) {
        const std::string name = combo->itemData(index).toString().toStdString();
        const InstanceType *type = InstanceTypes::builtIn().find(m_spec.instanceFamily, name);
        if (!type)
            continue;
        const std::string key = m_priceKey(name);
        const PriceEntry *price = book ? book->find(key) : nullptr;
        QString priced;
        if (price)
            priced = tr("%1/h").arg(formatPreciseUsd(price->tiers.front().usd));
        else if (const PriceEntry *other = standIn ? standIn->find(key) : nullptr)
            priced = tr("%1/h at %2 rates").arg(formatPreciseUsd(other->tiers.front().usd), QString::fromStdString(fallback));
        else
            priced = region.empty() ? tr("no price") : tr("no price in %1").arg(QString::fromStdString(region));
        combo->setItemText(index, tr("%1 — %2 vCPU, %3 GiB, %4")
                                      .arg(QString::fromStdString(type->name), formatPlain(type->vcpus),
                                           formatPlain(type->memoryGiB), priced));
    }
}

void ParamField::setValue(const std::optional<ParamValue> &value)
{
    m_updating = true;
    if (auto *box = qobject_cast<QCheckBox *>(m_editor)) {
        box->setTristate(false);
        box->setChecked(value && std::holds_alternative<bool>(*value) && std::get<bool>(*value));
    } else if (auto *combo = qobject_cast<QComboBox *>(m_editor)) {
        const QString text = value && std::holds_alternative<std::string>(*value)
                                 ? QString::fromStdString(std::get<std::string>(*value))
                                 : QString();
        int index = combo->findData(text);
        if (index < 0 && !text.isEmpty()) {  // a custom instance type set in the file
            combo->addItem(tr("%1 — custom").arg(text), text);
            index = combo->count() - 1;
        }
        combo->setPlaceholderText(QString());  // an unset optional choice is blank, not "mixed"
        combo->setCurrentIndex(index);
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(m_editor)) {
        if (m_mixed) {
            spin->setSpecialValueText(m_spec.defaultValue ? QString() : tr("auto (default)"));
            spin->setMinimum(m_spinMinimum);
        }
        const double scale = m_spec.kind == ParamKind::Fraction ? 100.0 : 1.0;
        if (value && std::holds_alternative<double>(*value))
            spin->setValue(std::get<double>(*value) * scale);
        else
            spin->setValue(spin->minimum());
    }
    m_mixed = false;
    m_updating = false;
}

void ParamField::setMixed()
{
    m_updating = true;
    m_mixed = true;
    if (auto *box = qobject_cast<QCheckBox *>(m_editor)) {
        box->setCheckState(Qt::PartiallyChecked);  // a click makes it checked: clicked(true)
    } else if (auto *combo = qobject_cast<QComboBox *>(m_editor)) {
        combo->setPlaceholderText(tr("mixed"));
        combo->setCurrentIndex(-1);
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(m_editor)) {
        // One step below the real range stands for "mixed", as "auto" does for an optional field.
        spin->setMinimum(m_spinMinimum - spin->singleStep());
        spin->setSpecialValueText(tr("mixed"));
        spin->setValue(spin->minimum());
    }
    m_updating = false;
}

void ParamField::emitEdited(const std::optional<ParamValue> &value)
{
    if (!m_updating)
        emit edited(value, m_gesture);
}

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/catalog/ParamSpec.h"
#include "pricing/PriceBook.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <string>

namespace headroom::designer {

// The editor for one parameter, chosen from its spec: a spin box for numbers and counts, a
// percentage for fractions, a check box for flags, a list for choices and instance types
// (with vCPUs, memory and the price book's hourly price). An optional parameter shows
// "auto" until set. `edited` carries the new value, or nothing to return to the default;
// `gesture` changes when the user finishes one edit, so a held spin arrow is one undo step.
// The mouse wheel over an editor without focus scrolls the inspector instead of changing it.
class ParamField : public QWidget
{
    Q_OBJECT

public:
    // `priceKey(name)` gives the price-book key of an instance type for this component.
    ParamField(const ParamSpec &spec, const PriceBook &prices, std::function<std::string(const std::string &)> priceKey,
               QWidget *parent = nullptr);

    const ParamSpec &spec() const { return m_spec; }
    void setValue(const std::optional<ParamValue> &value);  // shows it without emitting
    // Shows "mixed" (the components being edited together differ) without emitting; the next
    // edit sets one value, and the next setValue() ends the mixed state.
    void setMixed();
    bool isMixed() const { return m_mixed; }
    // Instance types: relabels the list with the hourly prices when the price keys or the
    // region changed (an RDS database switched to Multi-AZ is priced at the Multi-AZ rate; a
    // component in eu-west-1 at eu-west-1's). `region`: the AWS region the component is priced
    // in, empty for the primary book; `fallback`: its region's fallback_prices. Cheap when
    // nothing changed.
    void updatePrices(const std::string &region = {}, const std::string &fallback = {});
    QWidget *editor() const { return m_editor; }

signals:
    void edited(const std::optional<headroom::ParamValue> &value, int gesture);

private:
    void emitEdited(const std::optional<ParamValue> &value);

    ParamSpec m_spec;
    const PriceBook &m_prices;
    std::function<std::string(const std::string &)> m_priceKey;
    std::string m_pricedKeys;  // the key of an empty name: what the labels were priced with
    QWidget *m_editor = nullptr;
    bool m_updating = false;
    bool m_mixed = false;
    double m_spinMinimum = 0.0;  // the spin box's lowest value when not mixed
    int m_gesture = 0;
};

} // namespace headroom::designer

#pragma once

#include "model/catalog/ParamSpec.h"
#include "pricing/PriceBook.h"

#include <QWidget>

#include <optional>

namespace headroom::designer {

// The editor for one parameter, chosen from its spec: a spin box for numbers and counts, a
// percentage for fractions, a check box for flags, a list for choices and instance types
// (with vCPUs, memory and the price book's hourly price). An optional parameter shows
// "auto" until set. `edited` carries the new value, or nothing to return to the default;
// `gesture` changes when the user finishes one edit, so a held spin arrow is one undo step.
class ParamField : public QWidget
{
    Q_OBJECT

public:
    // `priceKey(name)` gives the price-book key of an instance type for this component.
    ParamField(const ParamSpec &spec, const PriceBook &prices, std::function<std::string(const std::string &)> priceKey,
               QWidget *parent = nullptr);

    const ParamSpec &spec() const { return m_spec; }
    void setValue(const std::optional<ParamValue> &value);  // shows it without emitting
    QWidget *editor() const { return m_editor; }

signals:
    void edited(const std::optional<headroom::ParamValue> &value, int gesture);

private:
    void emitEdited(const std::optional<ParamValue> &value);

    ParamSpec m_spec;
    QWidget *m_editor = nullptr;
    bool m_updating = false;
    int m_gesture = 0;
};

} // namespace headroom::designer

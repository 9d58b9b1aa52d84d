// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "DesignResults.h"
#include "document/ProjectDocument.h"

#include "model/catalog/ComponentSpec.h"

#include <QWidget>

#include <map>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace headroom::designer {

class ParamField;

// Every parameter of one component with the right editor, and its live results: arrival
// rate, capacity, utilization and what limits it, headroom, time per visit, in flight,
// availability, where it saturates, and its monthly cost line by line.
class ComponentInspector : public QWidget
{
    Q_OBJECT

public:
    ComponentInspector(ProjectDocument *document, std::string id, const PriceBook &prices, QWidget *parent = nullptr);

    const std::string &componentId() const { return m_id; }
    void refresh();  // the document changed: show its values
    void setResults(const DesignResultsPtr &results);
    ParamField *field(const std::string &name) const;
    QLabel *figure(const char *name) const;
    // The price-book key of one instance-hour of `name` for `component`, Multi-AZ or not as set.
    static std::string instancePriceKey(const Component &component, const ComponentSpec &spec, const std::string &name);

private:
    void refreshLabelWarning();
    void addFigure(QFormLayout *form, const char *name, const QString &label, const QString &toolTip);
    void edit(const std::string &name, const std::optional<ParamValue> &value, int gesture);

    ProjectDocument *m_document;
    std::string m_id;
    QLineEdit *m_label;
    QLabel *m_labelWarning;  // shown while another component has the same name
    QLineEdit *m_group;  // Component::group; "none" shown while it is empty
    QComboBox *m_region = nullptr;  // present when the project has regions
    QComboBox *m_zone = nullptr;
    std::map<std::string, ParamField *> m_fields;
    std::map<std::string, QLabel *> m_figures;
    QTableWidget *m_costLines;
    QLabel *m_warnings;
    int m_labelGesture = 0;
    int m_groupGesture = 0;
};

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "DesignResults.h"
#include "document/ProjectDocument.h"

#include <QWidget>

#include <map>
#include <string>
#include <vector>

class QLabel;
class QUndoCommand;

namespace headroom::designer {

class ParamField;

// The inspector for a selection of several items: how many components and connections, their
// types and summed monthly cost, and one editor for each parameter every selected component
// has (the same catalog key, kind and choices). Editing one sets it on all of them as a
// single undo step ("Set instance_type on 3 components"), and so do the steps of one gesture
// (a held spin arrow); a field whose values differ shows "mixed". The page is made for one selection; InspectorPanel makes a new one when it changes.
class MultiSelectionInspector : public QWidget
{
    Q_OBJECT

public:
    MultiSelectionInspector(ProjectDocument *document, std::vector<std::string> componentIds, int connectionCount,
                            const PriceBook &prices, QWidget *parent = nullptr);

    void refresh();  // the document changed: show its values
    void setResults(const DesignResultsPtr &results);
    QLabel *heading() const { return m_heading; }
    QLabel *costLabel() const { return m_cost; }
    ParamField *field(const std::string &name) const;
    std::vector<std::string> sharedParamNames() const;

private:
    void edit(const std::string &name, const std::optional<ParamValue> &value, int gesture);

    ProjectDocument *m_document;
    std::vector<std::string> m_ids;  // the selected components that still exist
    QLabel *m_heading;
    QLabel *m_types;
    QLabel *m_cost;
    std::map<std::string, ParamField *> m_fields;
    bool m_applying = false;  // inside our own macro: one refresh at its end
    // The last bulk edit, so that the next step of the same gesture replaces it.
    const QUndoCommand *m_lastMacro = nullptr;
    std::string m_lastName;
    int m_lastGesture = -1;
};

} // namespace headroom::designer

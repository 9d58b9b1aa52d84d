// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "DesignResults.h"
#include "document/ProjectDocument.h"

#include <QScrollArea>

namespace headroom::designer {

class DiagramScene;

// Shows the inspector for the selection: one component, one connection, several items
// (MultiSelectionInspector) or — with nothing selected — the project's workload and stages.
// The page always fits the panel's width: there is no horizontal scroll bar. Rebuilds only when the selection changes;
// document changes refresh values, results refresh figures.
class InspectorPanel : public QScrollArea
{
    Q_OBJECT

public:
    InspectorPanel(ProjectDocument *document, DiagramScene *scene, const PriceBook &prices, QWidget *parent = nullptr);

    void setResults(DesignResultsPtr results);
    QWidget *page() const { return widget(); }

private:
    void rebuild();
    void refresh();

    ProjectDocument *m_document;
    DiagramScene *m_scene;
    const PriceBook &m_prices;
    DesignResultsPtr m_results;
    QString m_shownKey;  // what the page shows: "component:<id>", "connection:<n>", "project",
                        // "many:<ids and indices>" (a new page whenever the selection changes)
};

} // namespace headroom::designer

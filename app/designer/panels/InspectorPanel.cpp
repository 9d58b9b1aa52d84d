// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "InspectorPanel.h"

#include "ComponentInspector.h"
#include "ConnectionInspector.h"
#include "MultiSelectionInspector.h"
#include "ProjectInspector.h"
#include "canvas/DiagramScene.h"


namespace headroom::designer {

InspectorPanel::InspectorPanel(ProjectDocument *document, DiagramScene *scene, const PriceBook &prices, QWidget *parent)
    : QScrollArea(parent), m_document(document), m_scene(scene), m_prices(prices)
{
    setObjectName(QStringLiteral("inspector"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // Pages lay out to the dock's width (wrapped labels, combo boxes that shrink): never sideways.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(scene, &QGraphicsScene::selectionChanged, this, &InspectorPanel::rebuild);
    connect(document, &ProjectDocument::changed, this, [this](const DocumentChange &change) {
        if (change.kind == ChangeKind::Users || change.kind == ChangeKind::Geometry)
            return;  // no page edits the user count or a position; figures come with results
        rebuild();  // keeps the page when the selection still names the same thing
        refresh();
    });
    rebuild();
}

void InspectorPanel::setResults(DesignResultsPtr results)
{
    m_results = std::move(results);
    if (auto *component = qobject_cast<ComponentInspector *>(widget()))
        component->setResults(m_results);
    else if (auto *connection = qobject_cast<ConnectionInspector *>(widget()))
        connection->setResults(m_results);
    else if (auto *project = qobject_cast<ProjectInspector *>(widget()))
        project->setResults(m_results);
    else if (auto *many = qobject_cast<MultiSelectionInspector *>(widget()))
        many->setResults(m_results);
}

void InspectorPanel::rebuild()
{
    const auto components = m_scene->selectedComponentIds();
    const auto connections = m_scene->selectedConnectionIndices();
    QString key = QStringLiteral("project");
    if (components.size() == 1 && connections.empty())
        key = QStringLiteral("component:") + QString::fromStdString(components.front());
    else if (components.empty() && connections.size() == 1)
        key = QStringLiteral("connection:%1").arg(connections.front());
    else if (!components.empty() || !connections.empty()) {
        QStringList parts;
        for (const std::string &id : components)
            parts << QString::fromStdString(id);
        for (int index : connections)
            parts << QString::number(index);
        key = QStringLiteral("many:") + parts.join(u',');
    }
    if (key == m_shownKey && widget())
        return;
    m_shownKey = key;
    QWidget *page = nullptr;
    if (key.startsWith(QStringLiteral("component:")) && m_document->component(components.front()))
        page = new ComponentInspector(m_document, components.front(), m_prices);
    else if (key.startsWith(QStringLiteral("connection:")))
        page = new ConnectionInspector(m_document, connections.front());
    else if (key.startsWith(QStringLiteral("many:")))
        page = new MultiSelectionInspector(m_document, components, static_cast<int>(connections.size()), m_prices);
    else
        page = new ProjectInspector(m_document, m_prices.regions());
    setWidget(page);
    setResults(m_results);
}

void InspectorPanel::refresh()
{
    if (auto *component = qobject_cast<ComponentInspector *>(widget()))
        component->refresh();
    else if (auto *connection = qobject_cast<ConnectionInspector *>(widget()))
        connection->refresh();
    else if (auto *project = qobject_cast<ProjectInspector *>(widget()))
        project->refresh();
    else if (auto *many = qobject_cast<MultiSelectionInspector *>(widget()))
        many->refresh();
}

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ItemCommands.h"

#include <algorithm>
#include <set>

namespace headroom::designer {

namespace {

// "Delete component", "Delete 3 components", "Delete 2 components and 5 connections".
QString deleteText(int components, int connections)
{
    const QString componentText = components == 1 ? QObject::tr("component") : QObject::tr("%1 components").arg(components);
    const QString connectionText = connections == 1 ? QObject::tr("connection") : QObject::tr("%1 connections").arg(connections);
    if (components > 0 && connections > 0)
        return QObject::tr("Delete %1 and %2").arg(componentText, connectionText);
    return QObject::tr("Delete %1").arg(components > 0 ? componentText : connectionText);
}

} // namespace

AddItemsCommand::AddItemsCommand(ProjectDocument *document, const QString &text, std::vector<Component> components,
                                 std::vector<Connection> connections)
    : QUndoCommand(text), m_document(document), m_components(std::move(components)),
      m_connections(std::move(connections))
{
}

void AddItemsCommand::redo()
{
    ProjectDocument::ChangeBatch batch(*m_document);
    for (const Component &component : m_components)
        m_document->insertComponent(static_cast<int>(m_document->project().components.size()), component);
    for (const Connection &connection : m_connections)
        m_document->insertConnection(static_cast<int>(m_document->project().connections.size()), connection);
}

void AddItemsCommand::undo()
{
    ProjectDocument::ChangeBatch batch(*m_document);
    for (size_t i = 0; i < m_connections.size(); ++i)
        m_document->removeConnection(static_cast<int>(m_document->project().connections.size()) - 1);
    for (size_t i = 0; i < m_components.size(); ++i)
        m_document->removeComponent(static_cast<int>(m_document->project().components.size()) - 1);
}

RemoveItemsCommand::RemoveItemsCommand(ProjectDocument *document, const std::vector<std::string> &componentIds,
                                       std::vector<int> connectionIndices)
    : m_document(document)
{
    const Project &project = document->project();
    const std::set<std::string> ids(componentIds.begin(), componentIds.end());
    std::set<int> connections(connectionIndices.begin(), connectionIndices.end());
    for (size_t i = 0; i < project.connections.size(); ++i)
        if (ids.contains(project.connections[i].from) || ids.contains(project.connections[i].to))
            connections.insert(static_cast<int>(i));
    for (int index : connections)
        if (index >= 0 && index < static_cast<int>(project.connections.size()))
            m_connections.emplace_back(index, project.connections[static_cast<size_t>(index)]);
    for (size_t i = 0; i < project.components.size(); ++i)
        if (ids.contains(project.components[i].id))
            m_components.emplace_back(static_cast<int>(i), project.components[i]);
    setText(deleteText(static_cast<int>(m_components.size()), static_cast<int>(m_connections.size())));
}

void RemoveItemsCommand::redo()
{
    ProjectDocument::ChangeBatch batch(*m_document);
    for (auto it = m_connections.rbegin(); it != m_connections.rend(); ++it)
        m_document->removeConnection(it->first);
    for (auto it = m_components.rbegin(); it != m_components.rend(); ++it)
        m_document->removeComponent(it->first);
}

void RemoveItemsCommand::undo()
{
    ProjectDocument::ChangeBatch batch(*m_document);
    for (const auto &[index, component] : m_components)
        m_document->insertComponent(index, component);
    for (const auto &[index, connection] : m_connections)
        m_document->insertConnection(index, connection);
}

} // namespace headroom::designer

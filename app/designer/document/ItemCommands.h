// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ProjectDocument.h"

#include <QUndoCommand>

#include <string>
#include <vector>

namespace headroom::designer {

// Appends components and connections (a drop from the palette, a paste, a new connection).
class AddItemsCommand : public QUndoCommand
{
public:
    AddItemsCommand(ProjectDocument *document, const QString &text, std::vector<Component> components,
                    std::vector<Connection> connections);
    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    std::vector<Component> m_components;
    std::vector<Connection> m_connections;
};

// Removes components, every connection that touches them, and the given connections;
// undo puts each back at its index.
class RemoveItemsCommand : public QUndoCommand
{
public:
    RemoveItemsCommand(ProjectDocument *document, const std::vector<std::string> &componentIds,
                       std::vector<int> connectionIndices);
    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document;
    std::vector<std::pair<int, Component>> m_components;    // ascending index
    std::vector<std::pair<int, Connection>> m_connections;  // ascending index
};

} // namespace headroom::designer

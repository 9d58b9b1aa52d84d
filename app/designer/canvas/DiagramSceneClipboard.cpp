// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// DiagramScene's clipboard: copy, cut and paste (kept apart from the scene's mirroring).

#include "DiagramScene.h"

#include "FreePlacement.h"
#include "NodeItem.h"
#include "document/DocumentEdits.h"

#include "model/io/ProjectFile.h"

#include <QMimeData>
#include <QSet>

#include <algorithm>
#include <map>

namespace headroom::designer {

namespace {

QString key(const std::string &id)
{
    return QString::fromStdString(id);
}

} // namespace

QMimeData *DiagramScene::copySelection() const
{
    const std::vector<std::string> ids = selectedComponentIds();
    if (ids.empty())
        return nullptr;
    Project subset;
    subset.stages.clear();
    subset.regions = m_document->project().regions;  // the copies keep their region and zone
    const QSet<QString> chosen = [&] {
        QSet<QString> set;
        for (const std::string &id : ids)
            set.insert(key(id));
        return set;
    }();
    for (const Component &component : m_document->project().components)
        if (chosen.contains(key(component.id)))
            subset.components.push_back(component);
    for (const Connection &connection : m_document->project().connections)
        if (chosen.contains(key(connection.from)) && chosen.contains(key(connection.to)))
            subset.connections.push_back(connection);
    auto *data = new QMimeData;
    const std::string text = serializeProject(subset);
    data->setData(kClipboardMime, QByteArray::fromStdString(text));
    data->setText(QString::fromStdString(text));
    return data;
}

QMimeData *DiagramScene::cutSelection()
{
    const std::vector<std::string> ids = selectedComponentIds();
    QMimeData *data = copySelection();
    if (!data)
        return nullptr;
    const Component *single = ids.size() == 1 ? m_document->component(ids.front()) : nullptr;
    const QString text = single ? tr("Cut %1").arg(QString::fromStdString(single->label.empty() ? single->id : single->label))
                                : tr("Cut %n components", nullptr, static_cast<int>(ids.size()));
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(text);
    deleteSelection();
    stack->endMacro();
    return data;
}

void DiagramScene::paste(const QMimeData *data, std::optional<QPointF> sceneTopLeft, const QString &text)
{
    if (!data || !data->hasFormat(kClipboardMime))
        return;
    const QByteArray bytes = data->data(kClipboardMime);
    auto parsed = parseProject(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())), "clipboard");
    if (!parsed) {
        const QString reason = tr("Nothing to paste: %1").arg(QString::fromStdString(parsed.error().message));
        emit statusMessage(reason);
        emit refused(reason);
        return;
    }
    // The copies keep their layout, moved as a group onto free space.
    std::vector<QRectF> group;
    QRectF bounds;
    for (const Component &component : parsed->components) {
        group.push_back(nodeRect(component.position));
        bounds |= group.back();
    }
    const QPointF offset = nearestFreeOffset(occupiedRects(), group, sceneTopLeft.value_or(bounds.topLeft()),
                                             NodeItem::kGrid, NodeItem::kGrid);
    // New ids for the copies, with their connections renamed to match.
    std::map<std::string, std::string> renamed;
    ProjectDocument probe(m_document->project());
    std::vector<Component> components;
    for (Component component : parsed->components) {
        const std::string id = probe.uniqueId(component.id);
        renamed[component.id] = id;
        component.id = id;
        const auto &regions = m_document->project().regions;
        if (std::none_of(regions.begin(), regions.end(), [&](const Region &r) { return r.id == component.region; })) {
            component.region.clear();  // pasted into a design without that region
            component.zone.clear();
        }
        component.position.x += offset.x();
        component.position.y += offset.y();
        probe.insertComponent(static_cast<int>(probe.project().components.size()), component);
        components.push_back(std::move(component));
    }
    std::vector<Connection> connections;
    for (Connection connection : parsed->connections) {
        connection.from = renamed[connection.from];
        connection.to = renamed[connection.to];
        connections.push_back(std::move(connection));
    }
    edits::addItems(*m_document, text.isEmpty() ? tr("Paste") : text, components, connections);
    QList<QGraphicsItem *> pasted;
    for (const Component &component : components)
        if (NodeItem *item = node(component.id))
            pasted << item;
    setSelection(pasted);
}

} // namespace headroom::designer

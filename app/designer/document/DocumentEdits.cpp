// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "DocumentEdits.h"

#include "ItemCommands.h"
#include "ValueChangeCommand.h"

#include "model/core/TextLimits.h"

#include <QCoreApplication>

#include <algorithm>

namespace headroom::designer::edits {

namespace {

QString tr(const char *text, int count = -1)
{
    return QCoreApplication::translate("edits", text, nullptr, count);
}

} // namespace

void addItems(ProjectDocument &document, const QString &text, std::vector<Component> components,
              std::vector<Connection> connections)
{
    document.undoStack()->push(new AddItemsCommand(&document, text, std::move(components), std::move(connections)));
}

void removeItems(ProjectDocument &document, const std::vector<std::string> &componentIds,
                 std::vector<int> connectionIndices)
{
    if (componentIds.empty() && connectionIndices.empty())
        return;
    document.undoStack()->push(new RemoveItemsCommand(&document, componentIds, std::move(connectionIndices)));
}

void changeComponent(ProjectDocument &document, const std::string &id, Component after, const QString &text,
                     const QString &mergeKey, ChangeKind kind)
{
    const Component *before = document.component(id);
    if (!before)
        return;
    // What the file format holds (TextLimits.h): a pasted essay stops at the limit.
    after.label = truncatedToCharacters(after.label, kMaxNameLength);
    after.group = truncatedToCharacters(after.group, kMaxNameLength);
    ProjectDocument *doc = &document;
    auto apply = [doc, id, kind](const Component &value) {
        doc->replaceComponent(doc->componentIndex(id), value, kind);
    };
    document.undoStack()->push(new ValueChangeCommand<Component>(
        text, *before, std::move(after), apply,
        mergeKey.isEmpty() ? QString() : QStringLiteral("component/%1/%2").arg(QString::fromStdString(id), mergeKey)));
}

void moveComponents(ProjectDocument &document, const std::vector<std::pair<std::string, Position>> &moves,
                    const QString &text)
{
    if (moves.empty())
        return;
    ProjectDocument::ChangeBatch batch(document);
    QUndoStack *stack = document.undoStack();
    stack->beginMacro(!text.isEmpty()       ? text
                      : moves.size() == 1 ? tr("Move component")
                                          : tr("Move %n components", static_cast<int>(moves.size())));
    for (const auto &[id, position] : moves) {
        const Component *component = document.component(id);
        if (!component)
            continue;
        Component after = *component;
        after.position = position;
        changeComponent(document, id, after, tr("Move"), {}, ChangeKind::Geometry);
    }
    stack->endMacro();
}

void changeConnection(ProjectDocument &document, int index, Connection after, const QString &text,
                      const QString &mergeKey)
{
    ProjectDocument *doc = &document;
    // Connections have no id; an edit addresses its index, which stays valid because any
    // command that inserts or removes connections is undone before this one can be.
    auto apply = [doc, index](const Connection &value) { doc->replaceConnection(index, value); };
    document.undoStack()->push(new ValueChangeCommand<Connection>(
        text, document.project().connections[static_cast<size_t>(index)], std::move(after), apply,
        mergeKey.isEmpty() ? QString() : QStringLiteral("connection/%1/%2").arg(index).arg(mergeKey)));
}

void changeWorkload(ProjectDocument &document, Workload after, const QString &text, const QString &mergeKey)
{
    ProjectDocument *doc = &document;
    const Workload before = document.project().workload;
    // The user count is not part of the edit (setUsers moves it outside the undo stack): an
    // undo or redo leaves it where the user last put it.
    after.users = before.users;
    auto apply = [doc](const Workload &value) {
        Workload kept = value;
        kept.users = doc->project().workload.users;
        doc->setWorkload(kept, ChangeKind::Design);
    };
    document.undoStack()->push(new ValueChangeCommand<Workload>(
        text, before, std::move(after), apply, mergeKey.isEmpty() ? QString() : QStringLiteral("workload/") + mergeKey));
}

void setUsers(ProjectDocument &document, double users)
{
    document.setUsers(users);
}

void changeStages(ProjectDocument &document, std::vector<Stage> after)
{
    for (Stage &stage : after)
        stage.name = truncatedToCharacters(stage.name, kMaxNameLength);
    ProjectDocument *doc = &document;
    auto apply = [doc](const std::vector<Stage> &value) { doc->setStages(value); };
    document.undoStack()->push(
        new ValueChangeCommand<std::vector<Stage>>(tr("Edit stages"), document.project().stages, std::move(after), apply));
}

void changeRegions(ProjectDocument &document, std::vector<Region> after)
{
    for (Region &region : after) {
        region.id = truncatedToCharacters(region.id, kMaxNameLength);
        region.name = truncatedToCharacters(region.name, kMaxNameLength);
        for (std::string &zone : region.zones)
            zone = truncatedToCharacters(zone, kMaxNameLength);
    }
    ProjectDocument::ChangeBatch batch(document);
    QUndoStack *stack = document.undoStack();
    stack->beginMacro(tr("Edit regions"));
    for (const Component &component : document.project().components) {
        if (component.region.empty())
            continue;
        const auto region = std::find_if(after.begin(), after.end(), [&](const Region &r) { return r.id == component.region; });
        const bool regionGone = region == after.end();
        const bool zoneGone = !regionGone && !component.zone.empty()
                              && std::find(region->zones.begin(), region->zones.end(), component.zone) == region->zones.end();
        if (regionGone || zoneGone) {
            Component placed = component;
            if (regionGone)
                placed.region.clear();
            placed.zone.clear();
            changeComponent(document, component.id, placed, tr("Unplace"));
        }
    }
    ProjectDocument *doc = &document;
    auto apply = [doc](const std::vector<Region> &value) { doc->setRegions(value); };
    stack->push(new ValueChangeCommand<std::vector<Region>>(tr("Edit regions"), document.project().regions, std::move(after), apply));
    stack->endMacro();
}

void setRegionFallbackPrices(ProjectDocument &document, const std::string &regionId, const std::string &fallbackRegion)
{
    std::vector<Region> after = document.project().regions;
    const auto region = std::find_if(after.begin(), after.end(), [&](const Region &r) { return r.id == regionId; });
    if (region == after.end() || region->fallbackPrices == fallbackRegion)
        return;
    region->fallbackPrices = fallbackRegion;
    ProjectDocument *doc = &document;
    auto apply = [doc](const std::vector<Region> &value) { doc->setRegions(value); };
    document.undoStack()->push(new ValueChangeCommand<std::vector<Region>>(
        tr("Change region prices"), document.project().regions, std::move(after), apply));
}

void placeComponent(ProjectDocument &document, const std::string &id, const std::string &region, const std::string &zone)
{
    const Component *component = document.component(id);
    if (!component)
        return;
    Component placed = *component;
    placed.region = region;
    placed.zone = region.empty() ? std::string() : zone;
    changeComponent(document, id, placed, tr("Place in region"));
}

void replaceProject(ProjectDocument &document, Project after, const QString &text)
{
    ProjectDocument *doc = &document;
    // As with the workload, the user count stays where the user put it.
    auto apply = [doc](const Project &value) {
        Project kept = value;
        kept.workload.users = doc->project().workload.users;
        doc->replaceProject(std::move(kept));
    };
    after.workload.users = document.project().workload.users;
    document.undoStack()->push(new ValueChangeCommand<Project>(text, document.project(), std::move(after), apply));
}

ProjectIdentity ProjectIdentity::of(const Project &project)
{
    return {project.name, project.description, project.availabilityTarget};
}

void changeIdentity(ProjectDocument &document, ProjectIdentity after, const QString &text, const QString &mergeKey)
{
    after.name = truncatedToCharacters(after.name, kMaxNameLength);
    after.description = truncatedToCharacters(after.description, kMaxDescriptionLength);
    ProjectDocument *doc = &document;
    auto apply = [doc](const ProjectIdentity &value) {
        doc->setIdentity(value.name, value.description, value.availabilityTarget);
    };
    document.undoStack()->push(new ValueChangeCommand<ProjectIdentity>(
        text, ProjectIdentity::of(document.project()), std::move(after), apply,
        mergeKey.isEmpty() ? QString() : QStringLiteral("identity/") + mergeKey));
}

void setPurchaseOption(ProjectDocument &document, PurchaseOption option)
{
    ProjectDocument *doc = &document;
    auto apply = [doc](const PurchaseOption &value) { doc->setPurchaseOption(value); };
    document.undoStack()->push(new ValueChangeCommand<PurchaseOption>(
        tr("Change purchase option"), document.project().purchaseOption, option, apply));
}

} // namespace headroom::designer::edits

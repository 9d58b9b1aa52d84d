// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ProjectDocument.h"

#include <QString>

#include <string>
#include <vector>

namespace headroom::designer {

// The edits the views make, each pushed onto the document's undo stack as one command and
// notified to the views once.
// `mergeKey` (optional) lets a continuous gesture collapse into a single undo step.
namespace edits {

// What names a project and what it promises: edited together in the project inspector.
struct ProjectIdentity
{
    std::string name;
    std::string description;
    double availabilityTarget = 0.999;  // 0..1, what the advisor and the right-sizer aim at

    static ProjectIdentity of(const Project &project);
    bool operator==(const ProjectIdentity &) const = default;
};

void addItems(ProjectDocument &document, const QString &text, std::vector<Component> components,
              std::vector<Connection> connections);
void removeItems(ProjectDocument &document, const std::vector<std::string> &componentIds,
                 std::vector<int> connectionIndices);
void changeComponent(ProjectDocument &document, const std::string &id, Component after, const QString &text,
                     const QString &mergeKey = {}, ChangeKind kind = ChangeKind::Design);
// Moves components as one undo step, named `text` (default "Move N components").
void moveComponents(ProjectDocument &document, const std::vector<std::pair<std::string, Position>> &moves,
                    const QString &text = {});
void changeConnection(ProjectDocument &document, int index, Connection after, const QString &text,
                      const QString &mergeKey = {});
void changeWorkload(ProjectDocument &document, Workload after, const QString &text, const QString &mergeKey = {});
// Shows the design at `users`: not an edit (no undo step, the document stays unmodified).
void setUsers(ProjectDocument &document, double users);
void changeStages(ProjectDocument &document, std::vector<Stage> after);
// Sets the regions; components placed in a region that no longer exists (or in a zone its
// region no longer has) lose that placement in the same undo step.
void changeRegions(ProjectDocument &document, std::vector<Region> after);
// Sets which AWS region's prices stand in for what region `regionId`'s price book lacks
// (Region::fallbackPrices; empty: such a price is missing), as one undo step. Nothing for an
// unknown region or an unchanged value.
void setRegionFallbackPrices(ProjectDocument &document, const std::string &regionId, const std::string &fallbackRegion);
void placeComponent(ProjectDocument &document, const std::string &id, const std::string &region, const std::string &zone);
void setPurchaseOption(ProjectDocument &document, PurchaseOption option);
// The project's name, description and availability target, as one undoable step.
void changeIdentity(ProjectDocument &document, ProjectIdentity after, const QString &text, const QString &mergeKey = {});
// Replaces the whole design in one undo step (an advisor's fix, a right-sizing).
void replaceProject(ProjectDocument &document, Project after, const QString &text);

} // namespace edits
} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "DocumentChange.h"

#include <algorithm>

namespace headroom::designer {

void DocumentChange::merge(const DocumentChange &next)
{
    if (kind != next.kind) {
        // A users edit and a move in one step is neither alone: re-evaluate and re-sync.
        const bool cheap = (kind == ChangeKind::Users || kind == ChangeKind::Geometry)
                           && (next.kind == ChangeKind::Users || next.kind == ChangeKind::Geometry);
        kind = cheap ? ChangeKind::Design : std::max(kind, next.kind);
    }
    if (!structure) {
        for (const std::string &id : next.componentIds)
            if (std::find(componentIds.begin(), componentIds.end(), id) == componentIds.end())
                componentIds.push_back(id);
        // Past a few hundred ids a full re-sync is as cheap as the bookkeeping (and stays linear).
        if (componentIds.size() > kMaxListedIds)
            structure = true;
    }
    if (structure || next.structure)
        componentIds.clear();
    connectionsEdited = connectionsEdited || next.connectionsEdited;
    structure = structure || next.structure;
}

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace headroom::designer {

// What a change touched, so that views redo only what they must: a new user count needs a
// re-evaluation, a moved component only a repaint, an edited parameter a recompile.
enum class ChangeKind {
    Users,       // workload.users only
    Geometry,    // positions only
    Design,      // components, connections, parameters, workload, stages, purchase option
    Everything,  // a new project was loaded
};

// One notification of ProjectDocument::changed: everything one command (or one undo or redo
// of it) did to the project, merged. Views use it to re-sync only what changed.
struct DocumentChange
{
    static constexpr size_t kMaxListedIds = 256;

    ChangeKind kind = ChangeKind::Design;
    // Components replaced in place (a parameter, a label, a position), each listed once;
    // empty when `structure` is set.
    std::vector<std::string> componentIds;
    // Connections were replaced in place (indices unchanged).
    bool connectionsEdited = false;
    // Components or connections were inserted or removed, or the regions or the whole project
    // changed: indices may have moved, so views re-sync everything.
    bool structure = false;

    // This change followed by `next`, as one.
    void merge(const DocumentChange &next);
};

} // namespace headroom::designer

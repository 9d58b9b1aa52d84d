// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/design/Project.h"

#include <optional>
#include <string>
#include <string_view>

namespace headroom {

// The fast path of parseProject: reads a project file straight into a Project as it scans it
// (JsonScanner.h), no document tree. It takes only what the tree reader (ProjectFile.cpp) accepts
// and gives the same Project for it; at the first thing it does not take (a syntax error, an
// unknown key, a wrong type, a key that needs a later version, a duplicate key, ...) it stops
// and returns nothing, and parseProject runs the tree reader, which names the problem exactly as
// before. Validation (ProjectValidator) is the caller's.
struct SaxProjectRead
{
    std::optional<Project> project;
    // When the read stopped at a key that appears twice in one object: its JSON pointer
    // ("/components" for a second "components" at the top). The tree reader keeps the last of
    // the two (nlohmann's behaviour); rejecting duplicates is `duplicateKey`'s to report.
    std::optional<std::string> duplicateKey;
};

SaxProjectRead readProjectSax(std::string_view text);

} // namespace headroom

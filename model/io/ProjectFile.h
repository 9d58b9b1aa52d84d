// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/core/AtomicFile.h"  // writeFileAtomically, with which projects are saved
#include "model/core/Expected.h"
#include "model/design/Project.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace headroom {

// Project file (model/README.md): {"format": "headroom-project", "version": 2, "name",
// "workload", "stages", "components", "connections", "regions", ...}. Version 1 files (no
// regions) are read and migrated: they are one-region designs; saving writes version 2.
inline constexpr int kProjectFormatVersion = 3;

// Parses and validates a project. Errors carry `fileName`, and either the line and column of
// a JSON syntax error or the JSON pointer of the value that breaks a rule.
// Reads straight into the Project (ProjectSaxReader) when it can, and through a document tree
// otherwise, so that an error is named by the tree reader.
Expected<Project> parseProject(std::string_view text, const std::string &fileName);

// The tree reader alone: the same results as parseProject, slower (for the tests and fuzzers
// that check the two readers agree).
Expected<Project> parseProjectTree(std::string_view text, const std::string &fileName);

// The largest project file Headroom reads (model/README.md): a thousand-component design is
// about 1 MiB, so this is far past any real one, and small enough to read without harm.
inline constexpr std::uintmax_t kMaxProjectBytes = 256ull * 1024 * 1024;

// Reads `path` (a regular file of at most kMaxProjectBytes: a FIFO, a device, a folder or a
// larger file is refused at once) and parses it; a file that cannot be read is an error naming it.
Expected<Project> readProjectFile(const std::string &path);

// The project as JSON (the current version), keys in documented order, parameters only as the project sets them
// (defaults stay implicit so that a catalog update reaches old files).
std::string serializeProject(const Project &project);

class JsonStreamWriter;
// The same JSON as serializeProject, written as the next value of `writer` (nested in another
// document, as the advisor's changed projects are).
void writeProjectJson(JsonStreamWriter &writer, const Project &project);


} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <ostream>

namespace headroom::cli {

// `headroom-cli report …` draws with the designer's widgets, which headroom-cli does not link (so
// every other command runs without Qt). It runs the report tool, `headroom-report`, with the same
// arguments instead: beside headroom-cli in a build tree, or in ../libexec/headroom/ as installed.
// Returns the tool's exit code; on POSIX the tool replaces this process and this returns only
// when it could not be started (exit 1, with the path it looked for on `err`).
int launchReportTool(int argc, char **argv, std::ostream &err);

} // namespace headroom::cli

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CliArguments.h"

#include <ostream>

namespace headroom::cli {

// The commands that evaluate a project; each returns the process exit code.
int evaluateCommand(const CliArguments &arguments, std::ostream &out, std::ostream &err);
int sweepCommand(const CliArguments &arguments, std::ostream &out, std::ostream &err);
int stagesCommand(const CliArguments &arguments, std::ostream &out, std::ostream &err);
int validateCommand(const CliArguments &arguments, std::ostream &out, std::ostream &err);

} // namespace headroom::cli

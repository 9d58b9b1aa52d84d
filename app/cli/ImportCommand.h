// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CliArguments.h"

#include <ostream>

namespace headroom::cli {

// `import terraform PLAN.json --out DESIGN.json [--usage USAGE.yml] [--force]`: builds a design
// from the JSON of `terraform show -json PLANFILE`, writes it (atomically; an existing file only
// with --force, never the plan itself) and prints the import summary.
int importCommand(const CliArguments &arguments, std::ostream &out, std::ostream &err);

} // namespace headroom::cli

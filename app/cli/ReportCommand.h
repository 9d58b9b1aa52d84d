// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CliArguments.h"

#include <ostream>

namespace headroom::cli {

// `report FILE --out report.pdf [--stages 1000,10000,…] [--page a4|letter] [--prices BOOK]`:
// the designer's stage report, rendered on the offscreen platform (no display needed).
int reportCommand(int argc, char **argv, const CliArguments &arguments, std::ostream &out, std::ostream &err);

} // namespace headroom::cli

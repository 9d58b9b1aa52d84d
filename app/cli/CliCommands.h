// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <ostream>

namespace headroom::cli {

// Runs `headroom-cli` with argv; output to `out`, messages to `err`. Returns the exit code:
// 0 success, 1 bad input, 2 bad usage.
int run(int argc, char **argv, std::ostream &out, std::ostream &err);

} // namespace headroom::cli

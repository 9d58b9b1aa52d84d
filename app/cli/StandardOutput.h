// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <ostream>

namespace headroom::cli {

// Makes a write past a file-size limit (ulimit -f) fail with EFBIG, which every write reports,
// instead of the SIGXFSZ signal killing the process halfway through. Call first in main.
void ignoreFileSizeSignal();

// Flushes standard output and returns `exitCode`, or, when standard output could not take
// everything written to it (a full disk, /dev/full, a closed file), says so on `err` and
// returns 1 (or `exitCode` when that already tells of a failure): lost output never exits 0.
int finishStandardOutput(int exitCode, std::ostream &err);

} // namespace headroom::cli

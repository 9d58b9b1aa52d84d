// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

namespace headroom::cli {

// Sets up the C library's heap for one short run of headroom-cli, before anything is allocated
// that matters. A CLI process lives for one command and then exits, so the heap is never given
// back to the system during the run: a block that is freed is reused, not faulted in afresh; and
// on Linux the heap is asked for in transparent huge pages (2 MiB), so a 10,000-component
// evaluate touches its ~40 MiB in a few dozen page faults instead of ~10,000 (issue 19: the
// kernel's page faults were a quarter of the process's time).
// The figures and output are the same either way; on a C library or kernel that offers neither,
// this does nothing. Call it once, first thing in main(); not for long-lived programs.
void prepareHeapForOneRun();

} // namespace headroom::cli

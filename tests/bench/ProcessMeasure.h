// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Runs a program to completion and reports its wall time and peak resident memory, read from
// the kernel through wait4(2). POSIX only (the benchmarks run on Linux).

#include <string>
#include <vector>

namespace headroom::bench {

struct ProcessCost
{
    double wallMs = 0.0;
    double cpuMs = 0.0;  // user + system time: what the run cost, less sensitive to a busy machine
    long peakRssKb = 0;
    int exitCode = -1;
};

ProcessCost runMeasured(const std::vector<std::string> &arguments, const std::vector<std::string> &extraEnvironment = {});

// The median of `runs` runs of the same command.
ProcessCost medianOf(int runs, const std::vector<std::string> &arguments, const std::vector<std::string> &extraEnvironment = {});

} // namespace headroom::bench

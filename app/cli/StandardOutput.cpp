// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "StandardOutput.h"

#include "CliSupport.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

namespace headroom::cli {

void ignoreFileSizeSignal()
{
#ifdef SIGXFSZ
    std::signal(SIGXFSZ, SIG_IGN);
#endif
}

int finishStandardOutput(int exitCode, std::ostream &err)
{
    // std::cout writes through stdio's buffer: a full device is only seen when that is flushed.
    errno = 0;
    std::cout.flush();
    int why = errno;
    const bool streamFailed = !std::cout;
    const bool flushFailed = std::fflush(stdout) != 0;
    if (why == 0)
        why = errno;
    if (!streamFailed && !flushFailed && !std::ferror(stdout))
        return exitCode;
    std::string reason = why != 0 ? std::string(" (") + std::strerror(why) + ")" : std::string();
    err << "headroom-cli: cannot write to standard output" << reason << "; the output is incomplete\n";
    err.flush();
    return exitCode == Success ? BadInput : exitCode;
}

} // namespace headroom::cli

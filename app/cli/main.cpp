// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "app/cli/CliCommands.h"
#include "app/cli/ProcessMemory.h"
#include "app/cli/StandardOutput.h"

#include <iostream>

int main(int argc, char **argv)
{
    headroom::cli::prepareHeapForOneRun();
    headroom::cli::ignoreFileSizeSignal();
    const int code = headroom::cli::run(argc, argv, std::cout, std::cerr);
    return headroom::cli::finishStandardOutput(code, std::cerr);
}

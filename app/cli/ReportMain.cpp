// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// headroom-report: the stage report renderer behind `headroom-cli report`. It is a program of its
// own because it links the designer's drawing code, which the other commands do without.

#include "CliArguments.h"
#include "CliSupport.h"
#include "ReportCommand.h"
#include "StandardOutput.h"

#include <iostream>

int main(int argc, char **argv)
{
    using namespace headroom::cli;
    ignoreFileSizeSignal();
    const CliArguments arguments = CliArguments::parse(argc, argv);
    if (!arguments.error.empty())
        return usageError(std::cerr, arguments.error);
    if (arguments.command != "report")
        return usageError(std::cerr, "headroom-report renders the stage report; run it as "
                                     "headroom-cli report FILE --out report.pdf");
    return finishStandardOutput(reportCommand(argc, argv, arguments, std::cout, std::cerr), std::cerr);
}

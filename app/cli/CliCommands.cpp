// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "CliCommands.h"

#include "AdviceCommands.h"
#include "CatalogText.h"
#include "ImportCommand.h"
#include "CliSupport.h"
#include "ModelCommands.h"
#include "PricesCommand.h"
#include "ReportLauncher.h"

#ifndef HEADROOM_VERSION
#define HEADROOM_VERSION "unknown"
#endif

namespace headroom::cli {

int run(int argc, char **argv, std::ostream &out, std::ostream &err)
{
    const CliArguments arguments = CliArguments::parse(argc, argv);
    if (!arguments.error.empty())
        return usageError(err, arguments.error);
    const std::string &command = arguments.command;
    if (command == "--help" || command == "help") {
        out << kUsage;
        return Success;
    }
    if (command == "--version") {
        out << "headroom-cli " << HEADROOM_VERSION << "\n";
        return Success;
    }
    if (command == "evaluate")
        return evaluateCommand(arguments, out, err);
    if (command == "sweep")
        return sweepCommand(arguments, out, err);
    if (command == "stages")
        return stagesCommand(arguments, out, err);
    if (command == "validate")
        return validateCommand(arguments, out, err);
    if (command == "advise")
        return adviseCommand(arguments, out, err);
    if (command == "rightsize")
        return rightsizeCommand(arguments, out, err);
    if (command == "report")
        return launchReportTool(argc, argv, err);
    if (command == "import")
        return importCommand(arguments, out, err);
    if (command == "prices")
        return pricesCommand(arguments, out, err);
    if (command == "catalog") {
        if (!arguments.positional.empty() || !arguments.options.empty())
            return usageError(err, "catalog takes no arguments");
        out << catalogToMarkdown();
        return Success;
    }
    if (command.empty())
        return usageError(err, "no command given");
    return usageError(err, "unknown command \"" + command + "\"");
}

} // namespace headroom::cli

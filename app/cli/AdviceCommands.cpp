// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "AdviceCommands.h"

#include "CliSupport.h"
#include "SearchProgress.h"

#include "model/core/SafeText.h"
#include "model/export/AdviceJson.h"
#include "model/io/ProjectFile.h"

namespace headroom::cli {

int adviseCommand(const CliArguments &arguments, std::ostream &out, std::ostream &err)
{
    if (auto unknown = arguments.unknownOption({"users", "format", "prices"}))
        return usageError(err, "advise has no option --" + *unknown);
    const auto format = formatOption(arguments, {"text", "json"});
    if (!format)
        return usageError(err, "--format must be text or json");
    std::string problem;
    const auto users = numberOption(arguments, "users", 0.0, 1e12, problem);
    if (!problem.empty())
        return usageError(err, problem);
    std::optional<LoadedProject> loaded;
    if (int code = loadProject(arguments, err, loaded))
        return code;
    const double count = users.value_or(loaded->project.workload.users);
    const std::vector<Finding> findings = advise(loaded->project, count, loaded->prices);
    const WhatBreaksNext next = whatBreaksNext(loaded->project, count, loaded->prices);
    out << (*format == "json" ? adviceToJson(count, findings, next)
                              : escapedControls(adviceToText(loaded->project.name, count, findings, next)));
    return Success;
}

int rightsizeCommand(const CliArguments &arguments, std::ostream &out, std::ostream &err)
{
    if (auto unknown = arguments.unknownOption({"users", "max-utilization", "min-availability", "format", "out",
                                                "prices"}))
        return usageError(err, "rightsize has no option --" + *unknown);
    const auto format = formatOption(arguments, {"text", "json"});
    if (!format)
        return usageError(err, "--format must be text or json");
    std::string problem;
    const auto users = numberOption(arguments, "users", 0.0, 1e12, problem);
    const auto maxUtilization = numberOption(arguments, "max-utilization", 0.01, 1.0, problem);
    const auto minAvailability = numberOption(arguments, "min-availability", 0.0, 0.999999, problem);
    if (!problem.empty())
        return usageError(err, problem);
    if (!users)
        return usageError(err, "rightsize needs --users N");
    if (auto clash = outputOverInput(arguments, {"prices"}))
        return inputError(err, *clash);
    std::optional<LoadedProject> loaded;
    if (int code = loadProject(arguments, err, loaded))
        return code;
    SearchProgress progress(err, "rightsize");
    const RightSizeResult result = rightSize(loaded->project, *users, loaded->prices, maxUtilization.value_or(0.7),
                                             minAvailability ? std::optional<double>(*minAvailability) : std::nullopt,
                                             [&progress](double fraction) { return progress(fraction); });
    if (result.cancelled) {
        err << "headroom-cli: rightsize stopped at " << percentDone(progress.lastFraction())
            << " (Ctrl+C); nothing printed or written\n";
        return Stopped;
    }
    out << (*format == "json" ? rightSizeToJson(result) : escapedControls(rightSizeToText(loaded->project.name, result)));
    if (!result.ok)
        return inputError(err, arguments.positional.front() + ": " + result.message);
    if (const auto path = arguments.options.find("out"); path != arguments.options.end()) {
        if (auto error = writeFileAtomically(path->second, serializeProject(result.project)))
            return inputError(err, error->toString());
        if (*format == "text")
            out << "\nwrote " << path->second << "\n";
    }
    return Success;
}

} // namespace headroom::cli

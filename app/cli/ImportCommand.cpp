// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ImportCommand.h"

#include "CliSupport.h"

#include "model/core/SafeText.h"
#include "model/import/TerraformImport.h"
#include "model/io/ProjectFile.h"

#include <filesystem>
#include <system_error>

namespace headroom::cli {


int importCommand(const CliArguments &arguments, std::ostream &out, std::ostream &err)
{
    if (arguments.positional.empty() || arguments.positional.front() != "terraform")
        return usageError(err, "import takes a source: import terraform PLAN.json --out DESIGN.json");
    if (auto unknown = arguments.unknownOption({ "out", "usage" }))
        return usageError(err, "import terraform has no option --" + *unknown);
    if (arguments.positional.size() != 2)
        return usageError(err, "import terraform takes exactly one PLAN.json (from terraform show -json PLANFILE)");
    if (!arguments.options.contains("out"))
        return usageError(err, "import terraform needs --out DESIGN.json");
    const std::string &planPath = arguments.positional[1];
    const std::string &outPath = arguments.options.at("out");
    const auto usagePath = arguments.options.find("usage");

    if (auto clash = outputOverInput(arguments, {"usage"}))
        return inputError(err, *clash);
    std::error_code code;
    if (std::filesystem::exists(std::filesystem::symlink_status(outPath, code)) && !arguments.flags.contains("force"))
        return inputError(err, outPath + ": already exists; add --force to replace it");

    UsageSettings usage;
    if (usagePath != arguments.options.end()) {
        Expected<UsageSettings> read = readUsageFile(usagePath->second);
        if (!read)
            return inputError(err, read.error().toString());
        usage = std::move(read).value();
    }
    Expected<TerraformImport> imported = importTerraformPlanFile(planPath, usage);
    if (!imported)
        return inputError(err, imported.error().toString());
    if (auto error = writeFileAtomically(outPath, serializeProject(imported->project)))
        return inputError(err, error->toString());
    out << escapedControls(importSummaryText(imported->summary)) << "\nWrote " << outPath << ".\n";
    return Success;
}

} // namespace headroom::cli

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ModelCommands.h"

#include "CliSupport.h"
#include "TextFormat.h"

#include "model/core/SafeText.h"
#include "model/cost/CostModel.h"
#include "model/export/EvaluationJson.h"
#include "model/evaluation/Evaluator.h"
#include "model/analysis/StageTable.h"
#include "model/analysis/Sweep.h"

namespace headroom::cli {

int evaluateCommand(const CliArguments &arguments, std::ostream &out, std::ostream &err)
{
    if (auto unknown = arguments.unknownOption({"users", "format", "prices"}))
        return usageError(err, "evaluate has no option --" + *unknown);
    const auto format = formatOption(arguments, {"json", "text"});
    if (!format)
        return usageError(err, "--format must be json or text");
    std::string problem;
    const auto users = numberOption(arguments, "users", 0.0, 1e12, problem);
    if (!problem.empty())
        return usageError(err, problem);
    std::optional<LoadedProject> loaded;
    if (int code = loadProject(arguments, err, loaded))
        return code;
    const double count = users.value_or(loaded->project.workload.users);
    const Evaluation evaluation = evaluate(loaded->model, count);
    const SystemCost cost = costOf(loaded->model, count, loaded->prices, loaded->project.purchaseOption);
    if (*format == "json")
        writeEvaluationJson(out, evaluation, &cost, &loaded->prices);
    else
        out << escapedControls(evaluationToText(loaded->project.name, loaded->model, evaluation, &cost));
    return Success;
}

int sweepCommand(const CliArguments &arguments, std::ostream &out, std::ostream &err)
{
    if (auto unknown = arguments.unknownOption({"from", "to", "points", "format", "prices"}))
        return usageError(err, "sweep has no option --" + *unknown);
    const auto format = formatOption(arguments, {"csv", "json"});
    if (!format)
        return usageError(err, "--format must be csv or json");
    std::string problem;
    const auto from = numberOption(arguments, "from", 1e-6, 1e12, problem);
    const auto to = numberOption(arguments, "to", 1e-6, 1e12, problem);
    const auto points = numberOption(arguments, "points", 1, 100000, problem);
    if (!problem.empty())
        return usageError(err, problem);
    if (!from || !to || !points)
        return usageError(err, "sweep needs --from, --to and --points");
    if (*to < *from)
        return usageError(err, "--to must be ≥ --from");
    if (*points != static_cast<double>(static_cast<int>(*points)))
        return usageError(err, "--points must be a whole number");
    std::optional<LoadedProject> loaded;
    if (int code = loadProject(arguments, err, loaded))
        return code;
    const auto rows = sweep(loaded->model, logSpacedUsers(*from, *to, static_cast<int>(*points)),
                            &loaded->prices, loaded->project.purchaseOption);
    out << (*format == "csv" ? sweepToCsv(rows) : sweepToJson(rows));
    return Success;
}

int stagesCommand(const CliArguments &arguments, std::ostream &out, std::ostream &err)
{
    if (auto unknown = arguments.unknownOption({"format", "prices"}))
        return usageError(err, "stages has no option --" + *unknown);
    const auto format = formatOption(arguments, {"text", "json", "csv"});
    if (!format)
        return usageError(err, "--format must be text, json or csv");
    std::optional<LoadedProject> loaded;
    if (int code = loadProject(arguments, err, loaded))
        return code;
    const auto rows = stageTable(loaded->model, loaded->project.stages, loaded->prices,
                                 loaded->project.purchaseOption);
    if (*format == "json")
        out << stagesToJson(rows);
    else if (*format == "csv")
        out << stagesToCsv(rows);
    else
        out << escapedControls(stagesToText(loaded->project.name, rows, loaded->prices));
    return Success;
}

int validateCommand(const CliArguments &arguments, std::ostream &out, std::ostream &err)
{
    if (auto unknown = arguments.unknownOption({}))
        return usageError(err, "validate has no option --" + *unknown);
    std::optional<LoadedProject> loaded;
    if (int code = loadProject(arguments, err, loaded, false))
        return code;
    out << arguments.positional.front() << ": valid (" << loaded->project.components.size() << " components, "
        << loaded->project.connections.size() << " connections)\n";
    return Success;
}

} // namespace headroom::cli

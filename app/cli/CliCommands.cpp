#include "CliCommands.h"

#include "CatalogText.h"
#include "CliArguments.h"
#include "TextFormat.h"

#include "model/CompiledModel.h"
#include "model/EvaluationJson.h"
#include "model/Evaluator.h"
#include "model/ProjectFile.h"
#include "model/Sweep.h"

#ifndef HEADROOM_VERSION
#define HEADROOM_VERSION "unknown"
#endif

namespace headroom::cli {

namespace {

constexpr const char *kUsage =
    "Usage:\n"
    "  headroom-cli evaluate FILE [--users N] [--format json|text]\n"
    "  headroom-cli sweep FILE --from A --to B --points K [--format csv|json]\n"
    "  headroom-cli validate FILE\n"
    "  headroom-cli catalog\n"
    "  headroom-cli --help | --version\n"
    "\n"
    "FILE is a Headroom project (JSON, format \"headroom-project\"; see model/README.md).\n"
    "evaluate  the model at N users (default: the project's workload.users)\n"
    "sweep     K user counts spaced evenly in log from A to B, one row each\n"
    "validate  exit 0 if FILE is a valid project, else print the first error\n"
    "catalog   every component type with its parameters, defaults and their sources\n"
    "\n"
    "Exit status: 0 success, 1 bad input, 2 bad usage.\n";

int usageError(std::ostream &err, const std::string &message)
{
    err << "headroom-cli: " << message << "\n\n" << kUsage;
    return BadUsage;
}

int inputError(std::ostream &err, const ModelError &error)
{
    err << "headroom-cli: " << error.toString() << "\n";
    return BadInput;
}

// Reads and compiles the project named by the single positional argument.
struct Loaded
{
    Project project;
    CompiledModel model;
};

int load(const CliArguments &arguments, std::ostream &err, std::optional<Loaded> &loaded)
{
    if (arguments.positional.size() != 1)
        return usageError(err, arguments.command + " takes exactly one FILE");
    const std::string &path = arguments.positional.front();
    auto project = readProjectFile(path);
    if (!project)
        return inputError(err, project.error());
    auto model = compileModel(*project);
    if (!model) {
        ModelError error = model.error();
        error.file = path;
        return inputError(err, error);
    }
    loaded = Loaded{std::move(project).value(), std::move(model).value()};
    return Success;
}

std::optional<double> numberOption(const CliArguments &arguments, const char *name, double minimum,
                                   double maximum, std::string &problem)
{
    const auto found = arguments.options.find(name);
    if (found == arguments.options.end())
        return std::nullopt;
    const auto value = parseNumber(found->second);
    if (!value || *value < minimum || *value > maximum)
        problem = std::string("--") + name + " must be a number from " + groupedNumber(minimum, minimum < 1 && minimum > 0 ? 6 : 0)
                  + " to " + groupedNumber(maximum) + ", not \"" + found->second + "\"";
    return value;
}

int evaluateCommand(const CliArguments &arguments, std::ostream &out, std::ostream &err)
{
    if (auto unknown = arguments.unknownOption({"users", "format"}))
        return usageError(err, "evaluate has no option --" + *unknown);
    const std::string format = arguments.options.contains("format") ? arguments.options.at("format") : "json";
    if (format != "json" && format != "text")
        return usageError(err, "--format must be json or text");
    std::string problem;
    const auto users = numberOption(arguments, "users", 0.0, 1e12, problem);
    if (!problem.empty())
        return usageError(err, problem);
    std::optional<Loaded> loaded;
    if (int code = load(arguments, err, loaded))
        return code;
    const Evaluation evaluation = evaluate(loaded->model, users.value_or(loaded->project.workload.users));
    out << (format == "json" ? evaluationToJson(evaluation)
                             : evaluationToText(loaded->project.name, evaluation));
    return Success;
}

int sweepCommand(const CliArguments &arguments, std::ostream &out, std::ostream &err)
{
    if (auto unknown = arguments.unknownOption({"from", "to", "points", "format"}))
        return usageError(err, "sweep has no option --" + *unknown);
    const std::string format = arguments.options.contains("format") ? arguments.options.at("format") : "csv";
    if (format != "csv" && format != "json")
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
    std::optional<Loaded> loaded;
    if (int code = load(arguments, err, loaded))
        return code;
    const auto rows = sweep(loaded->model, logSpacedUsers(*from, *to, static_cast<int>(*points)));
    out << (format == "csv" ? sweepToCsv(rows) : sweepToJson(rows));
    return Success;
}

int validateCommand(const CliArguments &arguments, std::ostream &out, std::ostream &err)
{
    if (auto unknown = arguments.unknownOption({}))
        return usageError(err, "validate has no option --" + *unknown);
    std::optional<Loaded> loaded;
    if (int code = load(arguments, err, loaded))
        return code;
    out << arguments.positional.front() << ": valid (" << loaded->project.components.size()
        << " components, " << loaded->project.connections.size() << " connections)\n";
    return Success;
}

} // namespace

int run(int argc, char **argv, std::ostream &out, std::ostream &err)
{
    const CliArguments arguments = CliArguments::parse(argc, argv);
    if (!arguments.error.empty())
        return usageError(err, arguments.error);
    if (arguments.command == "--help" || arguments.command == "help") {
        out << kUsage;
        return Success;
    }
    if (arguments.command == "--version") {
        out << "headroom-cli " << HEADROOM_VERSION << "\n";
        return Success;
    }
    if (arguments.command == "evaluate")
        return evaluateCommand(arguments, out, err);
    if (arguments.command == "sweep")
        return sweepCommand(arguments, out, err);
    if (arguments.command == "validate")
        return validateCommand(arguments, out, err);
    if (arguments.command == "catalog") {
        if (!arguments.positional.empty() || !arguments.options.empty())
            return usageError(err, "catalog takes no arguments");
        out << catalogToMarkdown();
        return Success;
    }
    if (arguments.command.empty())
        return usageError(err, "no command given");
    return usageError(err, "unknown command \"" + arguments.command + "\"");
}

} // namespace headroom::cli

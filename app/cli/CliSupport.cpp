// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "CliSupport.h"

#include "TextFormat.h"

#include "model/core/BoundedFile.h"
#include "model/core/SafeText.h"
#include "model/core/NumberText.h"
#include "model/io/ProjectFile.h"
#include "pricing/PriceBookFile.h"

#include <filesystem>

namespace headroom::cli {

const char *const kUsage =
    "Usage:\n"
    "  headroom-cli evaluate FILE [--users N] [--format json|text] [--prices BOOK]\n"
    "  headroom-cli sweep FILE --from A --to B --points K [--format csv|json] [--prices BOOK]\n"
    "  headroom-cli stages FILE [--format text|json|csv] [--prices BOOK]\n"
    "  headroom-cli report FILE --out report.pdf [--stages 1000,10000,...] [--page a4|letter] [--prices BOOK]\n"
    "  headroom-cli advise FILE [--users N] [--format text|json] [--prices BOOK]\n"
    "  headroom-cli rightsize FILE --users N [--max-utilization 0.7] [--min-availability 0.9995]\n"
    "                         [--format text|json] [--out FILE] [--prices BOOK]\n"
    "  headroom-cli validate FILE\n"
    "  headroom-cli prices import OFFER.json --out BOOK.json [--region R] [--base BOOK|none]\n"
    "  headroom-cli import terraform PLAN.json --out DESIGN.json [--usage USAGE.yml] [--force]\n"
    "  headroom-cli catalog\n"
    "  headroom-cli --help | --version\n"
    "\n"
    "FILE is a Headroom project (JSON, format \"headroom-project\"; see model/README.md).\n"
    "BOOK is a price book (format \"headroom-price-book\"; see pricing/README.md). Each component is\n"
    "priced from its region's book: bundled books for us-east-1, us-west-2 and eu-west-1; --prices\n"
    "BOOK replaces the bundled book of BOOK's region (or adds one for another region).\n"
    "evaluate  the model and its monthly cost at N users (default: the project's workload.users)\n"
    "sweep     K user counts spaced evenly in log from A to B, one row each\n"
    "stages    each of the project's stages: users, peak rps, monthly cost on demand and committed\n"
    "          for 1 and 3 years, bottleneck, nines; then how much to commit at each stage\n"
    "report    the stage report as a PDF: the designer's renderer, no display needed\n"
    "advise    what is wrong with the design at N users, each fix with its before → after figures,\n"
    "          and what breaks next with the fix that buys the most users per dollar\n"
    "rightsize the cheapest instance classes and counts that keep every utilization ≤ U and\n"
    "          availability ≥ A at N users; --out writes that design (exit 1 when none is found)\n"
    "validate  exit 0 if FILE is a valid project, else print the first error\n"
    "prices    import an AWS Price List bulk offer file (EC2, RDS, ElastiCache) into a price book,\n"
    "          layered onto --base (default: the bundled book when its region matches)\n"
    "import    a design from a Terraform plan (terraform show -json PLANFILE > PLAN.json): its\n"
    "          components, sizes, regions and connections; --usage sets what a plan cannot say\n"
    "          (users, request rates, hit ratios; see model/import/README.md)\n"
    "catalog   every component type with its parameters, defaults and their sources\n"
    "\n"
    "Exit status: 0 success, 1 bad input, 2 bad usage.\n";

int usageError(std::ostream &err, const std::string &message)
{
    err << "headroom-cli: " << message << "\n\n" << kUsage;
    return BadUsage;
}

std::optional<std::string> outputOverInput(const CliArguments &arguments, std::initializer_list<const char *> inputOptions)
{
    const auto out = arguments.options.find("out");
    if (out == arguments.options.end())
        return std::nullopt;
    std::vector<std::string> inputs(arguments.positional.begin(), arguments.positional.end());
    for (const char *name : inputOptions)
        if (const auto found = arguments.options.find(name); found != arguments.options.end())
            inputs.push_back(found->second);
    for (const std::string &input : inputs) {
        std::error_code code;
        if (std::filesystem::equivalent(out->second, input, code) && !code)
            return out->second + ": is also an input of the command (" + input + "); choose another --out";
    }
    return std::nullopt;
}

int inputError(std::ostream &err, const std::string &message)
{
    err << "headroom-cli: " << escapedControls(message) << "\n";
    return BadInput;
}

int loadProject(const CliArguments &arguments, std::ostream &err, std::optional<LoadedProject> &loaded,
                bool withPrices)
{
    if (arguments.positional.size() != 1)
        return usageError(err, arguments.command + " takes exactly one FILE");
    const std::string &path = arguments.positional.front();
    auto project = readProjectFile(path);
    if (!project)
        return inputError(err, project.error().toString());
    auto model = compileValidatedModel(*project);  // parseProject has validated it
    if (!model) {
        ModelError error = model.error();
        error.file = path;
        return inputError(err, error.toString());
    }
    PriceBook prices;
    if (withPrices)
        prices = bundledPriceBook();
    if (const auto book = arguments.options.find("prices"); book != arguments.options.end()) {
        std::string problem;
        std::optional<PriceBook> read = readPriceBookArgument(book->second, problem);
        if (!read)
            return inputError(err, problem);
        prices = withRegionBook(bundledPriceBook(), std::move(*read));
    }
    loaded = LoadedProject{std::move(project).value(), std::move(model).value(), std::move(prices)};
    return Success;
}

std::optional<PriceBook> readPriceBookArgument(const std::string &path, std::string &problem)
{
    Expected<std::string> text = readBoundedFile(path, kMaxPriceBookBytes);
    if (!text) {
        problem = text.error().toString();
        return std::nullopt;
    }
    PriceBookResult read = parsePriceBook(text.value(), path);
    if (!read.book)
        problem = read.error.toString();
    return std::move(read.book);
}

std::optional<double> numberOption(const CliArguments &arguments, const char *name, double minimum,
                                   double maximum, std::string &problem)
{
    const auto found = arguments.options.find(name);
    if (found == arguments.options.end())
        return std::nullopt;
    const auto value = parseNumber(found->second);
    if (!value || *value < minimum || *value > maximum)
        problem = std::string("--") + name + " must be a number from "
                  + groupedText(minimum, minimum < 1 && minimum > 0 ? 6 : 0) + " to " + groupedText(maximum)
                  + ", not \"" + found->second + "\"";
    return value;
}

std::optional<std::string> formatOption(const CliArguments &arguments, std::initializer_list<const char *> allowed)
{
    const auto found = arguments.options.find("format");
    if (found == arguments.options.end())
        return std::string(*allowed.begin());
    for (const char *format : allowed)
        if (found->second == format)
            return found->second;
    return std::nullopt;
}

} // namespace headroom::cli

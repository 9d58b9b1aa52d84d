// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CliArguments.h"

#include "model/compile/CompiledModel.h"
#include "model/core/ModelError.h"
#include "model/design/Project.h"
#include "pricing/PriceBook.h"

#include <optional>
#include <ostream>
#include <string>

namespace headroom::cli {

// Exit codes: 0 success, 1 bad input (the message names the file and the place), 2 bad usage.
enum ExitCode { Success = 0, BadInput = 1, BadUsage = 2, Stopped = 130 };  // 130: stopped by Ctrl+C (128 + SIGINT)

extern const char *const kUsage;

int usageError(std::ostream &err, const std::string &message);
int inputError(std::ostream &err, const std::string &message);

// The error when --out names one of the command's inputs (a positional file or the value of one
// of `inputOptions`), compared after resolving links; nothing when --out is elsewhere or absent.
// A command never writes its output over what it reads (issue 20, item 6).
std::optional<std::string> outputOverInput(const CliArguments &arguments, std::initializer_list<const char *> inputOptions);

// The project named by the single positional argument, compiled, with the price book from
// --prices (default: the bundled book).
struct LoadedProject
{
    Project project;
    CompiledModel model;
    PriceBook prices;
};

// Returns Success and fills `loaded`, or the exit code after printing the error. Without
// `withPrices` (validate, which prices nothing) `loaded->prices` stays empty.
int loadProject(const CliArguments &arguments, std::ostream &err, std::optional<LoadedProject> &loaded,
                bool withPrices = true);

// The price book at `path`, read only from a regular file of at most kMaxPriceBookBytes;
// empty with `problem` set (naming the file and the place) when it cannot be used.
std::optional<PriceBook> readPriceBookArgument(const std::string &path, std::string &problem);

// A number option within [minimum, maximum]; sets `problem` to a usage message when it is not.
std::optional<double> numberOption(const CliArguments &arguments, const char *name, double minimum,
                                   double maximum, std::string &problem);

// The value of --format, which must be one of `allowed` (the first is the default).
std::optional<std::string> formatOption(const CliArguments &arguments, std::initializer_list<const char *> allowed);

} // namespace headroom::cli

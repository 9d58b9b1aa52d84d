// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace headroom::cli {

// argv split into a command, positional words, --options with values ("--users 1000" or
// "--users=1000") and the few --flags that take none (kFlags).
struct CliArguments
{
    std::string command;
    std::vector<std::string> positional;
    std::map<std::string, std::string> options;
    std::set<std::string> flags;  // "force"
    std::string error;  // non-empty when argv could not be read

    static CliArguments parse(int argc, char **argv);

    // The names of options not in `allowed`, for a usage error.
    std::optional<std::string> unknownOption(std::initializer_list<const char *> allowed) const;
};

// A finite number written in full ("1e6" and "1000000" both work); nothing else.
std::optional<double> parseNumber(const std::string &text);

} // namespace headroom::cli

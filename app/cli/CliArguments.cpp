// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "CliArguments.h"

#include <charconv>
#include <cmath>

namespace headroom::cli {

CliArguments CliArguments::parse(int argc, char **argv)
{
    CliArguments arguments;
    for (int i = 1; i < argc; ++i) {
        const std::string word = argv[i];
        if (word.rfind("--", 0) == 0 && word.size() > 2 && word != "--help" && word != "--version") {
            const auto equals = word.find('=');
            if (word == "--force") {  // the one flag: replace an existing output file
                arguments.flags.insert(word.substr(2));
            } else if (equals != std::string::npos) {
                arguments.options[word.substr(2, equals - 2)] = word.substr(equals + 1);
            } else if (i + 1 < argc) {
                arguments.options[word.substr(2)] = argv[++i];
            } else {
                arguments.error = "option " + word + " needs a value";
                return arguments;
            }
        } else if (arguments.command.empty()) {
            arguments.command = word;
        } else {
            arguments.positional.push_back(word);
        }
    }
    return arguments;
}

std::optional<std::string> CliArguments::unknownOption(std::initializer_list<const char *> allowed) const
{
    for (const auto &[name, value] : options) {
        bool known = false;
        for (const char *option : allowed)
            known = known || name == option;
        if (!known)
            return name;
    }
    return std::nullopt;
}

std::optional<double> parseNumber(const std::string &text)
{
    double value = 0.0;
    const char *begin = text.data();
    const char *end = begin + text.size();
    const auto [ptr, code] = std::from_chars(begin, end, value);
    if (code != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace headroom::cli

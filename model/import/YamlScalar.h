// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Internal to the YAML subset reader (YamlSubset.h): one line's `key: value`, its scalars and
// the error that names the line.

#include "model/core/ModelError.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace headroom {

// Thrown inside the YAML reader only and caught at its edge (parseYamlSubset).
struct YamlFailure
{
    ModelError error;
};

// The line being read, for messages: "usage.yml:7: sequences are not supported in a usage file".
struct YamlLine
{
    std::string fileName;
    int number = 0;  // 1-based

    [[noreturn]] void fail(const std::string &message) const;
};

struct YamlEntry
{
    std::string key;
    // The scalar after the colon; none when nothing follows it but a comment (then a nested
    // mapping may follow on deeper lines, else the key's value is null).
    std::optional<nlohmann::json> value;
};

// Reads `key: value` from a line with its indentation removed; fails naming `line` on anything
// outside the subset.
YamlEntry readEntry(std::string_view text, const YamlLine &line);

// A plain scalar typed as YAML 1.2's core schema types it: true/false (also True, TRUE, ...),
// null/~, decimal numbers and .inf/.nan; otherwise the text itself.
nlohmann::json plainScalar(const std::string &text, const YamlLine &line);

} // namespace headroom

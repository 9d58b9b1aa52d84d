// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Internal to the usage-file reader (it brings in nlohmann): the small YAML subset a usage file
// may be written in, read into the same JSON tree a JSON usage file gives, so both forms share
// one interpreter. The subset (model/import/README.md, "Usage file"):
//   - block mappings nested by indentation of spaces (a tab in indentation is an error);
//   - `key: value` with plain, 'single' or "double" quoted keys and scalars on one line;
//   - plain scalars typed as in YAML 1.2's core schema: true/false, null/~, decimal numbers
//     (12, -3, 0.8, 1e5, .inf, .nan), anything else a string;
//   - `#` comments on their own line or after a space; blank lines; one leading `---`.
// Everything else YAML has (sequences, flow collections, anchors/aliases/tags, multi-line and
// block scalars, complex keys, directives, several documents) and duplicate keys are errors
// naming the file and line.

#include "model/core/Expected.h"
#include "pricing/JsonKeys.h"  // childPointer

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <string_view>

namespace headroom {

struct YamlTree
{
    // Keys sorted, not in file order (nlohmann's ordered map finds keys by linear search, which a
    // 16 MiB file of one long mapping would make quadratic); lineOfPointer keeps their lines.
    nlohmann::json root = nlohmann::json::object();
    // RFC 6901 pointer of every key ("/resource_usage/aws_lambda_function.worker") → its
    // 1-based line, so an error found in the tree can name the line.
    std::map<std::string, int> lineOfPointer;

    // The line of `pointer`, or of its nearest ancestor that has one; 0 when none does.
    int lineOf(std::string pointer) const;
};

// An empty or comment-only text gives an empty mapping. Errors carry `fileName` and the line.
Expected<YamlTree> parseYamlSubset(std::string_view text, const std::string &fileName);

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <string>

namespace headroom {

// What went wrong, and where: the file, and either a JSON pointer into it
// ("/components/3/params/instances") or a 1-based line and column for syntax errors.
struct ModelError
{
    std::string file;     // may be empty when the input did not come from a file
    std::string pointer;  // RFC 6901 JSON pointer; empty when not applicable
    int line = 0;         // 1-based; 0 when unknown
    int column = 0;       // 1-based; 0 when unknown
    std::string message;  // the rule that was broken, e.g. "must be ≥ 0"

    // "three-tier.json: /components/3/params/instances: must be ≥ 0"
    // "three-tier.json:12:5: syntax error: ..."
    std::string toString() const;

    static ModelError at(std::string pointer, std::string message);
};

} // namespace headroom

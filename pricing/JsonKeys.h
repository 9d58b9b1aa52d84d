// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// JSON written by people, read strictly: helpers every Headroom reader shares. They live in
// pricing/ because it sits below every model layer (tests/layering/CheckModelLayers.cmake): the
// price book reader and the model's readers (project, usage file, Terraform plan) all use them.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace headroom {

// `pointer` + "/" + `key` with `~` and `/` escaped as RFC 6901 says ("~0", "~1").
std::string childPointer(const std::string &pointer, const std::string &key);

// The 1-based line and column (in characters, not UTF-8 bytes) of byte `byte` of `text`, for
// a message that points at a JSON syntax error.
void lineAndColumn(std::string_view text, std::size_t byte, int &line, int &column);

struct DuplicateKey
{
    std::string pointer;  // of the second occurrence, e.g. "/components"
    std::string key;
};

// The first key that appears twice in one object of `text`, if any. JSON allows it and a DOM
// parser keeps the last value silently, so a file holding two "components" arrays would lose
// one without a word. `text` must already be known to parse; on a syntax error: none.
// Linear in the text (a SAX pass; each object's keys in a set).
std::optional<DuplicateKey> firstDuplicateKey(std::string_view text);

} // namespace headroom

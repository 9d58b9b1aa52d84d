// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <cstddef>
#include <string>

namespace headroom {

// The longest texts a project holds, in characters (Unicode code points). Past them a file
// is refused with the value's pointer, and the designer's editors stop there. They keep
// every copy of a name in a table, a sentence or a report cheap: a name is read at every
// stage, every line and every chart point.
inline constexpr std::size_t kMaxNameLength = 200;          // project, component id, label and group,
                                                            // stage, region id and name, zone, text parameter
inline constexpr std::size_t kMaxDescriptionLength = 10000; // the project's description

// The characters (code points) of UTF-8 text: its bytes other than continuation bytes.
std::size_t characterCount(const std::string &text);

// `text` cut to at most `maxCharacters` characters, never inside a UTF-8 sequence.
std::string truncatedToCharacters(const std::string &text, std::size_t maxCharacters);

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <string>
#include <string_view>

namespace headroom {

// `text` safe to print to a terminal: control characters other than the line break (C0, DEL
// and C1, which carry escape sequences that set a window's title or clear the screen) are
// written as \x1b, and the bidirectional overrides and isolates (U+202A–U+202E,
// U+2066–U+2069, which reverse the digits that follow them) as \u{202E}. Everything else,
// including other UTF-8, is unchanged.
std::string escapedControls(std::string_view text);

} // namespace headroom

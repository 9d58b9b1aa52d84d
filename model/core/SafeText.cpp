// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/core/SafeText.h"

#include <cstdio>

namespace headroom {

namespace {

std::string hexByte(unsigned value)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "\\x%02x", value & 0xFFu);
    return buffer;
}

} // namespace

std::string escapedControls(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if ((byte < 0x20 && byte != '\n') || byte == 0x7F) {
            out += hexByte(byte);
        } else if (byte == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80
                   && static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
            out += hexByte(static_cast<unsigned char>(text[++i]));  // a C1 control, U+0080–U+009F
        } else if (byte == 0xE2 && i + 2 < text.size()) {
            const auto second = static_cast<unsigned char>(text[i + 1]);
            const auto third = static_cast<unsigned char>(text[i + 2]);
            const bool embedding = second == 0x80 && third >= 0xAA && third <= 0xAE;  // U+202A–U+202E
            const bool isolate = second == 0x81 && third >= 0xA6 && third <= 0xA9;    // U+2066–U+2069
            if (embedding || isolate) {
                char buffer[16];
                std::snprintf(buffer, sizeof buffer, "\\u{%04X}",
                              0x2000u + ((second & 0x3Fu) << 6) + (third & 0x3Fu));
                out += buffer;
                i += 2;
            } else {
                out += text[i];
            }
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/import/YamlScalar.h"

#include <charconv>
#include <cstdint>
#include <limits>

namespace headroom {

using nlohmann::json;

namespace {

const char *const kNotSupported = " are not supported in a usage file";

bool spaceOrEnd(std::string_view text, size_t at)
{
    return at >= text.size() || text[at] == ' ' || text[at] == '\t';
}

// Refuses what YAML would read as something other than a plain or quoted scalar, by the
// indicator `text` starts with.
void rejectIndicator(std::string_view text, const YamlLine &line)
{
    const std::string supported = kNotSupported;
    switch (text.front()) {
    case '-':
        if (spaceOrEnd(text, 1))
            line.fail("sequences" + supported);
        break;
    case '?':
        if (spaceOrEnd(text, 1))
            line.fail("complex keys (?)" + supported);
        break;
    case ':':
        if (spaceOrEnd(text, 1))
            line.fail("a key is missing before the colon");
        break;
    case '[': case ']': case '{': case '}': case ',':
        line.fail("flow collections ({...} and [...])" + supported);
    case '&': case '*': case '!':
        line.fail("anchors, aliases and tags (&, *, !)" + supported);
    case '|': case '>':
        line.fail("block scalars (| and >)" + supported);
    case '%':
        line.fail("directives and scalars starting with %" + supported + "; quote the text");
    case '@': case '`':
        line.fail(std::string("a plain scalar may not start with ") + text.front() + "; quote the text");
    default:
        break;
    }
}

void appendUtf8(std::string &out, std::uint32_t code, const YamlLine &line)
{
    if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        line.fail("an escape names no Unicode character");
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// The escape after a backslash at text[at]; returns the index past it.
size_t readEscape(std::string_view text, size_t at, std::string &out, const YamlLine &line)
{
    if (at >= text.size())
        line.fail("the quoted scalar is not closed on its line (multi-line scalars" + std::string(kNotSupported)
                  + ")");
    const char c = text[at];
    static constexpr std::string_view simple = "0abtnvfre \"/\\";
    static constexpr std::string_view meaning("\0\a\b\t\n\v\f\r\x1b \"/\\", 13);
    if (const size_t i = simple.find(c); i != std::string_view::npos) {
        out += meaning[i];
        return at + 1;
    }
    const size_t digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
    if (digits == 0)
        line.fail(std::string("unknown escape \\") + c + " in a double-quoted scalar");
    std::uint32_t code = 0;
    const char *first = text.data() + at + 1;
    const char *last = first + std::min(digits, text.size() - at - 1);
    const auto [end, error] = std::from_chars(first, last, code, 16);
    if (error != std::errc() || end != first + digits)
        line.fail(std::string("the escape \\") + c + " needs " + std::to_string(digits) + " hexadecimal digits");
    appendUtf8(out, code, line);
    return at + 1 + digits;
}

// The quoted scalar starting at text[0] (' or "); `end` is set past its closing quote.
std::string quotedScalar(std::string_view text, size_t &end, const YamlLine &line)
{
    const char quote = text.front();
    std::string out;
    size_t at = 1;
    while (at < text.size()) {
        const char c = text[at];
        if (quote == '\'' && c == '\'') {
            if (at + 1 < text.size() && text[at + 1] == '\'') {
                out += '\'';
                at += 2;
                continue;
            }
            end = at + 1;
            return out;
        }
        if (quote == '"' && c == '"') {
            end = at + 1;
            return out;
        }
        if (quote == '"' && c == '\\') {
            at = readEscape(text, at + 1, out, line);
            continue;
        }
        out += c;
        ++at;
    }
    line.fail("the quoted scalar is not closed on its line (multi-line scalars" + std::string(kNotSupported) + ")");
}

std::string_view trimmed(std::string_view text)
{
    const size_t first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// YAML 1.2 core schema floats and ints in decimal: [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
bool isDecimalNumber(std::string_view text)
{
    size_t at = 0;
    auto digits = [&] {
        const size_t from = at;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9')
            ++at;
        return at - from;
    };
    if (at < text.size() && (text[at] == '-' || text[at] == '+'))
        ++at;
    const size_t whole = digits();
    size_t fraction = 0;
    if (at < text.size() && text[at] == '.') {
        ++at;
        fraction = digits();
    }
    if (whole == 0 && fraction == 0)
        return false;
    if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
        ++at;
        if (at < text.size() && (text[at] == '-' || text[at] == '+'))
            ++at;
        if (digits() == 0)
            return false;
    }
    return at == text.size();
}

bool isOneOf(const std::string &text, std::initializer_list<const char *> words)
{
    for (const char *word : words)
        if (text == word)
            return true;
    return false;
}

} // namespace

void YamlLine::fail(const std::string &message) const
{
    ModelError error;
    error.file = fileName;
    error.line = number;
    error.message = message;
    throw YamlFailure{std::move(error)};
}

json plainScalar(const std::string &text, const YamlLine &line)
{
    if (isOneOf(text, {"true", "True", "TRUE"}))
        return true;
    if (isOneOf(text, {"false", "False", "FALSE"}))
        return false;
    if (isOneOf(text, {"null", "Null", "NULL", "~"}))
        return nullptr;
    constexpr double infinity = std::numeric_limits<double>::infinity();
    if (isOneOf(text, {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"}))
        return infinity;
    if (isOneOf(text, {"-.inf", "-.Inf", "-.INF"}))
        return -infinity;
    if (isOneOf(text, {".nan", ".NaN", ".NAN"}))
        return std::numeric_limits<double>::quiet_NaN();
    if (!isDecimalNumber(text))
        return text;
    // from_chars is locale-free (a German LC_NUMERIC must not turn 0.8 into 0) and takes no '+'.
    const char *first = text.data() + (text.front() == '+' ? 1 : 0);
    double number = 0;
    const auto [end, error] = std::from_chars(first, text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size())
        line.fail("the number " + text + " is too large or too small to represent");
    return number;
}

YamlEntry readEntry(std::string_view text, const YamlLine &line)
{
    rejectIndicator(text, line);
    YamlEntry entry;
    size_t colon = 0;
    if (text.front() == '"' || text.front() == '\'') {
        size_t end = 0;
        entry.key = quotedScalar(text, end, line);
        colon = text.find_first_not_of(" \t", end);
        if (colon == std::string_view::npos || text[colon] != ':' || !spaceOrEnd(text, colon + 1))
            line.fail("expected a colon after the quoted key (key: value)");
    } else {
        for (colon = 0; colon < text.size(); ++colon) {
            if (text[colon] == ':' && spaceOrEnd(text, colon + 1))
                break;
            if (text[colon] == '#' && colon > 0 && (text[colon - 1] == ' ' || text[colon - 1] == '\t'))
                colon = text.size();  // a comment before any colon
        }
        if (colon >= text.size())
            line.fail("expected \"key: value\" (multi-line scalars" + std::string(kNotSupported) + ")");
        entry.key = std::string(trimmed(text.substr(0, colon)));
    }
    std::string_view rest = trimmed(text.substr(colon + 1));
    if (rest.empty() || rest.front() == '#')
        return entry;
    rejectIndicator(rest, line);
    if (rest.front() == '"' || rest.front() == '\'') {
        size_t end = 0;
        entry.value = quotedScalar(rest, end, line);
        const std::string_view after = rest.substr(end);
        if (!trimmed(after).empty() && (trimmed(after).front() != '#' || !spaceOrEnd(after, 0)))
            line.fail("unexpected text after the quoted scalar");
        return entry;
    }
    for (size_t at = 1; at < rest.size(); ++at)
        if (rest[at] == '#' && (rest[at - 1] == ' ' || rest[at - 1] == '\t')) {
            rest = trimmed(rest.substr(0, at));
            break;
        }
    for (size_t at = 0; at < rest.size(); ++at)
        if (rest[at] == ':' && spaceOrEnd(rest, at + 1))
            line.fail("a value may not contain \": \"; quote it, or start the nested mapping on the next line");
    entry.value = plainScalar(std::string(rest), line);
    return entry;
}

} // namespace headroom

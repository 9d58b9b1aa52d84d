// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/core/JsonStreamWriter.h"

#include "model/core/Utf8.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace headroom {

namespace {

constexpr size_t kIndent = 2;  // dump(2)

// The bytes dump() writes as they are, one flag per byte value: printable ASCII but '"' and '\'.
constexpr std::array<bool, 256> kPlainByte = [] {
    std::array<bool, 256> plain{};
    for (size_t c = 0x20; c < 0x80; ++c)
        plain[c] = c != '"' && c != '\\';
    return plain;
}();

// How many bytes from `from` on are plain (kPlainByte).
size_t plainRun(std::string_view text, size_t from)
{
    size_t i = from;
    while (i < text.size() && kPlainByte[static_cast<unsigned char>(text[i])])
        ++i;
    return i - from;
}

// Whether every byte of `text` is plain, eight at a time: a word has a byte below 0x20, a '"',
// a '\' or a byte from 0x80 exactly when this is not zero (the "has a zero byte" and "has a
// byte less than n" word tests, which are exact for the word as a whole).
bool isPlain(std::string_view text)
{
    constexpr std::uint64_t kOnes = 0x0101010101010101ull;
    constexpr std::uint64_t kHighs = 0x8080808080808080ull;
    size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t x = 0;
        std::memcpy(&x, text.data() + i, 8);
        const std::uint64_t quote = x ^ (kOnes * '"');
        const std::uint64_t backslash = x ^ (kOnes * '\\');
        const std::uint64_t special = ((x - kOnes * 0x20) & ~x) | ((quote - kOnes) & ~quote)
                                      | ((backslash - kOnes) & ~backslash) | x;
        if (special & kHighs)
            return false;
    }
    return plainRun(text, i) == text.size() - i;
}

// memcpy(at, text): the short texts of a JSON document (keys, ids, names) in two fixed-size moves
// that overlap, not a call to the library's memcpy. Reads and writes only inside the two ranges.
void copyShort(char *at, std::string_view text)
{
    const size_t n = text.size();
    const char *from = text.data();
    if (n >= 8 && n <= 16) {
        std::memcpy(at, from, 8);
        std::memcpy(at + n - 8, from + n - 8, 8);
    } else if (n >= 4 && n < 8) {
        std::memcpy(at, from, 4);
        std::memcpy(at + n - 4, from + n - 4, 4);
    } else if (n < 4) {
        for (size_t i = 0; i < n; ++i)
            at[i] = from[i];
    } else {
        std::memcpy(at, from, n);
    }
}

constexpr size_t kSlack = 16;  // ',', '\n', two quotes, and the last indentation store's overshoot

// A new line indented to `depth` at `at`, which has room for depth · kIndent + 9 bytes.
char *newLine(char *at, size_t depth)
{
    *at++ = '\n';
    const size_t indent = depth * kIndent;
    for (size_t i = 0; i < indent; i += 8)
        std::memcpy(at + i, "        ", 8);
    return at + indent;
}

// `value` as dump() writes a double, into [first, last) (at least 32 bytes); returns its end.
char *formatDouble(char *first, char *last, double value)
{
    // Whole numbers below 10^15 (counts, prices, most parameters): Grisu2's digits for them are
    // the number's own, which dump() lays out with ".0" (tests/model/tst_json_writer_fast.cpp
    // compares the two); to_chars of the integer is several times cheaper.
    if (std::fabs(value) < 1e15 && std::trunc(value) == value) {
        if (value == 0.0) {
            const std::string_view zero = std::signbit(value) ? "-0.0" : "0.0";
            std::memcpy(first, zero.data(), zero.size());
            return first + zero.size();
        }
        char *end = std::to_chars(first, last, static_cast<long long>(value)).ptr;
        std::memcpy(end, ".0", 2);
        return end + 2;
    }
    // nlohmann's own shortest round-trip form (Grisu2 with its printf("%g")-like layout): the
    // same function dump() calls, so every digit matches it. Not locale-dependent.
    return nlohmann::detail::to_chars(first, last, value);
}

} // namespace

void JsonStreamWriter::appendQuoted(std::string &out, std::string_view value)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.push_back('"');
    size_t i = 0;
    while (i < value.size()) {
        const size_t plain = plainRun(value, i);
        out.append(value.data() + i, plain);
        i += plain;
        if (i == value.size())
            break;
        const auto c = static_cast<unsigned char>(value[i]);
        if (c >= 0x80) {
            if (const size_t length = utf8SequenceLength(value, i)) {
                out.append(value.data() + i, length);
                i += length;
            } else {
                out.append("\xEF\xBF\xBD");  // U+FFFD for the invalid byte
                ++i;
            }
            continue;
        }
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            out.append("\\u00");
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 0xF]);
        }
        ++i;
    }
    out.push_back('"');
}

void JsonStreamWriter::appendDouble(std::string &out, double value)
{
    char buffer[64];
    out.append(buffer, static_cast<size_t>(formatDouble(buffer, buffer + sizeof buffer, value) - buffer));
}

JsonStreamWriter::~JsonStreamWriter()
{
    if (!m_levels.empty())
        m_out.resize(m_used);  // left open: what was written, without the room past it
}

void JsonStreamWriter::flush()
{
    if (!m_sink)
        return;
    if (m_levels.empty())
        m_used = m_out.size();
    m_sink->write(m_out.data(), static_cast<std::streamsize>(m_used));
    m_used = 0;
    if (m_levels.empty())
        m_out.clear();
}

char *JsonStreamWriter::moreRoom(size_t bytes)
{
    if (m_levels.empty())
        m_used = m_out.size();  // `out` is exact between values, and the caller may have added to it
    else if (m_sink && m_used >= kFlushBytes)
        flush();
    if (m_out.size() - m_used < bytes)
        m_out.resize(std::max(m_used + bytes, 2 * m_out.size()));
    return m_out.data() + m_used;
}

void JsonStreamWriter::commit(const char *end)
{
    m_used = static_cast<size_t>(end - m_out.data());
    if (m_levels.empty())
        m_out.resize(m_used);  // the outermost value is complete: `out` is exact again
}

size_t JsonStreamWriter::separatorRoom() const
{
    return m_levels.size() * kIndent + kSlack;
}

char *JsonStreamWriter::separator(char *at)
{
    if (m_levels.empty())
        return at;
    if (m_afterKey) {
        m_afterKey = false;
        return at;
    }
    Level &level = m_levels.back();
    if (level.count++ > 0)
        *at++ = ',';
    return newLine(at, m_levels.size());
}

void JsonStreamWriter::token(std::string_view text, bool quote, std::string_view tail)
{
    if (quote && !isPlain(text)) {
        std::string escaped;
        appendQuoted(escaped, text);
        return token(escaped, false, tail);
    }
    char *at = separator(room(separatorRoom() + text.size() + tail.size()));
    if (quote)
        *at++ = '"';
    copyShort(at, text);
    at += text.size();
    if (quote)
        *at++ = '"';
    if (!tail.empty())  // an empty view may have no data at all: memcpy from null is undefined
        std::memcpy(at, tail.data(), tail.size());
    commit(at + tail.size());
}

JsonStreamWriter &JsonStreamWriter::key(JsonKey name)
{
    assert(!m_levels.empty() && m_levels.back().object && !m_afterKey);
    const std::string_view text = name.text();
    if (!name.plain() && !isPlain(text)) {
        token(text, true, ": ");
    } else {
        char *at = separator(room(separatorRoom() + text.size() + 3));
        *at++ = '"';
        copyShort(at, text);
        at += text.size();
        std::memcpy(at, "\": ", 3);
        commit(at + 3);
    }
    m_afterKey = true;
    return *this;
}

void JsonStreamWriter::open(char bracket, bool object)
{
    assert(m_levels.empty() || !m_levels.back().object || m_afterKey);
    token(std::string_view(&bracket, 1), false);
    m_levels.push_back(Level{object, 0});
}

void JsonStreamWriter::close(char bracket)
{
    assert(!m_levels.empty() && !m_afterKey);
    const size_t count = m_levels.back().count;
    char *at = room(separatorRoom());
    m_levels.pop_back();
    if (count > 0)
        at = newLine(at, m_levels.size());
    *at++ = bracket;
    commit(at);
}

void JsonStreamWriter::beginObject()
{
    open('{', true);
}

void JsonStreamWriter::endObject()
{
    assert(!m_levels.empty() && m_levels.back().object);
    close('}');
}

void JsonStreamWriter::beginArray()
{
    open('[', false);
}

void JsonStreamWriter::endArray()
{
    assert(!m_levels.empty() && !m_levels.back().object);
    close(']');
}

void JsonStreamWriter::str(std::string_view value)
{
    assert(m_levels.empty() || !m_levels.back().object || m_afterKey);
    token(value, true);
}

void JsonStreamWriter::integer(long long value)
{
    assert(m_levels.empty() || !m_levels.back().object || m_afterKey);
    constexpr size_t kDigits = 24;
    char *at = separator(room(separatorRoom() + kDigits));
    commit(std::to_chars(at, at + kDigits, value).ptr);
}

void JsonStreamWriter::boolean(bool value)
{
    assert(m_levels.empty() || !m_levels.back().object || m_afterKey);
    token(value ? "true" : "false", false);
}

void JsonStreamWriter::null()
{
    assert(m_levels.empty() || !m_levels.back().object || m_afterKey);
    token("null", false);
}

void JsonStreamWriter::number(double value)
{
    if (!std::isfinite(value))
        return null();
    assert(m_levels.empty() || !m_levels.back().object || m_afterKey);
    constexpr size_t kDigits = 64;
    char *at = separator(room(separatorRoom() + kDigits));
    commit(formatDouble(at, at + kDigits, value));
}

void JsonStreamWriter::number(const std::optional<double> &value)
{
    if (!value)
        return null();
    number(*value);
}

void JsonStreamWriter::text(std::string_view value)
{
    if (value.empty())
        return null();
    str(value);
}

void JsonStreamWriter::strings(const std::vector<std::string> &values)
{
    beginArray();
    for (const std::string &value : values)
        str(value);
    endArray();
}

} // namespace headroom

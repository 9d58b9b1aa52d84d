// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/core/JsonStreamWriter.h"

#include <nlohmann/json.hpp>

#include <cassert>
#include <charconv>
#include <cmath>

namespace headroom {

namespace {

constexpr size_t kIndent = 2;  // dump(2)
constexpr size_t kFlushBytes = 64 * 1024;

// The length of the valid UTF-8 sequence at `text[i]` (a byte ≥ 0x80), or 0 when it is not one:
// no overlong form, no surrogate, nothing past U+10FFFF (RFC 3629 §4, the rules dump() applies).
size_t utf8Length(std::string_view text, size_t i)
{
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    const auto continuation = [&](size_t k) { return k < text.size() && (byte(k) & 0xC0) == 0x80; };
    const unsigned char lead = byte(i);
    if (lead >= 0xC2 && lead <= 0xDF)
        return continuation(i + 1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        if (!continuation(i + 1) || !continuation(i + 2))
            return 0;
        const unsigned char second = byte(i + 1);
        if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F))
            return 0;
        return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        if (!continuation(i + 1) || !continuation(i + 2) || !continuation(i + 3))
            return 0;
        const unsigned char second = byte(i + 1);
        if ((lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F))
            return 0;
        return 4;
    }
    return 0;
}

} // namespace

void JsonStreamWriter::appendQuoted(std::string &out, std::string_view value)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.push_back('"');
    size_t plainFrom = 0;
    size_t i = 0;
    const auto flush = [&] { out.append(value.data() + plainFrom, i - plainFrom); };
    while (i < value.size()) {
        const auto c = static_cast<unsigned char>(value[i]);
        if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0x80) {
            if (const size_t length = utf8Length(value, i)) {
                i += length;
                continue;
            }
            flush();
            out.append("\xEF\xBF\xBD");  // U+FFFD for the invalid byte
            plainFrom = ++i;
            continue;
        }
        flush();
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
        plainFrom = ++i;
    }
    flush();
    out.push_back('"');
}

void JsonStreamWriter::appendDouble(std::string &out, double value)
{
    // nlohmann's own shortest round-trip form (Grisu2 with its printf("%g")-like layout): the
    // same function dump() calls, so every digit matches it. Not locale-dependent.
    char buffer[64];
    const char *end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, static_cast<size_t>(end - buffer));
}

void JsonStreamWriter::flush()
{
    if (!m_sink)
        return;
    m_sink->write(m_out.data(), static_cast<std::streamsize>(m_out.size()));
    m_out.clear();
}

void JsonStreamWriter::newLine(size_t depth)
{
    if (m_sink && m_out.size() >= kFlushBytes)
        flush();
    m_out.push_back('\n');
    m_out.append(depth * kIndent, ' ');
}

void JsonStreamWriter::beforeValue()
{
    if (m_levels.empty())
        return;
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    Level &level = m_levels.back();
    assert(!level.object && "a value in an object needs a key()");
    if (level.count++ > 0)
        m_out.push_back(',');
    newLine(m_levels.size());
}

JsonStreamWriter &JsonStreamWriter::key(std::string_view name)
{
    assert(!m_levels.empty() && m_levels.back().object && !m_afterKey);
    Level &level = m_levels.back();
    if (level.count++ > 0)
        m_out.push_back(',');
    newLine(m_levels.size());
    appendQuoted(m_out, name);
    m_out.append(": ");
    m_afterKey = true;
    return *this;
}

void JsonStreamWriter::open(char bracket, bool object)
{
    beforeValue();
    m_out.push_back(bracket);
    m_levels.push_back(Level{object, 0});
}

void JsonStreamWriter::close(char bracket)
{
    assert(!m_levels.empty() && !m_afterKey);
    const size_t count = m_levels.back().count;
    m_levels.pop_back();
    if (count > 0)
        newLine(m_levels.size());
    m_out.push_back(bracket);
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
    beforeValue();
    appendQuoted(m_out, value);
}

void JsonStreamWriter::integer(long long value)
{
    beforeValue();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_out.append(buffer, static_cast<size_t>(result.ptr - buffer));
}

void JsonStreamWriter::boolean(bool value)
{
    beforeValue();
    m_out.append(value ? "true" : "false");
}

void JsonStreamWriter::null()
{
    beforeValue();
    m_out.append("null");
}

void JsonStreamWriter::number(double value)
{
    if (!std::isfinite(value))
        return null();
    beforeValue();
    appendDouble(m_out, value);
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

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/io/JsonScanner.h"

#include "model/core/Utf8.h"

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <system_error>
#include <vector>

namespace headroom {

namespace {

bool isSpace(unsigned char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';  // RFC 8259's whitespace, no other
}

bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

// The bytes of a word of eight (read little-endian) that the fast loop must stop at: '"', '\',
// a control character or a byte from 0x80, each marked by its high bit. The "has a zero byte"
// and "has a byte less than n" word tests: a borrow can mark a byte above one that is marked, but
// never one below, so the lowest mark is the first such byte.
std::uint64_t specialBytes(std::uint64_t x)
{
    constexpr std::uint64_t kOnes = 0x0101010101010101ull;
    constexpr std::uint64_t kHighs = 0x8080808080808080ull;
    const std::uint64_t quote = x ^ (kOnes * '"');
    const std::uint64_t backslash = x ^ (kOnes * '\\');
    return (((x - kOnes * 0x20) & ~x) | ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash) | x) & kHighs;
}

int hexValue(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string &out, std::uint32_t codePoint)
{
    if (codePoint < 0x80) {
        out.push_back(static_cast<char>(codePoint));
    } else if (codePoint < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (codePoint >> 6)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (codePoint >> 12)));
        out.push_back(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (codePoint >> 18)));
        out.push_back(static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
    }
}

class Scanner
{
public:
    Scanner(std::string_view text, JsonEvents &events) : m_text(text), m_events(events) {}

    bool document();

private:
    std::string_view m_text;
    JsonEvents &m_events;
    size_t m_at = 0;
    std::string m_decoded;  // a string with escapes, decoded

    unsigned char peek() const { return static_cast<unsigned char>(m_text[m_at]); }
    bool atEnd() const { return m_at >= m_text.size(); }
    void skipSpace()
    {
        while (!atEnd() && isSpace(peek()))
            ++m_at;
    }
    bool string(std::string_view &text);
    bool escapes(size_t from, std::string_view &text);
    bool codeUnit(std::uint32_t &unit);
    bool number();
    bool literal(std::string_view word);
    bool scalar();
};

// The string whose opening quote is at m_at; `text` is its decoded content.
bool Scanner::string(std::string_view &text)
{
    const size_t from = ++m_at;
    for (;;) {
        while (m_at + 8 <= m_text.size()) {
            std::uint64_t word = 0;
            std::memcpy(&word, m_text.data() + m_at, 8);
            if constexpr (std::endian::native == std::endian::little) {
                if (const std::uint64_t marks = specialBytes(word)) {
                    m_at += static_cast<size_t>(std::countr_zero(marks)) / 8;  // to the first one
                    break;
                }
            } else if (specialBytes(word)) {
                break;
            }
            m_at += 8;
        }
        if (atEnd())
            return false;  // no closing quote
        const unsigned char c = peek();
        if (c == '"') {
            text = m_text.substr(from, m_at - from);
            ++m_at;
            return true;
        }
        if (c == '\\')
            return escapes(from, text);
        if (c < 0x20)
            return false;  // a control character must be escaped
        if (c >= 0x80) {
            const size_t length = utf8SequenceLength(m_text, m_at);
            if (length == 0)
                return false;
            m_at += length;
        } else {
            ++m_at;
        }
    }
}

// Four hex digits after "\u" (m_at is past the 'u').
bool Scanner::codeUnit(std::uint32_t &unit)
{
    if (m_at + 4 > m_text.size())
        return false;
    unit = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(peek());
        if (digit < 0)
            return false;
        unit = unit * 16 + static_cast<std::uint32_t>(digit);
        ++m_at;
    }
    return true;
}

// The rest of a string from its first backslash at m_at: decoded into m_decoded.
bool Scanner::escapes(size_t from, std::string_view &text)
{
    m_decoded.assign(m_text.data() + from, m_at - from);
    while (!atEnd()) {
        const unsigned char c = peek();
        if (c == '"') {
            ++m_at;
            text = m_decoded;
            return true;
        }
        if (c < 0x20)
            return false;
        if (c >= 0x80) {
            const size_t length = utf8SequenceLength(m_text, m_at);
            if (length == 0)
                return false;
            m_decoded.append(m_text.data() + m_at, length);
            m_at += length;
            continue;
        }
        if (c != '\\') {
            m_decoded.push_back(static_cast<char>(c));
            ++m_at;
            continue;
        }
        if (++m_at >= m_text.size())
            return false;
        const unsigned char escaped = peek();
        ++m_at;
        switch (escaped) {
        case '"': m_decoded.push_back('"'); break;
        case '\\': m_decoded.push_back('\\'); break;
        case '/': m_decoded.push_back('/'); break;
        case 'b': m_decoded.push_back('\b'); break;
        case 'f': m_decoded.push_back('\f'); break;
        case 'n': m_decoded.push_back('\n'); break;
        case 'r': m_decoded.push_back('\r'); break;
        case 't': m_decoded.push_back('\t'); break;
        case 'u': {
            std::uint32_t unit = 0;
            if (!codeUnit(unit))
                return false;
            if (unit >= 0xDC00 && unit <= 0xDFFF)
                return false;  // a low surrogate first
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                // A high surrogate: a low one must follow, as "\uDC00" to "\uDFFF".
                if (m_at + 2 > m_text.size() || m_text[m_at] != '\\' || m_text[m_at + 1] != 'u')
                    return false;
                m_at += 2;
                std::uint32_t low = 0;
                if (!codeUnit(low) || low < 0xDC00 || low > 0xDFFF)
                    return false;
                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            }
            appendUtf8(m_decoded, unit);
            break;
        }
        default:
            return false;
        }
    }
    return false;  // no closing quote
}

// A number at m_at, in RFC 8259's grammar, given as nlohmann gives it: a whole number without a
// '-' that fits 64 bits unsigned, one with a '-' that fits a long long, else the double.
bool Scanner::number()
{
    const size_t from = m_at;
    const bool negative = peek() == '-';
    if (negative)
        ++m_at;
    if (atEnd())
        return false;
    std::uint64_t magnitude = 0;
    bool overflow = false;
    if (peek() == '0') {
        ++m_at;
    } else if (isDigit(peek())) {
        while (!atEnd() && isDigit(peek())) {
            const auto digit = static_cast<std::uint64_t>(peek() - '0');
            if (magnitude > (std::numeric_limits<std::uint64_t>::max() - digit) / 10)
                overflow = true;
            magnitude = magnitude * 10 + digit;
            ++m_at;
        }
    } else {
        return false;
    }
    bool whole = true;
    if (!atEnd() && peek() == '.') {
        whole = false;
        ++m_at;
        if (atEnd() || !isDigit(peek()))
            return false;
        while (!atEnd() && isDigit(peek()))
            ++m_at;
    }
    if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
        whole = false;
        ++m_at;
        if (!atEnd() && (peek() == '+' || peek() == '-'))
            ++m_at;
        if (atEnd() || !isDigit(peek()))
            return false;
        while (!atEnd() && isDigit(peek()))
            ++m_at;
    }
    if (whole && !overflow) {
        if (!negative)
            return m_events.whole(magnitude);
        constexpr std::uint64_t kMostNegative = std::uint64_t{1} << 63;  // |LLONG_MIN|
        if (magnitude < kMostNegative)
            return m_events.integer(-static_cast<long long>(magnitude));
        if (magnitude == kMostNegative)
            return m_events.integer(std::numeric_limits<long long>::min());
    }
    double value = 0.0;
    const auto [end, error] = std::from_chars(m_text.data() + from, m_text.data() + m_at, value);
    if (error != std::errc() || end != m_text.data() + m_at || !std::isfinite(value))
        return false;  // out of range (nlohmann's own reader decides), or not finite (it refuses)
    return m_events.number(value);
}

bool Scanner::literal(std::string_view word)
{
    if (m_text.substr(m_at, word.size()) != word)
        return false;
    m_at += word.size();
    return true;
}

// A value that is not an object or an array, at m_at.
bool Scanner::scalar()
{
    switch (peek()) {
    case '"': {
        std::string_view text;
        return string(text) && m_events.string(text);
    }
    case 't': return literal("true") && m_events.boolean(true);
    case 'f': return literal("false") && m_events.boolean(false);
    case 'n': return literal("null") && m_events.null();
    default:
        if (peek() == '-' || isDigit(peek()))
            return number();
        return false;
    }
}

bool Scanner::document()
{
    // Open containers, innermost last: true for an object. Iterative, so that deep nesting
    // cannot overflow the stack.
    std::vector<bool> open;
    enum class Next { Value, Key, AfterValue };
    Next next = Next::Value;
    skipSpace();
    for (;;) {
        if (next == Next::AfterValue) {
            skipSpace();
            if (open.empty())
                return atEnd();
            if (atEnd())
                return false;
            const unsigned char c = peek();
            ++m_at;
            if (c == ',') {
                next = open.back() ? Next::Key : Next::Value;
                skipSpace();
                continue;
            }
            const bool object = open.back();
            if (c != (object ? '}' : ']'))
                return false;
            open.pop_back();
            if (!(object ? m_events.endObject() : m_events.endArray()))
                return false;
            continue;
        }
        if (atEnd())
            return false;
        if (next == Next::Key) {
            std::string_view name;
            if (peek() != '"' || !string(name) || !m_events.key(name))
                return false;
            skipSpace();
            if (atEnd() || peek() != ':')
                return false;
            ++m_at;
            skipSpace();
            next = Next::Value;
            continue;
        }
        const unsigned char c = peek();
        if (c == '{' || c == '[') {
            const bool object = c == '{';
            ++m_at;
            if (!(object ? m_events.beginObject() : m_events.beginArray()))
                return false;
            skipSpace();
            if (!atEnd() && peek() == (object ? '}' : ']')) {
                ++m_at;
                if (!(object ? m_events.endObject() : m_events.endArray()))
                    return false;
                next = Next::AfterValue;
                continue;
            }
            open.push_back(object);
            next = object ? Next::Key : Next::Value;
            continue;
        }
        if (!scalar())
            return false;
        next = Next::AfterValue;
    }
}

} // namespace

bool scanJson(std::string_view text, JsonEvents &events)
{
    return Scanner(text, events).document();
}

} // namespace headroom

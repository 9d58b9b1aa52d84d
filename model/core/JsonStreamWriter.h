// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace headroom {

// Writes JSON straight into a string, with no document tree in between, byte for byte as
// nlohmann's `dump(2)` writes the same values: two-space indentation, "key": value, empty
// containers as {} and [], strings escaped as dump escapes them (", \, \b \f \n \r \t, other
// control characters as \u00xx, everything else as it is, UTF-8 unchanged) and doubles in
// nlohmann's shortest round-trip form ("1.0", "0.1", "1e-05", "1.5e+20"). The CLI's outputs
// are tested against stored ones (tests/cli/golden) and the number and string forms against
// nlohmann itself (tests/model/tst_jsonstreamwriter.cpp).
//
// Usage: `w.beginObject(); w.key("users").number(1000.0); w.endObject();` Inside an object every
// value follows a key(); inside an array values follow one another. The caller keeps the
// nesting balanced (checked by assertions in debug builds).
// One difference from dump(): a string that is not valid UTF-8 (which no input reader lets
// through) is written with U+FFFD for each invalid byte, where dump() throws.
// An object key. A string literal is looked at as the program is built (consteval): whether it
// needs escaping is known then, not scanned for at each write (most keys are literals).
class JsonKey
{
public:
    template<std::size_t N>
    consteval JsonKey(const char (&text)[N])  // NOLINT: literals convert implicitly
        : m_text(text, std::char_traits<char>::length(text)), m_plain(plainLiteral(m_text))
    {
    }
    JsonKey(std::string_view text) : m_text(text) {}           // NOLINT: checked when written
    JsonKey(const std::string &text) : m_text(text) {}         // NOLINT: checked when written

    std::string_view text() const { return m_text; }
    // True when the key is known to need no escaping; false when not known.
    bool plain() const { return m_plain; }

private:
    static consteval bool plainLiteral(std::string_view text)
    {
        for (char c : text)
            if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x80 || c == '"' || c == '\\')
                return false;
        return true;
    }

    std::string_view m_text;
    bool m_plain = false;
};

class JsonStreamWriter
{
public:
    // Appends to `out`. While a value is open, `out` may hold spare room past what is written (the
    // writer writes into it); once the outermost value is complete, and when the writer is
    // destroyed, `out` holds exactly the text.
    explicit JsonStreamWriter(std::string &out) : m_out(out) {}
    // Written through `out` to `sink` in pieces of about 64 KiB, so that a large document is never
    // whole in memory; call flush() after the last value.
    JsonStreamWriter(std::string &out, std::ostream &sink) : m_out(out), m_sink(&sink) {}
    ~JsonStreamWriter();
    JsonStreamWriter(const JsonStreamWriter &) = delete;
    JsonStreamWriter &operator=(const JsonStreamWriter &) = delete;

    // Writes what `out` holds to the sink and empties it (nothing without a sink).
    void flush();

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // The key of the next value in the current object.
    JsonStreamWriter &key(JsonKey name);

    void str(std::string_view value);
    void integer(long long value);
    void boolean(bool value);
    void null();
    // A finite number, or null (JSON has no NaN or infinity): the writers' `number` rule.
    void number(double value);
    void number(const std::optional<double> &value);
    // Text, or null when it is empty.
    void text(std::string_view value);
    // An array of strings.
    void strings(const std::vector<std::string> &values);

    // The escaped form of `value` with its quotes, as dump() writes it, appended to `out`.
    static void appendQuoted(std::string &out, std::string_view value);
    // A finite double as dump() writes it, appended to `out`.
    static void appendDouble(std::string &out, double value);

private:
    struct Level
    {
        bool object = false;
        size_t count = 0;
    };

    static constexpr size_t kFlushBytes = 64 * 1024;  // a sink's piece

    // Room for `bytes` more past what is written (flushing first when a sink's piece is full);
    // returns where they go. Inside a value with room enough and no piece to flush (most calls),
    // short enough to inline.
    char *room(size_t bytes)
    {
        if (!m_levels.empty() && m_out.size() - m_used >= bytes && (!m_sink || m_used < kFlushBytes))
            return m_out.data() + m_used;
        return moreRoom(bytes);
    }
    char *moreRoom(size_t bytes);  // room()'s slow path: flushes, grows
    // The bytes written into the room up to `end` are output.
    void commit(const char *end);
    // Room for the separator and `bytes` more: room(separatorRoom() + bytes).
    size_t separatorRoom() const;
    // Writes at `at` what comes before the next value or key: nothing at the top or after a key,
    // else "," after an earlier element and a new line indented to the depth. Returns the end.
    char *separator(char *at);
    // The separator, then `text` (quoted and escaped when `quote`), then `tail`.
    void token(std::string_view text, bool quote, std::string_view tail = {});
    void open(char bracket, bool object);
    void close(char bracket);

    std::string &m_out;
    std::ostream *m_sink = nullptr;
    size_t m_used = 0;  // while a value is open: the bytes of m_out that are output
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace headroom

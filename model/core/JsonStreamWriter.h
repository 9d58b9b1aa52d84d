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
class JsonStreamWriter
{
public:
    explicit JsonStreamWriter(std::string &out) : m_out(out) {}
    // Written through `out` to `sink` in pieces of about 64 KiB, so that a large document is never
    // whole in memory; call flush() after the last value.
    JsonStreamWriter(std::string &out, std::ostream &sink) : m_out(out), m_sink(&sink) {}

    // Writes what `out` holds to the sink and empties it (nothing without a sink).
    void flush();

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // The key of the next value in the current object.
    JsonStreamWriter &key(std::string_view name);

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

    void beforeValue();
    void open(char bracket, bool object);
    void close(char bracket);
    void newLine(size_t depth);

    std::string &m_out;
    std::ostream *m_sink = nullptr;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace headroom

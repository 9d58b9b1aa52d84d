// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <string_view>

namespace headroom {

// The events of one JSON document, in document order (a SAX interface, as nlohmann's). Each
// returns false to stop the scan. Texts are decoded (escapes resolved, UTF-8) and valid only
// during the call.
class JsonEvents
{
public:
    virtual ~JsonEvents() = default;

    virtual bool null() = 0;
    virtual bool boolean(bool value) = 0;
    // A whole number written with '-' that fits a long long (nlohmann's number_integer).
    virtual bool integer(long long value) = 0;
    // A whole number written without '-' that fits 64 bits (nlohmann's number_unsigned).
    virtual bool whole(unsigned long long value) = 0;
    // Any other number: with a fraction or an exponent, or a whole number past 64 bits; the
    // correctly rounded double of its text, always finite (nlohmann's number_float).
    virtual bool number(double value) = 0;
    virtual bool string(std::string_view text) = 0;
    virtual bool key(std::string_view name) = 0;
    virtual bool beginObject() = 0;
    virtual bool endObject() = 0;
    virtual bool beginArray() = 0;
    virtual bool endArray() = 0;
};

// Scans `text` as one JSON document (RFC 8259), passing each value to `events`. True when the
// whole text is one document, scanned to its end, and `events` took every event. False at the
// first syntax error, at an event `events` refused, and also whenever the scanner cannot be sure
// it reads the text as nlohmann::json::parse would (a byte-order mark, a number that is not
// finite as a double or is out of range, ...): a caller that gets false reads the text again
// with nlohmann, which names the problem. Where it returns true, the events are exactly those
// nlohmann::json::sax_parse gives for the same text (tests/model/tst_json_scanner.cpp).
// Faster than nlohmann's lexer by several times: one pass, no copy of a string without escapes.
bool scanJson(std::string_view text, JsonEvents &events);

} // namespace headroom

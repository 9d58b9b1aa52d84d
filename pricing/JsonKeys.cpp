// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "JsonKeys.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <vector>

namespace headroom {

using nlohmann::json;

namespace {

// Follows where the SAX parser is, so that a second key can be named by its pointer.
// (nlohmann's parse callback would do it in one pass, but its DOM builder then rescans each
// object's members after every member object: quadratic in a long mapping.)
class DuplicateKeyScan
{
public:
    std::optional<DuplicateKey> duplicate;

    bool null() { return element(); }
    bool boolean(bool) { return element(); }
    bool number_integer(json::number_integer_t) { return element(); }
    bool number_unsigned(json::number_unsigned_t) { return element(); }
    bool number_float(json::number_float_t, const json::string_t &) { return element(); }
    bool string(json::string_t &) { return element(); }
    bool binary(json::binary_t &) { return element(); }
    bool start_object(std::size_t) { return open(true); }
    bool start_array(std::size_t) { return open(false); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool parse_error(std::size_t, const std::string &, const json::exception &) { return false; }

    bool key(json::string_t &name)
    {
        Level &level = m_levels.back();
        level.key = name;
        if (level.keys.insert(name).second)
            return true;
        duplicate = DuplicateKey{pointer(), name};
        return false;
    }

private:
    struct Level
    {
        bool object = true;
        std::set<std::string> keys;  // an object's keys so far
        std::string key;             // an object's current key
        long index = -1;             // an array's current element
    };

    bool element()
    {
        if (!m_levels.empty() && !m_levels.back().object)
            ++m_levels.back().index;
        return true;
    }

    bool open(bool object)
    {
        element();
        m_levels.push_back(Level{object, {}, {}, -1});
        return true;
    }

    bool close()
    {
        m_levels.pop_back();
        return true;
    }

    std::string pointer() const
    {
        std::string result;
        for (const Level &level : m_levels)
            result = level.object ? childPointer(result, level.key) : result + '/' + std::to_string(level.index);
        return result;
    }

    std::vector<Level> m_levels;
};

} // namespace

std::string childPointer(const std::string &pointer, const std::string &key)
{
    std::string result = pointer + '/';
    for (const char c : key) {
        if (c == '~')
            result += "~0";
        else if (c == '/')
            result += "~1";
        else
            result += c;
    }
    return result;
}

void lineAndColumn(std::string_view text, std::size_t byte, int &line, int &column)
{
    line = 1;
    column = 1;
    const std::size_t end = std::min(byte, text.size());
    for (std::size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;  // count characters, not UTF-8 continuation bytes
        }
    }
}

std::optional<DuplicateKey> firstDuplicateKey(std::string_view text)
{
    DuplicateKeyScan scan;
    try {
        json::sax_parse(text.begin(), text.end(), &scan);
    } catch (const json::exception &) {
        return std::nullopt;  // the caller's own parse reports syntax errors
    }
    return scan.duplicate;
}

} // namespace headroom

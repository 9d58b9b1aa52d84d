// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/import/StrictJson.h"

#include "model/import/YamlSubset.h"

#include <algorithm>
#include <optional>
#include <set>
#include <vector>

namespace headroom {

using nlohmann::json;

namespace {

struct DuplicateKey
{
    std::string pointer;
    std::string key;
};

// A second pass over text already known to parse, as nlohmann's SAX events: it follows where
// the parser is, so a second key can be named by pointer. (nlohmann's parse callback would do
// it in one pass, but its DOM builder then scans each object's members after every member
// object: quadratic in a long mapping of resources.)
class DuplicateKeyCheck
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

void locate(std::string_view text, size_t byte, ModelError &error)
{
    error.line = 1;
    error.column = 1;
    for (size_t i = 0; i < std::min(byte, text.size()); ++i) {
        if (text[i] == '\n') {
            ++error.line;
            error.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++error.column;  // count characters, not UTF-8 continuation bytes
        }
    }
}

} // namespace

Expected<json> parseStrictJson(std::string_view text, const std::string &fileName)
{
    ModelError result;
    result.file = fileName;
    try {
        json root = json::parse(text.begin(), text.end());
        DuplicateKeyCheck check;
        json::sax_parse(text.begin(), text.end(), &check);
        if (!check.duplicate)
            return root;
        result.pointer = check.duplicate->pointer;
        result.message = "duplicate key \"" + check.duplicate->key + "\"";
    } catch (const json::parse_error &error) {
        // nlohmann's byte is 1-based and points just past the offending character.
        locate(text, error.byte > 0 ? error.byte - 1 : 0, result);
        const std::string what = error.what();
        const auto detail = what.find("syntax error");
        result.message = "invalid JSON: " + (detail != std::string::npos ? what.substr(detail) : what);
    } catch (const json::out_of_range &error) {
        // A number beyond a double ("1e400"): nlohmann names the literal but not its place.
        const std::string what = error.what();
        const auto open = what.find('\'');
        const auto close = what.rfind('\'');
        if (open != std::string::npos && close > open) {
            const std::string literal = what.substr(open + 1, close - open - 1);
            if (const auto at = text.find(literal); !literal.empty() && at != std::string_view::npos)
                locate(text, at, result);
            result.message = "invalid JSON: the number " + literal + " is too large to represent";
        } else {
            result.message = "invalid JSON: " + what;
        }
    } catch (const json::exception &error) {
        result.message = std::string("invalid JSON: ") + error.what();
    }
    return result;
}

} // namespace headroom

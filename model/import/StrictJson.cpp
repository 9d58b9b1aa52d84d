// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/import/StrictJson.h"

#include "model/import/YamlSubset.h"

#include <algorithm>
#include <vector>

namespace headroom {

using nlohmann::ordered_json;

namespace {

struct DuplicateKey
{
    std::string pointer;
    std::string key;
};

// Follows the parser's events to know where it is, so a second key can be named by pointer.
class DuplicateKeyCheck
{
public:
    bool operator()(int /*depth*/, ordered_json::parse_event_t event, ordered_json &parsed)
    {
        using Event = ordered_json::parse_event_t;
        switch (event) {
        case Event::object_start:
        case Event::array_start:
            countArrayElement();
            m_levels.push_back(Level{event == Event::object_start, {}, {}, -1});
            break;
        case Event::object_end:
        case Event::array_end:
            m_levels.pop_back();
            break;
        case Event::key: {
            Level &level = m_levels.back();
            level.key = parsed.get<std::string>();
            if (std::find(level.keys.begin(), level.keys.end(), level.key) != level.keys.end())
                throw DuplicateKey{pointer(), level.key};
            level.keys.push_back(level.key);
            break;
        }
        case Event::value:
            countArrayElement();
            break;
        }
        return true;
    }

private:
    struct Level
    {
        bool object = true;
        std::vector<std::string> keys;  // an object's keys so far (objects in a usage file are small)
        std::string key;                // an object's current key
        long index = -1;                // an array's current element
    };

    void countArrayElement()
    {
        if (!m_levels.empty() && !m_levels.back().object)
            ++m_levels.back().index;
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

Expected<ordered_json> parseStrictJson(std::string_view text, const std::string &fileName)
{
    ModelError result;
    result.file = fileName;
    try {
        return ordered_json::parse(text.begin(), text.end(), DuplicateKeyCheck());
    } catch (const DuplicateKey &duplicate) {
        result.pointer = duplicate.pointer;
        result.message = "duplicate key \"" + duplicate.key + "\"";
    } catch (const ordered_json::parse_error &error) {
        // nlohmann's byte is 1-based and points just past the offending character.
        locate(text, error.byte > 0 ? error.byte - 1 : 0, result);
        const std::string what = error.what();
        const auto detail = what.find("syntax error");
        result.message = "invalid JSON: " + (detail != std::string::npos ? what.substr(detail) : what);
    } catch (const ordered_json::out_of_range &error) {
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
    } catch (const ordered_json::exception &error) {
        result.message = std::string("invalid JSON: ") + error.what();
    }
    return result;
}

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/io/StrictJson.h"

#include "pricing/JsonKeys.h"

#include <algorithm>
#include <optional>

namespace headroom {

using nlohmann::json;

namespace {

void locate(std::string_view text, size_t byte, ModelError &error)
{
    lineAndColumn(text, byte, error.line, error.column);
}

} // namespace

Expected<json> parseStrictJson(std::string_view text, const std::string &fileName)
{
    ModelError result;
    result.file = fileName;
    try {
        json root = json::parse(text.begin(), text.end());
        const std::optional<DuplicateKey> duplicate = firstDuplicateKey(text);
        if (!duplicate)
            return root;
        result.pointer = duplicate->pointer;
        result.message = "duplicate key \"" + duplicate->key + "\"";
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

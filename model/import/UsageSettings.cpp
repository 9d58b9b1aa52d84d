// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/import/UsageSettings.h"

#include "model/core/BoundedFile.h"
#include "model/io/StrictJson.h"
#include "model/import/YamlSubset.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>

namespace headroom {

using nlohmann::json;

namespace {

constexpr std::uintmax_t kMaxUsageFileBytes = 16u * 1024u * 1024u;

// Thrown inside the interpreter only, caught at its edge: a tree walk where every level would
// otherwise thread an error through. `pointer` is where the rule was broken.
struct UsageFailure
{
    std::string pointer;
    std::string message;
};

[[noreturn]] void fail(const std::string &pointer, const std::string &message)
{
    throw UsageFailure{pointer, message};
}

// A key with no value (YAML `name:` with nothing after or under it, JSON null) counts as not
// given: a resource whose parameters are all commented out, as Infracost's generated usage files
// leave them, is an empty mapping; a parameter or number left empty is unset.
const json &mappingOrEmpty(const json &value, const std::string &pointer)
{
    static const json empty = json::object();
    if (value.is_null())
        return empty;
    if (!value.is_object())
        fail(pointer, "must be a mapping");
    return value;
}

double finiteNumber(const json &value, const std::string &pointer)
{
    if (!value.is_number())
        fail(pointer, "must be a number");
    const double number = value.get<double>();
    if (!std::isfinite(number))
        fail(pointer, "must be a finite number");
    return number;
}

void readVersion(const json &value, const std::string &pointer)
{
    // Infracost writes `version: 0.1`; a quoted "0.1" says the same.
    const bool number = value.is_number() && (value.get<double>() == 0.1 || value.get<double>() == 1.0);
    const bool text = value.is_string() && (value == "0.1" || value == "1");
    const bool known = value.is_null() || number || text;
    if (!known)
        fail(pointer, "must be 0.1 or 1 (the usage file versions Infracost writes)");
}

struct WorkloadKey
{
    const char *name;
    std::optional<double> UsageSettings::*field;
    double minimum;
    double maximum;  // infinity: no upper bound
    const char *rule;
};

void readWorkload(const json &value, const std::string &pointer, UsageSettings &settings)
{
    constexpr double none = HUGE_VAL;
    static const WorkloadKey keys[] = {
        {"users", &UsageSettings::users, 0, none, "must be ≥ 0"},
        {"requests_per_user_per_day", &UsageSettings::requestsPerUserPerDay, 0, none, "must be ≥ 0"},
        {"peak_to_average", &UsageSettings::peakToAverage, 1, none, "must be ≥ 1 (the peak is at least the average)"},
        {"read_fraction", &UsageSettings::readFraction, 0, 1, "must be between 0 and 1"},
        {"response_kb", &UsageSettings::responseKb, 0, none, "must be ≥ 0"},
    };
    for (const auto &item : mappingOrEmpty(value, pointer).items()) {
        const std::string at = childPointer(pointer, item.key());
        const WorkloadKey *key = nullptr;
        for (const WorkloadKey &candidate : keys)
            if (item.key() == candidate.name)
                key = &candidate;
        if (!key)
            fail(at, "unknown workload key \"" + item.key() + "\" (known: users, requests_per_user_per_day, "
                         "peak_to_average, read_fraction, response_kb)");
        if (item.value().is_null())
            continue;
        const double number = finiteNumber(item.value(), at);
        if (number < key->minimum || number > key->maximum)
            fail(at, key->rule);
        settings.*(key->field) = number;
    }
}

void readResourceUsage(const json &value, const std::string &pointer, UsageSettings &settings)
{
    for (const auto &resource : mappingOrEmpty(value, pointer).items()) {
        const std::string at = childPointer(pointer, resource.key());
        if (resource.key().empty())
            fail(at, "a resource address must not be empty");
        ParamMap &params = settings.resourceParams[resource.key()];
        for (const auto &param : mappingOrEmpty(resource.value(), at).items()) {
            const std::string paramAt = childPointer(at, param.key());
            const json &scalar = param.value();
            if (scalar.is_null())
                continue;
            if (scalar.is_boolean())
                params[param.key()] = scalar.get<bool>();
            else if (scalar.is_number())
                params[param.key()] = finiteNumber(scalar, paramAt);
            else if (scalar.is_string())
                params[param.key()] = scalar.get<std::string>();
            else
                fail(paramAt, "must be a number, true/false or a string");
        }
    }
}

std::string trimmedSide(const std::string &text)
{
    const size_t first = text.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

void readCalls(const json &value, const std::string &pointer, UsageSettings &settings)
{
    static const std::string arrow = " -> ";
    std::map<std::pair<std::string, std::string>, std::string> keyOf;  // for a connection named twice
    for (const auto &item : mappingOrEmpty(value, pointer).items()) {
        const std::string &key = item.key();
        const std::string at = childPointer(pointer, key);
        const size_t split = key.find(arrow);
        const bool oneArrow = split != std::string::npos && key.find(arrow, split + 1) == std::string::npos;
        std::pair<std::string, std::string> ends;
        if (oneArrow)
            ends = {trimmedSide(key.substr(0, split)), trimmedSide(key.substr(split + arrow.size()))};
        if (!oneArrow || ends.first.empty() || ends.second.empty())
            fail(at, "a calls key must be \"<from address> -> <to address>\", with one \" -> \"");
        if (const auto seen = keyOf.find(ends); seen != keyOf.end())
            fail(at, "\"" + seen->second + "\" and \"" + key + "\" name the same connection");
        keyOf[ends] = key;
        if (item.value().is_null())
            continue;
        const double calls = finiteNumber(item.value(), at);
        if (calls < 0)
            fail(at, "must be ≥ 0 (calls per request)");
        settings.callsPerRequest[ends] = calls;
    }
}

UsageSettings interpret(const json &root)
{
    if (!root.is_object())
        fail("", "must be a mapping of version, workload, resource_usage and calls");
    UsageSettings settings;
    for (const auto &item : root.items()) {
        const std::string at = childPointer("", item.key());
        if (item.key() == "version")
            readVersion(item.value(), at);
        else if (item.key() == "workload")
            readWorkload(item.value(), at, settings);
        else if (item.key() == "resource_usage")
            readResourceUsage(item.value(), at, settings);
        else if (item.key() == "calls")
            readCalls(item.value(), at, settings);
        else
            fail(at, "unknown key \"" + item.key() + "\" (known: version, workload, resource_usage, calls)");
    }
    return settings;
}

bool looksLikeJson(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    const size_t first = text.find_first_not_of(" \t\r\n");
    return first != std::string_view::npos && text[first] == '{';
}

} // namespace

bool UsageSettings::empty() const
{
    return !users && !requestsPerUserPerDay && !peakToAverage && !readFraction && !responseKb
           && resourceParams.empty() && callsPerRequest.empty();
}

Expected<UsageSettings> parseUsageSettings(std::string_view text, const std::string &fileName)
{
    const bool isJson = looksLikeJson(text);
    json root;
    YamlTree yaml;
    if (isJson) {
        auto parsed = parseStrictJson(text, fileName);
        if (!parsed)
            return parsed.error();
        root = std::move(parsed).value();
    } else {
        auto parsed = parseYamlSubset(text, fileName);
        if (!parsed)
            return parsed.error();
        yaml = std::move(parsed).value();
    }
    try {
        UsageSettings settings = interpret(isJson ? root : yaml.root);
        settings.fileName = fileName;
        return settings;
    } catch (const UsageFailure &failure) {
        ModelError error;
        error.file = fileName;
        error.message = failure.message;
        if (isJson)
            error.pointer = failure.pointer;
        else
            error.line = yaml.lineOf(failure.pointer);
        return error;
    }
}

Expected<UsageSettings> readUsageFile(const std::string &path)
{
    Expected<std::string> text = readBoundedFile(path, kMaxUsageFileBytes);
    if (!text)
        return text.error();
    return parseUsageSettings(text.value(), path);
}

} // namespace headroom

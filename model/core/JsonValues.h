// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Internal to the model's JSON writers (it brings in nlohmann): a finite number or null, and
// text or null. JSON has no NaN or infinity, and the writers never emit them.

#include <nlohmann/json.hpp>

#include <cmath>
#include <optional>
#include <string>

namespace headroom::json {

inline nlohmann::ordered_json number(double value)
{
    return std::isfinite(value) ? nlohmann::ordered_json(value) : nlohmann::ordered_json(nullptr);
}

inline nlohmann::ordered_json number(const std::optional<double> &value)
{
    return value ? number(*value) : nlohmann::ordered_json(nullptr);
}

inline nlohmann::ordered_json text(const std::string &value)
{
    return value.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(value);
}

} // namespace headroom::json

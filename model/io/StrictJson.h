// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Internal to the model (it brings in nlohmann): the project file, the usage file and the
// Terraform plan: JSON read strictly, as a file a user wrote should be. Duplicate keys in one
// object are refused (nlohmann would keep the last one silently), with the pointer of the
// second; syntax errors and numbers beyond a double give the line and column, 1-based, columns
// in characters.

#include "model/core/Expected.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace headroom {

Expected<nlohmann::json> parseStrictJson(std::string_view text, const std::string &fileName);

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/core/Expected.h"
#include "model/design/Project.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace headroom {

// What a Terraform plan cannot say about load, given by the user in a usage file (the role
// Infracost's usage file plays). Unset fields keep the project's documented defaults
// (Workload in Project.h, the catalog's parameter defaults).
//
// File form (JSON, or the YAML subset described in model/import/README.md):
//   workload:        users, requests_per_user_per_day, peak_to_average, read_fraction, response_kb
//   resource_usage:  <Terraform address> → { <catalog parameter>: number | bool | string }
//   calls:           "<from address> -> <to address>" → calls per request (number ≥ 0)
struct UsageSettings
{
    std::optional<double> users;
    std::optional<double> requestsPerUserPerDay;
    std::optional<double> peakToAverage;
    std::optional<double> readFraction;
    std::optional<double> responseKb;
    // Terraform resource address ("module.web.aws_autoscaling_group.app[0]") → parameters.
    std::map<std::string, ParamMap> resourceParams;
    // (from address, to address) → calls per request on the inferred connection.
    std::map<std::pair<std::string, std::string>, double> callsPerRequest;
    std::string fileName;  // where these came from (for messages); empty: no usage file

    // True when the settings set nothing: no workload field, no resource (not even one named
    // with no parameters), no call. fileName is not looked at.
    bool empty() const;
};

// Parses a usage file: JSON when the text's first non-blank character is '{', else the YAML
// subset. Errors name `fileName` and the line (YAML) or JSON pointer / line and column (JSON).
Expected<UsageSettings> parseUsageSettings(std::string_view text, const std::string &fileName);

// Reads `path` (a regular file of at most 16 MiB) and parses it.
Expected<UsageSettings> readUsageFile(const std::string &path);

} // namespace headroom

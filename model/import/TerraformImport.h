// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/core/Expected.h"
#include "model/design/Project.h"
#include "model/import/UsageSettings.h"

#include <string>
#include <string_view>
#include <vector>

namespace headroom {

// What an import made of a plan, for the person who reviews it.
struct TerraformImportSummary
{
    struct ImportedFrom
    {
        std::string componentId;
        std::string label;                   // as the design names it (a tag Name, a zone's domain, ...)
        std::vector<std::string> addresses;  // the resources it stands for, main one first
        std::string region;                  // the AWS region, or empty for a global component
        std::string regionSource;            // "its provider configuration", ...
        std::vector<std::string> notes;      // how its sizes were read
    };
    struct FoundConnection
    {
        std::string from;  // component ids
        std::string to;
        std::vector<std::string> evidence;  // how it was found, one line per piece of evidence
    };
    struct Unmodelled
    {
        std::string address;
        std::string type;
        std::string reason;
    };

    std::string planFile;
    std::string terraformVersion;   // as the plan says, may be empty
    std::string formatVersion;
    std::vector<ImportedFrom> components;
    std::vector<FoundConnection> connections;
    std::vector<std::string> unconnected;   // component ids nothing links
    std::vector<Unmodelled> unmodelled;     // resources Headroom has nothing for
    size_t passThroughCount = 0;            // listeners, target groups, records: read for links only
    size_t wiringCount = 0;                 // launch templates, security groups, mappings: read for sizes and rules
    std::vector<std::string> assumptions;   // what the plan cannot say and the defaults that stand in
    std::vector<std::string> warnings;      // unknown, sensitive or unusable values, each naming its place
};

struct TerraformImport
{
    Project project;
    TerraformImportSummary summary;
};

// The largest plan file Headroom reads.
inline constexpr std::uintmax_t kMaxPlanBytes = 256ull * 1024 * 1024;

// Builds a design from the JSON of `terraform show -json PLANFILE`: components with the sizes
// and counts the plan gives, their regions, the connections the plan implies, Users in front
// of the entry points, the workload from `usage` (else the documented defaults), laid out
// left to right by request flow. An input that is not a plan, a format version Headroom does
// not read, a plan with nothing Headroom models, or a usage file naming what the plan does not
// have is an error naming the file and the place.
Expected<TerraformImport> importTerraformPlan(std::string_view planText, const std::string &planFileName,
                                              const UsageSettings &usage = {});

// Reads `path` (a regular file of at most kMaxPlanBytes) and imports it.
Expected<TerraformImport> importTerraformPlanFile(const std::string &path, const UsageSettings &usage = {});

// The summary as text for a terminal or a dialog: what became what, how each connection was
// found, what is unconnected or not modelled, the assumptions to review and the warnings.
std::string importSummaryText(const TerraformImportSummary &summary);

} // namespace headroom

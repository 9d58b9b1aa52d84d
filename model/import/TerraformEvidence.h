// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/import/TerraformPlan.h"

#include <string>
#include <vector>

namespace headroom::terraform {

// How one resource names another: a configuration reference, or a planned value equal to
// one of the other's known identities (ID, ARN, DNS name, endpoint, ...).
struct Evidence
{
    size_t from = 0;      // the resource that names (index into Plan::resources())
    size_t to = 0;        // the resource named
    std::string attribute;  // where `from` names it: "target_group_arns.0", "environment.variables.DB_HOST"
    std::string how;      // "configuration reference (environment.variables.DB_HOST)",
                          // "value match: alias.0.name is aws_lb.web's dns_name"
};

// Every link between the plan's resources, in both directions, found in linear time in the
// plan's size (identities are hashed; every string value is looked up once).
class EvidenceGraph
{
public:
    explicit EvidenceGraph(const Plan &plan);

    // The evidence in which resource `index` names another or is named (either direction).
    const std::vector<Evidence> &of(size_t index) const { return m_links[index]; }
    // The resources of `type` linked to `index` in either direction, in plan order.
    std::vector<size_t> linkedOfType(size_t index, std::string_view type) const;
    // The resource whose identity (see identityKeys) equals `value`, or -1.
    long long resourceWithIdentity(const std::string &value) const;

private:
    std::vector<std::vector<Evidence>> m_links;
    std::map<std::string, std::pair<size_t, std::string>> m_identities;  // value → (resource, key)
    const Plan &m_plan;
};

// An identity value as compared: lower case, no trailing dot, no "dualstack." prefix, no
// ":port" suffix on a host name.
std::string normalizedIdentity(std::string value);

} // namespace headroom::terraform

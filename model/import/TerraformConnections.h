// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/import/TerraformComponents.h"

#include <string>
#include <vector>

namespace headroom::terraform {

// A connection the plan implies, between two imported components (indices into
// ComponentMapping::components), with every piece of evidence for it.
struct InferredConnection
{
    size_t from = 0;
    size_t to = 0;
    TrafficClass trafficClass = TrafficClass::All;
    bool async = false;
    double callsPerRequest = 1.0;
    std::vector<std::string> evidence;  // "configuration reference (...)", "security group rule ...", "assumed: ..."
};

// The connections between components, found by four rules: configuration references and
// known values linking two components directly or through pass-through resources (listener →
// target group, records, proxy targets, API integrations); security-group rules between the
// groups components carry; Lambda event source mappings (queue → function); and the
// cache-aside pattern (reads to the cache, misses and writes to the database) where a
// service reaches both. A link runs from the lower flowRank to the higher; between two of
// one rank it needs a direct reference, and runs from the one that names the other.
std::vector<InferredConnection> inferConnections(const Plan &plan, const EvidenceGraph &evidence,
                                                 const ComponentMapping &mapping);

// "PostgreSQL" for 5432, "HTTP" for 80, ...: what a port in a security-group rule suggests.
std::string protocolHint(double port);

} // namespace headroom::terraform

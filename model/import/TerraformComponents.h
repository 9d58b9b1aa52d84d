// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/design/Project.h"
#include "model/import/TerraformEvidence.h"

#include <string>
#include <vector>

namespace headroom::terraform {

// What a resource is to the import.
enum class ResourceRole {
    Component,    // becomes a component (or is folded into one: a replica, a cluster instance)
    PassThrough,  // links what is in front of it to what is behind it (listeners, target groups, records)
    Wiring,       // read for sizes or rules only (launch templates, security groups, event source mappings)
    Unmodelled,   // Headroom has nothing for it; listed in the summary
};

struct ImportedComponent
{
    Component component;
    std::vector<size_t> resources;  // the plan resources it stands for; the first is the main one
    std::string group;              // the module it came from ("module.app[\"a\"]"); empty at the root
    std::vector<std::string> notes; // how sizes were read: "min 2, max 6 from aws_autoscaling_group.app"
};

struct ComponentMapping
{
    std::vector<ImportedComponent> components;
    std::vector<long long> componentOf;  // per plan resource: its component's index, or -1
    std::vector<ResourceRole> role;      // per plan resource
    std::vector<std::string> unmodelledReason;  // per plan resource, for Unmodelled ones ("" otherwise)
    std::vector<std::string> warnings;   // values the plan does not know or must not show, with their place
};

// Turns the plan's resources into components with the sizes and counts the plan gives. A
// value that is unknown until apply, sensitive, or outside Headroom's tables is a warning
// naming its place; the catalog's default stands in for it.
ComponentMapping mapComponents(const Plan &plan, const EvidenceGraph &evidence, const std::string &fileName);

// A component type's place in a request's path, front (users, 0) to back (databases, 10):
// a link between two components is a call from the lower rank to the higher one.
int flowRank(const std::string &componentType);

} // namespace headroom::terraform

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/design/Project.h"

#include <optional>
#include <string>
#include <vector>

namespace headroom {

// Edits of a Project that the advisor proposes and the right-sizer searches. Each returns a
// changed copy and leaves its argument alone; ids that do not exist leave the copy unchanged.

const Component *findComponent(const Project &project, const std::string &id);

// A parameter as the model resolves it: the file's value, else the catalog's default;
// empty when neither exists (an optional parameter left unset) or the kind differs.
std::optional<ParamValue> paramValue(const Component &component, const std::string &name);
std::optional<double> numberParam(const Component &component, const std::string &name);
std::optional<bool> flagParam(const Component &component, const std::string &name);
std::optional<std::string> textParam(const Component &component, const std::string &name);

Project withParam(const Project &project, const std::string &id, const std::string &name, ParamValue value);

// Every synchronous connection from `from` to `to` made asynchronous (off the request path).
Project withAsyncConnections(const Project &project, const std::string &from, const std::string &to);

// An `rds_proxy` between `callers` and `database`: each caller's connections to the database
// now go to the proxy (same calls, class and async flag), and the proxy forwards everything
// to the database once (class all: reads stay reads, writes stay writes). The proxy's id is
// "<database>-proxy", made unique.
Project withRdsProxy(const Project &project, const std::string &database, const std::vector<std::string> &callers);

// Types that sit outside any region: the entry, DNS, the CDN and its firewall.
bool isGlobalType(const std::string &type);

// A second active region: every regional component is copied with id "<id>-b" (made unique)
// into region "b" (`secondRegionName`), the originals go to region "a" (the current region's
// name, else `firstRegionName`), connections between regional components are copied, and
// each connection from a global component into the regional stack is split into two with
// half the calls each, one per region.
// With `role` Standby the second region is a warm standby instead: the global components keep
// sending everything to region "a" and nothing (0 calls) to "b", whose Auto Scaling groups idle
// at one instance (min_instances 1) until a failover grows them.
// Region "b" prices what its book lacks at region "a"'s rates (fallback_prices), each line marked.
Project withSecondRegion(const Project &project, const std::string &firstRegionName,
                         const std::string &secondRegionName = "us-west-2", RegionRole role = RegionRole::Active);

// `base`, or `base` with "-2", "-3", ... appended until no component has that id.
std::string uniqueComponentId(const Project &project, const std::string &base);

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/analysis/DesignMeasure.h"
#include "model/design/Project.h"

#include "pricing/PriceBook.h"

#include <optional>
#include <string>
#include <vector>

namespace headroom {

// A change to a design, in words and applied.
struct ProposedChange
{
    std::string proposal;
    Project changed;
};

// Fixes that add capacity to component `index` of `design` (measured from `project`),
// shared by the advisor's checks and "what breaks next". Each returns nothing when it does
// not apply to the component.

// A station's instances (an ASG's max_instances) raised until its cpu is ≤ `target`.
std::optional<ProposedChange> scaleOutTo(const Project &project, const MeasuredDesign &design, int index,
                                         double target);

// A database's cpu brought to ≤ `target`: read replicas (≤ 15) when its replicas limit it or
// it is read-heavy with none; otherwise the smallest larger class of its series that fits.
std::optional<ProposedChange> databaseCapacityTo(const Project &project, const MeasuredDesign &design,
                                                 int index, double target, const PriceBook &book);

// The limiting quota of a managed service (requests, read/write units, GET/PUT rate, FIFO
// throughput) or a function's concurrency limit raised until it is ≤ `target`.
std::optional<ProposedChange> raiseLimitTo(const Project &project, const MeasuredDesign &design, int index,
                                           const std::string &dimension, double target);

// An RDS Proxy between the database and its direct callers that hold connections
// (pool holders and functions).
std::optional<ProposedChange> rdsProxyFor(const Project &project, const MeasuredDesign &design, int index);

// What a larger class is for: vCPUs (cpu) or memory (a database's default max_connections).
enum class LargerFor { Cpu, Memory };

// The next larger class of the component's series with more vCPUs (for memory: any larger),
// priced in `book` when one is; or, with a target, the smallest larger one whose vCPUs bring
// cpu to ≤ `target`.
std::optional<ProposedChange> largerClass(const Project &project, const MeasuredDesign &design, int index,
                                          const PriceBook &book, std::optional<double> target = std::nullopt,
                                          LargerFor purpose = LargerFor::Cpu);

// One step each, for "what breaks next": one more instance (max_instances for an ASG), the
// next larger class, one more read replica, an RDS Proxy, a doubled limit or quota.
std::vector<ProposedChange> stepFixes(const Project &project, const MeasuredDesign &design, int index,
                                      const PriceBook &book);

} // namespace headroom

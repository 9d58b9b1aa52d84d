// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/design/Project.h"

#include "pricing/PriceBook.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace headroom {

// What the right-sizer changed on one component, and its monthly cost before and after.
struct RightSizeChange
{
    std::string componentId;
    std::string componentLabel;     // displayName: what the text names
    std::string description;        // "instance_type m6i.4xlarge → m6i.large; instances 10 → 5"
    double startMonthlyUsd = 0.0;
    double monthlyUsd = 0.0;
};

struct RightSizeResult
{
    bool ok = false;                // `project` meets both targets
    bool startMeetsTargets = false;
    std::string message;            // what was done, or why no design meeting the targets was found
    Project project;                // the right-sized design; the start itself when nothing better was found
    std::vector<RightSizeChange> changes;
    double users = 0.0;
    double maxUtilization = 0.7;
    double minAvailability = 0.999;  // the target used: the project's availability_target unless given
    double startMonthlyUsd = 0.0;
    double monthlyUsd = 0.0;
    double savingUsdPerMonth = 0.0; // start − result; negative when meeting missed targets costs more
    double startHighestUtilization = 0.0;
    double highestUtilization = 0.0;
    double startAvailability = 0.0;
    double availability = 0.0;
    bool cancelled = false;         // stopped by its progress callback: `project` is the start
};

// Told the fraction done (0 to 1) between steps of the search; returning false stops it.
using RightSizeProgress = std::function<bool(double fractionDone)>;

// The cheapest design found such that, at `users`, every component's utilization is at most
// `maxUtilization` and the system's availability at least `minAvailability`. It changes only
// instance classes and counts: for each component with an instance type (ec2, asg,
// elasticache, rds, aurora, opensearch) the classes of its family that `book` prices, and
// instances / max_instances / nodes, read replicas (0..15); counts alone for service and
// ecs_fargate. Greedy per component (the cheapest acceptable configuration with the others
// fixed), then a check of the whole system, then instances added where availability is
// lowest until the target is met (bounded). See model/README.md, "Advisor and right-sizing".
//
// It never returns a design that misses the targets, nor one dearer than a start that meets
// them; when the start misses them the result may cost more (the message says what meeting
// them costs), and when nothing found meets them the start comes back with ok = false.
// `minAvailability` defaults to the project's availability_target.
RightSizeResult rightSize(const Project &project, double users, const PriceBook &book,
                          double maxUtilization = 0.7, std::optional<double> minAvailability = std::nullopt,
                          const RightSizeProgress &progress = {});

} // namespace headroom

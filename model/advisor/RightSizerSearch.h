// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// The right-sizer's search, one component at a time; used by RightSizer.cpp only.

#include "model/analysis/DesignMeasure.h"

#include "pricing/PriceBook.h"

#include <functional>
#include <optional>

namespace headroom::rightsizing {

struct Targets
{
    double maxUtilization = 0.7;
    double minAvailability = 0.9995;
};

// What every step reads: the user count, the book, the targets and the start as measured.
struct Search
{
    double users;
    const PriceBook &book;
    Targets targets;
    const MeasuredDesign &start;

    const std::function<bool(double)> *progress = nullptr;  // optional; false stops the search
    mutable bool stopped = false;

    Expected<MeasuredDesign> measure(const Project &project) const { return measureDesign(project, users, book); }
    // Reports `fractionDone`; false once the caller asked to stop (then every later call too).
    bool proceed(double fractionDone) const
    {
        if (!stopped && progress && *progress && !(*progress)(fractionDone))
            stopped = true;
        return !stopped;
    }
};

bool meetsTargets(const MeasuredDesign &design, const Targets &targets);

// Whether the right-sizer changes component `index`: stations, Auto Scaling groups and databases.
bool isSizable(const CompiledNode &node);

// The cheapest acceptable configuration of component `index` with every other component as
// in `current`: its utilization within the target, its availability no lower than
// min(target, the start's), no other component pushed over the target, no price lost.
// Nothing when the current configuration is already the cheapest acceptable one.
std::optional<Project> cheapestConfiguration(const Search &search, const Project &current,
                                             const MeasuredDesign &measured, int index);

// `current` with one more instance of component `index` (min_instances for an ASG, a standby
// then a replica for a database); nothing when it has nothing to add.
std::optional<Project> oneMoreInstance(const Project &current, const MeasuredDesign &measured, int index);

} // namespace headroom::rightsizing

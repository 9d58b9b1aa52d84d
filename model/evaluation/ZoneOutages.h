// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/compile/CompiledModel.h"
#include "model/evaluation/Evaluation.h"
#include "model/evaluation/ModelConstants.h"

#include <functional>
#include <vector>

namespace headroom {

// What one availability zone's outage costs (model/README.md §6). Zone outages are common causes:
// every component with instances in the zone loses them at once, so they are counted once per
// zone, not once per component.
struct ZoneOutage
{
    int zone = -1;                 // index into ModelConstants::zoneCauses (the zone's cause name)
    double minutesPerYear = 0.0;   // outages a year × ∫ share of requests lost dt (minutes)
    double longestMinutes = 0.0;   // how long the component down longest stays down
    int worstComponent = -1;       // index of the component that costs the most in it
};

// The zone outages of the components in `region` (−1: the components in no region), into
// `outages` (cleared first) in the zones' sorted order. A component's outage when zone z fails:
// an instance tier whose instances outside z are fewer than it needs is down for the zone outage
// (an Auto Scaling group in two or more zones only until it has relaunched elsewhere:
// recovery_minutes); a Single-AZ database in z is down for the outage, a Multi-AZ one whose
// primary is in z fails over. While several are down the share of requests lost is
// 1 − Π(1 − wᵢ), with wᵢ = weight(i) the share that needs component i.
void zoneOutages(const CompiledModel &model, const ModelConstants &constants, const Evaluation &evaluation,
                 int region, const std::function<double(int)> &weight, std::vector<ZoneOutage> &outages);

} // namespace headroom

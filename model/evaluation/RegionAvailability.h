// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/compile/CompiledModel.h"
#include "model/evaluation/Evaluation.h"
#include "model/evaluation/ModelConstants.h"

namespace headroom {

// The system's expected availability from its components' results (model/README.md §6).
// Both set `unavailability`, `slaAvailability`, `downtimeContributors` (largest first, cut to
// kTopContributors) and, for several regions, `regions`, `regionFailuresTolerated` and
// `singleRegionAvailability`.

// One region (or none declared): U = 1 − Π(1 − fᵢ·Uᵢ) over the request path, fᵢ the share of
// requests that need component i, in series with each zone's outage.
void composeOneRegion(const CompiledModel &model, const ModelConstants &constants, Evaluation &evaluation);

// Several regions. Global components (in no region) stay in series. Each region's downtime is
// cause by cause; when an active region fails, its users move to the other active regions after
// Route 53's failover time if those can carry them (checked region by region at the load they
// would take), else to a standby region after detection, promotion and scale-up if the standby
// can carry the whole load (checked on the design routed to it), else they are lost for the whole
// outage. An outage shorter than the move costs only itself.
void composeRegionAvailability(const CompiledModel &model, const ModelConstants &constants, Evaluation &evaluation);

// nines, downtime per year and availability from `unavailability`.
void finishSystemAvailability(Evaluation &evaluation);

} // namespace headroom

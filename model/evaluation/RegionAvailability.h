// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/compile/CompiledModel.h"
#include "model/evaluation/Evaluation.h"

namespace headroom {

// Composes availability across regions (model/README.md §6, "Regions"): the global
// components in series with the regions in parallel. A region's own path is a series of its
// request-path components. The active regions share the traffic in proportion to what enters
// them; when some fail, the survivors take their share — they carry it if no survivor
// component saturates at users ÷ (1 − failed shares), the largest shares failing first. The
// system needs k = (active regions − failures tolerated) regions up, counting a standby region
// as able to replace one failed active region (a warm standby scales up on failover: an
// assumption). P(at least k up) is exact over regions of different availability.
// Fills evaluation.regions, singleRegionAvailability, regionFailuresTolerated, and replaces the
// system availability (and nines, downtime) with the multi-region figure. One region or
// none: leaves the series figure, and singleRegionAvailability equal to it.
void composeRegionAvailability(const CompiledModel &model, Evaluation &evaluation);

} // namespace headroom

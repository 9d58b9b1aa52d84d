// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/design/Project.h"
#include "model/layout/FlowLayout.h"

#include <vector>

namespace headroom {

// Space above a band (layout units) for the frames the designer draws around it.
inline constexpr double kInnerBandGap = 80.0;  // a band under another of its region: two zone frames
inline constexpr double kRegionBandGap = 140.0; // a band that starts a region: a region frame's title too

// The designer's "Arrange by flow" for a whole project: flowLayout over the connections
// (those naming a missing component are ignored), one band per (region, zone, group) —
// the components outside any region first, then each region's in the project's order, a
// region's zones in its order, within a zone the ungrouped components first and then each
// group in order of first appearance — with kInnerBandGap above a band of the region before
// and kRegionBandGap above a band that starts one. The layout's top-left is the components'
// current top-left (snapped to spacing.grid). Returns each component's new top-left, in the
// order of project.components; empty for a project without components.
std::vector<Position> flowPositions(const Project &project, const FlowSpacing &spacing = {});

} // namespace headroom

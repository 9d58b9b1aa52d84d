// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ReportWriter.h"

#include "app/designer/DesignResults.h"

namespace headroom::designer {

// The designer's cost and utilization charts, drawn into the report (vector) with their
// layout settled first — legend, axes and the stage labels placed for the size they are
// drawn at, as the designer shows them: the utilization chart's legend lists the busiest
// components (ChartsPanel::kMaxLegendEntries) and the stage labels step down a row where
// they would collide.
void writeReportCharts(ReportWriter &writer, const DesignResultsPtr &results);

} // namespace headroom::designer

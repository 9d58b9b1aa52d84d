// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ReportWriter.h"

#include "app/designer/DesignResults.h"

namespace headroom::designer {

// The designer's cost and utilization charts, drawn into the report (vector) with their
// layout settled for the size they are drawn at, so that the stage labels step down a row
// where they would collide (CurveChart), and with a legend the report sets beside each chart
// at 6.5 pt: every curve (the utilization chart draws the ChartsPanel::kMaxLegendEntries
// busiest components, the rest are counted as "others"), the reference lines and the stages.
void writeReportCharts(ReportWriter &writer, const DesignResultsPtr &results);

} // namespace headroom::designer

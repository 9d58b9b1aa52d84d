// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ReportWriter.h"

#include "model/cost/CostModel.h"
#include "model/design/Project.h"
#include "pricing/PriceBook.h"

#include <vector>

namespace headroom::designer {

// The appendix: every formula the figures come from (with units), every parameter default
// of the component types in the project with its source, and every price the stages used —
// from the book of the region that priced it, with its 1yr and 3yr committed rates — followed
// by the sources those prices cite (not every source the books know).
void writeReportAppendix(ReportWriter &writer, const Project &project, const PriceBook &prices,
                         const std::vector<SystemCost> &stageCosts);

} // namespace headroom::designer

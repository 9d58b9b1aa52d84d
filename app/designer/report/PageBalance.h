// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ReportPageUse.h"

#include <vector>

namespace headroom::designer {

// Balances the last two pages of a run of pages: the pages before a change of orientation or
// the end of the report, where the text stops short whatever fits. When such a page fills less
// than `minFill` of its content area, moving a section that starts on the page before it to
// a page of its own spreads the same lines over the same two pages, neither nearly empty.
// Runs are independent (each starts on a new page), so one layout finds the breaks for all.
// Returns the ordinals of the headings to break before (ReportPageUse::Heading), for each run
// the one that leaves the emptier of its two pages fullest — at least `minFill` — if any.
std::vector<int> pageBalancingBreaks(const std::vector<ReportPageUse> &pages, double minFill);

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ReportPageUse.h"

#include <QString>

#include <optional>
#include <vector>

namespace headroom::designer {

// Balances a report's last two pages. When the last page fills less than `minFill` of its
// content area, moving a section that starts on the page before it to a page of its own
// spreads the same lines over the same two pages, neither of them nearly empty. Returns the
// heading to break before — the one that leaves the emptier of the two pages fullest, at
// least `minFill` — or nothing when the last page is full enough or no heading would do.
std::optional<QString> lastPageBalancingBreak(const std::vector<ReportPageUse> &pages, double minFill);

} // namespace headroom::designer

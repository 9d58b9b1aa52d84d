// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "LastPageBalance.h"

#include <algorithm>

namespace headroom::designer {

std::optional<QString> lastPageBalancingBreak(const std::vector<ReportPageUse> &pages, double minFill)
{
    if (pages.size() < 2 || pages.back().usedFraction() >= minFill)
        return std::nullopt;
    const ReportPageUse &before = pages[pages.size() - 2];
    const ReportPageUse &last = pages.back();
    if (before.landscape != last.landscape || before.contentPoints <= 0.0)
        return std::nullopt;
    std::optional<QString> best;
    double bestFill = minFill;
    for (const auto &[heading, top] : before.headings) {
        if (top <= 0.0)
            continue;  // already at the top of its page
        const double stays = top / before.contentPoints;
        // What moves must fit one page: 10 % spare for the heading's keep-with-next and rounding.
        const double moves = (before.usedPoints - top + last.usedPoints) / last.contentPoints;
        if (moves > 0.9)
            continue;
        if (const double fill = std::min(stays, moves); fill >= bestFill) {
            bestFill = fill;
            best = heading;
        }
    }
    return best;
}

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "PageBalance.h"

#include <algorithm>
#include <optional>

namespace headroom::designer {

namespace {

// The heading on `before` to move onto `last`, when one balances the two.
std::optional<int> balancingHeading(const ReportPageUse &before, const ReportPageUse &last, double minFill)
{
    if (before.landscape != last.landscape || before.contentPoints <= 0.0)
        return std::nullopt;
    std::optional<int> best;
    double bestFill = minFill;
    for (const ReportPageUse::Heading &heading : before.headings) {
        if (heading.top <= 0.0)
            continue; // already at the top of its page
        const double stays = heading.top / before.contentPoints;
        // What moves must fit one page: 10 % spare for the heading's keep-with-next and rounding.
        const double moves = (before.usedPoints - heading.top + last.usedPoints) / last.contentPoints;
        if (moves > 0.9)
            continue;
        if (const double fill = std::min(stays, moves); fill >= bestFill) {
            bestFill = fill;
            best = heading.ordinal;
        }
    }
    return best;
}

} // namespace

std::vector<int> pageBalancingBreaks(const std::vector<ReportPageUse> &pages, double minFill)
{
    std::vector<int> breaks;
    for (size_t page = 1; page < pages.size(); ++page) {
        const bool endsRun = page + 1 == pages.size() || pages[page + 1].landscape != pages[page].landscape;
        if (!endsRun || pages[page].usedFraction() >= minFill)
            continue;
        if (const auto heading = balancingHeading(pages[page - 1], pages[page], minFill))
            breaks.push_back(*heading);
    }
    return breaks;
}

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "TableBreaks.h"

#include <algorithm>

namespace headroom::designer {

namespace {

// The rows from `first` on that fit under a header in `space` points.
size_t rowsThatFit(const std::vector<double> &heights, size_t first, double space)
{
    size_t fit = 0;
    for (double used = 0.0; first + fit < heights.size() && used + heights[first + fit] <= space; ++fit)
        used += heights[first + fit];
    return fit;
}

// The breaks when the table starts with `space` points on its first page.
std::vector<size_t> breaksFrom(const std::vector<double> &heights, double headerHeight, double space,
    double pageHeight, size_t minRows, bool freshPage, size_t *firstPageRows)
{
    std::vector<size_t> breaks;
    const size_t count = heights.size();
    size_t row = 0;
    double room = space;
    while (true) {
        size_t fit = rowsThatFit(heights, row, room - headerHeight);
        if (row + fit < count && count - row > minRows)
            fit = std::min(fit, count - row - minRows); // the next page gets at least minRows
        if (breaks.empty() && firstPageRows)
            *firstPageRows = fit;
        if (fit == 0 && (freshPage || !breaks.empty()))
            fit = 1; // a row taller than a page: a page of its own
        row += fit;
        if (row >= count)
            return breaks;
        breaks.push_back(row);
        room = pageHeight;
    }
}

} // namespace

TableBreaks planTableBreaks(const std::vector<double> &rowHeights, double headerHeight, double available,
    double pageHeight, bool atPageTop, size_t minRows)
{
    size_t firstPageRows = 0;
    std::vector<size_t> breaks
        = breaksFrom(rowHeights, headerHeight, available, pageHeight, minRows, atPageTop, &firstPageRows);
    const bool tooFew = firstPageRows < std::min(minRows, rowHeights.size())
        || (rowHeights.empty() && headerHeight > available);
    if (atPageTop || !tooFew)
        return { false, std::move(breaks) };
    return { true, breaksFrom(rowHeights, headerHeight, pageHeight, pageHeight, minRows, true, nullptr) };
}

} // namespace headroom::designer

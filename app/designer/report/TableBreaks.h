// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <cstddef>
#include <vector>

namespace headroom::designer {

// Where a table goes across pages. A table breaks only between rows, its header repeats on
// every page, and neither side of a break holds fewer than `minRows` rows: a table that would
// leave a short tail moves rows with it, and one that could start with fewer than `minRows`
// rows (or `minRows` before the tail rule bites) starts on a new page instead.
struct TableBreaks
{
    bool startOnNewPage = false;
    std::vector<size_t> breaks; // indices of the rows that begin a new page, ascending
};

// Heights in points. `available`: what is left on the current page; `pageHeight`: a fresh
// page's content height; `atPageTop`: the table would start at the top of a page (moving it
// gains nothing). A row taller than a page gets a page of its own.
TableBreaks planTableBreaks(const std::vector<double> &rowHeights, double headerHeight, double available,
    double pageHeight, bool atPageTop, size_t minRows);

} // namespace headroom::designer

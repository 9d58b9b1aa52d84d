// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QPointF>
#include <QRectF>

#include <vector>

namespace headroom::designer {

enum class Arrangement {
    AlignLeft,
    AlignRight,
    AlignTop,
    AlignBottom,
    AlignCentresHorizontally,  // one vertical line through every centre
    AlignCentresVertically,    // one horizontal line through every centre
    DistributeHorizontally,    // equal gaps between neighbours, the outermost two stay
    DistributeVertically,
};

// The new top-left corner of each rectangle (in the order given) after `arrangement`.
// Alignment lines up on the outermost edge (or the centre of the span); distribution needs
// three rectangles or more and otherwise leaves them where they are. Results are snapped to
// `grid` (0: not snapped).
std::vector<QPointF> arrange(const std::vector<QRectF> &rects, Arrangement arrangement, double grid = 0.0);

} // namespace headroom::designer

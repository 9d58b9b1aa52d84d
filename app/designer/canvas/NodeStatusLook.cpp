// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "NodeStatusLook.h"

#include "NodeItem.h"

#include <algorithm>
#include <cmath>

namespace headroom::designer {

namespace {

qreal exactFillWidth(double utilization)
{
    return std::max(4.0, barTrackWidth() * std::min(1.0, utilization));
}

} // namespace

qreal barTrackWidth()
{
    return NodeItem::kWidth - 20.0;
}

int barFillPixels(double utilization, double detail)
{
    if (!(utilization > 0.0) || !(detail > 0.0))
        return 0;
    return static_cast<int>(std::lround(exactFillWidth(utilization) * detail));
}

qreal barFillWidth(double utilization, double detail)
{
    if (!(detail > 0.0))
        return exactFillWidth(utilization);
    return std::max(4.0, barFillPixels(utilization, detail) / detail);
}

} // namespace headroom::designer

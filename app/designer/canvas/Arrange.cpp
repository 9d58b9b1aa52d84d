// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "Arrange.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace headroom::designer {

namespace {

QRectF boundsOf(const std::vector<QRectF> &rects)
{
    QRectF bounds;
    for (const QRectF &rect : rects)
        bounds |= rect;
    return bounds;
}

QPointF align(const QRectF &rect, const QRectF &bounds, Arrangement arrangement)
{
    switch (arrangement) {
    case Arrangement::AlignLeft: return {bounds.left(), rect.top()};
    case Arrangement::AlignRight: return {bounds.right() - rect.width(), rect.top()};
    case Arrangement::AlignTop: return {rect.left(), bounds.top()};
    case Arrangement::AlignBottom: return {rect.left(), bounds.bottom() - rect.height()};
    case Arrangement::AlignCentresHorizontally: return {bounds.center().x() - rect.width() / 2.0, rect.top()};
    case Arrangement::AlignCentresVertically: return {rect.left(), bounds.center().y() - rect.height() / 2.0};
    default: return rect.topLeft();
    }
}

// Equal gaps between neighbours along one axis, in the order of their leading edges.
std::vector<QPointF> distribute(const std::vector<QRectF> &rects, bool horizontal)
{
    std::vector<QPointF> result;
    for (const QRectF &rect : rects)
        result.push_back(rect.topLeft());
    if (rects.size() < 3)
        return result;
    auto lead = [horizontal](const QRectF &r) { return horizontal ? r.left() : r.top(); };
    auto length = [horizontal](const QRectF &r) { return horizontal ? r.width() : r.height(); };
    std::vector<size_t> order(rects.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return lead(rects[a]) < lead(rects[b]); });
    const QRectF &first = rects[order.front()];
    const QRectF &last = rects[order.back()];
    double occupied = 0.0;
    for (const QRectF &rect : rects)
        occupied += length(rect);
    const double gap = (lead(last) + length(last) - lead(first) - occupied) / static_cast<double>(rects.size() - 1);
    double cursor = lead(first);
    for (size_t i : order) {
        if (horizontal)
            result[i].setX(cursor);
        else
            result[i].setY(cursor);
        cursor += length(rects[i]) + gap;
    }
    return result;
}

} // namespace

std::vector<QPointF> arrange(const std::vector<QRectF> &rects, Arrangement arrangement, double grid)
{
    std::vector<QPointF> result;
    if (arrangement == Arrangement::DistributeHorizontally || arrangement == Arrangement::DistributeVertically) {
        result = distribute(rects, arrangement == Arrangement::DistributeHorizontally);
    } else {
        const QRectF bounds = boundsOf(rects);
        for (const QRectF &rect : rects)
            result.push_back(align(rect, bounds, arrangement));
    }
    if (grid > 0.0)
        for (QPointF &point : result)
            point = QPointF(std::round(point.x() / grid) * grid, std::round(point.y() / grid) * grid);
    return result;
}

} // namespace headroom::designer

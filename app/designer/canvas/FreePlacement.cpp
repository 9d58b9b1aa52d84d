// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "FreePlacement.h"

#include <cmath>
#include <limits>

namespace headroom::designer {

namespace {

constexpr int kMaxRings = 400;  // 8 000 units at the 20-unit grid: beyond any design

double snap(double value, double grid)
{
    return std::round(value / grid) * grid;
}

bool fits(const std::vector<QRectF> &occupied, const std::vector<QRectF> &group, const QPointF &offset, double gap)
{
    for (const QRectF &rect : group) {
        const QRectF padded = rect.translated(offset).adjusted(-gap, -gap, gap, gap);
        for (const QRectF &taken : occupied)
            if (padded.intersects(taken))
                return false;
    }
    return true;
}

} // namespace

QPointF nearestFreeOffset(const std::vector<QRectF> &occupied, const std::vector<QRectF> &group, const QPointF &wanted,
                          double grid, double gap)
{
    QRectF bounds;
    for (const QRectF &rect : group)
        bounds |= rect;
    const QPointF start(snap(wanted.x(), grid) - bounds.left(), snap(wanted.y(), grid) - bounds.top());
    for (int ring = 0; ring <= kMaxRings; ++ring) {
        // Every cell on the ring's perimeter; the nearest free one wins, ties going below,
        // then to the right (reading order), so that the choice never depends on the scan.
        QPointF best;
        double bestDistance = std::numeric_limits<double>::infinity();
        for (int dy = ring; dy >= -ring; --dy) {
            for (int dx = ring; dx >= -ring; --dx) {
                if (std::abs(dx) != ring && std::abs(dy) != ring)
                    continue;
                const double distance = std::hypot(dx, dy);
                const QPointF offset = start + QPointF(dx * grid, dy * grid);
                if (distance < bestDistance - 1e-9 && fits(occupied, group, offset, gap)) {
                    best = offset;
                    bestDistance = distance;
                }
            }
        }
        if (bestDistance < std::numeric_limits<double>::infinity())
            return best;
    }
    return start;
}

QPointF nearestFreeTopLeft(const std::vector<QRectF> &occupied, const QSizeF &size, const QPointF &wanted, double grid,
                           double gap)
{
    const QRectF rect(QPointF(0.0, 0.0), size);
    return nearestFreeOffset(occupied, {rect}, wanted, grid, gap);
}

} // namespace headroom::designer

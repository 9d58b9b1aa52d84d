// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <vector>

namespace headroom::designer {

// Where a rectangle of `size` goes so that it overlaps nothing in `occupied`, keeping at
// least `gap` between it and every occupied rectangle: the grid point nearest to `wanted`
// (a top-left corner, snapped to `grid` first), found by searching square rings of grid
// cells outward from it. Returns the snapped `wanted` itself when that is free.
QPointF nearestFreeTopLeft(const std::vector<QRectF> &occupied, const QSizeF &size, const QPointF &wanted,
                           double grid = 20.0, double gap = 20.0);

// The same for a group: `group` are rectangles kept in their relative layout, `wanted` the
// top-left corner wanted for their bounding rectangle. Returns the offset to add to each.
QPointF nearestFreeOffset(const std::vector<QRectF> &occupied, const std::vector<QRectF> &group, const QPointF &wanted,
                          double grid = 20.0, double gap = 20.0);

} // namespace headroom::designer

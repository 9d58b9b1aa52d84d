// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QRgb>
#include <QString>

namespace headroom::designer {

// What a node's status strip looks like at one zoom: the utilization bar's fill in whole
// device pixels and its colour, and the status line where text is legible. A new result
// repaints the strip only when its look changed: one slider step moves most bars by less than
// a pixel, and below the legible zoom no status line is drawn at all.
struct NodeStatusLook
{
    double detail = 0.0;     // the zoom it is drawn at: another zoom repainted everything anyway
    bool hasResult = false;
    int barPixels = 0;       // the fill's width in device pixels; 0 without a fill
    QRgb barColour = 0;
    bool saturated = false;  // the fill is hatched, the line bold
    QString text;            // the status line; empty where it is not legible (not drawn)

    bool operator==(const NodeStatusLook &) const = default;
};

// The utilization bar's track, and its fill at `utilization` (a fraction; 0 for none) drawn
// at `detail` device pixels per scene unit: scene units, its width rounded to whole device
// pixels (at least 4 units), so that the drawn fill changes exactly when barFillPixels does.
qreal barTrackWidth();
qreal barFillWidth(double utilization, double detail);
int barFillPixels(double utilization, double detail);

} // namespace headroom::designer

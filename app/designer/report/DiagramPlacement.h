// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QSizeF>

namespace headroom::designer {

// Where a stage's diagram goes in the report, and at what scale (page points per scene unit).
//
// The report draws each component as a box at its canvas position with the text set for
// paper — the title at 8 pt (7 pt, then two lines, before it is shortened), the stage's
// utilization below it — so the text size does not shrink with the scale; the boxes do. A
// box needs kMinNodeWidthPoints to hold a 12-character title on a line (longer ones take two).
// The diagram stays on the stage's portrait page when it fits there at that size within
// kMaxInlineHeightPoints; otherwise it goes landscape (`ownPage`), as wide as the page allows. When even the
// landscape page gives boxes narrower than kMinNodeWidthPoints (about 40 canvas columns, or rows), the
// diagram is scaled to fit that page anyway and `cramped` says so, so the report can say that
// titles are shortened (the PDF is vector: zooming in shows the lines and colours sharply).
struct DiagramPlacement
{
    static constexpr double kNodeWidthScene = 200.0; // NodeItem::kWidth
    static constexpr double kMinNodeWidthPoints = 56.0;
    static constexpr double kMinScale = kMinNodeWidthPoints / kNodeWidthScene;
    static constexpr double kMaxInlineHeightPoints = 240.0;
    static constexpr double kMaxScale = 0.9; // a small design is not blown up past this

    bool ownPage = false; // a landscape page of its own
    double scale = 1.0;
    bool cramped = false;

    // `scene`: the diagram's bounding box in scene units; `inlineWidth`: the portrait content
    // width; `landscape`: the content area a landscape page leaves for the diagram.
    static DiagramPlacement choose(const QSizeF &scene, double inlineWidth, const QSizeF &landscape);
};

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "app/designer/DesignResults.h"
#include "model/design/Project.h"

#include <QPainter>
#include <QRectF>

#include <memory>

namespace headroom::designer {

class DiagramScene;
class ProjectDocument;

// A stage's diagram on paper. The canvas scene draws the connections and the region frames
// (so the report routes edges exactly as the canvas does); the report draws each component's
// box over it with its text set in page points rather than scaled with the drawing: the label
// (8 pt, else 7 pt, else two lines, else shortened), the stage's utilization and limiting
// dimension, and the configuration where the box has room. Region titles are set the same
// way. Edge rate labels are left out: each component's arrivals are in the stage's table.
class ReportDiagram
{
public:
    ReportDiagram(const Project &project, const DesignResultsPtr &results);
    ~ReportDiagram();

    // The drawing's extent in scene units (canvas pixels at 100 % zoom).
    QRectF sceneRect() const { return m_source; }
    // Draws the diagram centred in `target` at `scale` page points per scene unit.
    void draw(QPainter &painter, const QRectF &target, double scale) const;

private:
    void drawNode(QPainter &painter, const QRectF &box, const Component &component) const;

    Project m_project;
    DesignResultsPtr m_results;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<DiagramScene> m_scene;
    QRectF m_source;
};

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ReportPageUse.h"

#include "model/design/Project.h"
#include "pricing/PriceBook.h"

#include <QDateTime>
#include <QPageSize>
#include <QString>

#include <optional>
#include <vector>

namespace headroom::designer {

struct StageReportOptions
{
    std::vector<Stage> stages;  // empty: the project's own stages
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QDateTime generated = QDateTime::currentDateTime();
    // What to call the design when the project has no name: the project file's base name
    // ("three-tier"), or the designer's name for an unsaved document.
    QString sourceName;
    // When set, receives what each page of the written report holds (for tests).
    std::vector<ReportPageUse> *pagePlan = nullptr;
};

// The report's title: the project's name, else `sourceName`, else "Headroom design".
QString reportTitle(const Project &project, const QString &sourceName);

// Writes the stage report to `path` as a PDF: a cover with the title, the date, the workload
// assumptions and the stages at a glance; cost and utilization against users with the stages
// marked; for each stage the diagram coloured for that stage (vector; a landscape page of its
// own when it would not be readable on the portrait page, see DiagramPlacement), its summary,
// the component table and the cost lines; what to commit for 1 and 3 years at each stage
// (CommitmentSection); and an appendix with every formula, every default used with its
// source, and every price used. Sections flow one after the other instead of
// each starting a page, so no page is left nearly empty. The PDF's title is reportTitle();
// the running header on every page after the cover names it and the date. The designer's File → Export stage report and `headroom-cli report`
// both call this, so both produce the same document. Needs a QApplication (widgets render
// the diagram and the charts); the offscreen platform is enough. Returns the error, if any.
std::optional<QString> writeStageReport(const Project &project, const PriceBook &prices,
                                        const StageReportOptions &options, const QString &path);

// "1,000 users", "1M users": a stage named for its user count (for --stages).
std::vector<Stage> stagesFromUserCounts(const std::vector<double> &users);

} // namespace headroom::designer

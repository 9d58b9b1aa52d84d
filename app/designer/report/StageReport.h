// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

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
};

// Writes the stage report to `path` as a PDF: a cover with the workload assumptions and the
// stages at a glance; cost and utilization against users with the stages marked; for each
// stage the diagram coloured for that stage (vector), its summary, the component table and
// the cost lines; and an appendix with every formula, every default used with its source,
// and every price used. The designer's File → Export stage report and `headroom-cli report`
// both call this, so both produce the same document. Needs a QApplication (widgets render
// the diagram and the charts); the offscreen platform is enough. Returns the error, if any.
std::optional<QString> writeStageReport(const Project &project, const PriceBook &prices,
                                        const StageReportOptions &options, const QString &path);

// "1,000 users", "1M users": a stage named for its user count (for --stages).
std::vector<Stage> stagesFromUserCounts(const std::vector<double> &users);

} // namespace headroom::designer

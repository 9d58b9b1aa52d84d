// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/analysis/StageTable.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace headroom::designer {

class ReportWriter;
struct ReportColumn;

// A committed figure of the stage table: "$1,234", "$1,234 †" when committable lines are on
// demand in it (no price for the term), "—" when no line has a price for the term.
QString committedFigure(const std::optional<double> &usd, const std::vector<std::string> &onDemand);

// What the 1-yr and 3-yr figures of a stage table are: one sentence.
QString committedExplanation();
// The "†" footnotes of a stage table, one line per term with a † figure: the price keys of the
// lines on demand in it (at most a dozen, then how many more); empty when nothing is marked.
QString committedFootnote(const std::vector<StageRow> &rows);

// The commitment plan's table, one block per stage with something to commit, each row naming
// its stage (a page break may fall anywhere): its largest floors, the 1-year and 3-year plans
// of one cost line side by side (what, component, count, committed $ a month and saving for
// each term, break-even, payment), the rest summed in one row, under a row with the stage's
// totals ("All floors") when it has more than one floor. Consecutive stages with the same plan
// share one block ("10K users to 1M users"). Cells in the order of commitmentColumns(); empty
// when no stage has anything to commit.
std::vector<QStringList> commitmentRows(const std::vector<StageRow> &rows);
const std::vector<ReportColumn> &commitmentColumns();

// "Commitment plan": the CLI's explanation (what a floor is, what break-even means) and
// commitmentRows as a table, or one sentence when no stage has anything to commit.
void writeCommitmentSection(ReportWriter &writer, const std::vector<StageRow> &rows);

} // namespace headroom::designer

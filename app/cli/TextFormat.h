// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/compile/CompiledModel.h"
#include "model/cost/CostModel.h"
#include "model/export/CsvExport.h"
#include "model/evaluation/Evaluation.h"
#include "model/analysis/StageTable.h"
#include "model/analysis/Sweep.h"

#include <optional>
#include <string>
#include <vector>

namespace headroom::cli {

// Figures are written by model/core/NumberText.h, as in every other view; these only add "—"
// for a figure that does not exist.
std::string orDash(const std::optional<double> &value, std::string (*text)(double));
std::string dollars(const std::optional<double> &usd); // usdText, "—" when missing

// Fixed-width columns for the text tables; widths in characters, not bytes.
std::string padRight(const std::string &text, size_t width);
std::string padLeft(const std::string &text, size_t width);


// A person's view of one evaluation of `model`: the system summary, then a table of
// components named by their labels. With `cost`, adds the monthly cost, cost per user and
// each component's monthly cost.
std::string evaluationToText(const std::string &projectName, const CompiledModel &model, const Evaluation &evaluation,
                             const SystemCost *cost = nullptr);

// The width of a column holding `texts` under `heading`: at least `minimum`, and room for
// the longest text plus a space (widths in characters, not bytes).
size_t columnWidth(const std::vector<std::string> &texts, const std::string &heading, size_t minimum);

std::string stagesToText(const std::string &projectName, const std::vector<StageRow> &rows, const PriceBook &book);
// The "†" notes under the stage table: per term, the price keys on demand in its figures.
std::string committedFootnotes(const std::vector<StageRow> &rows);
// Each stage's commitment plan: totals, then the largest floors to commit, per term.
std::string commitmentsToText(const std::vector<StageRow> &rows);


// A sweep as CSV with a header row; empty values for figures that do not exist.
std::string sweepToCsv(const std::vector<SweepRow> &rows);

} // namespace headroom::cli

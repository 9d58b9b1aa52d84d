// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/cost/CostModel.h"
#include "model/evaluation/Evaluation.h"
#include "model/analysis/StageTable.h"

#include <optional>
#include <string>
#include <vector>

namespace headroom {

// CSV cells (RFC 4180), the same in every locale: numbers with '.' and ten significant digits
// (csvNumberText), empty for a value that does not exist; text quoted when it holds a comma,
// a quote or a line break, and prefixed with ' (and quoted) when a spreadsheet would read it
// as a formula (OWASP CSV Injection: it begins with =, +, -, @, a tab or a carriage return).
std::string csvNumber(const std::optional<double> &value);
std::string csvText(const std::string &text);

// The stage table, one row per stage (the columns of `headroom-cli stages --format csv`).
std::string stagesToCsv(const std::vector<StageRow> &rows);

// The component table at one user count: the model's figures and each component's monthly cost.
std::string componentsToCsv(const Evaluation &evaluation, const SystemCost &cost);

} // namespace headroom

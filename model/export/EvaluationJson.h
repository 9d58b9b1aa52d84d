// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/cost/CostModel.h"
#include "model/evaluation/Evaluation.h"
#include "model/analysis/StageTable.h"
#include "model/analysis/Sweep.h"

#include <ostream>
#include <string>

namespace headroom {

// The evaluation in the CLI's JSON format (model/README.md, "Evaluation output"). A value
// that does not exist — the response time of a saturated station, the saturation point of an
// idle one — is null. No NaN or infinity is ever written.
// With `cost` (and the `book` it was priced with), adds the monthly cost, cost per user,
// completeness and warnings, and each component's cost lines.
std::string evaluationToJson(const Evaluation &evaluation, const SystemCost *cost = nullptr,
                             const PriceBook *book = nullptr);

// The same JSON written to `out` as it is made, never whole in memory (the CLI's evaluate:
// 23 MB at 10,000 components).
void writeEvaluationJson(std::ostream &out, const Evaluation &evaluation, const SystemCost *cost = nullptr,
                         const PriceBook *book = nullptr);

// The stage table as a JSON array.
std::string stagesToJson(const std::vector<StageRow> &rows);

// A sweep as a JSON array of rows with the top-level figures and the bottleneck.
std::string sweepToJson(const std::vector<SweepRow> &rows);

} // namespace headroom

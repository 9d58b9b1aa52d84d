#pragma once

#include "Evaluation.h"
#include "Sweep.h"

#include <string>

namespace headroom {

// The evaluation in the CLI's JSON format (model/README.md, "Evaluation output"). A value
// that does not exist — the response time of a saturated station, the saturation point of an
// idle one — is null. No NaN or infinity is ever written.
std::string evaluationToJson(const Evaluation &evaluation);

// A sweep as a JSON array of rows with the top-level figures and the bottleneck.
std::string sweepToJson(const std::vector<SweepRow> &rows);

} // namespace headroom

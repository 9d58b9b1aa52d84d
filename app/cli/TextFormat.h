#pragma once

#include "model/Evaluation.h"
#include "model/Sweep.h"

#include <optional>
#include <string>
#include <vector>

namespace headroom::cli {

// "1,234,567" with thousands separators; "—" for a missing value.
std::string groupedNumber(double value, int decimals = 0);
std::string percent(double fraction, int decimals = 1);
std::string orDash(const std::optional<double> &value, int decimals = 1);

// A person's view of one evaluation: the system summary, then a table of components.
std::string evaluationToText(const std::string &projectName, const Evaluation &evaluation);

// A sweep as CSV with a header row; empty values for figures that do not exist.
std::string sweepToCsv(const std::vector<SweepRow> &rows);

} // namespace headroom::cli

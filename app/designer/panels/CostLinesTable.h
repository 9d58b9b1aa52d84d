// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/cost/CostModel.h"

#include <QString>

#include <vector>

class QTableWidget;

namespace headroom::designer {

// Fills the component inspector's four-column cost table (what, quantity, unit price,
// monthly) with `lines`: one row per line, and under a line with a price note ("us-east-1 rate
// (no us-west-2 price)") a smaller grey row spanning the table with the note, the line's own
// cells marked "◦". Every cell's tooltip has the line's price key, its 1-year and 3-year unit
// prices when it has them, and its note.
void fillCostLines(QTableWidget &table, const std::vector<CostLine> &lines);

// "1-year $0.0600 per instance-hour (no upfront)" and the 3-year one, one a line; empty for a
// line without committed prices.
QStringList committedPrices(const CostLine &line);

} // namespace headroom::designer

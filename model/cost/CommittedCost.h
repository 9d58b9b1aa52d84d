// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/cost/CostModel.h"

#include <string>

namespace headroom {

// "1-year" or "3-year", for sentences.
const char *termWords(PurchaseOption term);

// "on demand (no 1-year price for elasticache/redis/cache.r7g.large)": what a committable line
// without a price for `term` says instead of pretending to be committed.
std::string onDemandForTerm(const CostLine &line, PurchaseOption term);

// Sets each line's monthly at `option` (its commitment's price where it has one for the term,
// else on demand with the line's note saying so) and sums the component.
void applyPurchaseOption(ComponentCost &cost, PurchaseOption option);

// The month with every committable line committed for 1 and 3 years where it has a price, and
// the lines that have none.
void addCommittedTotals(const CompiledModel &model, SystemCost &system);

// One note per region whose lines were priced at its fallback region's rates, with their count.
void noteFallbackPrices(SystemCost &system);

} // namespace headroom

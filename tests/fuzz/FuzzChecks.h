// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Invariants the fuzz targets assert on whatever a loader accepted. A broken invariant
// aborts with a message, which libFuzzer records as a crash and saves the input that caused it.

#include "model/cost/CostModel.h"
#include "model/evaluation/Evaluation.h"
#include "pricing/PriceBook.h"

#include <string_view>

namespace headroom::fuzz {

// Prints "invariant broken: <what>" to stderr and aborts when `holds` is false.
void require(bool holds, std::string_view what);

// Every figure of an evaluation is finite; utilizations, availabilities and rates are ≥ 0,
// availabilities ≤ 1.
void requireFiniteEvaluation(const Evaluation &evaluation);

// Every money figure is finite and ≥ 0, and each line is quantity × unit price / per.
void requireFiniteCost(const SystemCost &cost);

// Pricing `quantity` (≥ 0) against every entry of `book` gives finite, non-negative money;
// every commitment factor is finite and in (0, 1].
void requireSanePrices(const PriceBook &book);

} // namespace headroom::fuzz

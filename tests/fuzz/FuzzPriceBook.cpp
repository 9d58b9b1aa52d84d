// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Fuzz target: the price book loader (pricing/PriceBookFile).
//
// On any input: no crash, no sanitizer report. On a book the loader accepts:
//  - writing it back and reading that again gives a book with the same entries;
//  - every entry prices 0 … 10¹² units to finite, non-negative money, every committed price is
//    below its on-demand price and every commitment factor is in (0, 1];
//  - costing the bundled three-tier example against it gives finite, non-negative figures.

#include "FuzzChecks.h"

#include "model/compile/CompiledModel.h"
#include "model/cost/CostModel.h"
#include "model/io/ProjectFile.h"
#include "pricing/PriceBookFile.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

using namespace headroom;

namespace {

// The example the price book is exercised against, compiled once.
const CompiledModel &exampleModel()
{
    static const std::optional<CompiledModel> model = [] {
        const auto project = readProjectFile(HEADROOM_SOURCE_DIR "/resources/examples/three-tier.json");
        fuzz::require(project.ok(), "the three-tier example does not load");
        auto compiled = compileModel(*project);
        fuzz::require(compiled.ok(), "the three-tier example does not compile");
        return std::optional<CompiledModel>(std::move(compiled).value());
    }();
    return *model;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const PriceBookResult read = parsePriceBook(text, "fuzz-prices.json");
    if (!read.book) {
        fuzz::require(!read.error.toString().empty(), "a rejected price book has an empty error");
        return 0;
    }

    const PriceBookResult reread = parsePriceBook(serializePriceBook(*read.book), "rewritten.json");
    fuzz::require(reread.book.has_value(), "a price book it wrote back does not load: " + reread.error.toString());
    fuzz::require(reread.book->entries().size() == read.book->entries().size(),
                  "a price book written back and read again has a different number of entries");

    fuzz::requireSanePrices(*read.book);
    for (PurchaseOption option : {PurchaseOption::OnDemand, PurchaseOption::OneYear, PurchaseOption::ThreeYear})
        for (double users : {1.0, 1e6})
            fuzz::requireFiniteCost(costOf(exampleModel(), users, *read.book, option));
    return 0;
}

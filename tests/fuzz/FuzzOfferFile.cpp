// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Fuzz target: the AWS Price List offer-file importer (pricing/OfferImporter), which reads
// files downloaded from the internet.
//
// On any input: no crash, no hang, no sanitizer report. A failed import says why; whatever
// an import adds prices to finite, non-negative money, and every committed price is below its on-demand price.

#include "FuzzChecks.h"

#include "pricing/OfferImporter.h"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

using namespace headroom;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::istringstream in(std::string(reinterpret_cast<const char *>(data), size));
    PriceBook book;
    const OfferImportReport report = importOfferFile(in, "fuzz-offer.json", "us-east-1", book);
    fuzz::require(report.ok || !report.error.empty(), "a failed import gives no reason");
    fuzz::require(report.productsKept >= 0 && report.productsSkipped >= 0, "negative product counts");
    fuzz::requireSanePrices(book);
    return 0;
}

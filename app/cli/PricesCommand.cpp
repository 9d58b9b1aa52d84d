// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "PricesCommand.h"

#include "CliSupport.h"

#include "model/core/BoundedFile.h"
#include "model/io/ProjectFile.h"
#include "pricing/OfferImporter.h"
#include "pricing/PriceBookFile.h"

#include <fstream>

namespace headroom::cli {

int pricesCommand(const CliArguments &arguments, std::ostream &out, std::ostream &err)
{
    if (arguments.positional.empty() || arguments.positional.front() != "import")
        return usageError(err, "prices takes a subcommand: prices import OFFER.json --out BOOK.json");
    if (auto unknown = arguments.unknownOption({"out", "region", "base"}))
        return usageError(err, "prices import has no option --" + *unknown);
    if (arguments.positional.size() != 2)
        return usageError(err, "prices import takes exactly one OFFER.json");
    if (!arguments.options.contains("out"))
        return usageError(err, "prices import needs --out BOOK.json");
    if (auto clash = outputOverInput(arguments, {"base"}))
        return inputError(err, *clash);
    const std::string &offerPath = arguments.positional[1];
    const std::string &outPath = arguments.options.at("out");
    const std::string region = arguments.options.contains("region") ? arguments.options.at("region") : "us-east-1";

    // The imported prices are layered onto a base book so that the result prices a whole
    // design: --base BOOK, or the bundled book of the same region, or nothing.
    PriceBook book;
    const auto base = arguments.options.find("base");
    if (base != arguments.options.end() && base->second != "none") {
        std::string problem;
        std::optional<PriceBook> read = readPriceBookArgument(base->second, problem);
        if (!read)
            return inputError(err, problem);
        book = std::move(*read);
        if (book.region != region)
            return usageError(err, "--base " + base->second + " is for " + book.region + ", not " + region);
    } else if (const PriceBook *bundled = bundledPriceBook().forRegion(region);
               base == arguments.options.end() && bundled) {
        book = *bundled;
    } else {
        book.region = region;
        book.currency = "USD";
    }
    if (auto refused = notARegularFile(offerPath))
        return inputError(err, refused->toString());
    std::ifstream in(offerPath, std::ios::binary);
    if (!in)
        return inputError(err, offerPath + ": cannot open the file for reading");
    const OfferImportReport report = importOfferFile(in, offerPath, region, book);
    if (!report.ok)
        return inputError(err, report.error);
    if (report.productsKept == 0)
        return inputError(err, offerPath + ": no " + report.offerCode + " product matched region " + region
                                   + " (skipped " + std::to_string(report.productsSkipped) + ")");
    if (auto error = writeFileAtomically(outPath, serializePriceBook(book)))
        return inputError(err, error->toString());
    out << offerPath << ": " << report.offerCode << " published " << report.publicationDate << "\n"
        << "  kept " << report.productsKept << " products, skipped " << report.productsSkipped << "\n"
        << "  read " << report.committedRates << " committed prices (standard reservations, no upfront)\n"
        << "  wrote " << outPath << " (" << book.entries().size() << " prices, region " << region << ")\n";
    return Success;
}

} // namespace headroom::cli

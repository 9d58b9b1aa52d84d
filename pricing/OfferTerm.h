// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "PriceBook.h"

#include <optional>
#include <string>
#include <vector>

namespace headroom {

// One priceDimensions entry of an offer file's term, as written there (AWS writes numbers as
// strings): parsed when its term closes.
struct OfferPriceDimension
{
    std::string unit;       // "Hrs"; "Quantity" for a reservation's upfront fee
    std::string usd;        // pricePerUnit.USD: "0.0960000000"
    std::string beginRange; // "0"
    std::string endRange;   // "Inf" when unbounded
};

// One term (terms.OnDemand.<sku>.<code> or terms.Reserved.<sku>.<code>) as read.
struct OfferTerm
{
    std::vector<OfferPriceDimension> dimensions;
    std::string leaseContractLength; // "1yr", "3yr"
    std::string offeringClass;       // "standard", "convertible"
    std::string purchaseOption;      // "No Upfront", "Partial Upfront", "All Upfront"
};

// A band of an hourly on-demand price, in hours of the month.
struct OfferHourlyBand
{
    double beginHours = 0.0;
    std::optional<double> endHours; // unbounded for "Inf"
    double usd = 0.0;
};

// What the importer keeps of one SKU's terms: a few numbers, however many terms it has.
struct OfferSkuPrices
{
    bool onDemandRead = false;
    std::vector<OfferHourlyBand> onDemand;   // by beginRange; empty: no hourly on-demand price
    std::optional<double> reservedHourly[2]; // standard No Upfront effective hourly, 1yr and 3yr
    std::string problem;                     // the first unreadable number in a term it uses
};

// The hourly ("Hrs") bands of a SKU's first on-demand term; a SKU has only one.
void addOnDemandTerm(const OfferTerm &term, OfferSkuPrices &prices);

// A standard (or unclassed) No Upfront reservation of 1 or 3 years: its effective hourly price,
// recurring hourly + upfront fee ÷ (8760 × years). Other reservations are ignored.
void addReservedTerm(const OfferTerm &term, OfferSkuPrices &prices);

// Bands as price tiers, each up to its endRange and the last unbounded (PriceTier's contract).
// False when they do not start at 0 or one does not begin where the one before it ends: the
// book would misprice.
bool toPriceTiers(const std::vector<OfferHourlyBand> &bands, std::vector<PriceTier> &tiers);

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "OfferTerm.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace headroom {

namespace {

// A reservation's upfront fee is spread over its term's hours, 365 × 24 a year, as AWS's
// "effective hourly rate" of a Reserved Instance is.
constexpr double hoursPerYear = 8760.0;

// A price or range: a finite number ≥ 0, as AWS writes it ("0.0960000000").
std::optional<double> amount(const std::string &text)
{
    double value = 0.0;
    const char *end = text.data() + text.size();
    const auto [stop, failure] = std::from_chars(text.data(), end, value);
    if (failure != std::errc() || stop != end || !std::isfinite(value) || value < 0.0)
        return std::nullopt;
    return value;
}

std::string notANumber(const std::string &what, const std::string &text)
{
    return what + " \"" + text + "\" is not a number ≥ 0";
}

std::string tooDear(const std::string &what, const std::string &text)
{
    return what + " \"" + text + "\" is above $1,000,000 (not a price AWS charges: check the file)";
}

} // namespace

void addOnDemandTerm(const OfferTerm &term, OfferSkuPrices &prices)
{
    if (prices.onDemandRead)
        return;
    prices.onDemandRead = true;
    for (const OfferPriceDimension &dimension : term.dimensions) {
        if (dimension.unit != "Hrs")
            continue;
        const auto usd = amount(dimension.usd);
        const auto begin
            = dimension.beginRange.empty() ? std::optional<double>(0.0) : amount(dimension.beginRange);
        const bool unbounded = dimension.endRange.empty() || dimension.endRange == "Inf";
        const auto end = unbounded ? std::optional<double>() : amount(dimension.endRange);
        if (!usd || *usd > kMaxPlausibleUsd || !begin || (!unbounded && !end)) {
            prices.problem = !usd                        ? notANumber("on-demand price", dimension.usd)
                             : *usd > kMaxPlausibleUsd ? tooDear("on-demand price", dimension.usd)
                             : !begin ? notANumber("beginRange", dimension.beginRange)
                                      : notANumber("endRange", dimension.endRange);
            prices.onDemand.clear();
            return;
        }
        prices.onDemand.push_back({*begin, end, *usd});
    }
    std::sort(prices.onDemand.begin(), prices.onDemand.end(),
              [](const OfferHourlyBand &a, const OfferHourlyBand &b) { return a.beginHours < b.beginHours; });
}

void addReservedTerm(const OfferTerm &term, OfferSkuPrices &prices)
{
    const int index = term.leaseContractLength == "1yr" ? 0 : term.leaseContractLength == "3yr" ? 1 : -1;
    if (index < 0 || (!term.offeringClass.empty() && term.offeringClass != "standard")
        || term.purchaseOption != "No Upfront" || prices.reservedHourly[index])
        return;
    std::optional<double> hourly;
    double upfront = 0.0;
    for (const OfferPriceDimension &dimension : term.dimensions) {
        if (dimension.unit != "Hrs" && dimension.unit != "Quantity")
            continue;
        const auto usd = amount(dimension.usd);
        if (!usd || *usd > kMaxPlausibleUsd) {
            prices.problem = !usd ? notANumber("reserved price", dimension.usd) : tooDear("reserved price", dimension.usd);
            return;
        }
        if (dimension.unit == "Quantity")
            upfront += *usd;
        else if (!hourly)
            hourly = *usd;
    }
    if (hourly)
        prices.reservedHourly[index] = *hourly + upfront / (hoursPerYear * (index == 0 ? 1.0 : 3.0));
}

bool toPriceTiers(const std::vector<OfferHourlyBand> &bands, std::vector<PriceTier> &tiers)
{
    double previousEnd = 0.0;
    for (size_t i = 0; i < bands.size(); ++i) {
        const bool last = i + 1 == bands.size();
        if (bands[i].beginHours != previousEnd)
            return false;
        if (!last && (!bands[i].endHours || *bands[i].endHours <= bands[i].beginHours))
            return false;
        tiers.push_back({last ? std::nullopt : bands[i].endHours, bands[i].usd});
        previousEnd = bands[i].endHours.value_or(previousEnd);
    }
    return true;
}

} // namespace headroom

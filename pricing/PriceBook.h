// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace headroom {

// The largest price a book may hold, per `per` units: four orders of magnitude above the dearest
// price in the bundled books ($15.30 an hour, RDS db.r7g.16xlarge Multi-AZ, us-east-1), so that
// a larger one is a typo or a unit error, never a price; and small enough that no priced
// quantity (at most about 1e31 units a month from the model's ranges) overflows a double.
inline constexpr double kMaxPlausibleUsd = 1e6;

// One band of a tiered price: quantities up to `upTo` (in the entry's base unit, cumulative
// over the month) cost `usd` per `per` units. The last band has no upper bound.
struct PriceTier
{
    std::optional<double> upTo;
    double usd = 0.0;
};

// A committed price for an entry: `usd` per `per` units, effective over the term (any upfront
// fee spread over the term's hours: 8 760 a year), paid for every hour of the term whether the
// capacity is used or not. Example: cache.r6g.large, 1yr, "no upfront", $0.131 per node-hour.
struct CommittedRate
{
    std::string term;     // "1yr" or "3yr"
    std::string payment;  // the offer, for people: "no upfront", "partial upfront, effective", ...
    double usd = 0.0;     // per `per` units of the entry, less than its on-demand price
    std::string source;   // a key of PriceBook::sources, or free text
};

// A unit price with its provenance. A flat price is one tier without a bound.
// Example: key "sqs/standard-requests", unit "request", per 1 000 000, tiers {{∅, 0.40}}:
// $0.40 per million requests.
struct PriceEntry
{
    std::string key;          // "ec2/m6i.large", "cloudfront/data-out", ...
    std::string description;  // for people: "m6i.large, Linux, on-demand"
    std::string unit;         // base unit of quantities: "instance-hour", "GB", "request", ...
    double per = 1.0;         // the price is for this many units
    std::vector<PriceTier> tiers;
    std::string source;       // a key of PriceBook::sources, or free text
    std::vector<CommittedRate> committed;  // at most one per term; only on flat prices

    const CommittedRate *committedRate(const std::string &term) const;
};

// A discount for committing to a term across a whole service: committed price = on-demand
// price × factor. A price book's own assumption (an entry's CommittedRate wins over it).
struct Commitment
{
    std::string service;  // "ec2", "rds", "elasticache", "opensearch", "aurora"
    std::string term;     // "1yr" or "3yr"
    double factor = 1.0;  // 0 < factor ≤ 1
    std::string source;
};

struct PriceSource
{
    std::string ref;
    std::string asOf;
};

// The cost of a quantity under a price: money, and the effective price per `per` units.
struct PricedQuantity
{
    double usd = 0.0;
    double unitPriceUsd = 0.0;  // usd / (quantity / per); the first band's price for quantity 0
};

// A region's prices. Knows nothing of topology: it answers "what does this much of that cost".
// A book may carry the books of other regions (the bundled us-east-1 book carries us-west-2 and
// eu-west-1): a design's component in region R is priced from forRegion(R).
class PriceBook
{
public:
    std::string region;     // "us-east-1"
    std::string currency;   // "USD"
    std::string asOf;       // the date the prices were read, or a range
    std::string about;
    std::map<std::string, PriceSource> sources;

    const PriceEntry *find(const std::string &key) const;
    const Commitment *commitment(const std::string &service, const std::string &term) const;
    void add(PriceEntry entry);
    void addCommitment(Commitment commitment);

    const std::vector<PriceEntry> &entries() const { return m_entries; }
    const std::vector<Commitment> &commitments() const { return m_commitments; }

    // This book for its own region (or an empty name), another region's book it carries, or
    // nullptr when it has none for `name`.
    const PriceBook *forRegion(const std::string &name) const;
    // Carries `book` for its region, replacing one carried before; a book for this book's own
    // region is ignored (replace the book itself instead).
    void carryRegion(std::shared_ptr<const PriceBook> book);
    // The regions this book prices: its own first, then those it carries, by name.
    std::vector<std::string> regions() const;

private:
    std::vector<PriceEntry> m_entries;
    std::map<std::string, size_t> m_index;
    std::vector<Commitment> m_commitments;
    std::map<std::string, std::shared_ptr<const PriceBook>> m_otherRegions;
};

// Prices `quantity` base units (a month's worth) against the entry's tiers.
PricedQuantity priceOf(const PriceEntry &entry, double quantity);

} // namespace headroom

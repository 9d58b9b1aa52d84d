// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace headroom {

// One band of a tiered price: quantities up to `upTo` (in the entry's base unit, cumulative
// over the month) cost `usd` per `per` units. The last band has no upper bound.
struct PriceTier
{
    std::optional<double> upTo;
    double usd = 0.0;
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
};

// A discount for committing to a term: committed price = on-demand price × factor.
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

private:
    std::vector<PriceEntry> m_entries;
    std::map<std::string, size_t> m_index;
    std::vector<Commitment> m_commitments;
};

// Prices `quantity` base units (a month's worth) against the entry's tiers.
PricedQuantity priceOf(const PriceEntry &entry, double quantity);

} // namespace headroom

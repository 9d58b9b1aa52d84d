// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/compile/CompiledModel.h"

#include "pricing/PriceBook.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace headroom {

// A committed price for a cost line: what one unit costs when the whole quantity is committed
// for the term (a reserved instance or node, or a Savings Plan rate).
struct LineCommitment
{
    double unitPriceUsd = 0.0;  // per the line's unit, effective over the term
    std::string payment;        // "no upfront", "partial upfront, effective", "book factor 0.62"
    std::string source;
};

// One explainable dollar amount: quantity × unit price = monthly (for a tiered price the
// unit price is the effective average over the month's quantity).
struct CostLine
{
    std::string what;          // "m6i.large instance-hours", "Data transfer out to the internet"
    double quantity = 0.0;     // in `unit`s
    std::string unit;          // "instance-hour", "1M requests", "GB", ...
    double unitPriceUsd = 0.0;
    double monthlyUsd = 0.0;   // at the project's purchase option
    std::string priceKey;      // the price book entry, e.g. "ec2/m6i.large"
    std::string commitmentService;  // "ec2", "rds", ... when a commitment may discount it
    double onDemandMonthlyUsd = 0.0;
    double onDemandUnitPriceUsd = 0.0;
    std::string priceRegion;        // the region whose book priced it; empty for a price you entered
    std::string priceNote;          // "us-east-1 rate (no us-west-2 price)", "on demand (no 1-year price for …)"
    bool fallbackPrice = false;     // priced from the region's fallback_prices book
    std::optional<LineCommitment> oneYear;    // empty: no 1-year price for it
    std::optional<LineCommitment> threeYear;

    // Reserved capacity, a Savings Plan or a book's factor could cover it.
    bool committable() const { return !commitmentService.empty() || oneYear || threeYear; }
    const std::optional<LineCommitment> &commitment(PurchaseOption term) const
    {
        return term == PurchaseOption::ThreeYear ? threeYear : oneYear;
    }
};

struct ComponentCost
{
    std::string id;
    std::string region;                  // the AWS region it is priced in, e.g. "us-west-2"
    std::vector<CostLine> lines;
    double monthlyUsd = 0.0;             // at the project's purchase option, lines that have a price
    double onDemandMonthlyUsd = 0.0;
    std::vector<std::string> warnings;   // "no price for db.x9.huge in us-east-1"
};

// A month of the system at a user count. Priced at average load: users × requests per user
// per day / 86 400 requests per second (no peak factor), with Auto Scaling groups sized
// for that load by their own rule.
struct SystemCost
{
    double users = 0.0;
    double averageEntryRatePerSecond = 0.0;
    PurchaseOption purchaseOption = PurchaseOption::OnDemand;
    std::vector<ComponentCost> components;         // in project order
    double monthlyUsd = 0.0;                       // at the purchase option
    double onDemandMonthlyUsd = 0.0;
    // Every committable line committed for the term where it has a price for it, the rest on
    // demand. Empty when no line has a price for the term (the figure would be on demand).
    std::optional<double> oneYearMonthlyUsd;
    std::optional<double> threeYearMonthlyUsd;
    // Committable lines with no price for the term, so on demand in that figure:
    // "Cache (cache-west): on demand (no 1-year price for elasticache/redis/cache.r7g.large)".
    std::vector<std::string> oneYearOnDemand;
    std::vector<std::string> threeYearOnDemand;
    std::optional<double> costPerUserUsd;          // monthly / users; empty at 0 users
    bool complete = true;                          // false when any price was missing
    std::vector<std::string> warnings;             // every component's, prefixed with its id
    std::vector<std::string> notes;                // approximations: lines priced at a fallback region's rates
};

inline constexpr double kHoursPerMonth = 730.0;                     // AWS's monthly convention
inline constexpr double kSecondsPerMonth = kHoursPerMonth * 3600.0;

// Prices the model at `users` with `book`, each component from its region's book
// (book.forRegion): Route 53, CloudFront and WAF, global services, from `book` itself; a
// component without a region from its design's only region, else from `book`, each of its lines
// marked ("us-east-1 rate (in no region)") in a multi-region design. A price its region's book
// lacks comes from the region's fallback_prices book, marked on the line, or is missing (a
// warning). Pure, like evaluate().
SystemCost costOf(const CompiledModel &model, double users, const PriceBook &book,
                  PurchaseOption option);

// The monthly total alone at many user counts (a sweep, a curve): costOf(model, users, book,
// option).monthlyUsd to the last bit, without building a cost line, a note or a warning at each
// point. The model and the book must outlive it.
struct PlannedLine;  // CostRules.h

class MonthlyCost
{
public:
    MonthlyCost(const CompiledModel &model, const PriceBook &book, PurchaseOption option);
    ~MonthlyCost();
    MonthlyCost(const MonthlyCost &) = delete;
    MonthlyCost &operator=(const MonthlyCost &) = delete;

    double at(double users) const;
    // costOf's warnings (prices the books lack), the same at every user count: found once.
    const std::vector<std::string> &warnings() const { return m_warnings; }

private:
    const CompiledModel &m_model;
    std::vector<std::vector<PlannedLine>> m_lines;  // each component's lines, in costOf's order
    std::vector<std::string> m_warnings;
};

} // namespace headroom

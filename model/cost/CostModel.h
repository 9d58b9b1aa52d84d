// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/compile/CompiledModel.h"

#include "pricing/PriceBook.h"

#include <optional>
#include <string>
#include <vector>

namespace headroom {

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
};

struct ComponentCost
{
    std::string id;
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
    std::optional<double> oneYearMonthlyUsd;       // empty when the book lacks a factor needed
    std::optional<double> threeYearMonthlyUsd;
    std::optional<double> costPerUserUsd;          // monthly / users; empty at 0 users
    bool complete = true;                          // false when any price was missing
    std::vector<std::string> warnings;             // every component's, prefixed with its id
    std::vector<std::string> notes;                // approximations, e.g. a region priced at the book's rates
};

inline constexpr double kHoursPerMonth = 730.0;                     // AWS's monthly convention
inline constexpr double kSecondsPerMonth = kHoursPerMonth * 3600.0;

// Prices the model at `users` with `book`. Pure, like evaluate().
SystemCost costOf(const CompiledModel &model, double users, const PriceBook &book,
                  PurchaseOption option);

} // namespace headroom

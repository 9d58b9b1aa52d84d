// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/cost/CostModel.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace headroom {

// A component's load at the average entry rate, as the cost rules need it.
struct AverageLoad
{
    double readsPerSecond = 0.0;
    double writesPerSecond = 0.0;
    double requestsPerSecond() const { return readsPerSecond + writesPerSecond; }
    long long runningInstances = 0;   // stations: at this load
    double responseKb = 0.0;          // workload mean response size
    double entryRatePerSecond = 0.0;  // the system's average entry rate (data sent to other zones and regions)
};

// How a line's quantity (in the price's base units) follows the load.
using LineQuantity = std::function<double(const AverageLoad &)>;

// One line of a component kept for pricing at many loads (MonthlyCost): its price entry (none:
// a price the user entered) and how its quantity follows the load.
struct PlannedLine
{
    const PriceEntry *entry = nullptr;
    double customUnitPriceUsd = 0.0;
    std::optional<double> committedUnitPriceUsd;  // at the plan's purchase option, when the line has one
    LineQuantity quantity;

    // The line's monthly at `load`, as costOf's line at that load has it after applyPurchaseOption.
    double monthlyAt(const AverageLoad &load) const;
};

// Builds cost lines for one component from its region's book. `Pricer` looks prices up and
// records what is missing. The rules give each line's quantity as a function of the load; a
// pricer for a load prices it there (costOf), a planning pricer keeps the rule with its price
// entry, once, for every user count of a sweep (MonthlyCost), and records no warning.
class Pricer
{
public:
    // `book`: the component's region's book, or nullptr when there is none for `region`;
    // `fallback`: the book the region's fallback_prices names, or nullptr.
    Pricer(const PriceBook *book, const PriceBook *fallback, std::string region, ComponentCost &cost,
           const AverageLoad &load)
        : m_book(book), m_fallback(fallback), m_region(std::move(region)), m_cost(&cost), m_load(&load)
    {
    }

    // A pricer that plans: each line it is given goes to `plan`, priced at `option`.
    static Pricer planning(const PriceBook *book, const PriceBook *fallback, PurchaseOption option,
                           std::vector<PlannedLine> &plan)
    {
        Pricer pricer(book, fallback);
        pricer.m_plan = &plan;
        pricer.m_option = option;
        return pricer;
    }

    // Adds a line for `quantity` base units of price `key`, with the entry's committed rates;
    // a key neither book has becomes a warning ("no price for <key> in <region>") and no line.
    void add(const std::string &key, const std::string &what, const LineQuantity &quantity,
             const std::string &commitmentService = {});
    // Whether the region's book, or its fallback, has a price for `key`.
    bool has(const std::string &key) const
    {
        return (m_book && m_book->find(key)) || (m_fallback && m_fallback->find(key));
    }
    // Whether the region's own book has a price for `key`.
    bool hasOwn(const std::string &key) const { return m_book && m_book->find(key); }
    // A line at a price the user entered on the component (no price book entry).
    void addCustom(const std::string &what, const LineQuantity &quantity, const std::string &unit,
                   double unitPriceUsd);
    void warn(std::string warning);

private:
    Pricer(const PriceBook *book, const PriceBook *fallback) : m_book(book), m_fallback(fallback) {}
    // A line of `quantity` at the pricer's load (not for a planning pricer).
    void addAt(const std::string &key, const std::string &what, double quantity, const std::string &commitmentService);

    const PriceBook *m_book;
    const PriceBook *m_fallback;
    std::string m_region;
    ComponentCost *m_cost = nullptr;
    const AverageLoad *m_load = nullptr;
    std::vector<PlannedLine> *m_plan = nullptr;
    PurchaseOption m_option = PurchaseOption::OnDemand;
};

// The rules of pricing/README.md ("Cost model"), one type at a time.
void priceComponent(const CompiledModel &model, int index, Pricer &pricer);

// vCPUs of the databases an RDS Proxy fronts (primary and replicas), at least 2.
double proxiedVcpus(const CompiledModel &model, int proxy);

} // namespace headroom

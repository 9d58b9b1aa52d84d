// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/cost/CostModel.h"

namespace headroom {

// Builds cost lines for one component from its region's book. `Pricer` looks prices up and
// records what is missing.
class Pricer
{
public:
    // `book`: the component's region's book, or nullptr when there is none for `region`;
    // `fallback`: the book the region's fallback_prices names, or nullptr.
    Pricer(const PriceBook *book, const PriceBook *fallback, std::string region, ComponentCost &cost)
        : m_book(book), m_fallback(fallback), m_region(std::move(region)), m_cost(cost)
    {
    }

    // A pricer that builds no lines, notes or warnings: it adds each line's monthly at `option`
    // to cost.monthlyUsd (and its on-demand figure to cost.onDemandMonthlyUsd) in the order the
    // lines come, which is the order applyPurchaseOption sums them in, so the totals are the
    // full path's to the last bit (MonthlyCost in CostModel.h).
    static Pricer totalsOnly(const PriceBook *book, const PriceBook *fallback, PurchaseOption option,
                             ComponentCost &cost)
    {
        Pricer pricer(book, fallback, std::string(), cost);
        pricer.m_totalsOnly = true;
        pricer.m_option = option;
        return pricer;
    }

    // Adds a line for `quantity` base units of price `key`, with the entry's committed rates;
    // a key neither book has becomes a warning ("no price for <key> in <region>") and no line.
    void add(const std::string &key, const std::string &what, double quantity,
             const std::string &commitmentService = {});
    // Whether the region's book, or its fallback, has a price for `key`.
    bool has(const std::string &key) const
    {
        return (m_book && m_book->find(key)) || (m_fallback && m_fallback->find(key));
    }
    // Whether the region's own book has a price for `key`.
    bool hasOwn(const std::string &key) const { return m_book && m_book->find(key); }
    // A line at a price the user entered on the component (no price book entry).
    void addCustom(const std::string &what, double quantity, const std::string &unit, double unitPriceUsd);
    void warn(std::string warning)
    {
        if (!m_totalsOnly)
            m_cost.warnings.push_back(std::move(warning));
    }

private:
    void addTotal(const PriceBook &book, const PriceEntry &entry, double quantity, const std::string &commitmentService);

    const PriceBook *m_book;
    const PriceBook *m_fallback;
    std::string m_region;
    ComponentCost &m_cost;
    bool m_totalsOnly = false;
    PurchaseOption m_option = PurchaseOption::OnDemand;
};

// A component's load at the average entry rate, as the cost rules need it.
struct AverageLoad
{
    double readsPerSecond = 0.0;
    double writesPerSecond = 0.0;
    double requestsPerSecond() const { return readsPerSecond + writesPerSecond; }
    long long runningInstances = 0;   // stations: at this load
    double responseKb = 0.0;          // workload mean response size
};

// The rules of pricing/README.md ("Cost model"), one type at a time.
void priceComponent(const CompiledModel &model, int index, const AverageLoad &load, Pricer &pricer);

// vCPUs of the databases an RDS Proxy fronts (primary and replicas), at least 2.
double proxiedVcpus(const CompiledModel &model, int proxy);

} // namespace headroom

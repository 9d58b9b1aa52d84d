// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "PriceBook.h"

#include <algorithm>

namespace headroom {

const PriceEntry *PriceBook::find(const std::string &key) const
{
    const auto found = m_index.find(key);
    return found == m_index.end() ? nullptr : &m_entries[found->second];
}

const Commitment *PriceBook::commitment(const std::string &service, const std::string &term) const
{
    for (const Commitment &c : m_commitments)
        if (c.service == service && c.term == term)
            return &c;
    return nullptr;
}

const CommittedRate *PriceEntry::committedRate(const std::string &term) const
{
    for (const CommittedRate &rate : committed)
        if (rate.term == term)
            return &rate;
    return nullptr;
}

const PriceBook *PriceBook::forRegion(const std::string &name) const
{
    if (name.empty() || name == region)
        return this;
    const auto found = m_otherRegions.find(name);
    return found == m_otherRegions.end() ? nullptr : found->second.get();
}

void PriceBook::carryRegion(std::shared_ptr<const PriceBook> book)
{
    if (book && book->region != region)
        m_otherRegions[book->region] = std::move(book);
}

std::vector<std::string> PriceBook::regions() const
{
    std::vector<std::string> names{region};
    for (const auto &[name, book] : m_otherRegions)
        names.push_back(name);
    return names;
}

void PriceBook::add(PriceEntry entry)
{
    const auto found = m_index.find(entry.key);
    if (found != m_index.end()) {
        m_entries[found->second] = std::move(entry);
        return;
    }
    m_index[entry.key] = m_entries.size();
    m_entries.push_back(std::move(entry));
}

void PriceBook::addCommitment(Commitment commitment)
{
    for (Commitment &existing : m_commitments)
        if (existing.service == commitment.service && existing.term == commitment.term) {
            existing = std::move(commitment);
            return;
        }
    m_commitments.push_back(std::move(commitment));
}

PricedQuantity priceOf(const PriceEntry &entry, double quantity)
{
    PricedQuantity priced;
    if (entry.tiers.empty() || !(entry.per > 0.0))
        return priced;
    double below = 0.0;  // units already priced by lower bands
    for (const PriceTier &tier : entry.tiers) {
        const double top = tier.upTo.value_or(quantity);
        const double inBand = std::max(0.0, std::min(quantity, top) - below);
        priced.usd += inBand / entry.per * tier.usd;
        below = std::max(below, top);
        if (below >= quantity)
            break;
    }
    priced.unitPriceUsd = quantity > 0.0 ? priced.usd / (quantity / entry.per) : entry.tiers.front().usd;
    return priced;
}

} // namespace headroom

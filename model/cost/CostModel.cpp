// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/cost/CostModel.h"

#include "model/evaluation/ComponentEvaluator.h"
#include "model/cost/CommittedCost.h"
#include "model/cost/CostRules.h"

#include <cmath>


namespace headroom {

namespace {

// Responses each component sends to users per entry request: the calls it receives straight
// from an entry, or through DNS (Route 53) and WAF, which sit beside the data path rather than on
// it. Those responses leave AWS and are charged as data transfer out; the component's other
// traffic (calls from inside, a retry loop's repeats) stays inside and is not.
std::vector<double> responsesToUsers(const CompiledModel &model, const std::vector<std::vector<int>> &outgoing)
{
    std::vector<double> responses(model.nodes.size(), 0.0);
    std::vector<bool> visited(model.nodes.size(), false);
    std::vector<int> pending;
    for (size_t i = 0; i < model.nodes.size(); ++i)
        if (model.nodes[i].behaviour == Behaviour::Entry)
            pending.push_back(static_cast<int>(i));
    while (!pending.empty()) {
        const int at = pending.back();
        pending.pop_back();
        if (visited[at])
            continue;
        visited[at] = true;
        for (int e : outgoing[static_cast<size_t>(at)]) {
            const CompiledEdge &edge = model.edges[static_cast<size_t>(e)];
            const std::string &type = model.nodes[edge.to].type;
            if (type == "route53" || type == "waf")
                pending.push_back(edge.to);
            else if (model.nodes[edge.to].behaviour != Behaviour::Entry)
                responses[edge.to] += model.edgeFlows.reads[static_cast<size_t>(e)] + model.edgeFlows.writes[static_cast<size_t>(e)];
        }
    }
    return responses;
}

// Calls that leave a region, or cross availability zones inside one, carry `response_kb` of
// data each: priced per GB from the caller's region to the other region, and per GB in each
// direction between zones.
void priceTransfers(const CompiledModel &model, int from, const std::vector<int> &edges, Pricer &pricer)
{
    const CompiledNode &source = model.nodes[static_cast<size_t>(from)];
    for (int e : edges) {
        const CompiledNode &target = model.nodes[static_cast<size_t>(model.edges[static_cast<size_t>(e)].to)];
        const double flow = model.edgeFlows.reads[static_cast<size_t>(e)] + model.edgeFlows.writes[static_cast<size_t>(e)];
        const double responseKb = model.workload.responseKb;
        const auto gib = [flow, responseKb](const AverageLoad &load) {
            const double callsPerSecond = load.entryRatePerSecond * flow;
            return callsPerSecond * kSecondsPerMonth * responseKb / (1024.0 * 1024.0);
        };
        if (source.region >= 0 && target.region >= 0 && source.region != target.region) {
            // By the pair: the source region's price to the target's region, else its book's
            // one price to any other region (what the AWS sources give for most regions); only
            // when the region's book has neither, the fallback book's, marked as such.
            const std::string &to = model.regions[static_cast<size_t>(target.region)].name;
            const std::string pair = "data-transfer/inter-region/" + to;
            const bool own = pricer.hasOwn(pair) || pricer.hasOwn("data-transfer/inter-region");
            pricer.add(pricer.hasOwn(pair) || (!own && pricer.has(pair)) ? pair : "data-transfer/inter-region",
                       "Data transfer to " + to + " (" + target.id + ")", LineQuantity(gib));
        } else if (source.region >= 0 && source.region == target.region && !source.zone.empty() && !target.zone.empty()
                   && source.zone != target.zone) {
            pricer.add("data-transfer/inter-az", "Data transfer between zones to " + target.id + " (both directions)",
                       [gib](const AverageLoad &load) { return 2.0 * gib(load); });
        }
    }
}

// The book a component is priced from, and the book its region falls back to (or nullptr).
struct ComponentBooks
{
    const PriceBook *book = nullptr;
    const PriceBook *fallback = nullptr;
    std::string region;
    bool unplaced = false;  // a regional service left out of every region of a multi-region design
};

ComponentBooks booksFor(const CompiledModel &model, const CompiledNode &node, const PriceBook &book)
{
    const bool global = node.type == "route53" || node.type == "cloudfront" || node.type == "waf"
                        || node.behaviour == Behaviour::Entry;
    int region = node.region;
    if (region < 0 && model.regions.size() == 1)
        region = 0;
    if (global || region < 0)
        return {&book, nullptr, book.region, !global && region < 0 && model.regions.size() > 1};
    const Region &home = model.regions[static_cast<size_t>(region)];
    const std::string name = home.name.empty() ? book.region : home.name;
    return {book.forRegion(name), home.fallbackPrices.empty() ? nullptr : book.forRegion(home.fallbackPrices), name};
}

std::vector<std::vector<int>> outgoingEdges(const CompiledModel &model)
{
    std::vector<std::vector<int>> outgoing(model.nodes.size());
    for (size_t e = 0; e < model.edges.size(); ++e)
        outgoing[static_cast<size_t>(model.edges[e].from)].push_back(static_cast<int>(e));
    return outgoing;
}

double averageEntryRate(const CompiledModel &model, double users)
{
    return users * model.workload.requestsPerUserPerDay / 86400.0;
}

// Component i's load at the system's average entry rate.
AverageLoad loadOf(const CompiledModel &model, size_t i, double averageRate)
{
    const CompiledNode &node = model.nodes[i];
    AverageLoad load;
    load.readsPerSecond = averageRate * model.visits.reads[i];
    load.writesPerSecond = averageRate * model.visits.writes[i];
    load.runningInstances = runningInstances(node, load.requestsPerSecond() * node.serviceTimeMs / 1000.0);
    load.responseKb = model.workload.responseKb;
    load.entryRatePerSecond = averageRate;
    return load;
}

// Every line of component i: its own rules, data out to the internet for the `responses` it
// sends users per entry request, data it sends to other regions and zones.
void priceLines(const CompiledModel &model, size_t i, double responses, const std::vector<int> &outgoing,
                Pricer &pricer)
{
    const CompiledNode &node = model.nodes[i];
    priceComponent(model, static_cast<int>(i), pricer);
    if (responses > 0.0)
        pricer.add(node.type == "cloudfront" ? "cloudfront/data-out" : "data-transfer/out-to-internet",
                   "Data transfer out to the internet", [responses](const AverageLoad &load) {
                       return load.entryRatePerSecond * responses * kSecondsPerMonth * load.responseKb
                              / (1024.0 * 1024.0);
                   });
    priceTransfers(model, static_cast<int>(i), outgoing, pricer);
}

} // namespace

SystemCost costOf(const CompiledModel &model, double users, const PriceBook &book, PurchaseOption option)
{
    SystemCost system;
    system.users = users;
    system.purchaseOption = option;
    system.averageEntryRatePerSecond = averageEntryRate(model, users);
    const std::vector<std::vector<int>> outgoing = outgoingEdges(model);
    const std::vector<double> responses = responsesToUsers(model, outgoing);
    int unplaced = 0;  // regional components in no region of a multi-region design
    for (size_t i = 0; i < model.nodes.size(); ++i) {
        const CompiledNode &node = model.nodes[i];
        ComponentCost cost;
        cost.id = node.id;
        const ComponentBooks books = booksFor(model, node, book);
        cost.region = books.region;
        const AverageLoad load = loadOf(model, i, system.averageEntryRatePerSecond);
        Pricer pricer(books.book, books.fallback, books.region, cost, load);
        priceLines(model, i, responses[i], outgoing[i], pricer);
        if (books.unplaced && !cost.lines.empty()) {
            for (CostLine &line : cost.lines)
                line.priceNote = book.region + " rate (in no region)";
            ++unplaced;
        }
        applyPurchaseOption(cost, option);
        if (!std::isfinite(cost.monthlyUsd) || !std::isfinite(cost.onDemandMonthlyUsd))
            cost.warnings.push_back("its cost does not add up to a finite figure (a quantity or a price too "
                                    "large); the total leaves it out");
        for (const std::string &warning : cost.warnings)
            system.warnings.push_back(node.id + ": " + warning);
        if (std::isfinite(cost.monthlyUsd) && std::isfinite(cost.onDemandMonthlyUsd)) {
            system.monthlyUsd += cost.monthlyUsd;
            system.onDemandMonthlyUsd += cost.onDemandMonthlyUsd;
        }
        system.components.push_back(std::move(cost));
    }
    system.complete = system.warnings.empty();
    addCommittedTotals(model, system);
    noteFallbackPrices(system);
    if (unplaced > 0)
        system.notes.push_back(std::to_string(unplaced) + " component" + (unplaced == 1 ? "" : "s")
                               + " in no region of this multi-region design priced at " + book.region
                               + " rates: place " + (unplaced == 1 ? "it" : "them") + " in a region to price "
                               + (unplaced == 1 ? "it" : "them") + " there");
    for (const Region &region : model.regions)
        if (!region.fallbackPrices.empty() && !book.forRegion(region.fallbackPrices))
            system.notes.push_back("region " + region.id + ": fallback_prices " + region.fallbackPrices
                                   + " has no price book, so prices missing in " + region.name + " stay missing");
    if (users > 0.0)
        system.costPerUserUsd = system.monthlyUsd / users;
    return system;
}

MonthlyCost::MonthlyCost(const CompiledModel &model, const PriceBook &book, PurchaseOption option)
    : m_model(model)
{
    const std::vector<std::vector<int>> outgoing = outgoingEdges(model);
    const std::vector<double> responses = responsesToUsers(model, outgoing);
    m_lines.resize(model.nodes.size());
    for (size_t i = 0; i < model.nodes.size(); ++i) {
        const ComponentBooks books = booksFor(model, model.nodes[i], book);
        Pricer pricer = Pricer::planning(books.book, books.fallback, option, m_lines[i]);
        priceLines(model, i, responses[i], outgoing[i], pricer);
    }
    // Which prices are missing does not depend on the user count: the full path's, found once.
    m_warnings = costOf(model, 0.0, book, option).warnings;
}

MonthlyCost::~MonthlyCost() = default;

double MonthlyCost::at(double users) const
{
    const double averageRate = averageEntryRate(m_model, users);
    double total = 0.0;
    for (size_t i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].empty())
            continue;  // costOf adds its 0
        const AverageLoad load = loadOf(m_model, i, averageRate);
        double component = 0.0;  // summed line by line, in costOf's order
        for (const PlannedLine &line : m_lines[i])
            component += line.monthlyAt(load);
        total += component;
    }
    return total;
}

} // namespace headroom

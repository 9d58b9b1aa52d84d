// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/cost/CostModel.h"

#include "model/evaluation/ComponentEvaluator.h"
#include "model/cost/CostRules.h"

#include <set>

namespace headroom {

namespace {

// The components that answer users: reached from an entry through DNS (Route 53) and WAF,
// which sit beside the data path rather than on it. Their responses leave AWS.
std::vector<bool> answeringComponents(const CompiledModel &model)
{
    std::vector<bool> answers(model.nodes.size(), false);
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
        for (const CompiledEdge &edge : model.edges) {
            if (edge.from != at)
                continue;
            const std::string &type = model.nodes[edge.to].type;
            if (type == "route53" || type == "waf")
                pending.push_back(edge.to);
            else if (model.nodes[edge.to].behaviour != Behaviour::Entry)
                answers[edge.to] = true;
        }
    }
    return answers;
}

// Calls that leave a region, or cross availability zones inside one, carry `response_kb` of
// data each: priced per GB to the other region, and per GB in each direction between zones.
void priceTransfers(const CompiledModel &model, int from, const std::vector<int> &edges, double averageEntryRate,
                    Pricer &pricer)
{
    const CompiledNode &source = model.nodes[static_cast<size_t>(from)];
    for (int e : edges) {
        const CompiledNode &target = model.nodes[static_cast<size_t>(model.edges[static_cast<size_t>(e)].to)];
        const double callsPerSecond = averageEntryRate * (model.edgeFlows.reads[static_cast<size_t>(e)]
                                                          + model.edgeFlows.writes[static_cast<size_t>(e)]);
        const double gib = callsPerSecond * kSecondsPerMonth * model.workload.responseKb / (1024.0 * 1024.0);
        if (source.region >= 0 && target.region >= 0 && source.region != target.region) {
            pricer.add("data-transfer/inter-region",
                       "Data transfer to " + model.regions[static_cast<size_t>(target.region)].name + " (" + target.id + ")",
                       gib);
        } else if (source.region >= 0 && source.region == target.region && !source.zone.empty() && !target.zone.empty()
                   && source.zone != target.zone) {
            pricer.add("data-transfer/inter-az", "Data transfer between zones to " + target.id + " (both directions)",
                       2.0 * gib);
        }
    }
}

const char *termOf(PurchaseOption option)
{
    return option == PurchaseOption::ThreeYear ? "3yr" : "1yr";
}

// The month at a purchase option: committed lines at the book's factor. Empty when a line
// that a commitment would discount has no factor for its service.
std::optional<double> committedTotal(const std::vector<ComponentCost> &components, const PriceBook &book,
                                     PurchaseOption option)
{
    double total = 0.0;
    for (const ComponentCost &component : components)
        for (const CostLine &line : component.lines) {
            if (line.commitmentService.empty()) {
                total += line.onDemandMonthlyUsd;
                continue;
            }
            const Commitment *commitment = book.commitment(line.commitmentService, termOf(option));
            if (!commitment)
                return std::nullopt;
            total += line.onDemandMonthlyUsd * commitment->factor;
        }
    return total;
}

void applyPurchaseOption(ComponentCost &cost, const PriceBook &book, PurchaseOption option,
                         std::set<std::string> &missingFactors)
{
    for (CostLine &line : cost.lines) {
        line.monthlyUsd = line.onDemandMonthlyUsd;
        if (option != PurchaseOption::OnDemand && !line.commitmentService.empty()) {
            if (const Commitment *commitment = book.commitment(line.commitmentService, termOf(option))) {
                line.monthlyUsd = line.onDemandMonthlyUsd * commitment->factor;
                line.unitPriceUsd *= commitment->factor;
            } else if (missingFactors.insert(line.commitmentService).second) {
                cost.warnings.push_back(std::string("no ") + termOf(option) + " commitment discount for "
                                        + line.commitmentService + " in this price book; priced on demand");
            }
        }
        cost.monthlyUsd += line.monthlyUsd;
        cost.onDemandMonthlyUsd += line.onDemandMonthlyUsd;
    }
}

} // namespace

SystemCost costOf(const CompiledModel &model, double users, const PriceBook &book, PurchaseOption option)
{
    SystemCost system;
    system.users = users;
    system.purchaseOption = option;
    system.averageEntryRatePerSecond = users * model.workload.requestsPerUserPerDay / 86400.0;
    const std::vector<bool> answers = answeringComponents(model);
    std::set<std::string> missingFactors;
    std::vector<std::vector<int>> outgoing(model.nodes.size());
    for (size_t e = 0; e < model.edges.size(); ++e)
        outgoing[static_cast<size_t>(model.edges[e].from)].push_back(static_cast<int>(e));
    for (size_t i = 0; i < model.nodes.size(); ++i) {
        const CompiledNode &node = model.nodes[i];
        ComponentCost cost;
        cost.id = node.id;
        AverageLoad load;
        load.readsPerSecond = system.averageEntryRatePerSecond * model.visits.reads[i];
        load.writesPerSecond = system.averageEntryRatePerSecond * model.visits.writes[i];
        load.runningInstances = runningInstances(node, load.requestsPerSecond() * node.serviceTimeMs / 1000.0);
        load.responseKb = model.workload.responseKb;
        Pricer pricer(book, cost);
        priceComponent(model, static_cast<int>(i), load, pricer);
        if (answers[i]) {
            const double gib = load.requestsPerSecond() * kSecondsPerMonth * load.responseKb / (1024.0 * 1024.0);
            pricer.add(node.type == "cloudfront" ? "cloudfront/data-out" : "data-transfer/out-to-internet",
                       "Data transfer out to the internet", gib);
        }
        priceTransfers(model, static_cast<int>(i), outgoing[i], system.averageEntryRatePerSecond, pricer);
        applyPurchaseOption(cost, book, option, missingFactors);
        for (const std::string &warning : cost.warnings)
            system.warnings.push_back(node.id + ": " + warning);
        system.monthlyUsd += cost.monthlyUsd;
        system.onDemandMonthlyUsd += cost.onDemandMonthlyUsd;
        system.components.push_back(std::move(cost));
    }
    system.complete = system.warnings.empty();
    for (const Region &region : model.regions)
        if (!region.name.empty() && region.name != book.region)
            system.notes.push_back("region " + region.id + " (" + region.name + ") is priced at " + book.region
                                   + " rates: the price book has no " + region.name + " prices");
    system.oneYearMonthlyUsd = committedTotal(system.components, book, PurchaseOption::OneYear);
    system.threeYearMonthlyUsd = committedTotal(system.components, book, PurchaseOption::ThreeYear);
    if (users > 0.0)
        system.costPerUserUsd = system.monthlyUsd / users;
    return system;
}

} // namespace headroom

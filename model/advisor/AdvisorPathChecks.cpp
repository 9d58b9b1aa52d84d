// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The checks of the request path: single points of failure, work users should not wait for,
// long synchronous chains, and a target one region cannot reach.

#include "model/advisor/AdvisorChecks.h"

#include "model/core/NumberText.h"
#include "model/advisor/DesignChanges.h"

#include <algorithm>
#include <utility>

namespace headroom::advice {

namespace {

std::string atUsers(const Context &context)
{
    return " at " + usersText(context.users);
}

bool isTier(const CompiledNode &node)
{
    return node.behaviour == Behaviour::Station || node.behaviour == Behaviour::Scaling
           || node.behaviour == Behaviour::Database || node.behaviour == Behaviour::Function;
}

bool hasFixedInstances(const std::string &type)
{
    return type == "ec2" || type == "service" || type == "opensearch" || type == "elasticache"
           || type == "ecs_fargate";
}

// The deepest synchronous path from a node: how many stations, databases and functions it
// passes (managed services pass traffic through and do not count) and its edges in order.
struct Chain
{
    int tiers = 0;
    std::vector<int> edges;
};

class ChainFinder
{
public:
    explicit ChainFinder(const CompiledModel &model)
        : m_model(model), m_memo(model.nodes.size()), m_done(model.nodes.size(), false),
          m_onStack(model.nodes.size(), false) {}

    Chain deepestFrom(int node)
    {
        const auto at = static_cast<size_t>(node);
        if (m_done[at])
            return m_memo[at];
        m_onStack[at] = true;
        Chain best;
        for (size_t e = 0; e < m_model.edges.size(); ++e) {
            const CompiledEdge &edge = m_model.edges[e];
            if (edge.from != node || edge.async || m_onStack[static_cast<size_t>(edge.to)])
                continue;  // a loop back is not a deeper chain
            Chain next = deepestFrom(edge.to);
            if (next.tiers > best.tiers || (next.tiers == best.tiers && next.edges.size() + 1 > best.edges.size())) {
                next.edges.insert(next.edges.begin(), static_cast<int>(e));
                best = std::move(next);
            }
        }
        best.tiers += isTier(m_model.nodes[at]) ? 1 : 0;
        m_onStack[at] = false;
        m_done[at] = true;
        m_memo[at] = best;
        return best;
    }

private:
    const CompiledModel &m_model;
    std::vector<Chain> m_memo;
    std::vector<bool> m_done;
    std::vector<bool> m_onStack;
};

std::string chainText(const CompiledModel &model, const Chain &chain)
{
    if (chain.edges.empty())
        return {};
    std::string text = model.nodes[static_cast<size_t>(model.edges[static_cast<size_t>(chain.edges.front())].from)].label;
    for (int e : chain.edges)
        text += " → " + model.nodes[static_cast<size_t>(model.edges[static_cast<size_t>(e)].to)].label;
    return text;
}

// Components reached synchronously from a station, database or function: work that one of
// them waits for. The first of them on a path answers the request itself (users → ALB →
// web: web is the request), so only what it calls can be taken off the path.
std::vector<bool> behindTier(const CompiledModel &model)
{
    std::vector<bool> behind(model.nodes.size(), false);
    std::vector<size_t> pending;
    for (size_t i = 0; i < model.nodes.size(); ++i)
        if (isTier(model.nodes[i]) && model.onRequestPath[i])
            pending.push_back(i);
    while (!pending.empty()) {
        const size_t at = pending.back();
        pending.pop_back();
        for (const CompiledEdge &edge : model.edges) {
            const auto to = static_cast<size_t>(edge.to);
            if (static_cast<size_t>(edge.from) == at && !edge.async && !behind[to]) {
                behind[to] = true;
                pending.push_back(to);
            }
        }
    }
    return behind;
}

// Connections into `to` that users wait for and that can be made asynchronous: synchronous,
// from a component on the request path that is not the entry; for `fromTierOnly`, only from a
// station (or what one calls), not from the front door that hands the request to `to`.
std::vector<std::string> syncCallers(const Context &context, size_t to, bool fromTierOnly)
{
    const std::vector<bool> behind = behindTier(context.design.model);
    std::vector<std::string> callers;
    for (const CompiledEdge &edge : context.design.model.edges) {
        const auto from = static_cast<size_t>(edge.from);
        if (static_cast<size_t>(edge.to) != to || edge.async || !context.result(from).onRequestPath
            || context.node(from).behaviour == Behaviour::Entry
            || (fromTierOnly && !isTier(context.node(from)) && !behind[from]))
            continue;
        if (std::find(callers.begin(), callers.end(), context.node(from).id) == callers.end())
            callers.push_back(context.node(from).id);
    }
    return callers;
}

void addAsyncFinding(const Context &context, std::vector<Finding> &findings, size_t to, std::string message,
                     const std::string &why, bool fromTierOnly)
{
    const std::vector<std::string> callers = syncCallers(context, to, fromTierOnly);
    if (callers.empty())
        return;
    Project changed = context.project;
    std::string hops;
    for (const std::string &from : callers) {
        changed = withAsyncConnections(changed, from, context.node(to).id);
        hops += (hops.empty() ? "" : ", ") + context.node(static_cast<size_t>(context.design.indexOf(from))).label + " → "
                + context.node(to).label;
    }
    addFinding(context, findings, FindingKind::AsyncOnRequestPath, context.node(to).id, std::move(message),
               "Make " + hops + " asynchronous (" + why + ")", std::move(changed));
}

} // namespace

void checkSinglePointsOfFailure(const Context &context, std::vector<Finding> &findings)
{
    for (size_t i = 0; i < context.design.model.nodes.size(); ++i) {
        const CompiledNode &node = context.node(i);
        const ComponentResult &result = context.result(i);
        // Off the request path, or on it but sent nothing (a warm standby region's stack):
        // its failure fails no request.
        const double visits = context.design.model.syncVisits.reads[i] + context.design.model.syncVisits.writes[i];
        if (!result.onRequestPath || !(visits > 0.0))
            continue;
        const std::string availability = " (" + availabilityText(result.availability) + " available" + atUsers(context)
                                         + "); when it fails, every request fails";
        if (hasFixedInstances(node.type) && node.instances == 1) {
            addFinding(context, findings, FindingKind::SinglePointOfFailure, node.id,
                       node.label + " is a single point of failure on the request path: one instance" + availability,
                       "Run 2 instances of " + node.label + " (one per availability zone)",
                       withParam(context.project, node.id, "instances", 2.0));
        } else if (node.behaviour == Behaviour::Scaling && node.minInstances < 2) {
            Project changed = withParam(context.project, node.id, "min_instances", 2.0);
            if (node.maxInstances < 2)
                changed = withParam(changed, node.id, "max_instances", 2.0);
            addFinding(context, findings, FindingKind::SinglePointOfFailure, node.id,
                       node.label + " may shrink to " + groupedText(static_cast<double>(node.minInstances))
                           + " instance (min_instances " + groupedText(static_cast<double>(node.minInstances))
                           + "): at low load it is a single point of failure on the request path" + availability,
                       "Set " + possessive(node.label) + " min_instances to 2 (one per availability zone)", std::move(changed));
        } else if (node.behaviour == Behaviour::Database && !node.multiAz) {
            addFinding(context, findings, FindingKind::SinglePointOfFailure, node.id,
                       node.label + " runs Single-AZ: its primary is a single point of failure on the request path"
                           + availability,
                       "Run " + node.label + " Multi-AZ (a standby in a second availability zone)",
                       withParam(context.project, node.id, "multi_az", true));
        }
    }
}

void checkAsyncOnRequestPath(const Context &context, std::vector<Finding> &findings)
{
    for (size_t i = 0; i < context.design.model.nodes.size(); ++i) {
        const CompiledNode &node = context.node(i);
        if (!context.result(i).onRequestPath)
            continue;
        if (node.type == "sqs") {
            addAsyncFinding(context, findings, i,
                            node.label + " is a queue reached by a synchronous call: users wait for the send ("
                                + msText(node.latencyMs) + ") and for everything behind the queue",
                            "send and return; the consumers work off the request path", false);
        } else if ((node.behaviour == Behaviour::Station || node.behaviour == Behaviour::Scaling)
                   && node.serviceTimeMs >= kSlowServiceTimeMs) {
            addAsyncFinding(context, findings, i,
                            node.label + " takes " + msText(node.serviceTimeMs) + " of work per request on the "
                                "request path (≥ " + msText(kSlowServiceTimeMs) + "): users wait for it",
                            "queue the work and answer at once", true);
        }
    }
}

void checkLongSyncChain(const Context &context, std::vector<Finding> &findings)
{
    const CompiledModel &model = context.design.model;
    ChainFinder finder(model);
    Chain deepest;
    for (size_t i = 0; i < model.nodes.size(); ++i)
        if (model.nodes[i].behaviour == Behaviour::Entry) {
            Chain chain = finder.deepestFrom(static_cast<int>(i));
            if (chain.tiers > deepest.tiers)
                deepest = std::move(chain);
        }
    const int hops = std::max(0, deepest.tiers - 1);
    const auto response = context.design.evaluation.responseTimeMs;
    const bool slow = response && *response >= kSlowResponseMs;
    if (hops < kLongChainHops && !slow)
        return;
    // The deepest hop: the last call a station, database or function makes towards another
    // one further down the chain (through a proxy, say). The first on the path answers the
    // request, so the calls into it are never the ones to take off the path.
    const CompiledEdge *hop = nullptr;
    bool tierAhead = false;
    for (auto e = deepest.edges.rbegin(); e != deepest.edges.rend() && !hop; ++e) {
        const CompiledEdge &edge = model.edges[static_cast<size_t>(*e)];
        tierAhead = tierAhead || isTier(model.nodes[static_cast<size_t>(edge.to)]);
        if (tierAhead && isTier(model.nodes[static_cast<size_t>(edge.from)]))
            hop = &edge;
    }
    if (hop) {
        const CompiledNode &from = model.nodes[static_cast<size_t>(hop->from)];
        const CompiledNode &to = model.nodes[static_cast<size_t>(hop->to)];
        std::string message = "The deepest synchronous chain has " + std::to_string(hops)
                              + " hops between stations and databases (" + chainText(model, deepest) + ")";
        message += slow ? "; response time " + msText(response) + atUsers(context)
                        : "; each hop adds its wait and its failures to every request";
        addFinding(context, findings, FindingKind::LongSyncChain, std::string(),
                   std::move(message),
                   "Make " + from.label + " → " + to.label + " asynchronous (the deepest synchronous hop)",
                   withAsyncConnections(context.project, from.id, to.id), to.id);
    }
}

void checkOneRegionForTarget(const Context &context, std::vector<Finding> &findings)
{
    const Project &project = context.project;
    const Evaluation &evaluation = context.design.evaluation;
    if (project.availabilityTarget < kMultiRegionTarget || project.regions.size() > 1
        || evaluation.availability >= project.availabilityTarget)
        return;
    const bool hasRegional = std::any_of(project.components.begin(), project.components.end(),
                                         [](const Component &c) { return !isGlobalType(c.type); });
    if (!hasRegional)
        return;
    std::string first = !project.regions.empty() ? project.regions.front().name
                        : !context.book.region.empty() ? context.book.region
                                                       : std::string("us-east-1");
    const std::string second = first == "us-west-2" ? "us-east-2" : "us-west-2";
    const ComponentResult *weakest = nullptr;
    for (const ComponentResult &result : evaluation.components)
        if (result.onRequestPath && !isGlobalType(result.type) && (!weakest || result.availability < weakest->availability))
            weakest = &result;
    std::string message = "The availability target is " + availabilityText(project.availabilityTarget)
                          + "; one region reaches " + availabilityText(evaluation.availability) + atUsers(context);
    if (weakest)
        message += " (its weakest part is " + weakest->id + " at " + availabilityText(weakest->availability) + ")";
    message += ": a region's components fail in series, and one region cannot survive a regional outage";
    addFinding(context, findings, FindingKind::OneRegionForTarget, std::string(), message,
               "Add a second active region (" + second + ") with a copy of the regional stack, and split traffic "
               "between the regions",
               withSecondRegion(project, first, second));
    // The cheaper way: a warm standby takes over after detection, promotion and scale-up.
    addFinding(context, findings, FindingKind::OneRegionForTarget, std::string(), std::move(message),
               "Add a warm standby region (" + second + ") with a copy of the regional stack that takes traffic "
               "only when Route 53 fails over to it",
               withSecondRegion(project, first, second, RegionRole::Standby));
}

} // namespace headroom::advice

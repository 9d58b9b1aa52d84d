// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/advisor/Advisor.h"

#include "model/core/NumberText.h"
#include "model/advisor/AdvisorChecks.h"

#include <algorithm>

namespace headroom {

const char *findingKindKey(FindingKind kind)
{
    switch (kind) {
    case FindingKind::SinglePointOfFailure: return "single_point_of_failure";
    case FindingKind::OverUtilization: return "over_utilization";
    case FindingKind::ConnectionExhaustion: return "connection_exhaustion";
    case FindingKind::LambdaConcurrency: return "lambda_concurrency";
    case FindingKind::CacheTooWeak: return "cache_too_weak";
    case FindingKind::AsyncOnRequestPath: return "async_on_request_path";
    case FindingKind::LongSyncChain: return "long_sync_chain";
    case FindingKind::OneRegionForTarget: return "one_region_for_target";
    case FindingKind::ZoneLossNotCovered: return "zone_loss_not_covered";
    }
    return "unknown";
}

namespace advice {

namespace {

// The proposal without its closing parenthesis: "Add a read replica to db (0 → 1)" reads
// "Add a read replica to db" in the one-line summary.
std::string shortProposal(const std::string &proposal)
{
    // The last " (" of a proposal ending in ")": a label may hold parentheses of its own.
    const auto open = proposal.rfind(" (");
    if (open == std::string::npos || proposal.empty() || proposal.back() != ')')
        return proposal;
    return proposal.substr(0, open);
}

// One line: the change, the figure it claims to move, and what it costs.
std::string summaryOf(const Finding &finding)
{
    std::string moved;
    switch (finding.kind) {
    case FindingKind::SinglePointOfFailure:
    case FindingKind::OneRegionForTarget:
    case FindingKind::ZoneLossNotCovered:
        moved = "availability " + availabilityText(finding.before.availability) + " → "
                + availabilityText(finding.after.availability);
        break;
    case FindingKind::AsyncOnRequestPath:
    case FindingKind::LongSyncChain:
        moved = "response time " + msText(finding.before.responseTimeMs) + " → " + msText(finding.after.responseTimeMs);
        break;
    default:
        moved = finding.before.componentLabel + " " + utilizationText(finding.before.utilization) + " → "
                + utilizationText(finding.after.utilization);
        break;
    }
    return shortProposal(finding.proposal) + ": " + moved + ", "
           + usdDeltaText(finding.after.monthlyUsd - finding.before.monthlyUsd);
}

} // namespace

void addFinding(const Context &context, std::vector<Finding> &findings, FindingKind kind,
                const std::string &componentId, std::string message, std::string proposal, Project changed,
                const std::string &figuresId)
{
    const auto after = measureDesign(changed, context.users, context.book);
    if (!after)
        return;
    const std::string focus = figuresId.empty() ? componentId : figuresId;
    Finding finding;
    finding.kind = kind;
    finding.componentId = componentId;
    if (const int index = context.design.indexOf(componentId); index >= 0)
        finding.componentLabel = context.node(static_cast<size_t>(index)).label;
    finding.message = std::move(message);
    finding.proposal = std::move(proposal);
    finding.changed = std::move(changed);
    finding.before = figuresOf(context.design, focus);
    finding.after = figuresOf(*after, focus.empty() ? finding.before.componentId : focus);
    finding.summary = summaryOf(finding);
    findings.push_back(std::move(finding));
}

} // namespace advice

std::vector<Finding> advise(const Project &project, double users, const PriceBook &book)
{
    const auto design = measureDesign(project, users, book);
    if (!design)
        return {};
    const advice::Context context{project, users, book, *design};
    std::vector<Finding> findings;
    advice::checkSinglePointsOfFailure(context, findings);
    advice::checkOverUtilization(context, findings);
    advice::checkConnectionExhaustion(context, findings);
    advice::checkLambdaConcurrency(context, findings);
    advice::checkCacheTooWeak(context, findings);
    advice::checkAsyncOnRequestPath(context, findings);
    advice::checkLongSyncChain(context, findings);
    advice::checkOneRegionForTarget(context, findings);
    advice::checkZoneLoss(context, findings);

    // Nothing that buys nothing: a fix proposed for availability must remove at least 1 % of the
    // downtime (Multi-AZ on a database that is overloaded anyway does not).
    std::erase_if(findings, [](const Finding &finding) {
        const bool forAvailability = finding.kind == FindingKind::SinglePointOfFailure
                                     || finding.kind == FindingKind::OneRegionForTarget
                                     || finding.kind == FindingKind::ZoneLossNotCovered;
        const double before = 1.0 - finding.before.availability;
        const double after = 1.0 - finding.after.availability;
        return forAvailability && !(after < 0.99 * before);
    });
    // What matters first: the share of requests each fix wins back (overload and outages alike),
    // largest first; fixes that do not move availability (response time, a limit not yet reached)
    // keep the checks' order after them.
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        const double gainA = std::max(0.0, a.after.availability - a.before.availability);
        const double gainB = std::max(0.0, b.after.availability - b.before.availability);
        return gainA > gainB;
    });
    return findings;
}

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/advisor/AdvisorChecks.h"
#include "model/advisor/DesignChanges.h"
#include "model/evaluation/ComponentEvaluator.h"
#include "model/core/NumberText.h"

#include <algorithm>
#include <cmath>

namespace headroom::advice {

// Static stability (AWS Well-Architected, the 99.99 % design point: capacity to lose a zone):
// a tier of n instances over Z zones that needs k of them keeps k when a zone fails only with
// n − ⌈n / Z⌉ ≥ k, i.e. n ≥ ⌈k·Z / (Z − 1)⌉. A tier of one instance is a single point of failure
// (checkSinglePointsOfFailure); a tier in one zone cannot be spread by a count. Fixed instances
// stay down for the whole zone outage and are always reported; an Auto Scaling group is down
// only until it relaunches elsewhere, so it is reported only while the design misses its
// availability target.
void checkZoneLoss(const Context &context, std::vector<Finding> &findings)
{
    const bool missesTarget = context.design.evaluation.availability < context.project.availabilityTarget;
    for (size_t i = 0; i < context.design.model.nodes.size(); ++i) {
        const CompiledNode &node = context.node(i);
        const ComponentResult &result = context.result(i);
        const auto zones = static_cast<long long>(node.zones.size());
        const bool tier = node.behaviour == Behaviour::Station || node.behaviour == Behaviour::Scaling;
        if (!tier || zones < 2 || result.instances < 2 || !(result.requestShare > 0.0) || result.saturated)
            continue;
        if (node.behaviour == Behaviour::Scaling && !missesTarget)
            continue;
        const long long k = instancesNeeded(node, result);
        const long long inLargestZone = (result.instances + zones - 1) / zones;
        if (result.instances - inLargestZone >= k)
            continue;
        const long long stable = (k * zones + zones - 2) / (zones - 1);  // ⌈k·Z / (Z − 1)⌉
        const std::string message =
            node.label + " runs " + groupedText(static_cast<double>(result.instances)) + " instances over "
            + groupedText(static_cast<double>(zones)) + " zones and needs " + groupedText(static_cast<double>(k))
            + " at " + usersText(context.users) + ": when a zone fails, the rest cannot carry the load"
            + (node.behaviour == Behaviour::Scaling ? " until the group has relaunched elsewhere" : "");
        Project changed = context.project;
        std::string proposal;
        if (node.behaviour == Behaviour::Scaling) {
            changed = withParam(changed, node.id, "min_instances", static_cast<double>(stable));
            if (node.maxInstances < stable)
                changed = withParam(changed, node.id, "max_instances", static_cast<double>(stable));
            proposal = "Set " + possessive(node.label) + " min_instances to " + groupedText(static_cast<double>(stable))
                       + " so that losing a zone leaves enough (static stability)";
        } else {
            changed = withParam(changed, node.id, "instances", static_cast<double>(stable));
            proposal = "Run " + groupedText(static_cast<double>(stable)) + " instances of " + node.label
                       + " so that losing a zone leaves enough (static stability)";
        }
        addFinding(context, findings, FindingKind::ZoneLossNotCovered, node.id, message, proposal, std::move(changed));

        // Or a third zone, where the design names its region's two: losing one of three zones
        // takes a third of the instances, not half, so ⌈k·3/2⌉ instances are enough.
        if (node.region < 0 || !node.zone.empty() || zones != 2)
            continue;
        Project spread = context.project;
        std::vector<std::string> &regionZones = spread.regions[static_cast<size_t>(node.region)].zones;
        const std::string regionName = spread.regions[static_cast<size_t>(node.region)].name;
        std::string third = "c";
        for (const char letter : std::string("cdefgh"))
            if (std::find(regionZones.begin(), regionZones.end(), std::string(1, letter)) == regionZones.end()) {
                third = std::string(1, letter);
                break;
            }
        regionZones.push_back(third);  // before `spread` is replaced below, which ends this reference
        const long long overThree = (3 * k + 1) / 2;
        const char *count = node.behaviour == Behaviour::Scaling ? "min_instances" : "instances";
        spread = withParam(spread, node.id, count, static_cast<double>(std::max(overThree, result.instances)));
        if (node.behaviour == Behaviour::Scaling && node.maxInstances < overThree)
            spread = withParam(spread, node.id, "max_instances", static_cast<double>(overThree));
        addFinding(context, findings, FindingKind::ZoneLossNotCovered, node.id, message,
                   "Spread " + regionName + " over a third zone (" + third + ") with "
                       + groupedText(static_cast<double>(std::max(overThree, result.instances))) + " instances of "
                       + node.label,
                   std::move(spread));
    }
}

} // namespace headroom::advice

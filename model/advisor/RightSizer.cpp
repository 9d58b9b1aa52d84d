// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/advisor/RightSizer.h"

#include "model/core/NumberText.h"
#include "model/advisor/DesignChanges.h"
#include "model/advisor/RightSizerSearch.h"

#include <algorithm>

namespace headroom {

namespace {

using rightsizing::Search;
using rightsizing::Targets;

constexpr int kGreedyPasses = 3;        // passes over the components until nothing changes
constexpr int kAvailabilitySteps = 64;  // instances added for availability, at most
constexpr double kGreedyShare = 0.9;    // of the progress reported: the greedy passes, then availability

// Greedy: each sizable component in project order gets its cheapest acceptable configuration
// with the others fixed; repeated because a caller's instances change a database's connections.
Project greedyPasses(const Search &search, Project current)
{
    for (int pass = 0; pass < kGreedyPasses; ++pass) {
        bool changed = false;
        for (size_t i = 0; i < current.components.size(); ++i) {
            const double done = (static_cast<double>(pass) + static_cast<double>(i) / static_cast<double>(current.components.size()))
                                / kGreedyPasses;
            if (!search.proceed(kGreedyShare * done))
                return current;
            const auto measured = search.measure(current);
            if (!measured)
                return current;
            if (auto better = rightsizing::cheapestConfiguration(search, current, *measured, static_cast<int>(i))) {
                current = std::move(*better);
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    return current;
}

// While availability misses the target: one more instance where the request path is least
// available, among the components that can take one and gain from it.
Project raiseAvailability(const Search &search, Project current)
{
    for (int step = 0; step < kAvailabilitySteps; ++step) {
        if (!search.proceed(kGreedyShare + (1.0 - kGreedyShare) * step / kAvailabilitySteps))
            return current;
        const auto measured = search.measure(current);
        if (!measured || measured->evaluation.unavailability <= 1.0 - search.targets.minAvailability + 1e-12)
            return current;
        std::vector<size_t> order;
        for (size_t i = 0; i < measured->evaluation.components.size(); ++i)
            if (measured->evaluation.components[i].onRequestPath)
                order.push_back(i);
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            return measured->evaluation.components[a].availability < measured->evaluation.components[b].availability;
        });
        bool improved = false;
        for (size_t i : order) {
            auto more = rightsizing::oneMoreInstance(current, *measured, static_cast<int>(i));
            if (!more)
                continue;
            const auto after = search.measure(*more);
            if (after && after->evaluation.unavailability < measured->evaluation.unavailability * (1.0 - 1e-9)
                && after->highestUtilization() <= std::max(search.targets.maxUtilization, measured->highestUtilization())) {
                current = std::move(*more);
                improved = true;
                break;
            }
        }
        if (!improved)
            return current;
    }
    return current;
}

std::string numberText(const ParamValue &value)
{
    if (const auto *number = std::get_if<double>(&value))
        return groupedText(*number);
    if (const auto *flag = std::get_if<bool>(&value))
        return *flag ? "true" : "false";
    return std::get<std::string>(value);
}

std::vector<RightSizeChange> changesBetween(const Project &start, const Project &result,
                                            const MeasuredDesign &startDesign, const MeasuredDesign &resultDesign)
{
    std::vector<RightSizeChange> changes;
    for (size_t i = 0; i < start.components.size(); ++i) {
        const Component &before = start.components[i];
        const Component &after = result.components[i];
        std::string description;
        for (const char *name : {"instance_type", "instances", "min_instances", "max_instances", "read_replicas",
                                 "multi_az"}) {
            const auto was = paramValue(before, name);
            const auto now = paramValue(after, name);
            if (!was || !now || *was == *now)
                continue;
            description += (description.empty() ? "" : "; ") + std::string(name) + " " + numberText(*was) + " → "
                           + numberText(*now);
        }
        if (description.empty())
            continue;
        changes.push_back({before.id, displayName(before), description, startDesign.cost.components[i].monthlyUsd,
                           resultDesign.cost.components[i].monthlyUsd});
    }
    return changes;
}

// Why the best design found misses the targets, naming what stands in the way.
std::string whyMissed(const MeasuredDesign &design, const Targets &targets)
{
    std::string reason;
    for (size_t i = 0; i < design.evaluation.components.size(); ++i)
        if (const ComponentResult &result = design.evaluation.components[i];
            result.utilization > targets.maxUtilization + 1e-12)
            reason += (reason.empty() ? "" : "; ") + design.model.nodes[i].label + " at " + utilizationText(result.utilization)
                      + " (" + result.limitingDimension + ") > " + percentText(targets.maxUtilization);
    if (design.evaluation.unavailability > 1.0 - targets.minAvailability + 1e-12) {
        std::string fixed;
        double ceiling = 1.0;
        for (size_t i = 0; i < design.evaluation.components.size(); ++i) {
            const ComponentResult &result = design.evaluation.components[i];
            const CompiledNode &node = design.model.nodes[i];
            // What one more instance cannot raise: managed services and functions (their SLA),
            // and a Multi-AZ database (its SLA; replicas count only for an overloaded primary).
            const bool capped = !rightsizing::isSizable(node) || (node.behaviour == Behaviour::Database && node.multiAz);
            if (result.onRequestPath && capped && result.availability < 1.0) {
                fixed += (fixed.empty() ? "" : ", ") + node.label + " " + availabilityText(result.availability);
                ceiling *= result.availability;
            }
        }
        reason += (reason.empty() ? "" : "; ") + std::string("availability ")
                  + availabilityText(design.evaluation.availability) + " < " + availabilityText(targets.minAvailability);
        if (!fixed.empty())
            reason += " (what sizing cannot raise — " + fixed + " — allows at most " + availabilityText(ceiling) + ")";
    }
    return reason;
}

void fill(RightSizeResult &out, const MeasuredDesign &start, const MeasuredDesign &result)
{
    out.startMonthlyUsd = start.cost.monthlyUsd;
    out.monthlyUsd = result.cost.monthlyUsd;
    out.savingUsdPerMonth = out.startMonthlyUsd - out.monthlyUsd;
    out.startHighestUtilization = start.highestUtilization();
    out.highestUtilization = result.highestUtilization();
    out.startAvailability = start.evaluation.availability;
    out.availability = result.evaluation.availability;
}

} // namespace

RightSizeResult rightSize(const Project &project, double users, const PriceBook &book, double maxUtilization,
                          std::optional<double> minAvailabilityOption, const RightSizeProgress &progress)
{
    const double minAvailability = minAvailabilityOption.value_or(project.availabilityTarget);
    RightSizeResult out;
    out.project = project;
    out.users = users;
    out.maxUtilization = maxUtilization;
    out.minAvailability = minAvailability;
    const auto start = measureDesign(project, users, book);
    if (!start) {
        out.message = "the project does not compile: " + start.error().toString();
        return out;
    }
    fill(out, *start, *start);
    const Search search{users, book, {maxUtilization, minAvailability}, *start, &progress};
    out.startMeetsTargets = rightsizing::meetsTargets(*start, search.targets);

    const Project sized = raiseAvailability(search, greedyPasses(search, project));
    if (search.stopped) {
        out.cancelled = true;
        out.message = "cancelled; the design is unchanged";
        return out;
    }
    search.proceed(1.0);
    const auto result = search.measure(sized);
    const bool meets = result && rightsizing::meetsTargets(*result, search.targets);

    if (out.startMeetsTargets && (!meets || result->cost.monthlyUsd >= start->cost.monthlyUsd - 0.005)) {
        out.ok = true;
        out.message = "the start is already the cheapest design found that meets the targets";
        return out;
    }
    if (!meets) {
        out.message = "no design within the search's bounds meets the targets; the start is unchanged: "
                      + whyMissed(result ? *result : *start, search.targets);
        return out;
    }
    out.ok = true;
    out.project = sized;
    out.changes = changesBetween(project, sized, *start, *result);
    fill(out, *start, *result);
    out.message = out.startMeetsTargets
                      ? "saves " + usdText(out.savingUsdPerMonth) + " a month"
                      : "start misses targets (" + whyMissed(*start, search.targets)
                            + "): the cheapest design meeting them costs " + usdText(out.monthlyUsd) + " a month";
    return out;
}

} // namespace headroom

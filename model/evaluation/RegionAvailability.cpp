// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/evaluation/RegionAvailability.h"

#include "model/evaluation/ComponentEvaluator.h"
#include "model/evaluation/ZoneOutages.h"
#include "model/math/Availability.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace headroom {

namespace {

constexpr double kMinutesPerYear = 525600.0;
constexpr double kNever = std::numeric_limits<double>::infinity();

// Fraction of the entry rate that the global components (DNS, CDN) send into region r over
// synchronous connections. Calls between regions (replication, a write forwarded to the
// writer's region) are not user traffic routed to the region and do not count.
double trafficShare(const CompiledModel &model, int region)
{
    double share = 0.0;
    for (size_t e = 0; e < model.edges.size(); ++e) {
        const CompiledEdge &edge = model.edges[e];
        if (edge.async || model.nodes[edge.to].region != region || model.nodes[edge.from].region >= 0)
            continue;
        share += model.edgeFlows.reads[e] + model.edgeFlows.writes[e];
    }
    return share;
}

// One cause of one region's downtime: minutes a year of that region's requests, and how long one
// occurrence lasts (0: steady, such as overload, which no failover relieves). The names point into
// the evaluation's components, or into the model and its constants (zone outages): only the top
// contributors are copied into the Evaluation.
struct RegionCause
{
    const std::string *component = nullptr;
    const std::string *cause = nullptr;
    double minutes = 0.0;
    double outageMinutes = 0.0;
};

// Adds component i's causes, weighted by the share `weight` of the requests considered that
// need it, to `into`.
void addComponent(const Evaluation &evaluation, int i, double weight, std::vector<RegionCause> &into)
{
    const ComponentResult &component = evaluation.components[static_cast<size_t>(i)];
    for (const DowntimeCause &cause : component.causes)
        into.push_back({&component.id, &cause.cause, weight * cause.minutesPerYear, cause.outageMinutes});
}

// The zone outages of `region` (ZoneOutages.h), each named after its worst component.
void addZones(const CompiledModel &model, const ModelConstants &constants, const Evaluation &evaluation,
              int region, const std::function<double(int)> &weight, std::vector<RegionCause> &into)
{
    thread_local std::vector<ZoneOutage> outages;
    zoneOutages(model, constants, evaluation, region, weight, outages);
    for (const ZoneOutage &outage : outages)
        into.push_back({&model.nodes[static_cast<size_t>(outage.worstComponent)].id,
                        &constants.zoneCauses[static_cast<size_t>(outage.zone)], outage.minutesPerYear,
                        outage.longestMinutes});
}

// The contributors, largest first and at most kTopContributors, from `causes` in order: those
// with no downtime left out, then a partial sort by minutes. The same steps on these small
// records as on the Evaluation's (which would copy every name first) give the same order, ties
// included, and only the kept ones have their names copied.
void setContributors(std::vector<RegionCause> &causes, Evaluation &evaluation)
{
    causes.erase(std::remove_if(causes.begin(), causes.end(),
                                [](const RegionCause &c) { return !(c.minutes > 0.0); }),
                 causes.end());
    const size_t keep = std::min(causes.size(), kTopContributors);
    std::partial_sort(causes.begin(), causes.begin() + static_cast<std::ptrdiff_t>(keep), causes.end(),
                      [](const RegionCause &a, const RegionCause &b) { return a.minutes > b.minutes; });
    // Written over the entries the list held (the previous point's): their names' storage is kept.
    evaluation.downtimeContributors.resize(keep);
    for (size_t c = 0; c < keep; ++c) {
        DowntimeContributor &contributor = evaluation.downtimeContributors[c];
        contributor.component = *causes[c].component;
        contributor.cause = *causes[c].cause;
        contributor.minutesPerYear = causes[c].minutes;
    }
}

double seriesUnavailability(const std::vector<RegionCause> &causes)
{
    SeriesAvailability series;
    for (const RegionCause &cause : causes)
        series.add(std::min(1.0, cause.minutes / kMinutesPerYear));
    return series.unavailability();
}

// The first user count at which any component of region r saturates (none: never).
double regionSaturates(const Evaluation &evaluation, const CompiledModel &model, int region)
{
    double first = kNever;
    for (size_t i = 0; i < model.nodes.size(); ++i)
        if (model.nodes[i].region == region && evaluation.components[i].usersAtSaturation)
            first = std::min(first, *evaluation.components[i].usersAtSaturation);
    return first;
}

// Whether the standby regions carry every active region's users at `entryRate`: each of their
// components below its limits on the design routed to them (CompiledModel::takeover).
bool standbyCarriesAll(const CompiledModel &model, double entryRate)
{
    if (!model.takeover)
        return false;
    for (size_t i = 0; i < model.nodes.size(); ++i) {
        const int region = model.nodes[i].region;
        if (region < 0 || model.regions[static_cast<size_t>(region)].role != RegionRole::Standby)
            continue;
        const ComponentResult result = evaluateComponent(*model.takeover, static_cast<int>(i), entryRate);
        for (const DimensionResult &dimension : result.dimensions)
            if (!(dimension.utilization < 1.0))
                return false;
    }
    return true;
}

// Detection, then the slowest promotion of a standby database and the slowest scale-up of a
// standby Auto Scaling group (one launch: its recovery_minutes).
double standbyTakeoverMinutes(const CompiledModel &model)
{
    double promotion = 0.0;
    double scaleUp = 0.0;
    for (const CompiledNode &node : model.nodes) {
        if (node.region < 0 || model.regions[static_cast<size_t>(node.region)].role != RegionRole::Standby)
            continue;
        if (node.behaviour == Behaviour::Database)
            promotion = std::max(promotion, node.failure.promotionMinutes);
        if (node.behaviour == Behaviour::Scaling)
            scaleUp = std::max(scaleUp, node.failure.recoveryMinutes);
    }
    return model.dnsFailoverMinutes + promotion + scaleUp;
}

// The share of an outage of `outageMinutes` that users still see when they move after `move`
// minutes: all of it when the outage is steady or nothing takes them.
double seenShare(double outageMinutes, double move)
{
    if (!(outageMinutes > 0.0) || !std::isfinite(move))
        return 1.0;
    return std::min(1.0, move / outageMinutes);
}

} // namespace

void composeOneRegion(const CompiledModel &model, const ModelConstants &constants, Evaluation &evaluation)
{
    thread_local std::vector<RegionCause> causes;  // per thread: a sweep does not allocate it again
    causes.clear();
    SeriesAvailability sla;
    for (size_t i = 0; i < model.nodes.size(); ++i) {
        const ComponentResult &component = evaluation.components[i];
        if (!component.onRequestPath || component.requestShare <= 0.0)
            continue;
        addComponent(evaluation, static_cast<int>(i), component.requestShare, causes);
        sla.add(component.requestShare * (1.0 - component.slaAvailability));
    }
    const auto share = [&](int i) { return evaluation.components[static_cast<size_t>(i)].requestShare; };
    for (int region = -1; region < static_cast<int>(model.regions.size()); ++region)
        addZones(model, constants, evaluation, region, share, causes);
    evaluation.unavailability = seriesUnavailability(causes);
    evaluation.slaAvailability = sla.availability();
    evaluation.singleRegionAvailability = 1.0 - evaluation.unavailability;
    setContributors(causes, evaluation);
}

void composeRegionAvailability(const CompiledModel &model, const ModelConstants &constants, Evaluation &evaluation)
{
    const size_t count = model.regions.size();
    // Global components, in series with everything.
    std::vector<RegionCause> global;
    SeriesAvailability globalSla;
    for (size_t i = 0; i < model.nodes.size(); ++i) {
        const ComponentResult &component = evaluation.components[i];
        if (model.nodes[i].region >= 0 || !component.onRequestPath || component.requestShare <= 0.0)
            continue;
        addComponent(evaluation, static_cast<int>(i), component.requestShare, global);
        globalSla.add(component.requestShare * (1.0 - component.slaAvailability));
    }
    const auto globalShare = [&](int i) { return evaluation.components[static_cast<size_t>(i)].requestShare; };
    addZones(model, constants, evaluation, -1, globalShare, global);

    // Each region as if it took all of its own traffic: a component counts by the share of the
    // region's requests that need it; a standby's components each count whole.
    std::vector<std::vector<RegionCause>> regional(count);
    std::vector<double> regionSla(count, 0.0);
    double activeTotal = 0.0;
    for (size_t r = 0; r < count; ++r) {
        const int region = static_cast<int>(r);
        const bool standby = model.regions[r].role == RegionRole::Standby;
        const double share = trafficShare(model, region);
        RegionResult result;
        result.id = model.regions[r].id;
        result.name = model.regions[r].name;
        result.standby = standby;
        result.trafficShare = share;
        const double saturates = regionSaturates(evaluation, model, region);
        if (std::isfinite(saturates))
            result.usersAtSaturation = saturates;
        const auto weight = [&](int i) {
            const ComponentResult &component = evaluation.components[static_cast<size_t>(i)];
            if (!component.onRequestPath)
                return 0.0;
            if (standby)
                return 1.0;
            return share > 0.0 ? std::min(1.0, component.requestShare / share) : 0.0;
        };
        SeriesAvailability sla;
        for (size_t i = 0; i < model.nodes.size(); ++i) {
            if (model.nodes[i].region != region)
                continue;
            const double w = weight(static_cast<int>(i));
            if (w <= 0.0)
                continue;
            addComponent(evaluation, static_cast<int>(i), w, regional[r]);
            sla.add(w * (1.0 - evaluation.components[i].slaAvailability));
        }
        addZones(model, constants, evaluation, region, weight, regional[r]);
        regionSla[r] = sla.unavailability();
        result.availability = 1.0 - seriesUnavailability(regional[r]);
        if (!standby)
            activeTotal += share;
        evaluation.regions.push_back(std::move(result));
    }

    // Failing each active region by itself: who takes its users, and after how long.
    const bool standbyCarries = standbyCarriesAll(model, evaluation.entryRatePerSecond);
    const double takeover = standbyTakeoverMinutes(model);
    double standbyDown = 0.0;  // a standby that is itself down when needed
    for (size_t r = 0; r < count; ++r)
        if (evaluation.regions[r].standby)
            standbyDown = std::max(standbyDown, 1.0 - evaluation.regions[r].availability);
    auto survivorsCarry = [&](const std::vector<bool> &failed) {
        double failedShare = 0.0;
        bool any = false;
        for (size_t r = 0; r < count; ++r)
            if (!evaluation.regions[r].standby) {
                if (failed[r])
                    failedShare += evaluation.regions[r].trafficShare;
                else
                    any = true;
            }
        if (!any || activeTotal - failedShare <= 0.0)
            return false;
        const double scale = activeTotal / (activeTotal - failedShare);
        for (size_t r = 0; r < count; ++r)
            if (!evaluation.regions[r].standby && !failed[r] && evaluation.regions[r].usersAtSaturation
                && *evaluation.regions[r].usersAtSaturation <= evaluation.users * scale)
                return false;
        return true;
    };

    std::vector<RegionCause> regions;
    double allActivesDown = activeTotal > 0.0 ? 1.0 : 0.0;
    double worstActive = 0.0;
    SeriesAvailability slaAll;
    for (size_t r = 0; r < count; ++r) {
        const RegionResult &region = evaluation.regions[r];
        if (region.standby || region.trafficShare <= 0.0)
            continue;
        std::vector<bool> failed(count, false);
        failed[r] = true;
        double move = kNever;
        bool viaStandby = false;
        if (survivorsCarry(failed)) {
            move = model.dnsFailoverMinutes;
        } else if (standbyCarries) {
            move = takeover;
            viaStandby = true;
        }
        const double weight = region.trafficShare / activeTotal;
        for (const RegionCause &cause : regional[r]) {
            double seen = seenShare(cause.outageMinutes, move);
            if (viaStandby)
                seen += (1.0 - seen) * standbyDown;
            regions.push_back({cause.component, cause.cause, weight * cause.minutes * seen, cause.outageMinutes});
        }
        const double u = 1.0 - region.availability;
        allActivesDown *= u;
        worstActive = std::max(worstActive, u);
        slaAll.add(weight * regionSla[r]);
    }

    // Failures tolerated: the largest shares fail first, the survivors must carry the rest.
    std::vector<size_t> order;
    for (size_t r = 0; r < count; ++r)
        if (!evaluation.regions[r].standby)
            order.push_back(r);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return evaluation.regions[a].trafficShare > evaluation.regions[b].trafficShare;
    });
    int tolerated = 0;
    std::vector<bool> failed(count, false);
    for (size_t f = 0; f + 1 < order.size(); ++f) {
        failed[order[f]] = true;
        if (!survivorsCarry(failed))
            break;
        tolerated = static_cast<int>(f + 1);
    }
    evaluation.regionFailuresTolerated = tolerated;

    SeriesAvailability total;
    total.add(seriesUnavailability(global));
    total.add(seriesUnavailability(regions));
    if (order.size() > 1)
        total.add(allActivesDown * (standbyCarries ? standbyDown : 1.0));  // every active region down at once
    evaluation.unavailability = total.unavailability();

    SeriesAvailability single;
    single.add(seriesUnavailability(global));
    single.add(worstActive);
    evaluation.singleRegionAvailability = single.availability();

    // The SLA floor: the global figures in series; the regions' figures in parallel when one can
    // take the others' users, else in proportion to the users each serves.
    SeriesAvailability sla;
    sla.add(globalSla.unavailability());
    double parallel = 1.0;
    for (size_t r = 0; r < count; ++r)
        if (!evaluation.regions[r].standby || standbyCarries)
            parallel *= regionSla[r];
    sla.add(tolerated > 0 || standbyCarries ? parallel : slaAll.unavailability());
    evaluation.slaAvailability = sla.availability();

    std::vector<RegionCause> contributors = std::move(global);
    contributors.insert(contributors.end(), regions.begin(), regions.end());
    setContributors(contributors, evaluation);
}

void finishSystemAvailability(Evaluation &evaluation)
{
    evaluation.availability = 1.0 - evaluation.unavailability;
    evaluation.nines = ninesOf(evaluation.unavailability);
    evaluation.downtimeMinutesPerYear = downtimeMinutesPerYear(evaluation.unavailability);
}

} // namespace headroom

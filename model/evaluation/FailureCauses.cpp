// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/evaluation/FailureCauses.h"

#include "model/math/Availability.h"

#include <algorithm>
#include <cmath>

namespace headroom {

namespace {

constexpr double kMinutesPerYear = 525600.0;

void addCause(ComponentResult &result, std::string cause, double unavailability, double outageMinutes)
{
    if (unavailability > 0.0)
        result.causes.push_back({std::move(cause), std::clamp(unavailability, 0.0, 1.0) * kMinutesPerYear,
                                 outageMinutes});
}

} // namespace

void CauseWriter::add(const char *cause, double unavailability, double outageMinutes)
{
    if (!(unavailability > 0.0))
        return;
    const double minutes = std::clamp(unavailability, 0.0, 1.0) * kMinutesPerYear;
    if (m_used == m_causes.size()) {
        if (m_causes.capacity() == 0)
            m_causes.reserve(4);  // one allocation for a component's few causes
        m_causes.push_back({cause, minutes, outageMinutes, cause});
    } else {
        DowntimeCause &entry = m_causes[m_used];
        if (entry.nameSource != cause) {
            entry.cause.assign(cause);
            entry.nameSource = cause;
        }
        entry.minutesPerYear = minutes;
        entry.outageMinutes = outageMinutes;
    }
    ++m_used;
}

double repairUnavailability(double perYear, double minutes)
{
    const double down = std::max(0.0, perYear) * std::max(0.0, minutes);
    return down / (kMinutesPerYear + down);
}

void addInstanceTierCauses(const CompiledNode &node, long long running, long long needed, CauseWriter &causes)
{
    const FailureProfile &f = node.failure;
    if (running <= 0) {
        causes.add("no instances", 1.0, 0.0);
        return;
    }
    const long long k = std::clamp(needed, 1LL, running);
    const double instanceDown = f.measured ? 1.0 - *f.measured : repairUnavailability(f.failuresPerYear, f.recoveryMinutes);
    // With s = n − k spares the tier is down until one of s + 1 failed instances returns:
    // a mean outage of r / (s + 1) when repairs run in parallel.
    const double outage = f.recoveryMinutes / static_cast<double>(running - k + 1);
    causes.add("instance failures", kOfNUnavailability(running, k, 1.0 - instanceDown), outage);
    if (running == k && !f.measured)
        causes.add("restarts", repairUnavailability(f.restartsPerYear, f.restartMinutes), f.restartMinutes);
}

void addDatabaseCauses(const CompiledNode &node, long long replicasNeeded, CauseWriter &causes)
{
    const FailureProfile &f = node.failure;
    if (f.measured) {
        causes.add("primary (measured)", 1.0 - *f.measured, 0.0);
    } else if (node.multiAz) {
        // Each failure and each maintenance restart is one failover to the standby.
        causes.add("failovers", repairUnavailability(f.failuresPerYear + f.restartsPerYear, f.failoverMinutes),
                 f.failoverMinutes);
    } else {
        causes.add("primary failures", repairUnavailability(f.failuresPerYear, f.recoveryMinutes),
                 f.recoveryMinutes);
        causes.add("maintenance", repairUnavailability(f.restartsPerYear, f.restartMinutes), f.restartMinutes);
    }
    if (replicasNeeded > 0 && node.readReplicas > 0) {
        // Replicas are Single-AZ instances, each out for a failure's recovery.
        const double replicaDown = repairUnavailability(f.failuresPerYear, f.recoveryMinutes);
        // More needed than there are is overload (addOverloadCause), not a failure.
        const long long k = std::min(replicasNeeded, node.readReplicas);
        causes.add("replica failures", kOfNUnavailability(node.readReplicas, k, 1.0 - replicaDown),
                 f.recoveryMinutes / static_cast<double>(std::max(1LL, node.readReplicas - k + 1)));
    }
}

void addServiceCauses(const CompiledNode &node, CauseWriter &causes)
{
    const FailureProfile &f = node.failure;
    if (f.measured)
        causes.add("service (measured)", 1.0 - *f.measured, 0.0);
    else
        causes.add("outages", repairUnavailability(f.outagesPerYear, f.outageMinutes), f.outageMinutes);
}

void addOverloadCause(ComponentResult &result)
{
    if (result.utilization > 1.0 && std::isfinite(result.utilization))
        addCause(result, "overload: " + result.limitingDimension, 1.0 - 1.0 / result.utilization, 0.0);
    else if (!std::isfinite(result.utilization))
        addCause(result, "overload: " + result.limitingDimension, 1.0, 0.0);
}

void finishAvailability(const CompiledNode &node, ComponentResult &result)
{
    SeriesAvailability causes;
    for (const DowntimeCause &cause : result.causes)
        causes.add(cause.minutesPerYear / kMinutesPerYear);
    result.unavailability = causes.unavailability();
    result.availability = 1.0 - result.unavailability;

    const FailureProfile &f = node.failure;
    // The floor shares the overload: past its limit a component loses 1 − 1/ρ whatever AWS commits to.
    const double served = result.utilization > 1.0 ? (std::isfinite(result.utilization) ? 1.0 / result.utilization : 0.0)
                                                   : 1.0;
    switch (node.behaviour) {
    case Behaviour::Entry:
        result.slaAvailability = 1.0;
        break;
    case Behaviour::Station:
    case Behaviour::Scaling:
        result.slaAvailability = result.instances >= 2 && node.zones.size() >= 2 ? f.slaSpread : f.sla;
        break;
    case Behaviour::Database:
        result.slaAvailability = node.multiAz ? f.slaSpread : f.sla;
        break;
    case Behaviour::Managed:
    case Behaviour::Function:
        result.slaAvailability = f.sla;
        break;
    }
    result.slaAvailability *= served;
}

} // namespace headroom

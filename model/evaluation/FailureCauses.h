// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/compile/CompiledModel.h"
#include "model/evaluation/Evaluation.h"

namespace headroom {

// Writes one component's causes into its list in order, over the entries the list held before
// (the same component at the previous point of a sweep or slider step): an entry whose name came
// from the same literal keeps it, so the names are copied once per design instead of once per
// point.
// finish() drops what the previous contents had beyond the new ones.
class CauseWriter
{
public:
    explicit CauseWriter(std::vector<DowntimeCause> &causes) : m_causes(causes) {}
    // A cause of unavailability U (clamped to [0, 1], kept only when U > 0) whose occurrences
    // each last `outageMinutes` (0 for a steady loss). `cause` has static storage (a literal).
    void add(const char *cause, double unavailability, double outageMinutes);
    void finish() { m_causes.resize(m_used); }

private:
    std::vector<DowntimeCause> &m_causes;
    size_t m_used = 0;
};

// A component's expected downtime, cause by cause (model/README.md §6). Rates are per year,
// durations in minutes, H = 525 600 minutes a year. Each function adds to `causes` (the
// component's list, finished before addOverloadCause appends to it); finishAvailability then sets the unavailability U = 1 − Π(1 − U_c).

// An instance tier: `running` instances of which `needed` carry the load. One instance is out
// with q = λ·r / (H + λ·r) (failures_per_year λ, recovery_minutes r), or 1 − its measured
// availability; the tier is down while fewer than `needed` are up (binomial). With no spare,
// each restart (deploy, patch) is an outage too.
void addInstanceTierCauses(const CompiledNode &node, long long running, long long needed, CauseWriter &causes);

// A database: the primary's failures and maintenance (Single-AZ: out for each; Multi-AZ: one
// failover each), and its replicas when reads need `replicasNeeded` of them (0: the primary
// could carry the reads alone, so replicas down cost nothing).
void addDatabaseCauses(const CompiledNode &node, long long replicasNeeded, CauseWriter &causes);

// A managed service or function: its own outages (regional or global events), or its measured
// availability.
void addServiceCauses(const CompiledNode &node, CauseWriter &causes);

// Past its limit (ρ > 1: CPU, a quota, concurrency, connections) a component serves 1/ρ of
// what arrives; the rest is lost for as long as the load lasts.
void addOverloadCause(ComponentResult &result);

// U from the causes, and the SLA floor for how the component is deployed (times 1/ρ when it is
// overloaded: the floor loses what is over the limit too).
void finishAvailability(const CompiledNode &node, ComponentResult &result);

// q = λ·d / (H + λ·d): the share of time a unit is out when it fails λ times a year for d minutes.
double repairUnavailability(double perYear, double minutes);

} // namespace headroom

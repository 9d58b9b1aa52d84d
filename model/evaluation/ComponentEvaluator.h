// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/compile/CompiledModel.h"
#include "model/evaluation/Evaluation.h"

namespace headroom {

// Instances an Auto Scaling group runs for an offered load a (erlangs):
// clamp(ceil(a / (vcpus · target)), min, max). Other stations run their fixed count.
long long runningInstances(const CompiledNode &node, double offeredLoadErlangs);

// Instances needed to carry an offered load without saturating: max(1, ⌈a / vCPUs⌉); the second
// form for a station's result (a = arrival rate × service time).
long long instancesNeeded(double offeredLoadErlangs, long long vcpus);
long long instancesNeeded(const CompiledNode &node, const ComponentResult &result);

// Mean time per visit for reads and for writes (they differ for a database with replicas);
// empty when the station that serves them is saturated.
struct VisitTimes
{
    std::optional<double> readMs;
    std::optional<double> writeMs;
};

// Evaluates component `index` at entry rate λ₀ (requests per second): rates, stations,
// quotas, availability. Leaves the connection dimension of databases, which depends on
// other components, to ConnectionLimits, and saturation points to the Evaluator.
ComponentResult evaluateComponent(const CompiledModel &model, int index, double entryRate,
                                  VisitTimes *visitTimes = nullptr);
// The same into `result`, whatever it held: its strings' and lists' storage is reused (a sweep
// evaluates into the same results point after point without allocating them again).
// `namesCurrent`: the result's id and type are this component's already, so they are not
// compared again.
void evaluateComponent(const CompiledModel &model, int index, double entryRate, ComponentResult &result,
                       VisitTimes *visitTimes = nullptr, bool namesCurrent = false);
// The same into a result as ComponentResult() makes it, or as evaluateComponent leaves it after
// clearing its figures, limiting dimension and dimensions: its id and type are written over where
// they differ, its causes by CauseWriter.
void evaluateFreshComponent(const CompiledModel &model, int index, double entryRate, ComponentResult &result,
                            VisitTimes *visitTimes = nullptr, bool namesCurrent = false);

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// The advisor's checks, one function each; used by Advisor.cpp only.

#include "model/advisor/Advisor.h"

namespace headroom::advice {

// Thresholds; model/README.md ("Advisor and right-sizing") states them as assumptions.
inline constexpr double kUtilizationTarget = 0.7;     // stations, databases, quotas
inline constexpr double kLimitWarning = 0.8;          // connections, Lambda concurrency
inline constexpr double kGoodHitRatio = 0.9;          // what "cache more" aims for
inline constexpr double kSlowServiceTimeMs = 500.0;   // work a user should not wait for
inline constexpr int kLongChainHops = 5;              // synchronous hops between stations
inline constexpr double kSlowResponseMs = 1000.0;
inline constexpr double kMultiRegionTarget = 0.9999;  // targets one region rarely reaches

// What every check reads: the project and its measurement at the advised user count.
struct Context
{
    const Project &project;
    double users;
    const PriceBook &book;
    const MeasuredDesign &design;

    const CompiledNode &node(size_t index) const { return design.model.nodes[index]; }
    const ComponentResult &result(size_t index) const { return design.evaluation.components[index]; }
};

// Measures `changed` and appends the finding with its before/after figures and summary;
// does nothing when `changed` does not compile (a defect of the fix, never the user's).
// `figuresId` names the component whose utilization the figures follow (default: componentId).
void addFinding(const Context &context, std::vector<Finding> &findings, FindingKind kind,
                const std::string &componentId, std::string message, std::string proposal, Project changed,
                const std::string &figuresId = {});

// The highest cpu dimension of a component ("cpu", "cpu (primary)", "cpu (replicas)"); 0 without.
double cpuUtilization(const ComponentResult &result);

void checkSinglePointsOfFailure(const Context &context, std::vector<Finding> &findings);
void checkOverUtilization(const Context &context, std::vector<Finding> &findings);
void checkConnectionExhaustion(const Context &context, std::vector<Finding> &findings);
void checkLambdaConcurrency(const Context &context, std::vector<Finding> &findings);
void checkCacheTooWeak(const Context &context, std::vector<Finding> &findings);
void checkAsyncOnRequestPath(const Context &context, std::vector<Finding> &findings);
void checkLongSyncChain(const Context &context, std::vector<Finding> &findings);
void checkOneRegionForTarget(const Context &context, std::vector<Finding> &findings);
void checkZoneLoss(const Context &context, std::vector<Finding> &findings);

} // namespace headroom::advice

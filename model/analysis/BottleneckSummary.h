// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/compile/CompiledModel.h"
#include "model/evaluation/Evaluation.h"
#include "model/evaluation/LoadLevel.h"

#include <optional>
#include <string>

namespace headroom {

// The one reading of "bottleneck" every view shares: the component that breaks first
// (Evaluation::bottleneck), and how close the system is to that point. Views word it by
// `level`: below NearLimit it is "the first to break", not an alarm.
//
// The level is measured in users, not in the component's utilization: users ÷ users at
// saturation. For a fixed-size component the two are equal (utilization grows in proportion
// to users); an Auto Scaling group holding its target utilization while it adds instances is
// at 70 % cpu with most of its users still ahead, and is no alarm. Because every other
// component breaks later, "nothing near its limit" is true of the whole design whenever it
// is true of this one.
struct BottleneckSummary
{
    bool exists = false;                  // false: nothing carries load
    std::string componentId;
    std::string label;                    // displayName
    std::string dimension;                // its limiting dimension ("cpu", "connections"); may be empty
    double utilization = 0.0;             // now, in that dimension
    double shareOfBreakingPoint = 0.0;    // users ÷ breaksAtUsers; its utilization when it has no limit
    LoadLevel level = LoadLevel::Comfortable;
    std::optional<double> breaksAtUsers;  // where it saturates; empty when nothing limits it
};

BottleneckSummary bottleneckOf(const CompiledModel &model, const Evaluation &evaluation);

// The sentence for text views (CLI, report):
//   "Web tier is saturated (cpu at 134 %)"
//   "Web tier at 87 % (cpu), breaks at 265,846 users"
//   "nothing near its limit; Web tier breaks first, at 2,100,000 users"
//   "nothing carries load"
std::string bottleneckSentence(const BottleneckSummary &summary);

} // namespace headroom

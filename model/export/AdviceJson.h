// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/advisor/Advisor.h"
#include "model/advisor/RightSizer.h"

#include <string>
#include <vector>

namespace headroom {

// `headroom-cli advise --format json` (model/README.md, "Advisor and right-sizing"):
// {"users", "findings": [{"kind", "component", "message", "proposal", "summary",
//   "before": {figures}, "after": {figures}, "changed_project": {project}}],
//  "what_breaks_next": {"component", "limiting_dimension", "breaks_at_users", "best",
//   "candidates": [{"proposal", "breaks_at_users", "cost_delta_usd_per_month",
//                   "users_gained_per_usd", "raises_breaking_point"}]}}
// figures: "component", "utilization", "response_time_ms", "nines", "availability",
// "monthly_cost_usd", "cost_complete". A value that does not exist is null.
std::string adviceToJson(double users, const std::vector<Finding> &findings, const WhatBreaksNext &next);

// `headroom-cli rightsize --format json`: "ok", "start_meets_targets", "message", "users",
// "max_utilization", "min_availability", "start"/"result" ({"monthly_cost_usd",
// "highest_utilization", "availability"}), "saving_usd_per_month", "changes" (each
// "component", "change", "start_monthly_usd", "monthly_usd"), and "project" (the result).
std::string rightSizeToJson(const RightSizeResult &result);

} // namespace headroom

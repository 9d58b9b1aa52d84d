// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/export/AdviceJson.h"

#include "model/io/ProjectFile.h"

#include "model/core/JsonValues.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace headroom {

using nlohmann::ordered_json;

namespace {

using json::number;
using json::text;

ordered_json figuresJson(const DesignFigures &figures)
{
    return {{"component", text(figures.componentId)},
            {"utilization", number(figures.utilization)},
            {"response_time_ms", number(figures.responseTimeMs)},
            {"nines", number(figures.nines)},
            {"availability", number(figures.availability)},
            {"monthly_cost_usd", number(figures.monthlyUsd)},
            {"cost_complete", figures.costComplete}};
}

// The project as its file holds it, so a fix can be saved and opened as it is.
ordered_json projectJson(const Project &project)
{
    return ordered_json::parse(serializeProject(project));
}

ordered_json nextJson(const WhatBreaksNext &next)
{
    ordered_json item;
    item["component"] = text(next.componentId);
    item["limiting_dimension"] = text(next.limitingDimension);
    item["breaks_at_users"] = number(next.breaksAtUsers);
    item["best"] = next.best >= 0 ? ordered_json(next.best) : ordered_json(nullptr);
    item["candidates"] = ordered_json::array();
    for (const FixCandidate &candidate : next.candidates)
        item["candidates"].push_back({{"proposal", candidate.proposal},
                                      {"breaks_at_users", number(candidate.breaksAtUsers)},
                                      {"cost_delta_usd_per_month", number(candidate.costDeltaUsdPerMonth)},
                                      {"users_gained_per_usd", number(candidate.usersGainedPerUsd)},
                                      {"raises_breaking_point", candidate.raisesBreakingPoint}});
    return item;
}

} // namespace

std::string adviceToJson(double users, const std::vector<Finding> &findings, const WhatBreaksNext &next)
{
    ordered_json root;
    root["users"] = number(users);
    root["findings"] = ordered_json::array();
    for (const Finding &finding : findings)
        root["findings"].push_back({{"kind", finding.key()},
                                    {"component", text(finding.componentId)},
                                    {"message", finding.message},
                                    {"proposal", finding.proposal},
                                    {"summary", finding.summary},
                                    {"before", figuresJson(finding.before)},
                                    {"after", figuresJson(finding.after)},
                                    {"changed_project", projectJson(finding.changed)}});
    root["what_breaks_next"] = nextJson(next);
    return root.dump(2) + "\n";
}

std::string rightSizeToJson(const RightSizeResult &result)
{
    ordered_json root;
    root["ok"] = result.ok;
    root["start_meets_targets"] = result.startMeetsTargets;
    root["message"] = result.message;
    root["users"] = number(result.users);
    root["max_utilization"] = number(result.maxUtilization);
    root["min_availability"] = number(result.minAvailability);
    root["start"] = {{"monthly_cost_usd", number(result.startMonthlyUsd)},
                     {"highest_utilization", number(result.startHighestUtilization)},
                     {"availability", number(result.startAvailability)}};
    root["result"] = {{"monthly_cost_usd", number(result.monthlyUsd)},
                      {"highest_utilization", number(result.highestUtilization)},
                      {"availability", number(result.availability)}};
    root["saving_usd_per_month"] = number(result.savingUsdPerMonth);
    root["changes"] = ordered_json::array();
    for (const RightSizeChange &change : result.changes)
        root["changes"].push_back({{"component", change.componentId},
                                   {"change", change.description},
                                   {"start_monthly_usd", number(change.startMonthlyUsd)},
                                   {"monthly_usd", number(change.monthlyUsd)}});
    root["project"] = projectJson(result.project);
    return root.dump(2) + "\n";
}

} // namespace headroom

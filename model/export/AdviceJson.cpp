// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/export/AdviceJson.h"

#include "model/io/ProjectFile.h"

#include "model/core/JsonStreamWriter.h"

namespace headroom {

namespace {

void writeFigures(JsonStreamWriter &w, const DesignFigures &figures)
{
    w.beginObject();
    w.key("component").text(figures.componentId);
    w.key("utilization").number(figures.utilization);
    w.key("response_time_ms").number(figures.responseTimeMs);
    w.key("nines").number(figures.nines);
    w.key("availability").number(figures.availability);
    w.key("monthly_cost_usd").number(figures.monthlyUsd);
    w.key("cost_complete").boolean(figures.costComplete);
    w.endObject();
}

void writeNext(JsonStreamWriter &w, const WhatBreaksNext &next)
{
    w.beginObject();
    w.key("component").text(next.componentId);
    w.key("limiting_dimension").text(next.limitingDimension);
    w.key("breaks_at_users").number(next.breaksAtUsers);
    w.key("best");
    next.best >= 0 ? w.integer(next.best) : w.null();
    w.key("candidates").beginArray();
    for (const FixCandidate &candidate : next.candidates) {
        w.beginObject();
        w.key("proposal").str(candidate.proposal);
        w.key("breaks_at_users").number(candidate.breaksAtUsers);
        w.key("cost_delta_usd_per_month").number(candidate.costDeltaUsdPerMonth);
        w.key("users_gained_per_usd").number(candidate.usersGainedPerUsd);
        w.key("raises_breaking_point").boolean(candidate.raisesBreakingPoint);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeResultFigures(JsonStreamWriter &w, double monthlyUsd, double highestUtilization, double availability)
{
    w.beginObject();
    w.key("monthly_cost_usd").number(monthlyUsd);
    w.key("highest_utilization").number(highestUtilization);
    w.key("availability").number(availability);
    w.endObject();
}

} // namespace

// A fix's project is written as its file holds it (writeProjectJson), so it can be saved and
// opened as it is.
std::string adviceToJson(double users, const std::vector<Finding> &findings, const WhatBreaksNext &next)
{
    std::string out;
    JsonStreamWriter w(out);
    w.beginObject();
    w.key("users").number(users);
    w.key("findings").beginArray();
    for (const Finding &finding : findings) {
        w.beginObject();
        w.key("kind").str(finding.key());
        w.key("component").text(finding.componentId);
        w.key("message").str(finding.message);
        w.key("proposal").str(finding.proposal);
        w.key("summary").str(finding.summary);
        w.key("before");
        writeFigures(w, finding.before);
        w.key("after");
        writeFigures(w, finding.after);
        w.key("changed_project");
        writeProjectJson(w, finding.changed);
        w.endObject();
    }
    w.endArray();
    w.key("what_breaks_next");
    writeNext(w, next);
    w.endObject();
    out.push_back('\n');
    return out;
}

std::string rightSizeToJson(const RightSizeResult &result)
{
    std::string out;
    JsonStreamWriter w(out);
    w.beginObject();
    w.key("ok").boolean(result.ok);
    w.key("start_meets_targets").boolean(result.startMeetsTargets);
    w.key("message").str(result.message);
    w.key("users").number(result.users);
    w.key("max_utilization").number(result.maxUtilization);
    w.key("min_availability").number(result.minAvailability);
    w.key("start");
    writeResultFigures(w, result.startMonthlyUsd, result.startHighestUtilization, result.startAvailability);
    w.key("result");
    writeResultFigures(w, result.monthlyUsd, result.highestUtilization, result.availability);
    w.key("saving_usd_per_month").number(result.savingUsdPerMonth);
    w.key("changes").beginArray();
    for (const RightSizeChange &change : result.changes) {
        w.beginObject();
        w.key("component").str(change.componentId);
        w.key("change").str(change.description);
        w.key("start_monthly_usd").number(change.startMonthlyUsd);
        w.key("monthly_usd").number(change.monthlyUsd);
        w.endObject();
    }
    w.endArray();
    w.key("project");
    writeProjectJson(w, result.project);
    w.endObject();
    out.push_back('\n');
    return out;
}

} // namespace headroom

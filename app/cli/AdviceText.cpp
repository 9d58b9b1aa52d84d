// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "AdviceCommands.h"

#include "TextFormat.h"

#include "model/core/NumberText.h"

#include <cmath>
#include <sstream>

namespace headroom::cli {

namespace {

void figuresTable(std::ostringstream &out, const Finding &finding)
{
    auto row = [&](const std::string &label, const std::string &before, const std::string &after) {
        out << "     " << padRight(label, 24) << padRight(before, 16) << after << "\n";
    };
    row("", "before", "after");
    row("utilization (" + finding.before.componentLabel + ")", utilizationText(finding.before.utilization),
        utilizationText(finding.after.utilization));
    row("response time", orDash(finding.before.responseTimeMs, [](double ms) { return msText(ms); }),
        orDash(finding.after.responseTimeMs, [](double ms) { return msText(ms); }));
    row("availability", availabilityText(finding.before.availability), availabilityText(finding.after.availability));
    row("nines", orDash(finding.before.nines, ninesText), orDash(finding.after.nines, ninesText));
    row("monthly cost", usdText(finding.before.monthlyUsd), usdText(finding.after.monthlyUsd));
}

void nextText(std::ostringstream &out, const WhatBreaksNext &next)
{
    out << "What breaks next\n";
    if (next.componentId.empty()) {
        out << "  nothing: no component has a limit the load can reach\n";
        return;
    }
    const double at = next.breaksAtUsers.value_or(0.0);
    out << "  " << next.componentLabel << " saturates first, at " << usersText(at) << " ("
        << next.limitingDimension << ")\n";
    if (next.candidates.empty()) {
        out << "  no candidate fix applies to it\n";
        return;
    }
    out << "  candidate fixes (cost change at " << usersText(at) << "):\n";
    for (size_t i = 0; i < next.candidates.size(); ++i) {
        const FixCandidate &c = next.candidates[i];
        std::string value = !c.raisesBreakingPoint   ? "gains nothing"
                            : c.usersGainedPerUsd ? usersText(*c.usersGainedPerUsd) + " per $"
                                                  : std::string("no added cost");
        out << "  " << (static_cast<int>(i) == next.best ? "* " : "  ") << c.proposal << "\n"
            << "      breaks at " << (c.breaksAtUsers ? breaksAtText(*c.breaksAtUsers) : std::string("never"))
            << ", " << usdDeltaText(c.costDeltaUsdPerMonth) << ", " << value << "\n";
    }
    if (next.best >= 0)
        out << "  * best: the most users of headroom per added dollar\n";
}

} // namespace

std::string adviceToText(const std::string &projectName, double users, const std::vector<Finding> &findings,
                         const WhatBreaksNext &next)
{
    std::ostringstream out;
    out << "Advice for " << (projectName.empty() ? std::string("the project") : projectName) << " at "
        << usersText(users) << "\n\n";
    if (findings.empty())
        out << "No findings: no check of the advisor fires on this design.\n\n";
    for (size_t i = 0; i < findings.size(); ++i) {
        const Finding &finding = findings[i];
        out << i + 1 << ". " << finding.key() << (finding.componentId.empty() ? "" : " — " + finding.componentLabel) << "\n"
            << "   " << finding.message << "\n"
            << "   Fix: " << finding.proposal << "\n";
        figuresTable(out, finding);
        out << "   → " << finding.summary << "\n\n";
    }
    nextText(out, next);
    return out.str();
}

std::string rightSizeToText(const std::string &projectName, const RightSizeResult &result)
{
    std::ostringstream out;
    out << "Right-sizing " << (projectName.empty() ? std::string("the project") : projectName) << " at "
        << usersText(result.users) << " (every utilization ≤ " << percentText(result.maxUtilization)
        << ", availability ≥ " << availabilityText(result.minAvailability) << ")\n\n";
    auto line = [&](const char *label, double usd, double utilization, double availability) {
        out << "  " << padRight(label, 9) << padRight(usdText(usd) + "/month", 16) << "highest utilization "
            << padRight(utilizationText(utilization), 10) << "availability " << availabilityText(availability) << "\n";
    };
    line("start", result.startMonthlyUsd, result.startHighestUtilization, result.startAvailability);
    line("result", result.monthlyUsd, result.highestUtilization, result.availability);
    out << "  " << padRight("saving", 9) << usdText(result.savingUsdPerMonth) << "/month\n\n";
    if (!result.changes.empty()) {
        out << "  changes\n";
        for (const RightSizeChange &change : result.changes)
            out << "    " << padRight(change.componentLabel, 14) << change.description << "  ("
                << usdText(change.startMonthlyUsd) << " → " << usdText(change.monthlyUsd) << " a month)\n";
        out << "\n";
    }
    out << "  " << (result.ok ? "" : "NOT MET: ") << result.message << "\n";
    return out.str();
}

} // namespace headroom::cli

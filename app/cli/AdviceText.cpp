// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "AdviceCommands.h"

#include "TextFormat.h"

#include <cmath>
#include <sstream>

namespace headroom::cli {

namespace {

std::string availabilityPercent(double availability)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f %%", availability * 100.0);
    return buffer;
}

void figuresTable(std::ostringstream &out, const Finding &finding)
{
    auto row = [&](const std::string &label, const std::string &before, const std::string &after) {
        out << "     " << padRight(label, 24) << padRight(before, 16) << after << "\n";
    };
    row("", "before", "after");
    row("utilization (" + finding.before.componentLabel + ")", percent(finding.before.utilization),
        percent(finding.after.utilization));
    row("response time", finding.before.responseTimeMs ? groupedNumber(*finding.before.responseTimeMs, 1) + " ms" : "—",
        finding.after.responseTimeMs ? groupedNumber(*finding.after.responseTimeMs, 1) + " ms" : "—");
    row("availability", availabilityPercent(finding.before.availability), availabilityPercent(finding.after.availability));
    row("nines", orDash(finding.before.nines, 2), orDash(finding.after.nines, 2));
    row("monthly cost", dollars(finding.before.monthlyUsd), dollars(finding.after.monthlyUsd));
}

void nextText(std::ostringstream &out, const WhatBreaksNext &next)
{
    out << "What breaks next\n";
    if (next.componentId.empty()) {
        out << "  nothing: no component has a limit the load can reach\n";
        return;
    }
    const double at = next.breaksAtUsers.value_or(0.0);
    out << "  " << next.componentLabel << " saturates first, at " << groupedNumber(at) << " users ("
        << next.limitingDimension << ")\n";
    if (next.candidates.empty()) {
        out << "  no candidate fix applies to it\n";
        return;
    }
    out << "  candidate fixes (cost change at " << groupedNumber(at) << " users):\n";
    for (size_t i = 0; i < next.candidates.size(); ++i) {
        const FixCandidate &c = next.candidates[i];
        std::string value = !c.raisesBreakingPoint   ? "gains nothing"
                            : c.usersGainedPerUsd ? groupedNumber(*c.usersGainedPerUsd) + " users per $"
                                                  : std::string("no added cost");
        out << "  " << (static_cast<int>(i) == next.best ? "* " : "  ") << c.proposal << "\n"
            << "      breaks at " << (c.breaksAtUsers ? groupedNumber(*c.breaksAtUsers) + " users" : std::string("never"))
            << ", " << (c.costDeltaUsdPerMonth < 0 ? "-" : "+") << dollars(std::fabs(c.costDeltaUsdPerMonth))
            << "/month, " << value << "\n";
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
        << groupedNumber(users) << " users\n\n";
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
        << groupedNumber(result.users) << " users (every utilization ≤ " << percent(result.maxUtilization, 0)
        << ", availability ≥ " << availabilityPercent(result.minAvailability) << ")\n\n";
    auto line = [&](const char *label, double usd, double utilization, double availability) {
        out << "  " << padRight(label, 9) << padRight(dollars(usd) + "/month", 16) << "highest utilization "
            << padRight(percent(utilization), 10) << "availability " << availabilityPercent(availability) << "\n";
    };
    line("start", result.startMonthlyUsd, result.startHighestUtilization, result.startAvailability);
    line("result", result.monthlyUsd, result.highestUtilization, result.availability);
    out << "  " << padRight("saving", 9) << (result.savingUsdPerMonth < 0 ? "-" : "")
        << dollars(std::fabs(result.savingUsdPerMonth)) << "/month\n\n";
    if (!result.changes.empty()) {
        out << "  changes\n";
        for (const RightSizeChange &change : result.changes)
            out << "    " << padRight(change.componentLabel, 14) << change.description << "  ("
                << dollars(change.startMonthlyUsd) << " → " << dollars(change.monthlyUsd) << " a month)\n";
        out << "\n";
    }
    out << "  " << (result.ok ? "" : "NOT MET: ") << result.message << "\n";
    return out.str();
}

} // namespace headroom::cli

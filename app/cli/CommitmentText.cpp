// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "TextFormat.h"

#include "model/core/NumberText.h"

#include <map>
#include <set>
#include <sstream>

namespace headroom::cli {

namespace {

constexpr size_t kFloorsShown = 8;  // per stage and term; the rest are summed in one line

// "aurora/postgres/db.r6g.16xlarge" from "Aurora (aurora-east): on demand (no 1-year price for aurora/…)".
std::string priceKeyOf(const std::string &onDemand)
{
    const auto at = onDemand.rfind(" price for ");
    return at == std::string::npos ? onDemand : onDemand.substr(at + 11, onDemand.size() - at - 12);
}

void listOnDemand(std::ostream &out, const char *term, const std::vector<StageRow> &rows,
                  std::vector<std::string> StageRow::*lines)
{
    std::map<std::string, int> byKey;  // price key → lines across the stages
    for (const StageRow &row : rows) {
        std::set<std::string> seen;
        for (const std::string &line : row.*lines)
            if (seen.insert(line).second)
                ++byKey[priceKeyOf(line)];
    }
    if (byKey.empty())
        return;
    out << "  † " << term << ": on demand, no " << term << " price in the price books for:";
    size_t width = 6 + std::string(term).size() + 40;
    size_t left = byKey.size();
    for (const auto &[key, count] : byKey) {
        const std::string item = " " + key + (--left ? "," : "");
        if (width + item.size() > 100) {
            out << "\n     ";
            width = 5;
        }
        out << item;
        width += item.size();
    }
    out << "\n";
}

void planLines(std::ostream &out, const char *term, const CommitmentPlan &plan)
{
    size_t shown = 0;
    double restSaving = 0.0;
    for (const CommittedFloor &floor : plan.commit) {
        if (shown++ >= kFloorsShown) {
            restSaving += floor.savingMonthlyUsd;
            continue;
        }
        const std::string quantity = floor.hourlyUnits > 0.0 ? countText(floor.hourlyUnits) + " ×"
                                                             : measureText(floor.unitsPerMonth) + " " + floor.unit + " of";
        out << "    " << padRight(term, 5) << padRight(quantity + " " + floor.priceKey, 48)
            << padRight(floor.label, 22) << padRight(usdText(floor.committedMonthlyUsd) + "/mo", 14)
            << padRight("saves " + usdText(floor.savingMonthlyUsd), 16)
            << padRight("break-even " + utilizationText(floor.breakEvenUtilization), 20) << floor.payment << "\n";
    }
    if (shown > kFloorsShown)
        out << "    " << padRight(term, 5) << "… " << (shown - kFloorsShown) << " more, saving "
            << usdText(restSaving) << " a month\n";
}

} // namespace

std::string committedFootnotes(const std::vector<StageRow> &rows)
{
    std::ostringstream out;
    listOnDemand(out, "1yr", rows, &StageRow::oneYearOnDemand);
    listOnDemand(out, "3yr", rows, &StageRow::threeYearOnDemand);
    return out.str();
}

std::string commitmentsToText(const std::vector<StageRow> &rows)
{
    std::ostringstream out;
    out << "Commitment plan: at each stage, commit what runs all the time until the next stage (the\n"
           "least of each line between the two); usage above it stays on demand. Break-even: the share\n"
           "of the term the committed capacity must run to beat on demand.\n\n";
    bool any = false;
    for (const StageRow &row : rows) {
        const CommitmentPlan &one = row.commitments.oneYear;
        const CommitmentPlan &three = row.commitments.threeYear;
        if (one.commit.empty() && three.commit.empty())
            continue;
        any = true;
        out << "  " << row.name << " (" << countText(one.fromUsers)
            << (one.toUsers > one.fromUsers ? " to " + usersText(one.toUsers) : std::string(" users")) << "): 1yr commit "
            << usdText(one.committedMonthlyUsd) << "/mo, saves " << usdText(one.savingMonthlyUsd) << "/mo; 3yr commit "
            << usdText(three.committedMonthlyUsd) << "/mo, saves " << usdText(three.savingMonthlyUsd) << "/mo\n";
        planLines(out, "1yr", one);
        planLines(out, "3yr", three);
    }
    if (!any)
        out << "  Nothing to commit: no always-on line has a 1-year or 3-year price in the price books.\n";
    return out.str();
}

} // namespace headroom::cli

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "TextFormat.h"

#include "model/core/NumberText.h"

#include <sstream>

namespace headroom::cli {

std::string stagesToText(const std::string &projectName, const std::vector<StageRow> &rows, const PriceBook &book)
{
    std::ostringstream out;
    out << (projectName.empty() ? std::string("Project") : projectName) << ": stages (prices ";
    const std::vector<std::string> regions = book.regions();
    for (size_t r = 0; r < regions.size(); ++r)
        out << (r ? ", " : "") << regions[r];
    out << " books; " << book.region << " as of " << book.asOf << ")\n\n";
    std::vector<std::string> bottlenecks;
    for (const StageRow &row : rows)
        bottlenecks.push_back(row.bottleneckLabel);
    const size_t bottleneckWidth = columnWidth(bottlenecks, "breaks first", 14);
    const std::vector<std::pair<const char *, size_t>> columns = {
        {"stage", 14}, {"users", 13}, {"peak rps", 11}, {"$/month", 13}, {"1yr $/mo", 13}, {"3yr $/mo", 13},
        {"$/user", 10}, {"breaks first", bottleneckWidth}, {"util", 9}, {"nines", 7}, {"down/yr", 15}, {"SLA floor", 12},
        {"breaks at", 13}};
    std::string header = "  ";
    for (const auto &[name, width] : columns)
        header += padRight(name, width);
    out << header.substr(0, header.find_last_not_of(' ') + 1) << "\n";
    bool incomplete = false;
    for (const StageRow &row : rows) {
        std::string line = "  ";
        line += padRight(row.name, 14);
        line += padRight(countText(row.users), 13);
        line += padRight(measureText(row.peakRatePerSecond), 11);
        line += padRight(usdText(row.monthlyUsd) + (row.costComplete ? "" : "*"), 13);
        line += padRight(dollars(row.oneYearMonthlyUsd) + (row.oneYearMonthlyUsd && !row.oneYearOnDemand.empty() ? "†" : ""), 13);
        line += padRight(dollars(row.threeYearMonthlyUsd) + (row.threeYearMonthlyUsd && !row.threeYearOnDemand.empty() ? "†" : ""), 13);
        line += padRight(row.costPerUserUsd ? costPerUserText(*row.costPerUserUsd) : std::string("—"), 10);
        line += padRight(row.bottleneck.empty() ? std::string("—") : row.bottleneckLabel, bottleneckWidth);
        line += padRight(row.bottleneckUtilization >= 1.0 ? std::string("SAT") : utilizationText(row.bottleneckUtilization), 9);
        line += padRight(orDash(row.nines, ninesText), 7);
        line += padRight(minutesText(row.downtimeMinutesPerYear), 15);
        line += padRight(availabilityText(row.slaAvailability), 12);
        line += orDash(row.breaksAtUsers, userCountText);
        out << line << "\n";
        incomplete = incomplete || !row.costComplete;
    }
    if (incomplete)
        out << "\n  * incomplete: a price is missing (run evaluate for the warnings)\n";
    out << "\n  1yr/3yr: committable lines (instances, nodes) at their 1- or 3-year price where the price books\n"
           "  have one, the rest on demand; — when no line has one (import an AWS offer file for more)\n";
    out << committedFootnotes(rows);
    out << "\n" << commitmentsToText(rows);
    return out.str();
}

} // namespace headroom::cli

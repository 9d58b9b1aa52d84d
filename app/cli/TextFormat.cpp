// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "TextFormat.h"

#include "model/analysis/BottleneckSummary.h"
#include "model/core/NumberText.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace headroom::cli {

// Width in characters, not bytes: "—" is three bytes of UTF-8 but one column.
static size_t displayWidth(const std::string &text)
{
    size_t width = 0;
    for (char c : text)
        width += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return width;
}

std::string padRight(const std::string &text, size_t width)
{
    const size_t used = displayWidth(text);
    return used >= width ? text + " " : text + std::string(width - used, ' ');
}

std::string padLeft(const std::string &text, size_t width)
{
    const size_t used = displayWidth(text);
    return used >= width ? text : std::string(width - used, ' ') + text;
}

size_t columnWidth(const std::vector<std::string> &texts, const std::string &heading, size_t minimum)
{
    size_t width = std::max(minimum, displayWidth(heading) + 2);
    for (const std::string &text : texts)
        width = std::max(width, displayWidth(text) + 2);
    return width;
}

std::string orDash(const std::optional<double> &value, std::string (*text)(double))
{
    return value ? text(*value) : std::string("—");
}

std::string dollars(const std::optional<double> &usd)
{
    return usd ? usdText(*usd) : std::string("—");
}

std::string evaluationToText(const std::string &projectName, const CompiledModel &model, const Evaluation &e,
                             const SystemCost *cost)
{
    std::ostringstream out;
    out << (projectName.empty() ? std::string("Project") : projectName) << " at "
        << usersText(e.users) << "\n\n";
    auto line = [&](const char *label, const std::string &value) {
        out << "  " << padRight(label, 22) << value << "\n";
    };
    line("Peak entry rate", measureText(e.entryRatePerSecond) + " requests/s");
    line("Response time", e.responseTimeMs ? msText(e.responseTimeMs)
                                           : std::string("— (a component on the request path is saturated)"));
    line("Concurrent requests", orDash(e.concurrentRequests, measureText));
    line("Availability", availabilityText(e.availability)
                             + (e.nines ? "  (" + ninesText(*e.nines) + " nines)" : std::string()));
    if (e.regions.size() >= 2) {
        line("Regions", countText(static_cast<double>(e.regions.size())) + ", "
                            + quantityText(static_cast<double>(e.regionFailuresTolerated), "failure", "failures")
                            + " tolerated; one region alone " + availabilityText(e.singleRegionAvailability));
    }
    line("Downtime per year", minutesText(e.downtimeMinutesPerYear));
    line("SLA floor", availabilityText(e.slaAvailability) + "  (AWS's SLA figures composed the same way)");
    if (!e.downtimeContributors.empty()) {
        out << "  Downtime from\n";
        for (const DowntimeContributor &c : e.downtimeContributors)
            out << "    " << padRight(minutesText(c.minutesPerYear), 14) << model.labelOf(c.component) << ": "
                << c.cause << "\n";
    }
    line("Bottleneck", bottleneckSentence(bottleneckOf(model, e)));
    line("Breaks at", e.breaksAtUsers ? breaksAtText(*e.breaksAtUsers) : std::string("never (no limit found)"));
    if (cost) {
        const char *option = cost->purchaseOption == PurchaseOption::OneYear     ? "1-year commitment"
                             : cost->purchaseOption == PurchaseOption::ThreeYear ? "3-year commitment"
                                                                                 : "on demand";
        line("Monthly cost", usdText(cost->monthlyUsd) + " (" + option + ")"
                                 + (cost->complete ? "" : "  INCOMPLETE: see warnings"));
        line("Cost per user", (cost->costPerUserUsd ? costPerUserText(*cost->costPerUserUsd) : std::string("—")) + " per month");
        for (const std::string &warning : cost->warnings)
            out << "  warning: " << warning << "\n";
        for (const std::string &note : cost->notes)
            out << "  note: " << note << "\n";
    }

    out << "\n";
    std::vector<std::string> labels;
    labels.reserve(model.nodes.size());
    for (const CompiledNode &node : model.nodes)
        labels.push_back(node.label);
    const std::vector<std::pair<const char *, size_t>> columns = {
        {"component", columnWidth(labels, "component", 16)}, {"type", 12}, {"rps", 12}, {"servers", 8}, {"util", 9},
        {"limited by", 16}, {"W ms", 9}, {"in flight", 10}, {"avail", 11}, {"saturates at", 14},
        {"$/month", 12}};
    std::string header = "  ";
    for (const auto &[name, width] : columns)
        if (cost || std::string(name) != "$/month")
            header += std::string(name) == "saturates at" || std::string(name) == "$/month" ? padLeft(name, width)
                                                                                            : padRight(name, width);
    while (!header.empty() && header.back() == ' ')
        header.pop_back();
    out << header << "\n";
    for (const ComponentResult &c : e.components) {
        std::string row = "  ";
        const size_t index = static_cast<size_t>(&c - e.components.data());
        row += padRight(labels[index], columns.front().second);
        row += padRight(c.type, 12);
        row += padRight(measureText(c.arrivalRatePerSecond), 12);
        row += padRight(c.servers > 0 ? std::to_string(c.servers) : std::string("—"), 8);
        row += padRight(c.saturated ? std::string("SAT") : utilizationText(c.utilization), 9);
        row += padRight(c.limitingDimension.empty() ? std::string("—") : c.limitingDimension, 16);
        row += padRight(orDash(c.responseTimeMs, measureText), 9);
        row += padRight(orDash(c.inFlight, measureText), 10);
        row += padRight(availabilityText(c.availability), 11);
        row += padLeft(orDash(c.usersAtSaturation, userCountText), 14);
        if (cost) {
            row += padLeft(usdText(cost->components[index].monthlyUsd), 12);
        }
        while (!row.empty() && row.back() == ' ')
            row.pop_back();
        out << row << "\n";
    }
    return out.str();
}

std::string sweepToCsv(const std::vector<SweepRow> &rows)
{
    std::ostringstream out;
    out << "users,entry_rate_rps,response_time_ms,concurrent_requests,availability,nines,"
           "downtime_minutes_per_year,bottleneck,bottleneck_utilization,breaks_at_users,monthly_cost_usd,"
           "sla_availability\n";
    for (const SweepRow &row : rows) {
        out << csvNumber(row.users) << ',' << csvNumber(row.entryRatePerSecond) << ','
            << csvNumber(row.responseTimeMs) << ',' << csvNumber(row.concurrentRequests) << ','
            << csvNumber(row.availability) << ',' << csvNumber(row.nines) << ','
            << csvNumber(row.downtimeMinutesPerYear) << ','
            << csvText(row.bottleneck) << ',' << csvNumber(row.bottleneckUtilization) << ',' << csvNumber(row.breaksAtUsers) << ','
            << csvNumber(row.monthlyCostUsd) << ',' << csvNumber(row.slaAvailability) << '\n';
    }
    return out.str();
}

} // namespace headroom::cli

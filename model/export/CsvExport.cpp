// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/export/CsvExport.h"

#include "model/core/NumberText.h"

#include <sstream>
#include <string_view>

namespace headroom {

std::string csvNumber(const std::optional<double> &value)
{
    return value ? csvNumberText(*value) : std::string();
}

std::string csvText(const std::string &text)
{
    // OWASP "CSV Injection": a cell a spreadsheet would run as a formula (it begins with
    // =, +, -, @, a tab or a carriage return) is prefixed with ' and quoted, so it stays text.
    const bool formula = !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
    // RFC 4180 §2: a field holding a comma, a quote or a line break is quoted, quotes doubled.
    if (!formula && text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string quoted = formula ? "\"'" : "\"";
    for (char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string stagesToCsv(const std::vector<StageRow> &rows)
{
    std::ostringstream out;
    out << "stage,users,peak_rps,monthly_cost_usd,on_demand_monthly_usd,committed_1yr_monthly_usd,"
           "committed_3yr_monthly_usd,cost_per_user_usd,cost_complete,bottleneck,bottleneck_utilization,"
           "limiting_dimension,response_time_ms,availability,nines,breaks_at_users,downtime_minutes_per_year,"
           "sla_availability,top_downtime\n";
    for (const StageRow &row : rows)
        out << csvText(row.name) << ',' << csvNumber(row.users) << ',' << csvNumber(row.peakRatePerSecond) << ','
            << csvNumber(row.monthlyUsd) << ',' << csvNumber(row.onDemandMonthlyUsd) << ','
            << csvNumber(row.oneYearMonthlyUsd) << ',' << csvNumber(row.threeYearMonthlyUsd) << ','
            << csvNumber(row.costPerUserUsd) << ',' << (row.costComplete ? "true" : "false") << ','
            << csvText(row.bottleneck) << ',' << csvNumber(row.bottleneckUtilization) << ','
            << csvText(row.limitingDimension) << ',' << csvNumber(row.responseTimeMs) << ','
            << csvNumber(row.availability) << ',' << csvNumber(row.nines) << ',' << csvNumber(row.breaksAtUsers)
            << ',' << csvNumber(row.downtimeMinutesPerYear) << ',' << csvNumber(row.slaAvailability) << ','
            << csvText(row.topDowntime) << '\n';
    return out.str();
}

std::string componentsToCsv(const Evaluation &evaluation, const SystemCost &cost)
{
    std::ostringstream out;
    out << "id,type,arrival_rate_rps,read_rate_rps,write_rate_rps,instances,servers,utilization,limiting_dimension,"
           "headroom,capacity_rps,response_time_ms,in_flight,saturated,users_at_saturation,availability,"
           "on_request_path,monthly_cost_usd\n";
    for (size_t i = 0; i < evaluation.components.size(); ++i) {
        const ComponentResult &c = evaluation.components[i];
        const std::string monthly = i < cost.components.size() ? csvNumberText(cost.components[i].monthlyUsd) : std::string();
        out << csvText(c.id) << ',' << csvText(c.type) << ',' << csvNumber(c.arrivalRatePerSecond) << ','
            << csvNumber(c.readRatePerSecond) << ',' << csvNumber(c.writeRatePerSecond) << ','
            << std::to_string(c.instances) << ',' << std::to_string(c.servers) << ',' << csvNumber(c.utilization) << ','
            << csvText(c.limitingDimension) << ',' << csvNumber(c.headroom) << ',' << csvNumber(c.capacityRps) << ','
            << csvNumber(c.responseTimeMs) << ',' << csvNumber(c.inFlight) << ',' << (c.saturated ? "true" : "false")
            << ',' << csvNumber(c.usersAtSaturation) << ',' << csvNumber(c.availability) << ','
            << (c.onRequestPath ? "true" : "false") << ',' << monthly << '\n';
    }
    return out.str();
}

} // namespace headroom

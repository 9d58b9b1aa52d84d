// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/core/NumberText.h"

#include <cmath>
#include <cstdio>

namespace headroom {

std::string fixedText(double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

std::string groupedText(double value, int decimals)
{
    if (!std::isfinite(value))
        return "—";
    const std::string digits = fixedText(std::fabs(value), decimals);
    const auto point = digits.find('.');
    const size_t whole = point == std::string::npos ? digits.size() : point;
    std::string result;
    if (value < 0 && digits.find_first_not_of("0.") != std::string::npos)
        result.push_back('-');
    for (size_t i = 0; i < whole; ++i) {
        if (i > 0 && (whole - i) % 3 == 0)
            result.push_back(',');
        result.push_back(digits[i]);
    }
    if (point != std::string::npos)
        result.append(digits, point, std::string::npos);
    return result;
}

std::string percentText(double fraction, int decimals)
{
    std::string text = fixedText(fraction * 100.0, decimals);
    return text.append(" %");
}

std::string availabilityText(double availability)
{
    // As many decimals as the unavailability needs to show two significant digits.
    const double unavailability = 1.0 - availability;
    int decimals = 2;
    while (decimals < 8 && unavailability > 0.0 && unavailability * 100.0 < std::pow(10.0, 1 - decimals))
        ++decimals;
    std::string text = fixedText(availability * 100.0, decimals);
    return text.append(" %");
}

std::string usdText(double usd)
{
    std::string text = "$";
    return text.append(groupedText(usd, std::fabs(usd) < 100.0 ? 2 : 0));
}

std::string usdDeltaText(double usd)
{
    const bool down = usd < -0.005;
    std::string text = down ? "−" : "+";
    return text.append(usdText(std::fabs(usd))).append("/month");
}

std::string msText(const std::optional<double> &ms)
{
    if (!ms)
        return "saturated";
    std::string text = groupedText(*ms, *ms < 10.0 ? 1 : 0);
    return text.append(" ms");
}

} // namespace headroom

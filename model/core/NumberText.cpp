// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/core/NumberText.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <string_view>

namespace headroom {

namespace {

const std::string kMissing = "—";
const std::string kMinus = "−";  // U+2212
constexpr int kMaxDecimals = 12;   // callers write smaller values as "< 0.001" and the like

// `magnitude` (≥ 0, finite) with `decimals` decimals, '.' always.
std::string fixedMagnitude(double magnitude, int decimals)
{
    std::array<char, 400> buffer{};  // a double's integer part has at most 309 digits
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), magnitude,
                                      std::chars_format::fixed, decimals);
    return result.ec == std::errc() ? std::string(buffer.data(), result.ptr) : kMissing;
}

// The number a text of this file reads as (its digits and '.'; grouping commas skipped).
double valueOf(std::string_view text)
{
    std::string digits;
    for (char c : text)
        if ((c >= '0' && c <= '9') || c == '.')
            digits.push_back(c);
    double value = 0.0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return value;
}

bool hasNonZeroDigit(std::string_view text)
{
    return text.find_first_of("123456789") != std::string_view::npos;
}

// "12345.67" → "12,345.67".
std::string grouped(const std::string &digits)
{
    const size_t point = digits.find('.');
    const size_t whole = point == std::string::npos ? digits.size() : point;
    std::string result;
    for (size_t i = 0; i < whole; ++i) {
        if (i > 0 && (whole - i) % 3 == 0)
            result.push_back(',');
        result.push_back(digits[i]);
    }
    if (point != std::string::npos)
        result.append(digits, point, std::string::npos);
    return result;
}

// `magnitude` (≥ 0, finite) to `digits` significant digits, fixed notation: 0.049412 → "0.0494".
// A rounding that carries into a new digit (0.0009996 → "0.001000") drops the extra decimal.
std::string significant(double magnitude, int digits)
{
    if (magnitude == 0.0)
        return "0";
    const int exponent = static_cast<int>(std::floor(std::log10(magnitude)));
    const int decimals = std::clamp(digits - 1 - exponent, 0, kMaxDecimals);
    std::string text = fixedMagnitude(magnitude, decimals);
    const size_t first = text.find_first_of("123456789");
    size_t count = 0;
    for (size_t i = first; first != std::string::npos && i < text.size(); ++i)
        count += text[i] != '.' ? 1 : 0;
    if (count > static_cast<size_t>(digits) && decimals > 0)
        text = fixedMagnitude(magnitude, decimals - 1);
    return text;
}

std::string withoutTrailingZeros(std::string text)
{
    if (text.find('.') == std::string::npos)
        return text;
    while (text.back() == '0')
        text.pop_back();
    if (text.back() == '.')
        text.pop_back();
    return text;
}

// The sign for `value` whose magnitude reads `text`: none when the text rounds to zero.
std::string withSign(double value, const std::string &text)
{
    return value < 0.0 && hasNonZeroDigit(text) ? kMinus + text : text;
}

} // namespace

std::string fixedText(double value, int decimals)
{
    if (!std::isfinite(value))
        return kMissing;
    const std::string text = fixedMagnitude(std::fabs(value), decimals);
    return value < 0.0 && hasNonZeroDigit(text) ? "-" + text : text;
}

std::string groupedText(double value, int decimals)
{
    if (!std::isfinite(value))
        return kMissing;
    return withSign(value, grouped(fixedMagnitude(std::fabs(value), decimals)));
}

std::string measureText(double value)
{
    if (!std::isfinite(value))
        return kMissing;
    const double magnitude = std::fabs(value);
    if (magnitude > 0.0 && magnitude < 0.0005)
        return value < 0.0 ? "> −0.001" : "< 0.001";  // not eighty zeros
    const std::string text = significant(magnitude, 3);
    return withSign(value, valueOf(text) >= 100.0 ? grouped(fixedMagnitude(magnitude, 0)) : text);
}

std::string compactText(double value)
{
    if (!std::isfinite(value))
        return kMissing;
    struct Scale
    {
        double factor;
        const char *suffix;
    };
    static constexpr std::array<Scale, 5> kScales
        = {{{1.0, ""}, {1e3, "K"}, {1e6, "M"}, {1e9, "B"}, {1e12, "T"}}};
    const double magnitude = std::fabs(value);
    size_t i = 0;
    while (i + 1 < kScales.size() && magnitude >= kScales[i + 1].factor)
        ++i;
    std::string text = withoutTrailingZeros(significant(magnitude / kScales[i].factor, 3));
    if (valueOf(text) >= 1000.0 && i + 1 < kScales.size()) {  // 999,999 rounds to "1000K": "1M"
        ++i;
        text = withoutTrailingZeros(significant(magnitude / kScales[i].factor, 3));
    }
    return withSign(value, text + kScales[i].suffix);
}

std::string csvNumberText(double value)
{
    return std::isfinite(value) ? plainText(value) : std::string();
}

std::string plainText(double value)
{
    if (!std::isfinite(value))
        return kMissing;
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                      std::chars_format::general, 10);
    return std::string(buffer.data(), result.ptr);
}

std::string usdText(double usd)
{
    if (!std::isfinite(usd))
        return kMissing;
    const double magnitude = std::fabs(usd);
    std::string text = fixedMagnitude(magnitude, 2);
    if (valueOf(text) >= 100.0)
        text = grouped(fixedMagnitude(magnitude, 0));
    return usd < 0.0 && hasNonZeroDigit(text) ? kMinus + "$" + text : "$" + text;
}

std::string preciseUsdText(double usd)
{
    if (!std::isfinite(usd))
        return kMissing;
    if (usd > 0.0 && usd < 0.0000000005)
        return "< $0.000000001";
    const std::string text = significant(std::fabs(usd), 3);
    if (usd == 0.0 || valueOf(text) >= 1.0)
        return usdText(usd);
    return usd < 0.0 ? kMinus + "$" + text : "$" + text;
}

std::string usdDeltaText(double usd)
{
    if (!std::isfinite(usd))
        return kMissing;
    const std::string amount = usdText(std::fabs(usd));
    return (usd < 0.0 && hasNonZeroDigit(amount) ? kMinus : std::string("+")) + amount + "/month";
}

std::string compactUsdText(double usd)
{
    if (!std::isfinite(usd))
        return kMissing;
    const std::string amount = compactText(std::fabs(usd));
    return usd < 0.0 && hasNonZeroDigit(amount) ? kMinus + "$" + amount : "$" + amount;
}

std::string percentText(double fraction, int decimals)
{
    if (!std::isfinite(fraction))
        return kMissing;
    const double magnitude = std::fabs(fraction * 100.0);
    std::string text = fixedMagnitude(magnitude, decimals);
    if (fraction >= 0.0 && fraction < 1.0 && valueOf(text) >= 100.0)  // 99.6 % is not 100 %
        text = fixedMagnitude(100.0 - std::pow(10.0, -decimals), decimals);
    return withSign(fraction, grouped(text)) + " %";
}

std::string utilizationText(double fraction)
{
    if (!std::isfinite(fraction))
        return kMissing;
    if (fraction == 0.0)
        return "0 %";
    const bool small = valueOf(fixedMagnitude(std::fabs(fraction * 100.0), 1)) < 10.0;
    return percentText(fraction, small ? 1 : 0);
}

std::string availabilityText(double availability)
{
    if (!std::isfinite(availability))
        return kMissing;
    if (availability == 1.0)
        return "100 %";
    const double unavailabilityPercent = (1.0 - availability) * 100.0;
    int decimals = 2;
    // 1 − 0.9999 is 0.0000999999999999889 in binary: compare with a margin so it reads 99.990 %.
    while (decimals < 8 && unavailabilityPercent > 0.0
           && unavailabilityPercent < std::pow(10.0, 1 - decimals) * (1.0 - 1e-9))
        ++decimals;
    return percentText(availability, decimals);
}

std::string ninesText(double nines)
{
    return groupedText(nines, 2);
}

std::string minutesText(double minutes)
{
    if (!std::isfinite(minutes))
        return kMissing;
    const double magnitude = std::fabs(minutes);
    if (minutes > 0.0 && minutes < 0.005)
        return "< 0.01 min";  // under a second a year
    const std::string small = significant(magnitude, 2);
    if (magnitude > 0.0 && valueOf(small) < 1.0)
        return withSign(minutes, small) + " min";
    const std::string text = fixedMagnitude(magnitude, 1);
    if (valueOf(text) >= 120.0)
        return withSign(minutes, grouped(fixedMagnitude(magnitude / 60.0, 1))) + " h";
    return withSign(minutes, text) + " min";
}

std::string downtimeText(double minutesPerYear)
{
    const std::string text = minutesText(minutesPerYear);
    return text == kMissing ? text : text + "/year";
}

std::string rateText(double perSecond)
{
    return std::isfinite(perSecond) ? measureText(perSecond) + " rps" : kMissing;
}

std::string compactRateText(double perSecond)
{
    return std::isfinite(perSecond) ? compactText(perSecond) + " rps" : kMissing;
}

std::string msText(const std::optional<double> &ms)
{
    if (!ms)
        return "saturated";
    return std::isfinite(*ms) ? measureText(*ms) + " ms" : kMissing;
}

std::string headroomText(double factor)
{
    return std::isfinite(factor) ? measureText(factor) + "×" : kMissing;
}

std::string countText(double count)
{
    return groupedText(count, 0);
}

std::string usersText(double users)
{
    return quantityText(users, "user", "users");
}

std::string breaksAtText(double users)
{
    if (users == 0.0)
        return "0 users (no capacity at all)";
    if (users < 1.0)
        return usersText(users) + " (before the first user)";
    return usersText(users);
}

std::string userCountText(double users)
{
    return users >= 1.0 || users <= 0.0 ? countText(users) : measureText(users);
}

std::string stageNameText(double users)
{
    if (!std::isfinite(users))
        return kMissing;
    // Compact only when exact: a count with at most three significant digits.
    const double magnitude = std::fabs(users);
    const double unit = magnitude >= 1000.0 ? std::pow(10.0, std::floor(std::log10(magnitude)) - 2.0) : 1.0;
    const double steps = magnitude / unit;
    if (std::fabs(steps - std::round(steps)) > 1e-9 * steps)
        return usersText(users);
    const std::string count = compactText(users);
    return count + (count == "1" ? " user" : " users");
}

std::string quantityText(double count, const std::string &singular, const std::string &plural)
{
    if (!std::isfinite(count))
        return kMissing;
    const std::string number = count == std::round(count) ? groupedText(count, 0) : withoutTrailingZeros(measureText(count));
    return number + " " + (number == "1" ? singular : plural);
}

std::string singularUnit(const std::string &unit)
{
    const auto endsWith = [&unit](std::string_view tail) {
        return unit.size() >= tail.size() && unit.compare(unit.size() - tail.size(), tail.size(), tail) == 0;
    };
    if (unit.size() < 3 || !endsWith("s") || endsWith("ss"))
        return unit;  // "ms", "s", "MB": not counted things
    if (endsWith("xes") || endsWith("ches") || endsWith("shes") || endsWith("sses"))
        return unit.substr(0, unit.size() - 2);
    return unit.substr(0, unit.size() - 1);
}

} // namespace headroom

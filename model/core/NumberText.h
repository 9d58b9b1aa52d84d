// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <optional>
#include <string>

namespace headroom {

// Numbers as sentences and tables write them: the advisor, the CLI and the exports share these.
std::string fixedText(double value, int decimals);           // "12500.0": no grouping
std::string groupedText(double value, int decimals = 0);     // "12,500"
std::string percentText(double fraction, int decimals = 0);  // "92 %"
std::string availabilityText(double availability);           // "99.95 %", enough digits to differ
std::string usdText(double usd);                             // "$1,234", "$12.50"
std::string usdDeltaText(double usd);                        // "+$146/month", "−$12/month"
std::string msText(const std::optional<double> &ms);         // "1,240 ms", "saturated"

} // namespace headroom

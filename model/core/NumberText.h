// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <optional>
#include <string>

namespace headroom {

// Numbers as Headroom writes them, one rule per kind of figure, shared by the advisor, the CLI,
// the report, the exports and (through app/designer/DisplayNumbers) every view of the designer,
// so a figure reads the same everywhere.
//
// Contract for every function here:
// - locale-free: written with std::to_chars, never printf or iostreams (they follow LC_NUMERIC,
//   which every Qt program sets from the environment); '.' is the decimal point and ',' groups
//   thousands, so the designer can swap exactly those two characters for the user's locale;
// - a value that is not finite (inf, NaN) reads "—", never "inf" or "nan";
// - negative numbers carry "−" (U+2212), except fixedText and csvNumberText, which are for
//   machines and use '-'; a value that rounds to zero has no sign.

// ---- Building blocks ------------------------------------------------------------------------

// Fixed decimals, no grouping, ASCII '-': fixedText(12500, 1) = "12500.0".
std::string fixedText(double value, int decimals);
// Grouped thousands: groupedText(12500.4) = "12,500", groupedText(-1234.56, 1) = "−1,234.6".
std::string groupedText(double value, int decimals = 0);
// Three significant digits below 100, whole and grouped from 100 (the rule for measures:
// rates, milliseconds, headroom factors): 0.034712 → "0.0347", 36.42 → "36.4", 1806.3 → "1,806";
// below 0.0005, "< 0.001".
std::string measureText(double value);
// Short forms for ticks, node labels and stage names: three significant digits, trailing zeros
// dropped, K/M/B/T from a thousand: 1 → "1", 0.5 → "0.5", 2500 → "2.5K", 999 999 → "1M",
// 1e8 → "100M".
std::string compactText(double value);
// A value as given, for messages and parameter defaults: the %.10g form with '.' always:
// 0.8 → "0.8", 1e8 → "100000000", 1e12 → "1e+12".
std::string plainText(double value);
// CSV cells: plainText, empty for a value that is not finite.
std::string csvNumberText(double value);

// ---- Kinds of figure ------------------------------------------------------------------------

// Dollars: whole dollars from $100, cents below, decided after rounding:
// 1234.4 → "$1,234", 12.5 → "$12.50", 99.995 → "$100", 0 → "$0.00", −12.5 → "−$12.50".
std::string usdText(double usd);
// Small dollar amounts (cost per user, unit prices): three significant digits below $1,
// usdText from $1: 0.049412 → "$0.0494", 0.0000004 → "$0.000000400", 0.99951 → "$1.00";
// below a twentieth of a nano-dollar, "< $0.000000001".
std::string preciseUsdText(double usd);
inline std::string costPerUserText(double usd) { return preciseUsdText(usd); }
// A monthly cost change: "+$146/month", "−$12/month", "+$0.00/month" for no change.
std::string usdDeltaText(double usd);
// Axis ticks: "$25K", "$1.5M".
std::string compactUsdText(double usd);

// A fraction as a percentage with fixed decimals; below 1 it never reads 100:
// percentText(0.874) = "87 %", percentText(0.996) = "99 %", percentText(0.99995, 2) = "99.99 %".
std::string percentText(double fraction, int decimals = 0);
// Utilization: one decimal below 10 %, whole percent from 10 %, and never "100 %" below
// saturation: 0 → "0 %", 0.042 → "4.2 %", 0.874 → "87 %", 0.996 → "99 %", 1.43 → "143 %".
std::string utilizationText(double fraction);
// Availability: enough decimals that the unavailability shows two significant digits (at
// least two, at most eight), so the nines can be told apart; never "100 %" below 1:
// 0.9995 → "99.950 %", 0.9999 → "99.990 %", 0.99951 → "99.951 %", 0.999991 → "99.99910 %",
// 0.5 → "50.00 %", 1 → "100 %".
std::string availabilityText(double availability);
// Nines, −log₁₀(1 − A), with two decimals: 3.301 → "3.30".
std::string ninesText(double nines);

// Minutes: two significant digits below a minute, one decimal from 1 to 120 minutes, hours with
// one decimal from 120 minutes (decided after rounding): 0.26 → "0.26 min", 7.04 → "7.0 min",
// 1580 → "26.3 h"; a positive value under 0.005 minutes, "< 0.01 min".
std::string minutesText(double minutes);
// Downtime from the model's figure (Evaluation::downtimeMinutesPerYear, never recomputed from a
// rounded availability): minutesText + "/year": "7.0 min/year", "26.3 h/year".
std::string downtimeText(double minutesPerYear);

// Requests per second: measureText + " rps": "347 rps", "36.4 rps"; compact for node labels
// and edges: "1.81K rps".
std::string rateText(double perSecond);
std::string compactRateText(double perSecond);
// Milliseconds: measureText + " ms", "saturated" without a value: "37.5 ms", "1,240 ms".
std::string msText(const std::optional<double> &ms);
// Headroom (capacity ÷ demand): measureText + "×": "2.35×", "143×".
std::string headroomText(double factor);

// Counts: whole and grouped, "1,234,567".
std::string countText(double count);
// "250,000 users", "1 user".
std::string usersText(double users);
// Where a design breaks, in users: usersText from one user up; below one user it says so, since
// "0 users" would hide a design that cannot serve its first user: 0.0105 → "0.0105 users
// (before the first user)", 0 → "0 users (no capacity at all)".
std::string breaksAtText(double users);
// A user count in a table cell: countText from one user up, three significant digits below it
// (0.0105 → "0.0105", never a misleading "0").
std::string userCountText(double users);
// A stage's name for a user count: compactText + " users" when that is exact (three significant
// digits at most), usersText otherwise: "100M users", "250K users", "1 user", "1,234,567 users".
std::string stageNameText(double users);
// A count with its unit in the singular or plural, grouped when whole, measureText without
// trailing zeros when not: quantityText(1, "node", "nodes") = "1 node", (2, …) = "2 nodes",
// (0.6, "call", "calls") = "0.6 calls".
std::string quantityText(double count, const std::string &singular, const std::string &plural);
// The singular of a catalog unit ("nodes" → "node", "prefixes" → "prefix", "vCPUs" → "vCPU");
// units that are not counted things ("ms", "MB", "s") come back unchanged.
std::string singularUnit(const std::string &unit);

} // namespace headroom

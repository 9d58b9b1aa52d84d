// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QLocale>
#include <QString>

#include <optional>
#include <string>

// The designer's numbers: the model's text (model/core/NumberText.h, one rule per kind of
// figure, the same digits as the CLI and the report), with only the decimal point and the
// thousands separator of the user's locale ("1,234.5" in English, "1.234,5" in German). No
// view of the designer formats a number another way.
namespace headroom::designer {

// Swaps the separators of the model's C-locale number text for `locale`'s: a ',' or '.' between
// two digits; every other character (digits, units, "—") is kept. For NumberText's output only,
// not for prose: an instance type such as "m5.2xlarge" would change too, so the advisor's
// sentences are shown as the model writes them.
QString localizedNumber(const std::string &modelText, const QLocale &locale = QLocale());
// Reads a number as the designer shows it in `locale`, or as plain digits: "250.000" in German
// and "250,000" in English are 250 000; "2,5" in German and "2.5" in English are 2.5. A group
// separator followed by other than exactly three digits reads as a decimal point ("2.5" in
// German is 2.5, not 25). Nothing for text that is not a number.
std::optional<double> parseDisplayedNumber(const QString &text, const QLocale &locale = QLocale());

// The model's kinds of figure, localized (NumberText.h has each rule and its examples).
QString missingNumber();                                   // "—"
QString formatGrouped(double value, int decimals = 0);     // "12,500"
QString formatPlain(double value);                         // a parameter as given: "0.5", "16", "1024"
QString formatMeasure(double value);                       // "36.4", "1,806"
QString formatCompact(double value);                       // "2.5K", "100M"
QString formatUsd(double usd);                             // "$1,234", "$12.50"
QString formatUsd(const std::optional<double> &usd);       // "—" when missing
QString formatCostPerUser(const std::optional<double> &usd); // "$0.0494"
QString formatPreciseUsd(double usd);                      // unit prices: "$0.000000400"
QString formatCompactUsd(double usd);                      // "$25K"
QString formatUsdDelta(double usd);                        // "+$146/month", "−$12.00/month"
QString formatPercent(double fraction, int decimals = 0);  // "87 %"
QString formatUtilization(double fraction);                // "4.2 %", "87 %", "143 %"
QString formatAvailability(double availability);           // "99.951 %"
QString formatNines(const std::optional<double> &nines);   // "3.30", "—"
QString formatMinutes(double minutes);                     // "7.0 min", "26.3 h"
QString formatDowntime(double minutesPerYear);             // "7.0 min/year"
QString formatRate(double perSecond);                      // "347 rps"
QString formatCompactRate(double perSecond);               // "1.81K rps": node labels, edges
QString formatMs(const std::optional<double> &ms);         // "37.5 ms", "saturated"
QString formatHeadroom(double factor);                     // "2.35×"
QString formatCount(double value);                         // "1,234,567"
QString formatUsers(double users);                         // "250,000 users", "1 user"
QString formatUserCount(double users);                     // "12,500", "0.0105" below one user
QString formatBreaksAt(double users);                      // "12,500 users", "0.0105 users (before the first user)"
QString formatStageName(double users);                     // "100M users"
// "1 node", "2 nodes"; the words are the model's English, like the rest of the designer.
QString formatQuantity(double count, const char *singular, const char *plural);

} // namespace headroom::designer

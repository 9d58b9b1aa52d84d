// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

#include <optional>

// Numbers for people, shared by the charts' axes and the stage table. Grouping follows the
// default QLocale ("1,234" in English, "1.234" in German); money is always US dollars because
// every price book Headroom reads is in USD.
namespace headroom::designer::chartformat {

// "—": the value does not exist (no price, no downtime, saturated).
QString missing();

// 1234.5 → "1,235"; with decimals 1 → "1,234.5".
QString grouped(double value, int decimals = 0);
// 1234.4 → "$1,234"; below $100 with cents ("$12.34"), below $1 with three decimals
// ("$0.049", a cost per user), below a cent with four.
QString dollars(double usd);
QString dollars(const std::optional<double> &usd);

// Short forms for axis ticks: 1 → "1", 2500 → "2.5K", 1e6 → "1M", 1e8 → "100M".
QString compactCount(double count);
// compactCount with a dollar sign: 25000 → "$25K".
QString compactDollars(double usd);

// A fraction as a percentage: 0.874 → "87 %" (decimals 0).
QString percent(double fraction, int decimals = 0);
// An availability with enough decimals to tell the nines apart: three, four from 99.99 % on
// (0.99951 → "99.951 %", 0.999991 → "99.9991 %").
QString availabilityPercent(double availability);

} // namespace headroom::designer::chartformat

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ChartFormat.h"

#include <QLocale>

#include <array>
#include <cmath>

namespace headroom::designer::chartformat {

QString missing()
{
    return QStringLiteral("—");
}

QString grouped(double value, int decimals)
{
    if (!std::isfinite(value))
        return missing();
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(value, 'f', decimals);
}

QString dollars(double usd)
{
    if (!std::isfinite(usd))
        return missing();
    const double magnitude = std::fabs(usd);
    const int decimals = magnitude == 0.0 || magnitude >= 100.0 ? 0
        : magnitude >= 1.0                                      ? 2
        : magnitude >= 0.01                                     ? 3
                                                                : 4;
    const QString sign = usd < 0.0 ? QStringLiteral("−") : QString();
    return sign + u'$' + grouped(magnitude, decimals);
}

QString dollars(const std::optional<double> &usd)
{
    return usd ? dollars(*usd) : missing();
}

QString compactCount(double count)
{
    struct Suffix
    {
        double scale;
        char16_t letter;
    };
    static constexpr std::array<Suffix, 4> suffixes
        = { { { 1e12, u'T' }, { 1e9, u'B' }, { 1e6, u'M' }, { 1e3, u'K' } } };
    const QLocale locale;
    for (const Suffix &suffix : suffixes)
        if (std::fabs(count) >= suffix.scale)
            return locale.toString(count / suffix.scale, 'g', 3) + suffix.letter;
    return locale.toString(count, 'g', 3);
}

QString compactDollars(double usd)
{
    return u'$' + compactCount(usd);
}

QString percent(double fraction, int decimals)
{
    return grouped(fraction * 100.0, decimals) + QStringLiteral(" %");
}

QString availabilityPercent(double availability)
{
    // Four decimals from four nines on, so that 99.9991 % does not read as 99.999 %.
    return percent(availability, availability >= 0.9999 ? 4 : 3);
}

} // namespace headroom::designer::chartformat

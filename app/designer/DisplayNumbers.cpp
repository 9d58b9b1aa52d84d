// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "DisplayNumbers.h"

#include "model/core/NumberText.h"

#include <charconv>
#include <cmath>

namespace headroom::designer {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// True when text[i] starts exactly three digits that end the number or precede a non-digit.
bool threeDigitsAt(const QString &text, qsizetype i)
{
    for (qsizetype k = i; k < i + 3; ++k)
        if (k >= text.size() || !isDigit(text[k]))
            return false;
    return i + 3 == text.size() || !isDigit(text[i + 3]);
}

QString shown(const std::string &modelText)
{
    return localizedNumber(modelText);
}

} // namespace

QString localizedNumber(const std::string &modelText, const QLocale &locale)
{
    const QString text = QString::fromStdString(modelText);
    const QString group = locale.groupSeparator();
    const QString point = locale.decimalPoint();
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool between = i > 0 && i + 1 < text.size() && isDigit(text[i - 1]) && isDigit(text[i + 1]);
        if (between && c == u',')
            result += group;
        else if (between && c == u'.')
            result += point;
        else
            result += c;
    }
    return result;
}

std::optional<double> parseDisplayedNumber(const QString &input, const QLocale &locale)
{
    QString text = input.trimmed();
    for (const QChar space : {QChar(u' '), QChar(u'\u00a0'), QChar(u'\u202f'), QChar(u'\'')})
        text.remove(space);  // grouping in French, Swiss and typed text
    const QString group = locale.groupSeparator();
    std::string plain;
    bool seenPoint = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isDigit(c)) {
            plain.push_back(static_cast<char>(c.unicode()));
        } else if (QString(c) == group && !seenPoint && i > 0 && threeDigitsAt(text, i + 1)) {
            continue;  // "250.000" in German, "250,000" in English
        } else if (c == u'.' || c == u',' || QString(c) == locale.decimalPoint()) {
            if (seenPoint)
                return std::nullopt;
            seenPoint = true;
            plain.push_back('.');
        } else if ((c == u'-' || c == u'\u2212') && i == 0) {
            plain.push_back('-');
        } else if ((c == u'e' || c == u'E') && !plain.empty()) {
            plain.push_back('e');
        } else if (c == u'+' && !plain.empty() && plain.back() == 'e') {
            continue;
        } else if (c == u'-' && !plain.empty() && plain.back() == 'e') {
            plain.push_back('-');
        } else {
            return std::nullopt;
        }
    }
    double value = 0.0;
    const auto [end, error] = std::from_chars(plain.data(), plain.data() + plain.size(), value);
    if (plain.empty() || error != std::errc() || end != plain.data() + plain.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString missingNumber() { return QStringLiteral("—"); }
QString formatGrouped(double value, int decimals) { return shown(groupedText(value, decimals)); }
QString formatPlain(double value) { return shown(plainText(value)); }
QString formatMeasure(double value) { return shown(measureText(value)); }
QString formatCompact(double value) { return shown(compactText(value)); }
QString formatUsd(double usd) { return shown(usdText(usd)); }
QString formatUsd(const std::optional<double> &usd) { return usd ? formatUsd(*usd) : missingNumber(); }
QString formatCostPerUser(const std::optional<double> &usd) { return usd ? shown(costPerUserText(*usd)) : missingNumber(); }
QString formatPreciseUsd(double usd) { return shown(preciseUsdText(usd)); }
QString formatCompactUsd(double usd) { return shown(compactUsdText(usd)); }
QString formatUsdDelta(double usd) { return shown(usdDeltaText(usd)); }
QString formatPercent(double fraction, int decimals) { return shown(percentText(fraction, decimals)); }
QString formatUtilization(double fraction) { return shown(utilizationText(fraction)); }
QString formatAvailability(double availability) { return shown(availabilityText(availability)); }
QString formatNines(const std::optional<double> &nines) { return nines ? shown(ninesText(*nines)) : missingNumber(); }
QString formatMinutes(double minutes) { return shown(minutesText(minutes)); }
QString formatDowntime(double minutesPerYear) { return shown(downtimeText(minutesPerYear)); }
QString formatRate(double perSecond) { return shown(rateText(perSecond)); }
QString formatCompactRate(double perSecond) { return shown(compactRateText(perSecond)); }
QString formatMs(const std::optional<double> &ms) { return shown(msText(ms)); }
QString formatHeadroom(double factor) { return shown(headroomText(factor)); }
QString formatCount(double value) { return shown(countText(value)); }
QString formatUsers(double users) { return shown(usersText(users)); }
QString formatUserCount(double users) { return shown(userCountText(users)); }
QString formatBreaksAt(double users) { return shown(breaksAtText(users)); }
QString formatStageName(double users) { return shown(stageNameText(users)); }
QString formatQuantity(double count, const char *singular, const char *plural)
{
    return shown(quantityText(count, singular, plural));
}

} // namespace headroom::designer

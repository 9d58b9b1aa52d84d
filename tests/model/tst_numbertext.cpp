// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The number text of model/core/NumberText.h, one row per rule and edge: the expected strings
// are the rules' own examples (NumberText.h) and hand-rounded edges (99.995 %, $99.995, a
// carry into a new digit, 0, negatives, huge, tiny, NaN and inf). Every row is checked twice:
// in the C locale and with the C library switched to German (LC_ALL=de_DE.UTF-8, where printf
// writes "0,8"); the texts must be identical, digit for digit.

#include "model/core/NumberText.h"
#include "model/export/CsvExport.h"

#include <QTest>

#include <clocale>
#include <functional>
#include <limits>
#include <vector>

using namespace headroom;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Row
{
    const char *name;
    std::function<std::string()> text;
    const char *expected;
};

const std::vector<Row> &rows()
{
    static const std::vector<Row> table = {
        // building blocks
        {"fixed 1 decimal", [] { return fixedText(12500.0, 1); }, "12500.0"},
        {"fixed negative ASCII minus", [] { return fixedText(-0.5, 2); }, "-0.50"},
        {"fixed negative rounding to zero", [] { return fixedText(-0.004, 2); }, "0.00"},
        {"grouped", [] { return groupedText(12500.4); }, "12,500"},
        {"grouped negative", [] { return groupedText(-1234.56, 1); }, "−1,234.6"},
        {"grouped huge", [] { return groupedText(1e15); }, "1,000,000,000,000,000"},
        {"grouped NaN", [] { return groupedText(kNaN); }, "—"},
        {"measure tiny", [] { return measureText(0.034712); }, "0.0347"},
        {"measure tens", [] { return measureText(36.42); }, "36.4"},
        {"measure carry 99.96 → 100", [] { return measureText(99.96); }, "100"},
        {"measure grouped", [] { return measureText(1806.3); }, "1,806"},
        {"measure carry 9.996 → 10.0", [] { return measureText(9.996); }, "10.0"},
        {"measure tiny is bounded", [] { return measureText(1e-80); }, "< 0.001"},
        {"measure zero", [] { return measureText(0.0); }, "0"},
        {"compact 1", [] { return compactText(1.0); }, "1"},
        {"compact 0.5", [] { return compactText(0.5); }, "0.5"},
        {"compact 2.5K", [] { return compactText(2500.0); }, "2.5K"},
        {"compact 999,999 → 1M", [] { return compactText(999999.0); }, "1M"},
        {"compact 100M", [] { return compactText(1e8); }, "100M"},
        {"compact 1.23B", [] { return compactText(1.234e9); }, "1.23B"},
        {"compact negative", [] { return compactText(-2500.0); }, "−2.5K"},
        {"compact inf", [] { return compactText(kInf); }, "—"},
        {"csv 0.8", [] { return csvNumberText(0.8); }, "0.8"},
        {"csv 1e8", [] { return csvNumberText(1e8); }, "100000000"},
        {"csv 1e12", [] { return csvNumberText(1e12); }, "1e+12"},
        {"csv ten digits", [] { return csvNumberText(2.0 / 3.0); }, "0.6666666667"},
        {"plain", [] { return plainText(0.8); }, "0.8"},
        {"plain NaN", [] { return plainText(kNaN); }, "—"},
        {"csv NaN is empty", [] { return csvNumberText(kNaN); }, ""},
        {"csv cell quoted", [] { return csvText("db: failovers, 7.0 min"); }, "\"db: failovers, 7.0 min\""},
        {"csv cell quote doubled", [] { return csvText("say \"hi\""); }, "\"say \"\"hi\"\"\""},
        // OWASP CSV Injection: a formula stays text.
        {"csv formula =", [] { return csvText("=HYPERLINK(\"http://x\",\"y\")"); }, "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
        {"csv formula +", [] { return csvText("+1"); }, "\"'+1\""},
        {"csv formula -", [] { return csvText("-cmd"); }, "\"'-cmd\""},
        {"csv formula @", [] { return csvText("@SUM(A1)"); }, "\"'@SUM(A1)\""},
        {"csv formula tab", [] { return csvText("\tx"); }, "\"'\tx\""},
        {"csv minus inside is plain", [] { return csvText("web-tier"); }, "web-tier"},
        // dollars
        {"usd grouped", [] { return usdText(1234.4); }, "$1,234"},
        {"usd cents", [] { return usdText(12.5); }, "$12.50"},
        // 99.995 (stored as 99.99500000000000455) rounds to $100.00, which is written in whole dollars.
        {"usd $99.995 → $100", [] { return usdText(99.995); }, "$100"},
        {"usd $99.994 keeps cents", [] { return usdText(99.994); }, "$99.99"},
        {"usd zero", [] { return usdText(0.0); }, "$0.00"},
        {"usd negative", [] { return usdText(-12.5); }, "−$12.50"},
        {"usd huge", [] { return usdText(1.5e9); }, "$1,500,000,000"},
        {"usd inf", [] { return usdText(kInf); }, "—"},
        {"cost per user 3 digits", [] { return costPerUserText(0.049412); }, "$0.0494"},
        {"cost per user tiny", [] { return preciseUsdText(0.0000004); }, "$0.000000400"},
        {"cost per user carry → $1.00", [] { return preciseUsdText(0.99951); }, "$1.00"},
        {"cost per user carry into new digit", [] { return preciseUsdText(0.0009996); }, "$0.00100"},
        {"cost per user above $1", [] { return preciseUsdText(12.345); }, "$12.35"},
        {"cost per user far below a nano-dollar", [] { return preciseUsdText(1e-30); }, "< $0.000000001"},
        {"cost per user zero", [] { return preciseUsdText(0.0); }, "$0.00"},
        {"cost per user NaN", [] { return preciseUsdText(kNaN); }, "—"},
        {"delta up", [] { return usdDeltaText(146.2); }, "+$146/month"},
        {"delta down", [] { return usdDeltaText(-12.0); }, "−$12.00/month"},
        {"delta none", [] { return usdDeltaText(-0.001); }, "+$0.00/month"},
        {"compact dollars", [] { return compactUsdText(25000.0); }, "$25K"},
        // percentages
        {"percent", [] { return percentText(0.874); }, "87 %"},
        {"percent 99.6 % is not 100 %", [] { return percentText(0.996); }, "99 %"},
        {"percent 99.995 % at 2 decimals", [] { return percentText(0.99995, 2); }, "99.99 %"},
        {"percent over 100", [] { return percentText(14.3); }, "1,430 %"},
        {"utilization zero", [] { return utilizationText(0.0); }, "0 %"},
        {"utilization small", [] { return utilizationText(0.042); }, "4.2 %"},
        {"utilization 9.96 % → 10 %", [] { return utilizationText(0.0996); }, "10 %"},
        {"utilization", [] { return utilizationText(0.874); }, "87 %"},
        {"utilization 99.6 % below saturation", [] { return utilizationText(0.996); }, "99 %"},
        {"utilization saturated", [] { return utilizationText(1.0); }, "100 %"},
        {"utilization over", [] { return utilizationText(1.43); }, "143 %"},
        {"utilization NaN", [] { return utilizationText(kNaN); }, "—"},
        // availability, nines, downtime
        {"availability three nines and a half", [] { return availabilityText(0.9995); }, "99.950 %"},
        {"availability four nines (binary 0.99989999…)", [] { return availabilityText(0.9999); }, "99.990 %"},
        {"availability 99.951 %", [] { return availabilityText(0.99951); }, "99.951 %"},
        {"availability 99.995 %", [] { return availabilityText(0.99995); }, "99.9950 %"},
        {"availability five nines", [] { return availabilityText(0.999991); }, "99.99910 %"},
        {"availability half", [] { return availabilityText(0.5); }, "50.00 %"},
        {"availability one", [] { return availabilityText(1.0); }, "100 %"},
        {"availability never 100 % below 1", [] { return availabilityText(1.0 - 1e-13); }, "99.99999999 %"},
        {"availability zero", [] { return availabilityText(0.0); }, "0.00 %"},
        {"availability NaN", [] { return availabilityText(kNaN); }, "—"},
        {"nines", [] { return ninesText(3.301); }, "3.30"},
        {"nines inf", [] { return ninesText(kInf); }, "—"},
        {"minutes under one", [] { return minutesText(0.26); }, "0.26 min"},
        {"minutes", [] { return minutesText(7.04); }, "7.0 min"},
        {"minutes 119.96 → hours", [] { return minutesText(119.96); }, "2.0 h"},
        {"minutes as hours", [] { return minutesText(1580.0); }, "26.3 h"},
        {"minutes tiny (a design that never fails)", [] { return minutesText(4.4e-80); }, "< 0.01 min"},
        {"minutes zero", [] { return minutesText(0.0); }, "0.0 min"},
        {"downtime per year", [] { return downtimeText(262.8); }, "4.4 h/year"},
        {"downtime NaN", [] { return downtimeText(kNaN); }, "—"},
        // rates, times, counts
        {"rate", [] { return rateText(347.2); }, "347 rps"},
        {"rate small", [] { return rateText(0.3472); }, "0.347 rps"},
        {"rate compact", [] { return compactRateText(1806.3); }, "1.81K rps"},
        {"rate inf", [] { return rateText(kInf); }, "—"},
        {"ms", [] { return msText(37.52); }, "37.5 ms"},
        {"ms grouped", [] { return msText(1240.4); }, "1,240 ms"},
        {"ms saturated", [] { return msText(std::nullopt); }, "saturated"},
        {"ms NaN", [] { return msText(kNaN); }, "—"},
        {"headroom", [] { return headroomText(2.349); }, "2.35×"},
        {"count", [] { return countText(1234567.4); }, "1,234,567"},
        {"users", [] { return usersText(250000.0); }, "250,000 users"},
        {"one user", [] { return usersText(1.0); }, "1 user"},
        {"stage name 100M", [] { return stageNameText(1e8); }, "100M users"},
        {"stage name 250K", [] { return stageNameText(250000.0); }, "250K users"},
        {"stage name not exact", [] { return stageNameText(1234567.0); }, "1,234,567 users"},
        {"stage name 1 user", [] { return stageNameText(1.0); }, "1 user"},
        {"one node", [] { return quantityText(1.0, "node", "nodes"); }, "1 node"},
        {"two nodes", [] { return quantityText(2.0, "node", "nodes"); }, "2 nodes"},
        {"fractional calls", [] { return quantityText(0.6, "call", "calls"); }, "0.6 calls"},
        {"singular nodes", [] { return singularUnit("nodes"); }, "node"},
        {"singular prefixes", [] { return singularUnit("prefixes"); }, "prefix"},
        {"singular instances", [] { return singularUnit("instances"); }, "instance"},
        {"singular vCPUs", [] { return singularUnit("vCPUs"); }, "vCPU"},
        {"singular ms unchanged", [] { return singularUnit("ms"); }, "ms"},
        {"singular MB unchanged", [] { return singularUnit("MB"); }, "MB"},
    };
    return table;
}

void addRows()
{
    QTest::addColumn<int>("row");
    for (size_t i = 0; i < rows().size(); ++i)
        QTest::newRow(rows()[i].name) << static_cast<int>(i);
}

void checkRow()
{
    QFETCH(int, row);
    const Row &r = rows()[static_cast<size_t>(row)];
    QCOMPARE(QString::fromStdString(r.text()), QString::fromUtf8(r.expected));
}

} // namespace

class TestNumberText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { std::setlocale(LC_ALL, "C"); }

    void cLocale_data() { addRows(); }
    void cLocale() { checkRow(); }

    // The same rows with the C library in German: printf would write "0,8" and "12,50" here.
    void germanCLocale_data()
    {
        QVERIFY2(std::setlocale(LC_ALL, "de_DE.UTF-8"),
                 "the de_DE.UTF-8 locale is missing: run `make test` (it generates it) or locale-gen");
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "%.1f", 0.5);
        QCOMPARE(QByteArray(buffer), QByteArray("0,5"));  // the switch took effect
        addRows();
    }
    void germanCLocale() { checkRow(); }

    void cleanupTestCase() { std::setlocale(LC_ALL, "C"); }
};

QTEST_APPLESS_MAIN(TestNumberText)
#include "tst_numbertext.moc"

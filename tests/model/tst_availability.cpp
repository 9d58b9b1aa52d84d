// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// k-of-n redundancy, series composition, nines and downtime against hand-derived values.
// Binomial references were computed with exact rational arithmetic (python3 fractions) or,
// for the large fleets, a 50-digit python3 Decimal recurrence over every term.

#include "model/math/Availability.h"

#include "common/Compare.h"

#include <QList>
#include <QTest>

#include <cmath>
#include <limits>

using namespace headroom;

class TestAvailability : public QObject
{
    Q_OBJECT

private slots:
    void downtimeMinutesPerYear_data();
    void downtimeMinutesPerYear();
    void kOfNUnavailability_data();
    void kOfNUnavailability();
    void kOfNUnderflowsToZeroNotNaN();
    void series_data();
    void series();
    void nines_data();
    void nines();
    void ninesOfZeroIsEmpty();
    void ninesOfCertainFailureIsPositiveZero_data();
    void ninesOfCertainFailureIsPositiveZero();
};

void TestAvailability::downtimeMinutesPerYear_data()
{
    QTest::addColumn<double>("unavailability");
    QTest::addColumn<double>("expectedMinutes");

    // A year of 365 days × 24 h × 60 min = 525 600 minutes.
    QTest::newRow("three nines = 525.6 minutes (8.76 hours) of downtime per year")
        << 1e-3 << 525.6;
    QTest::newRow("four nines = 52.56 min/year") << 1e-4 << 52.56;
    QTest::newRow("five nines = 5.256 min/year") << 1e-5 << 5.256;
    QTest::newRow("always down = 365 d x 24 h x 60 min = 525600 min/year") << 1.0 << 525'600.0;
    QTest::newRow("always up = 0 min/year") << 0.0 << 0.0;
}

void TestAvailability::downtimeMinutesPerYear()
{
    QFETCH(double, unavailability);
    QFETCH(double, expectedMinutes);
    QCOMPARE_REL(headroom::downtimeMinutesPerYear(unavailability), expectedMinutes, 1e-12);
}

void TestAvailability::kOfNUnavailability_data()
{
    QTest::addColumn<qlonglong>("instances");
    QTest::addColumn<qlonglong>("needed");
    QTest::addColumn<double>("instanceAvailability");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("tolerance");

    // U = P(fewer than k of n up) = Σ_{i<k} C(n,i) pⁱ qⁿ⁻ⁱ, q = 1 − p.
    QTest::newRow("two instances needing one at 99.5 % each: U = 0.005^2 = 2.5e-5")
        << 2LL << 1LL << 0.995 << 2.5e-5 << 1e-10;
    QTest::newRow("1-of-1 at 99.9 %: U = q = 1e-3") << 1LL << 1LL << 0.999 << 1e-3 << 1e-10;
    QTest::newRow("2-of-3 at p=0.99: U = 1-(p^3+3p^2q) = 3pq^2+q^3 = 2.98e-4")
        << 3LL << 2LL << 0.99 << 2.98e-4 << 1e-10;
    QTest::newRow("2-of-3 at p=0.9: U = 1-(p^3+3p^2q) = 0.028")
        << 3LL << 2LL << 0.9 << 0.028 << 1e-10;
    QTest::newRow("2-of-3 at p=0.5: U = 1-(p^3+3p^2q) = 0.5") << 3LL << 2LL << 0.5 << 0.5 << 1e-10;
    QTest::newRow("3-of-3 at p=0.99: U = 1-p^3 = 0.029701")
        << 3LL << 3LL << 0.99 << 0.029701 << 1e-10;
    QTest::newRow("exact rational: 5-of-10 at p=0.9, U = 1.4690260e-4")
        << 10LL << 5LL << 0.9 << 1.469026e-4 << 1e-10;
    QTest::newRow("exact rational: 8-of-10 at p=0.5 (k-1 above the mode), U = 121/128")
        << 10LL << 8LL << 0.5 << 0.9453125 << 1e-10;
    QTest::newRow("exact rational: 3-of-20 at p=0.3, U = 0.035483132298468681")
        << 20LL << 3LL << 0.3 << 0.035483132298468681 << 1e-10;
    QTest::newRow("contract: k > n can never be met, U = 1") << 3LL << 4LL << 0.999 << 1.0 << 0.0;
    QTest::newRow("contract: k = 0 needs nothing, U = 0") << 3LL << 0LL << 0.5 << 0.0 << 0.0;
    QTest::newRow("contract: k < 0 needs nothing, U = 0") << 3LL << -1LL << 0.5 << 0.0 << 0.0;
    QTest::newRow("instances always up (p=1): U = 0") << 3LL << 2LL << 1.0 << 0.0 << 0.0;
    QTest::newRow("instances always down (p=0): U = 1") << 3LL << 1LL << 0.0 << 1.0 << 0.0;
    QTest::newRow("Decimal recurrence: 99400-of-100000 at 99.5 %, U = 6.0965359396570113e-6")
        << 100'000LL << 99'400LL << 0.995 << 6.0965359396570113e-6 << 1e-6;
    QTest::newRow("Decimal recurrence: 994800-of-1e6 at 99.5 %, U = 2.3541326584161073e-3")
        << 1'000'000LL << 994'800LL << 0.995 << 2.3541326584161073e-3 << 1e-6;
}

void TestAvailability::kOfNUnavailability()
{
    QFETCH(qlonglong, instances);
    QFETCH(qlonglong, needed);
    QFETCH(double, instanceAvailability);
    QFETCH(double, expected);
    QFETCH(double, tolerance);
    QCOMPARE_REL(headroom::kOfNUnavailability(instances, needed, instanceAvailability), expected,
                 tolerance);
}

void TestAvailability::kOfNUnderflowsToZeroNotNaN()
{
    // 50 000-of-100 000 at 99.5 %: U ≈ 5.74e-85063 (python3 Decimal recurrence), far below
    // double's range. The answer must be a finite, non-negative number that rounds to "never".
    const double u = headroom::kOfNUnavailability(100'000, 50'000, 0.995);
    QVERIFY(!std::isnan(u));
    QVERIFY(std::isfinite(u));
    QVERIFY(u >= 0.0);
    QVERIFY(u < std::numeric_limits<double>::min());
}

void TestAvailability::series_data()
{
    QTest::addColumn<QList<double>>("parts");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("tolerance");

    // Series: U = 1 − Π(1 − Uᵢ). For ten parts at 1e-12, 1 − (1 − 1e-12)¹⁰ = 1e-11 − 4.5e-23;
    // computed as 1 − product in double it comes out as 9.99978e-12 (1 − 1e-11
    // has an ulp of 1.1e-16), and at 1e-17 per part it rounds to 0.
    QTest::newRow("ten parts at U = 1e-12: U = 1e-11 (1 - product would lose it)")
        << QList<double>(10, 1e-12) << 1e-11 << 1e-6;
    QTest::newRow("ten parts at U = 1e-17: U = 1e-16 (1 - product would give 0)")
        << QList<double>(10, 1e-17) << 1e-16 << 1e-6;
    QTest::newRow("two parts 1e-3 and 2e-3: U = 1 - 0.999 x 0.998 = 2.998e-3")
        << QList<double>{1e-3, 2e-3} << 2.998e-3 << 1e-12;
    QTest::newRow("three parts at 10 %: U = 1 - 0.9^3 = 0.271")
        << QList<double>{0.1, 0.1, 0.1} << 0.271 << 1e-12;
    QTest::newRow("no parts: always up, U = 0") << QList<double>{} << 0.0 << 0.0;
    QTest::newRow("a part with U = 0 adds nothing: U = 1e-4")
        << QList<double>{0.0, 1e-4, 0.0} << 1e-4 << 1e-12;
    QTest::newRow("a part that is always down takes the series down: U = 1")
        << QList<double>{1e-4, 1.0, 1e-4} << 1.0 << 0.0;
}

void TestAvailability::series()
{
    QFETCH(QList<double>, parts);
    QFETCH(double, expected);
    QFETCH(double, tolerance);
    SeriesAvailability series;
    for (double part : parts)
        series.add(part);
    QCOMPARE_REL(series.unavailability(), expected, tolerance);
    QCOMPARE_REL(series.availability(), 1.0 - expected, 1e-12);
}

void TestAvailability::nines_data()
{
    QTest::addColumn<double>("unavailability");
    QTest::addColumn<double>("expectedNines");

    // nines = −log10(U).
    QTest::newRow("four nines: nines(1e-4) = 4") << 1e-4 << 4.0;
    QTest::newRow("three nines: nines(1e-3) = 3") << 1e-3 << 3.0;
    QTest::newRow("five nines: nines(1e-5) = 5") << 1e-5 << 5.0;
    QTest::newRow("two 99.5 % instances needing one: nines(2.5e-5) = 4.6020599913")
        << 2.5e-5 << 4.6020599913279624;
    QTest::newRow("coin flip: nines(0.5) = log10 2 = 0.30103") << 0.5 << 0.30102999566398120;
    QTest::newRow("tiny: nines(1e-300) = 300") << 1e-300 << 300.0;
}

void TestAvailability::nines()
{
    QFETCH(double, unavailability);
    QFETCH(double, expectedNines);
    const std::optional<double> nines = headroom::ninesOf(unavailability);
    QVERIFY(nines.has_value());
    QCOMPARE_REL(*nines, expectedNines, 1e-12);
}

void TestAvailability::ninesOfZeroIsEmpty()
{
    // Never down: no finite number of nines.
    QVERIFY(!headroom::ninesOf(0.0).has_value());
}

void TestAvailability::ninesOfCertainFailureIsPositiveZero_data()
{
    QTest::addColumn<double>("unavailability");

    QTest::newRow("U = 1: nines = +0, not -0") << 1.0;
    QTest::newRow("U = 1 + 1 ulp from rounding: still +0, never negative")
        << std::nextafter(1.0, 2.0);
}

void TestAvailability::ninesOfCertainFailureIsPositiveZero()
{
    QFETCH(double, unavailability);
    const std::optional<double> nines = headroom::ninesOf(unavailability);
    QVERIFY(nines.has_value());
    QCOMPARE(*nines, 0.0);
    QVERIFY(!std::signbit(*nines));  // −0 would print as "-0 nines"
}

QTEST_GUILESS_MAIN(TestAvailability)
#include "tst_availability.moc"

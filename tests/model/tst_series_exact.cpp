// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// SeriesAvailability against exact arithmetic: parts that are dyadic fractions uᵢ = aᵢ / 2^b,
// for which U = 1 − Π(1 − uᵢ) = (2^(nb) − Π(2^b − aᵢ)) / 2^(nb) is an exact 128-bit integer
// ratio, rounded to double once. The accumulation must stay within a few ulps of it, for
// shares near 1 and for the tiny shares availability is made of (1e-12 a part).

#include "model/math/Availability.h"

#include <QtTest>

#include <cmath>
#include <random>
#include <vector>

using namespace headroom;

namespace {

__extension__ typedef unsigned __int128 Wide;  // GCC and Clang: exact products up to 2^128

// U for parts aᵢ / 2^bits, exactly, then rounded to the nearest double.
double exactSeriesUnavailability(const std::vector<unsigned long long> &parts, int bits)
{
    const Wide one = Wide(1) << bits;
    Wide up = 1;   // Π(2^b − aᵢ)
    Wide all = 1;  // 2^(nb)
    for (unsigned long long a : parts) {
        up *= one - a;
        all *= one;
    }
    const Wide down = all - up;
    // down / all, with all a power of two: scale without losing the integer's bits.
    return std::ldexp(static_cast<double>(down), -bits * static_cast<int>(parts.size()));
}

double relativeError(double value, double exact)
{
    return exact == 0.0 ? std::abs(value) : std::abs(value - exact) / exact;
}

} // namespace

class TestSeriesExact : public QObject
{
    Q_OBJECT

private slots:
    void matchesExactSums_data()
    {
        QTest::addColumn<int>("bits");
        QTest::addColumn<int>("parts");
        QTest::addColumn<unsigned long long>("largest");
        // n·b ≤ 120 keeps every product inside 128 bits.
        QTest::newRow("four parts of any size (b = 30)") << 30 << 4 << (1ULL << 30);
        QTest::newRow("three tiny parts, about 1e-12 each (b = 40)") << 40 << 3 << 4096ULL;
        QTest::newRow("two parts near 1 (b = 60)") << 60 << 2 << (1ULL << 60);
        QTest::newRow("twelve parts of at most 1 % (b = 10)") << 10 << 12 << 10ULL;
    }

    void matchesExactSums()
    {
        QFETCH(int, bits);
        QFETCH(int, parts);
        QFETCH(unsigned long long, largest);
        std::mt19937_64 random(20261202);
        std::uniform_int_distribution<unsigned long long> part(1, largest - 1);
        double worst = 0.0;
        for (int trial = 0; trial < 2000; ++trial) {
            std::vector<unsigned long long> numerators;
            SeriesAvailability series;
            for (int i = 0; i < parts; ++i) {
                numerators.push_back(part(random));
                series.add(std::ldexp(static_cast<double>(numerators.back()), -bits));
            }
            worst = std::max(worst, relativeError(series.unavailability(), exactSeriesUnavailability(numerators, bits)));
        }
        // A few ulps (2.2e-16 each) over the whole series.
        QVERIFY2(worst < 1e-15, qPrintable(QStringLiteral("worst relative error %1").arg(worst)));
    }
};

QTEST_APPLESS_MAIN(TestSeriesExact)
#include "tst_series_exact.moc"

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Erlang B, Erlang C and the M/M/c station against published and hand-derived values.
// Expected values name their source in the row; independent checks were made with exact
// rational arithmetic (python3 fractions) or with a long double recursion inside the test.

#include "model/math/MultiServerQueue.h"

#include "common/Compare.h"

#include <QTest>

#include <cmath>

using namespace headroom;

namespace {

constexpr double kMsPerHour = 3'600'000.0;
constexpr double kPerHour = 1.0 / 3600.0;  // a rate of 1/h in requests per second

// Quantities of one M/M/c station, in the textbook's units (hours, customers).
enum class Measure {
    ResponseTimeHours,  // W
    WaitHours,          // Wq = W − S
    InFlight,           // L
    QueueLength,        // Lq = L − a
    Utilization,        // ρ = a / c
    WaitProbability,    // P(Wq > 0), Erlang C
    IdleProbability,    // P0 = C · c! · (1 − ρ) / aᶜ, from C = p_c / (1 − ρ)
};

// Reads `measure` off an unsaturated result; the caller has checked the optionals.
double measured(const MmcResult &r, Measure measure, double serviceTimeMs, long long servers)
{
    switch (measure) {
    case Measure::ResponseTimeHours: return *r.responseTimeMs / kMsPerHour;
    case Measure::WaitHours: return (*r.responseTimeMs - serviceTimeMs) / kMsPerHour;
    case Measure::InFlight: return *r.inFlight;
    case Measure::QueueLength: return *r.inFlight - r.offeredLoadErlangs;
    case Measure::Utilization: return r.utilization;
    case Measure::WaitProbability: return r.waitProbability;
    case Measure::IdleProbability: {
        double factorialOverPower = 1.0;  // c! / aᶜ
        for (long long k = 1; k <= servers; ++k)
            factorialOverPower *= static_cast<double>(k) / r.offeredLoadErlangs;
        return r.waitProbability * factorialOverPower * (1.0 - r.utilization);
    }
    }
    return std::nan("");
}

// Erlang B by the forward recursion B(k) = a·B(k−1) / (k + a·B(k−1)), B(0) = 1, in long
// double: an implementation independent of the one under test, with range to ~1e-4900.
long double erlangBForward(long long servers, long double offeredLoadErlangs)
{
    long double b = 1.0L;
    for (long long k = 1; k <= servers; ++k)
        b = offeredLoadErlangs * b / (static_cast<long double>(k) + offeredLoadErlangs * b);
    return b;
}

// erlangB returns 0 once B < 1e-300 (see MultiServerQueue.cpp); below that only 0 ≤ B ≤ 1e-300 holds.
constexpr long double kUnderflowProbability = 1e-300L;

} // namespace

Q_DECLARE_METATYPE(Measure)

class TestQueueing : public QObject
{
    Q_OBJECT

private slots:
    void erlangB_data();
    void erlangB();
    void erlangBTable_data();
    void erlangBTable();
    void erlangC_data();
    void erlangC();
    void callCentre_data();
    void callCentre();
    void hillierLieberman_data();
    void hillierLieberman();
    void mm1ResponseTime_data();
    void mm1ResponseTime();
    void largeFleetsStayFinite_data();
    void largeFleetsStayFinite();
    void saturated_data();
    void saturated();
    void noArrivals_data();
    void noArrivals();
};

void TestQueueing::erlangB_data()
{
    QTest::addColumn<qlonglong>("servers");
    QTest::addColumn<double>("offeredLoadErlangs");
    QTest::addColumn<double>("expected");

    // By hand: B(c, a) = (aᶜ/c!) / Σ_{k=0..c} aᵏ/k!.
    QTest::newRow("hand: B(1, 1) = 1/(1+1) = 0.5") << 1LL << 1.0 << 0.5;
    QTest::newRow("hand: B(2, 2) = 2/(1+2+2) = 0.4") << 2LL << 2.0 << 0.4;
    QTest::newRow("hand: B(1, 3) = 3/(1+3) = 0.75") << 1LL << 3.0 << 0.75;
    QTest::newRow("hand: B(3, 1) = (1/6)/(1+1+1/2+1/6) = 1/16") << 3LL << 1.0 << 0.0625;
    QTest::newRow("contract: no servers block every arrival, B(0, 3) = 1") << 0LL << 3.0 << 1.0;
    QTest::newRow("contract: no load is never blocked, B(5, 0) = 0") << 5LL << 0.0 << 0.0;
}

void TestQueueing::erlangB()
{
    QFETCH(qlonglong, servers);
    QFETCH(double, offeredLoadErlangs);
    QFETCH(double, expected);
    QCOMPARE_REL(headroom::erlangB(servers, offeredLoadErlangs), expected, 1e-12);
}

void TestQueueing::erlangBTable_data()
{
    QTest::addColumn<qlonglong>("servers");
    QTest::addColumn<double>("offeredLoadErlangs");
    QTest::addColumn<double>("blocking");

    // Standard Erlang B table (N channels, A erlangs carried at grade of service B). The table
    // prints A to 3–4 significant digits, so B is checked to 3 % relative. Exact rational
    // recursion gives 0.009985, 0.019921, 0.009992, 0.019994 for these rows.
    QTest::newRow("Erlang B table N=10, B=1%: A=4.46") << 10LL << 4.46 << 0.01;
    QTest::newRow("Erlang B table N=10, B=2%: A=5.08") << 10LL << 5.08 << 0.02;
    QTest::newRow("Erlang B table N=100, B=1%: A=84.06") << 100LL << 84.06 << 0.01;
    QTest::newRow("Erlang B table N=100, B=2%: A=87.97") << 100LL << 87.97 << 0.02;
}

void TestQueueing::erlangBTable()
{
    QFETCH(qlonglong, servers);
    QFETCH(double, offeredLoadErlangs);
    QFETCH(double, blocking);
    QCOMPARE_REL(headroom::erlangB(servers, offeredLoadErlangs), blocking, 0.03);
}

void TestQueueing::erlangC_data()
{
    QTest::addColumn<qlonglong>("servers");
    QTest::addColumn<double>("offeredLoadErlangs");
    QTest::addColumn<double>("expected");

    QTest::newRow("M/M/1: P(wait) = rho = 0.7") << 1LL << 0.7 << 0.7;
    QTest::newRow("M/M/2: P(wait) = 2rho^2/(1+rho) = 1/6 at a = 2/3") << 2LL << 2.0 / 3.0
                                                                      << 1.0 / 6.0;
    QTest::newRow("exact rational (python3 fractions): C(10, 6) = 0.1012992426874175")
        << 10LL << 6.0 << 0.1012992426874175;
    QTest::newRow("contract: a >= c has no steady state, C(4, 4) = 1") << 4LL << 4.0 << 1.0;
    QTest::newRow("contract: no load never waits, C(4, 0) = 0") << 4LL << 0.0 << 0.0;
}

void TestQueueing::erlangC()
{
    QFETCH(qlonglong, servers);
    QFETCH(double, offeredLoadErlangs);
    QFETCH(double, expected);
    QCOMPARE_REL(headroom::erlangC(servers, offeredLoadErlangs), expected, 1e-12);
}

void TestQueueing::callCentre_data()
{
    QTest::addColumn<double>("expectedWaitProbability");
    QTest::addColumn<double>("tolerance");

    // 120 calls/h, 3 min each, 10 agents: a = 120 × 3/60 = 6 erlangs.
    QTest::newRow("published call centre 120/h x 3 min, 10 agents: P(wait) about 0.10, "
                  "read off an Erlang C curve")
        << 0.10 << 0.10;
    QTest::newRow("same, exact rational Erlang C (python3 fractions): 0.1012992426874175")
        << 0.1012992426874175 << 1e-12;
}

void TestQueueing::callCentre()
{
    QFETCH(double, expectedWaitProbability);
    QFETCH(double, tolerance);
    const MmcResult r = evaluateMmc(120.0 * kPerHour, 3.0 * 60'000.0, 10);
    QCOMPARE_REL(r.offeredLoadErlangs, 6.0, 1e-12);
    QVERIFY(!r.saturated);
    QCOMPARE_REL(r.waitProbability, expectedWaitProbability, tolerance);
}

void TestQueueing::hillierLieberman_data()
{
    QTest::addColumn<qlonglong>("servers");
    QTest::addColumn<Measure>("measure");
    QTest::addColumn<double>("expected");

    // Hillier & Lieberman, Introduction to Operations Research, "County Hospital" emergency
    // room: λ = 2 patients/h, μ = 3/h (S = 20 min), s = 1 or 2 doctors. Units: hours, patients.
    QTest::newRow("Hillier-Lieberman County Hospital s=1: rho=2/3")
        << 1LL << Measure::Utilization << 2.0 / 3.0;
    QTest::newRow("Hillier-Lieberman County Hospital s=1: P0=1/3")
        << 1LL << Measure::IdleProbability << 1.0 / 3.0;
    QTest::newRow("Hillier-Lieberman County Hospital s=1: L=2")
        << 1LL << Measure::InFlight << 2.0;
    QTest::newRow("Hillier-Lieberman County Hospital s=1: Lq=4/3")
        << 1LL << Measure::QueueLength << 4.0 / 3.0;
    QTest::newRow("Hillier-Lieberman County Hospital s=1: W=1h")
        << 1LL << Measure::ResponseTimeHours << 1.0;
    QTest::newRow("Hillier-Lieberman County Hospital s=1: Wq=2/3h")
        << 1LL << Measure::WaitHours << 2.0 / 3.0;
    QTest::newRow("Hillier-Lieberman County Hospital s=2: rho=1/3")
        << 2LL << Measure::Utilization << 1.0 / 3.0;
    QTest::newRow("Hillier-Lieberman County Hospital s=2: P0=0.5")
        << 2LL << Measure::IdleProbability << 0.5;
    QTest::newRow("Hillier-Lieberman County Hospital s=2: L=0.75")
        << 2LL << Measure::InFlight << 0.75;
    QTest::newRow("Hillier-Lieberman County Hospital s=2: Lq=1/12")
        << 2LL << Measure::QueueLength << 1.0 / 12.0;
    QTest::newRow("Hillier-Lieberman County Hospital s=2: W=0.375h")
        << 2LL << Measure::ResponseTimeHours << 0.375;
    QTest::newRow("Hillier-Lieberman County Hospital s=2: Wq=1/24h")
        << 2LL << Measure::WaitHours << 1.0 / 24.0;
    QTest::newRow("derived from Hillier-Lieberman s=2 Wq: P(wait)=Wq(s-a)/S=1/6")
        << 2LL << Measure::WaitProbability << 1.0 / 6.0;
}

void TestQueueing::hillierLieberman()
{
    QFETCH(qlonglong, servers);
    QFETCH(Measure, measure);
    QFETCH(double, expected);
    const double serviceTimeMs = kMsPerHour / 3.0;  // 1/μ = 20 min = 1 200 000 ms
    const MmcResult r = evaluateMmc(2.0 * kPerHour, serviceTimeMs, servers);
    QCOMPARE_REL(r.offeredLoadErlangs, 2.0 / 3.0, 1e-12);
    QVERIFY(!r.saturated);
    QVERIFY(r.responseTimeMs.has_value());
    QVERIFY(r.inFlight.has_value());
    QCOMPARE_REL(measured(r, measure, serviceTimeMs, servers), expected, 1e-12);
}

void TestQueueing::mm1ResponseTime_data()
{
    QTest::addColumn<double>("arrivalRatePerSecond");
    QTest::addColumn<double>("serviceTimeMs");
    QTest::addColumn<double>("expectedResponseTimeMs");

    // M/M/1: W = S / (1 − ρ), ρ = λ·S.
    QTest::newRow("M/M/1 rho=0.1: W = 100 ms / 0.9 = 111.1 ms") << 1.0 << 100.0 << 1000.0 / 9.0;
    QTest::newRow("M/M/1 rho=0.5: W = 100 ms / 0.5 = 200 ms") << 5.0 << 100.0 << 200.0;
    QTest::newRow("M/M/1 rho=0.9: W = 100 ms / 0.1 = 1000 ms") << 9.0 << 100.0 << 1000.0;
    QTest::newRow("M/M/1 rho=0.99: W = 10 ms / 0.01 = 1000 ms") << 99.0 << 10.0 << 1000.0;
}

void TestQueueing::mm1ResponseTime()
{
    QFETCH(double, arrivalRatePerSecond);
    QFETCH(double, serviceTimeMs);
    QFETCH(double, expectedResponseTimeMs);
    const MmcResult r = evaluateMmc(arrivalRatePerSecond, serviceTimeMs, 1);
    QVERIFY(!r.saturated);
    QVERIFY(r.responseTimeMs.has_value());
    QVERIFY(r.inFlight.has_value());
    QCOMPARE_REL(*r.responseTimeMs, expectedResponseTimeMs, 1e-10);
    // Little's law, L = λ·W, with W in seconds.
    QCOMPARE_REL(*r.inFlight, arrivalRatePerSecond * expectedResponseTimeMs / 1000.0, 1e-10);
}

void TestQueueing::largeFleetsStayFinite_data()
{
    QTest::addColumn<qlonglong>("servers");
    QTest::addColumn<double>("utilization");

    // Reference: erlangBForward in long double. B for c = 1e6, ρ = 0.95 is about 8.5e-566
    // (python3 Decimal, 40 digits), below double's range: the model must answer 0, not NaN.
    QTest::newRow("c=10000 rho=0.95: B = 9.64e-9") << 10'000LL << 0.95;
    QTest::newRow("c=10000 rho=0.999: B = 7.32e-3") << 10'000LL << 0.999;
    QTest::newRow("c=10000 rho=2 (overload): B = 0.50005") << 10'000LL << 2.0;
    QTest::newRow("c=1e6 rho=0.95: B = 8.5e-566 underflows double to 0") << 1'000'000LL << 0.95;
    QTest::newRow("c=1e6 rho=0.999: B = 2.87e-4") << 1'000'000LL << 0.999;
    QTest::newRow("c=1e6 rho=2 (overload): B = 0.5000005") << 1'000'000LL << 2.0;
}

void TestQueueing::largeFleetsStayFinite()
{
    QFETCH(qlonglong, servers);
    QFETCH(double, utilization);
    const double c = static_cast<double>(servers);
    const double a = c * utilization;

    const double b = headroom::erlangB(servers, a);
    QVERIFY(std::isfinite(b));
    QVERIFY(b >= 0.0 && b <= 1.0);
    const long double referenceB = erlangBForward(servers, a);
    if (referenceB < kUnderflowProbability)
        QVERIFY(b <= static_cast<double>(kUnderflowProbability));
    else
        QCOMPARE_REL(b, static_cast<double>(referenceB), 1e-9);

    const double waitProbability = headroom::erlangC(servers, a);
    QVERIFY(std::isfinite(waitProbability));
    QVERIFY(waitProbability >= 0.0 && waitProbability <= 1.0);
    if (utilization >= 1.0) {
        QCOMPARE(waitProbability, 1.0);
        return;
    }
    // C = c·B / (c − a·(1 − B)), in long double from the reference B.
    const long double referenceC =
        c * referenceB / (static_cast<long double>(c) - a * (1.0L - referenceB));
    if (referenceC < kUnderflowProbability)
        QVERIFY(waitProbability <= static_cast<double>(kUnderflowProbability));
    else
        QCOMPARE_REL(waitProbability, static_cast<double>(referenceC), 1e-9);

    // The station: S = 100 ms, λ = a / S. W = S·(1 + C/(c − a)).
    const double serviceTimeMs = 100.0;
    const MmcResult r = evaluateMmc(a * 1000.0 / serviceTimeMs, serviceTimeMs, servers);
    QVERIFY(!r.saturated);
    QVERIFY(r.responseTimeMs.has_value());
    QVERIFY(std::isfinite(*r.responseTimeMs));
    const long double expectedW =
        serviceTimeMs * (1.0L + referenceC / (static_cast<long double>(c) - a));
    QCOMPARE_REL(*r.responseTimeMs, static_cast<double>(expectedW), 1e-9);
}

void TestQueueing::saturated_data()
{
    QTest::addColumn<double>("arrivalRatePerSecond");
    QTest::addColumn<double>("serviceTimeMs");
    QTest::addColumn<qlonglong>("servers");
    QTest::addColumn<double>("expectedUtilization");

    // ρ = λ·S / c ≥ 1: no steady state, so no response time (never inf or NaN).
    QTest::newRow("rho=1 exactly: 10/s x 100 ms on 1 server") << 10.0 << 100.0 << 1LL << 1.0;
    QTest::newRow("rho=1 exactly: 10000/s x 100 ms on 1000 servers")
        << 10'000.0 << 100.0 << 1000LL << 1.0;
    QTest::newRow("rho=1.5: 30/s x 100 ms on 2 servers") << 30.0 << 100.0 << 2LL << 1.5;
    QTest::newRow("rho=1e6: 1e6/s x 1 s on 1 server") << 1e6 << 1000.0 << 1LL << 1e6;
    QTest::newRow("servers=0 with load 5/s x 100 ms: saturated, utilization 1 not inf")
        << 5.0 << 100.0 << 0LL << 1.0;
}

void TestQueueing::saturated()
{
    QFETCH(double, arrivalRatePerSecond);
    QFETCH(double, serviceTimeMs);
    QFETCH(qlonglong, servers);
    QFETCH(double, expectedUtilization);
    const MmcResult r = evaluateMmc(arrivalRatePerSecond, serviceTimeMs, servers);
    QVERIFY(r.saturated);
    QCOMPARE(r.waitProbability, 1.0);
    QVERIFY(!r.responseTimeMs.has_value());
    QVERIFY(!r.inFlight.has_value());
    QCOMPARE_REL(r.utilization, expectedUtilization, 1e-12);
    QCOMPARE_REL(r.offeredLoadErlangs, arrivalRatePerSecond * serviceTimeMs / 1000.0, 1e-12);
    QCOMPARE(headroom::erlangC(servers, r.offeredLoadErlangs), 1.0);
}

void TestQueueing::noArrivals_data()
{
    QTest::addColumn<double>("serviceTimeMs");
    QTest::addColumn<qlonglong>("servers");

    // λ = 0: nothing queues, so W = S, L = 0, ρ = 0.
    QTest::newRow("no arrivals, 250 ms on 1 server: W = S = 250 ms") << 250.0 << 1LL;
    QTest::newRow("no arrivals, 40 ms on 64 servers: W = S = 40 ms") << 40.0 << 64LL;
}

void TestQueueing::noArrivals()
{
    QFETCH(double, serviceTimeMs);
    QFETCH(qlonglong, servers);
    const MmcResult r = evaluateMmc(0.0, serviceTimeMs, servers);
    QVERIFY(!r.saturated);
    QCOMPARE(r.utilization, 0.0);
    QCOMPARE(r.offeredLoadErlangs, 0.0);
    QCOMPARE(r.waitProbability, 0.0);
    QVERIFY(r.responseTimeMs.has_value());
    QVERIFY(r.inFlight.has_value());
    QCOMPARE_REL(*r.responseTimeMs, serviceTimeMs, 1e-15);
    QCOMPARE(*r.inFlight, 0.0);
}

QTEST_GUILESS_MAIN(TestQueueing)
#include "tst_queueing.moc"

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Headroom's queueing arithmetic side by side with a peer: the `queueing` package for GNU
// Octave by Moreno Marzolla (Debian: octave-queueing; the reference is the package's own
// documentation: `help qsmmm`, `help qnopen`, `help qnosvisits`, `help erlangb`, `help erlangc`).
// The same M/M/c stations (c from 1 to 256, utilization from 0.01 to 0.9999) and the same open
// networks (routing probabilities, a feedback loop, two entries, a delay centre) are solved by
// both; utilization, mean response time, mean number in the system and the probability of
// waiting (Erlang C) must agree to 1e-9 relative. Headroom's side is its M/M/c station
// (model/math/MultiServerQueue) and its whole path from a project: compileModel's traffic
// solution and evaluate()'s components and request path.
//
// Skipped (with a message) when octave-cli is missing: `make test` installs octave and
// octave-queueing (the Makefile's PACKAGES).

#include "model/compile/CompiledModel.h"
#include "model/evaluation/Evaluator.h"
#include "model/math/MultiServerQueue.h"

#include "common/OctavePeer.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace headroom;
using namespace headroom::test;

namespace {

constexpr double kTolerance = 1e-9;
// Headroom's Erlang B stops at B < 1e-300 and returns 0 (MultiServerQueue.cpp); below that two
// probabilities agree when both are under it.
constexpr double kProbabilityFloor = 1e-300;

double g_largestDifference = 0.0;  // the largest relative difference seen, for the log
int g_compared = 0;

// Relative agreement; `floor`: both at or under it count as equal.
bool agree(double headroomValue, double octaveValue, double floor = 0.0)
{
    if (!std::isfinite(headroomValue) || !std::isfinite(octaveValue))
        return false;
    ++g_compared;
    if (std::fabs(headroomValue) <= floor && std::fabs(octaveValue) <= floor)
        return true;
    const double scale = std::max(std::fabs(headroomValue), std::fabs(octaveValue));
    const double difference = std::fabs(headroomValue - octaveValue);
    g_largestDifference = std::max(g_largestDifference, difference / scale);
    return difference <= kTolerance * scale;
}

#define QVERIFY_AGREE(what, headroomValue, octaveValue, ...)                                              \
    do {                                                                                                  \
        const double h_ = (headroomValue);                                                                \
        const double o_ = (octaveValue);                                                                  \
        if (!agree(h_, o_, ##__VA_ARGS__))                                                                \
            QFAIL(qPrintable(QStringLiteral("%1: Headroom %2, Octave queueing %3 (relative %4)")          \
                                 .arg(what)                                                               \
                                 .arg(h_, 0, 'g', 17)                                                     \
                                 .arg(o_, 0, 'g', 17)                                                     \
                                 .arg(std::fabs(h_ - o_) / std::max(std::fabs(h_), std::fabs(o_)), 0, 'g', 3))); \
    } while (false)

// Output lines of one tag, each as its numbers (the tag left off).
std::vector<std::vector<double>> linesOf(const QByteArray &out, const char *tag)
{
    std::vector<std::vector<double>> lines;
    const QByteArray prefix = QByteArray(tag) + ' ';
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith(prefix))
            lines.push_back(numbersOf(line));
    return lines;
}

struct StationCase
{
    long long instances;
    long long vcpus;
    double serviceTimeMs;
    double utilization;

    long long servers() const { return instances * vcpus; }
    double arrivalRate() const { return utilization * static_cast<double>(servers()) * 1000.0 / serviceTimeMs; }
};

std::vector<StationCase> stationCases()
{
    // c = instances × vCPUs, and a service time that differs from case to case.
    const std::vector<std::pair<long long, long long>> shapes = {{1, 1}, {1, 2}, {3, 1}, {5, 1}, {2, 4},
                                                                 {4, 4}, {4, 8}, {8, 8}, {16, 8}, {16, 16}};
    const std::vector<double> utilizations = {0.01, 0.3, 0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 0.9999};
    std::vector<StationCase> cases;
    for (size_t s = 0; s < shapes.size(); ++s)
        for (double utilization : utilizations)
            cases.push_back({shapes[s].first, shapes[s].second, 7.5 + 13.0 * static_cast<double>(s), utilization});
    return cases;
}

// One `service` of `instances` × `vcpus` behind the users (λ₀ = users requests per second).
CompiledModel oneStation(const StationCase &station)
{
    PeerNetwork network{"one station", {{"s", station.instances, station.vcpus, station.serviceTimeMs}}, {{"", "s", 1.0}}};
    auto model = compileModel(peerProject(network));
    if (!model)
        qFatal("%s", model.error().toString().c_str());
    return std::move(model).value();
}

const std::vector<double> kNetworkLoads = {0.3, 0.9, 0.99, 0.999};  // the busiest centre's utilization

// λ₀ at which the busiest queueing centre of `model` runs at `utilization`.
double entryRateAt(const CompiledModel &model, const PeerNetwork &network, double utilization)
{
    double busiest = 0.0;
    for (const PeerStation &station : network.stations) {
        if (station.delay)
            continue;
        int node = -1;
        for (size_t i = 0; i < model.nodes.size(); ++i)
            if (model.nodes[i].id == station.id)
                node = static_cast<int>(i);
        const double visits = model.visits.reads[node] + model.visits.writes[node];
        busiest = std::max(busiest, visits * station.serviceTimeMs / 1000.0 / static_cast<double>(station.servers()));
    }
    return utilization / busiest;
}

} // namespace

class TestOctavePeer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_cli = octaveCli();
        if (m_cli.isEmpty())
            QSKIP("octave-cli not found: the peer check against the Octave queueing package (octave, octave-queueing; "
                  "`make test` installs both) is skipped");
    }

    // M/M/c: qsmmm(λ, μ, m) and erlangb/erlangc against evaluateMmc, erlangB, erlangC and a
    // one-station project's evaluate().
    void stations()
    {
        const std::vector<StationCase> cases = stationCases();
        std::vector<double> lambda, mu, servers;
        for (const StationCase &station : cases) {
            lambda.push_back(station.arrivalRate());
            mu.push_back(1000.0 / station.serviceTimeMs);
            servers.push_back(static_cast<double>(station.servers()));
        }
        const QString script = QStringLiteral("lam = %1; mu = %2; m = %3;\n"
                                              "[U R Q X p0 pm] = qsmmm(lam, mu, m);\n"
                                              "A = lam ./ mu; B = erlangb(A, m); C = erlangc(A, m);\n"
                                              "printf('M %d %.17g %.17g %.17g %.17g %.17g %.17g %.17g\\n', "
                                              "[1:numel(lam); U; R; Q; X; pm; B; C]);\n")
                                   .arg(octaveVector(lambda), octaveVector(mu), octaveVector(servers));
        const OctaveOutput octave = runOctave(m_cli, script);
        if (!octave.ok && octave.problem.contains(QStringLiteral("no queueing package")))
            QSKIP(qPrintable(octave.problem));
        QVERIFY2(octave.ok, qPrintable(octave.problem));
        const auto rows = linesOf(octave.out, "M");
        QCOMPARE(rows.size(), cases.size());

        for (size_t i = 0; i < cases.size(); ++i) {
            const StationCase &station = cases[i];
            const std::vector<double> &row = rows[i];
            QCOMPARE(row.size(), size_t(8));
            QCOMPARE(row[0], static_cast<double>(i + 1));
            const double u = row[1], rSeconds = row[2], q = row[3], x = row[4], pm = row[5], b = row[6], c = row[7];
            const QString what = QStringLiteral("M/M/%1 at rho %2, S %3 ms")
                                     .arg(station.servers())
                                     .arg(station.utilization)
                                     .arg(station.serviceTimeMs);

            const MmcResult mmc = evaluateMmc(lambda[i], station.serviceTimeMs, station.servers());
            QVERIFY2(mmc.responseTimeMs && mmc.inFlight, qPrintable(what));
            QVERIFY_AGREE(what + QStringLiteral(": utilization"), mmc.utilization, u);
            QVERIFY_AGREE(what + QStringLiteral(": response time (s)"), *mmc.responseTimeMs / 1000.0, rSeconds);
            QVERIFY_AGREE(what + QStringLiteral(": mean number in system"), *mmc.inFlight, q);
            QVERIFY_AGREE(what + QStringLiteral(": waiting probability"), mmc.waitProbability, pm, kProbabilityFloor);
            QVERIFY_AGREE(what + QStringLiteral(": Erlang B"), erlangB(station.servers(), mmc.offeredLoadErlangs), b,
                          kProbabilityFloor);
            QVERIFY_AGREE(what + QStringLiteral(": Erlang C"), erlangC(station.servers(), mmc.offeredLoadErlangs), c,
                          kProbabilityFloor);

            // The same station as a component: users → service, evaluated at λ₀ = λ.
            const CompiledModel model = oneStation(station);
            const Evaluation evaluation = evaluate(model, lambda[i]);
            const ComponentResult &component = evaluation.components[1];
            QVERIFY2(component.responseTimeMs && component.inFlight && component.waitProbability, qPrintable(what));
            QCOMPARE(component.servers, station.servers());
            QVERIFY_AGREE(what + QStringLiteral(": component throughput"), component.arrivalRatePerSecond, x);
            QVERIFY_AGREE(what + QStringLiteral(": component utilization"), component.utilization, u);
            QVERIFY_AGREE(what + QStringLiteral(": component response time (s)"), *component.responseTimeMs / 1000.0,
                          rSeconds);
            QVERIFY_AGREE(what + QStringLiteral(": component in flight"), *component.inFlight, q);
            QVERIFY_AGREE(what + QStringLiteral(": component waiting probability"), *component.waitProbability, pm,
                          kProbabilityFloor);
        }
    }

    // Open networks: qnosvisits(P, λ) and qnopen(Σλ, S, V, m) against compileModel's visits and
    // evaluate(), centre by centre and for the request path (R = Σ Vₖ·Rₖ, N = Σ Qₖ).
    void openNetworks()
    {
        const std::vector<PeerNetwork> networks = peerNetworks();
        struct Run
        {
            size_t network;
            double load;
            Evaluation evaluation;
            CompiledModel model;
        };
        std::vector<Run> runs;
        QString script;
        for (size_t n = 0; n < networks.size(); ++n) {
            auto model = compileModel(peerProject(networks[n]));
            QVERIFY2(model, model ? "" : model.error().toString().c_str());
            for (double load : kNetworkLoads) {
                const double users = entryRateAt(*model, networks[n], load);
                Evaluation evaluation = evaluate(*model, users);
                script += octaveNetwork(networks[n], evaluation.entryRatePerSecond);
                script += QStringLiteral("[U R Q X] = qnopen(sum(lam), S, V, m);\n"
                                         "pm = zeros(1, K); q = m >= 1; pm(q) = erlangc(X(q) .* S(q), m(q));\n"
                                         "printf('N %1 %d %.17g %.17g %.17g %.17g %.17g %.17g\\n', "
                                         "[1:K; V; U; R; Q; X; pm]);\n"
                                         "printf('T %1 %.17g %.17g\\n', sum(R .* V), sum(Q));\n")
                              .arg(runs.size());
                runs.push_back({n, load, std::move(evaluation), *model});
            }
        }
        const OctaveOutput octave = runOctave(m_cli, script);
        if (!octave.ok && octave.problem.contains(QStringLiteral("no queueing package")))
            QSKIP(qPrintable(octave.problem));
        QVERIFY2(octave.ok, qPrintable(octave.problem));
        const auto centres = linesOf(octave.out, "N");
        const auto totals = linesOf(octave.out, "T");
        QCOMPARE(totals.size(), runs.size());

        size_t line = 0;
        for (size_t r = 0; r < runs.size(); ++r) {
            const Run &run = runs[r];
            const PeerNetwork &network = networks[run.network];
            const QString where = QStringLiteral("%1 at busiest rho %2").arg(QString::fromStdString(network.name)).arg(run.load);
            for (size_t k = 0; k < network.stations.size(); ++k, ++line) {
                QVERIFY2(line < centres.size(), qPrintable(where));
                const std::vector<double> &row = centres[line];
                QCOMPARE(row.size(), size_t(8));
                QCOMPARE(row[0], static_cast<double>(r));
                QCOMPARE(row[1], static_cast<double>(k + 1));
                const double v = row[2], u = row[3], rSeconds = row[4], q = row[5], x = row[6], pm = row[7];
                const PeerStation &station = network.stations[k];
                const QString what = where + QStringLiteral(", ") + QString::fromStdString(station.id);
                int node = -1;
                for (size_t i = 0; i < run.model.nodes.size(); ++i)
                    if (run.model.nodes[i].id == station.id)
                        node = static_cast<int>(i);
                QVERIFY(node >= 0);
                const ComponentResult &component = run.evaluation.components[static_cast<size_t>(node)];
                QVERIFY2(component.responseTimeMs && component.inFlight, qPrintable(what));
                QVERIFY_AGREE(what + QStringLiteral(": visit ratio"),
                              run.model.visits.reads[node] + run.model.visits.writes[node], v);
                QVERIFY_AGREE(what + QStringLiteral(": throughput"), component.arrivalRatePerSecond, x);
                // A delay centre's U is its traffic intensity X·S: the function's concurrency.
                QVERIFY_AGREE(what + QStringLiteral(": utilization"),
                              station.delay ? *component.concurrency : component.utilization, u);
                QVERIFY_AGREE(what + QStringLiteral(": response time (s)"), *component.responseTimeMs / 1000.0, rSeconds);
                QVERIFY_AGREE(what + QStringLiteral(": mean number in system"), *component.inFlight, q);
                if (!station.delay) {
                    QVERIFY2(component.waitProbability, qPrintable(what));
                    QVERIFY_AGREE(what + QStringLiteral(": waiting probability"), *component.waitProbability, pm,
                                  kProbabilityFloor);
                }
            }
            QVERIFY2(run.evaluation.responseTimeMs && run.evaluation.concurrentRequests, qPrintable(where));
            QCOMPARE(totals[r].size(), size_t(3));
            QVERIFY_AGREE(where + QStringLiteral(": request path response time (s)"),
                          *run.evaluation.responseTimeMs / 1000.0, totals[r][1]);
            QVERIFY_AGREE(where + QStringLiteral(": requests in the system"), *run.evaluation.concurrentRequests,
                          totals[r][2]);
        }
        QCOMPARE(line, centres.size());
    }

    void cleanupTestCase()
    {
        if (g_compared > 0)
            qInfo("%d figures compared with the Octave queueing package; largest relative difference %.3g",
                  g_compared, g_largestDifference);
    }

private:
    QString m_cli;
};

QTEST_GUILESS_MAIN(TestOctavePeer)
#include "tst_octave_peer.moc"

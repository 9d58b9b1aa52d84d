// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// A peer for Headroom's queueing arithmetic: the `queueing` package for GNU Octave by Moreno
// Marzolla (Debian: octave-queueing; its reference is the package's own documentation, `help
// qsmmm`, `help qnopen`, `help qnosvisits`, `help erlangc` in Octave, and its manual, "The
// queueing package"). It is an independent implementation of the same formulas: M/M/m by
// qsmmm (Erlang C from erlangb's forward recursion, where Headroom sums backwards), open
// single-class networks by qnopen/qnos, visit ratios by qnosvisits (a linear solve of
// V = λ/Σλ + V·P, where Headroom's traffic solver goes component by component).
//
// Used by tests/model/tst_octave_peer.cpp (agreement to 1e-9) and tests/bench/bench_model.cpp
// (time per evaluation point of each). Both skip when octave-cli is missing.

#include "model/design/Project.h"

#include <QByteArray>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace headroom::test {

// Octave's command line: $HEADROOM_OCTAVE_CLI, else the one CMake found (HEADROOM_OCTAVE_CLI),
// else octave-cli on the PATH; empty when there is none.
inline QString octaveCli()
{
    const QString fromEnvironment = qEnvironmentVariable("HEADROOM_OCTAVE_CLI");
    if (!fromEnvironment.isEmpty())
        return QFileInfo(fromEnvironment).isExecutable() ? fromEnvironment : QString();
#ifdef HEADROOM_OCTAVE_CLI
    const QString configured = QStringLiteral(HEADROOM_OCTAVE_CLI);
    if (!configured.isEmpty() && QFileInfo(configured).isExecutable())
        return configured;
#endif
    return QStandardPaths::findExecutable(QStringLiteral("octave-cli"));
}

struct OctaveOutput
{
    bool ok = false;
    QString problem;   // why it failed: no start, a timeout, an error exit (with its stderr)
    QByteArray out;    // standard output
};

// Runs `script` (Octave code, read from standard input) with the queueing package loaded.
inline OctaveOutput runOctave(const QString &cli, const QString &script, int timeoutMs = 120000)
{
    OctaveOutput result;
    QProcess octave;
    // LC_ALL=C: Octave's printf writes a decimal point whatever the test's locale.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    octave.setProcessEnvironment(environment);
    octave.start(cli, {QStringLiteral("--norc"), QStringLiteral("--quiet"), QStringLiteral("--no-history"),
                       QStringLiteral("--no-window-system")});
    if (!octave.waitForStarted(30000)) {
        result.problem = QStringLiteral("%1 did not start: %2").arg(cli, octave.errorString());
        return result;
    }
    const QByteArray prologue = "warning('off', 'all');\n"
                                "try, pkg load queueing; catch, printf('NOQUEUEING\\n'); exit(3); end\n";
    octave.write(prologue + script.toUtf8() + "\nexit(0);\n");
    octave.closeWriteChannel();
    if (!octave.waitForFinished(timeoutMs)) {
        octave.kill();
        octave.waitForFinished(5000);
        result.problem = QStringLiteral("%1 did not finish in %2 s").arg(cli).arg(timeoutMs / 1000);
        return result;
    }
    result.out = octave.readAllStandardOutput();
    if (result.out.contains("NOQUEUEING")) {
        result.problem = QStringLiteral("Octave has no queueing package (apt-get install octave-queueing)");
        return result;
    }
    if (octave.exitStatus() != QProcess::NormalExit || octave.exitCode() != 0) {
        result.problem = QStringLiteral("%1 exited with %2: %3")
                             .arg(cli)
                             .arg(octave.exitCode())
                             .arg(QString::fromUtf8(octave.readAllStandardError()));
        return result;
    }
    result.ok = true;
    return result;
}

// Octave text for a row vector of numbers, each with all 17 digits.
inline QString octaveVector(const std::vector<double> &values)
{
    QStringList items;
    for (double value : values)
        items << QString::number(value, 'g', 17);
    return QLatin1Char('[') + items.join(QLatin1Char(' ')) + QLatin1Char(']');
}

// One centre of an open network: a queueing station of `instances` × `vcpus` servers (a
// Headroom `service`, Octave's M/M/m centre), or, with `delay`, an infinite-server centre (a
// Headroom `lambda` function: response time = its duration; Octave's IS centre, m = 0).
struct PeerStation
{
    std::string id;
    long long instances = 1;
    long long vcpus = 1;
    double serviceTimeMs = 10.0;
    bool delay = false;

    long long servers() const { return delay ? 0 : instances * vcpus; }
};

// A route: from → to with probability p (Headroom: calls_per_request p; Octave: P(from, to) = p).
// An entry route has an empty `from`: that share of the users' requests arrives at `to`.
struct PeerRoute
{
    std::string from;
    std::string to;
    double probability = 1.0;
};

struct PeerNetwork
{
    std::string name;
    std::vector<PeerStation> stations;
    std::vector<PeerRoute> routes;

    int indexOf(const std::string &id) const
    {
        for (size_t i = 0; i < stations.size(); ++i)
            if (stations[i].id == id)
                return static_cast<int>(i);
        return -1;
    }
};

// The open networks both sides solve: tandem, branching with a delay centre, a feedback loop,
// two entry points into a wide station, and the ten-station network of the benchmark.
inline std::vector<PeerNetwork> peerNetworks()
{
    std::vector<PeerNetwork> networks;
    networks.push_back({"tandem",
                        {{"a", 1, 1, 20.0}, {"b", 2, 2, 35.0}, {"c", 4, 4, 90.0}},
                        {{"", "a", 1.0}, {"a", "b", 1.0}, {"b", "c", 1.0}}});
    networks.push_back({"branching",
                        {{"lb", 2, 2, 2.0}, {"web", 4, 2, 40.0}, {"api", 3, 4, 60.0}, {"db", 1, 8, 15.0},
                         {"fn", 1, 1, 120.0, true}},
                        {{"", "lb", 1.0}, {"lb", "web", 0.7}, {"lb", "api", 0.3}, {"web", "db", 0.5},
                         {"api", "db", 0.9}, {"web", "fn", 0.2}}});
    networks.push_back({"feedback",
                        {{"front", 2, 1, 10.0}, {"back", 1, 4, 25.0}, {"store", 1, 2, 8.0}},
                        {{"", "front", 1.0}, {"front", "back", 1.0}, {"back", "front", 0.4},
                         {"back", "store", 0.5}}});
    networks.push_back({"two entries",
                        {{"a", 1, 2, 12.0}, {"b", 1, 1, 7.0}, {"wide", 4, 4, 50.0}},
                        {{"", "a", 0.6}, {"", "b", 0.4}, {"a", "wide", 1.0}, {"b", "wide", 1.0}}});
    networks.push_back({"ten stations",
                        {{"s1", 2, 2, 5.0}, {"s2", 1, 4, 30.0}, {"s3", 1, 2, 20.0}, {"s4", 2, 4, 45.0},
                         {"s5", 1, 1, 15.0}, {"s6", 4, 2, 25.0}, {"s7", 1, 8, 60.0}, {"s8", 2, 1, 10.0},
                         {"s9", 1, 16, 80.0}, {"s10", 1, 1, 3.0}},
                        {{"", "s1", 1.0}, {"s1", "s2", 0.5}, {"s1", "s3", 0.5}, {"s2", "s4", 1.0},
                         {"s3", "s4", 0.6}, {"s3", "s5", 0.4}, {"s4", "s6", 0.8}, {"s5", "s6", 1.0},
                         {"s6", "s7", 0.5}, {"s6", "s8", 0.3}, {"s7", "s9", 1.0}, {"s8", "s9", 1.0},
                         {"s9", "s10", 0.25}, {"s10", "s6", 0.2}}});
    return networks;
}

// The network as a Headroom project: a `users` entry, a `service` per station (failure figures
// left at their defaults: they touch availability only), a `lambda` per delay centre (its
// concurrency limit at the maximum, so it never saturates), synchronous connections. 86 400
// requests per user per day at peak/average 1: λ₀ in requests per second = users.
inline Project peerProject(const PeerNetwork &network)
{
    Project project;
    project.name = network.name;
    project.workload.requestsPerUserPerDay = 86400.0;
    project.workload.peakToAverage = 1.0;
    project.stages = Project::defaultStages();
    project.components.push_back({"users", "users", "users", {}, {}});
    for (const PeerStation &station : network.stations) {
        if (station.delay)
            project.components.push_back({station.id, "lambda", station.id, {},
                                          {{"duration_ms", station.serviceTimeMs}, {"concurrency_limit", 1e7}}});
        else
            project.components.push_back({station.id, "service", station.id, {},
                                          {{"instances", static_cast<double>(station.instances)},
                                           {"vcpus", static_cast<double>(station.vcpus)},
                                           {"service_time_ms", station.serviceTimeMs}}});
    }
    for (const PeerRoute &route : network.routes)
        project.connections.push_back({route.from.empty() ? "users" : route.from, route.to, route.probability,
                                       TrafficClass::All, false});
    return project;
}

// Octave statements that set K, P (routing), lam (external arrivals at `entryRate` requests per
// second), S (seconds), m (servers; 0: a delay centre) and V = qnosvisits(P, lam).
inline QString octaveNetwork(const PeerNetwork &network, double entryRate)
{
    const size_t count = network.stations.size();
    QString script = QStringLiteral("K = %1; P = zeros(K); lam = zeros(1, K);\n").arg(count);
    for (const PeerRoute &route : network.routes) {
        const int to = network.indexOf(route.to) + 1;
        if (route.from.empty())
            script += QStringLiteral("lam(%1) = %2;\n").arg(to).arg(entryRate * route.probability, 0, 'g', 17);
        else
            script += QStringLiteral("P(%1, %2) = %3;\n")
                          .arg(network.indexOf(route.from) + 1)
                          .arg(to)
                          .arg(route.probability, 0, 'g', 17);
    }
    std::vector<double> seconds;
    std::vector<double> servers;
    for (const PeerStation &station : network.stations) {
        seconds.push_back(station.serviceTimeMs / 1000.0);
        servers.push_back(static_cast<double>(station.servers()));
    }
    script += QStringLiteral("S = %1; m = %2; V = qnosvisits(P, lam);\n").arg(octaveVector(seconds), octaveVector(servers));
    return script;
}

// Numbers of one output line ("TAG n n n ..."), read in the C locale.
inline std::vector<double> numbersOf(const QByteArray &line)
{
    std::vector<double> numbers;
    const QList<QByteArray> words = line.simplified().split(' ');
    for (qsizetype i = 1; i < words.size(); ++i) {
        bool ok = false;
        const double value = words[i].toDouble(&ok);
        numbers.push_back(ok ? value : std::numeric_limits<double>::quiet_NaN());
    }
    return numbers;
}

} // namespace headroom::test

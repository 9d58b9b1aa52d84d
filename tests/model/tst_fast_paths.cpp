// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The fast paths of issue #19 give the full paths' figures to the last bit, on every bundled
// example and template: MonthlyCost (the total alone, what sweeps and curves price with) against
// costOf's monthlyUsd at every purchase option, sweep() against evaluate() and costOf point by
// point, the constants evaluation keeps with a compiled model (ModelConstants.h) against the
// same model with none kept (derived at every call), and the k-of-n cache against itself in
// another order.

#include "model/analysis/Sweep.h"
#include "model/compile/CompiledModel.h"
#include "model/cost/CostModel.h"
#include "model/evaluation/Evaluator.h"
#include "model/io/ProjectFile.h"
#include "model/math/Availability.h"
#include "pricing/PriceBookFile.h"

#include <QDir>
#include <QTest>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <optional>

using namespace headroom;

namespace {

// The same double, bit for bit (so 0.0 and −0.0 differ, and a NaN equals itself).
bool same(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

bool same(const std::optional<double> &a, const std::optional<double> &b)
{
    return a.has_value() == b.has_value() && (!a || same(*a, *b));
}

#define QVERIFY_SAME(a, b, what)                                                                    \
    QVERIFY2(same((a), (b)), qPrintable(QStringLiteral("%1: %2 differs").arg(what, QStringLiteral(#a))))

QStringList bundledDesigns()
{
    QStringList files;
    for (const char *folder : {"/resources/examples/", "/resources/templates/"}) {
        const QString path = QStringLiteral(HEADROOM_SOURCE_DIR) + QLatin1String(folder);
        for (const QString &name : QDir(path).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files << path + name;
    }
    return files;
}

// The user counts checked: a log sweep over the whole range, the project's own count and its
// stages, and 0.
std::vector<double> userCounts(const Project &project)
{
    std::vector<double> users = logSpacedUsers(1.0, 1e9, 241);
    users.push_back(0.0);
    users.push_back(project.workload.users);
    for (const Stage &stage : project.stages)
        users.push_back(stage.users);
    return users;
}

void compareEvaluations(const Evaluation &a, const Evaluation &b, const QString &what)
{
    QVERIFY_SAME(a.users, b.users, what);
    QVERIFY_SAME(a.entryRatePerSecond, b.entryRatePerSecond, what);
    QCOMPARE(a.components.size(), b.components.size());
    QCOMPARE(a.bottleneck, b.bottleneck);
    QVERIFY_SAME(a.breaksAtUsers, b.breaksAtUsers, what);
    QVERIFY_SAME(a.availability, b.availability, what);
    QVERIFY_SAME(a.unavailability, b.unavailability, what);
    QVERIFY_SAME(a.slaAvailability, b.slaAvailability, what);
    QVERIFY_SAME(a.singleRegionAvailability, b.singleRegionAvailability, what);
    QCOMPARE(a.regionFailuresTolerated, b.regionFailuresTolerated);
    QVERIFY_SAME(a.nines, b.nines, what);
    QVERIFY_SAME(a.responseTimeMs, b.responseTimeMs, what);
    QVERIFY_SAME(a.concurrentRequests, b.concurrentRequests, what);
    QCOMPARE(a.downtimeContributors.size(), b.downtimeContributors.size());
    for (size_t c = 0; c < a.downtimeContributors.size(); ++c) {
        QCOMPARE(a.downtimeContributors[c].component, b.downtimeContributors[c].component);
        QCOMPARE(a.downtimeContributors[c].cause, b.downtimeContributors[c].cause);
        QVERIFY_SAME(a.downtimeContributors[c].minutesPerYear, b.downtimeContributors[c].minutesPerYear, what);
    }
    QCOMPARE(a.regions.size(), b.regions.size());
    for (size_t r = 0; r < a.regions.size(); ++r) {
        QCOMPARE(a.regions[r].id, b.regions[r].id);
        QVERIFY_SAME(a.regions[r].availability, b.regions[r].availability, what);
        QVERIFY_SAME(a.regions[r].usersAtSaturation, b.regions[r].usersAtSaturation, what);
    }
    QCOMPARE(a.connections.size(), b.connections.size());
    for (size_t e = 0; e < a.connections.size(); ++e) {
        QCOMPARE(a.connections[e].from, b.connections[e].from);
        QCOMPARE(a.connections[e].to, b.connections[e].to);
        QVERIFY_SAME(a.connections[e].ratePerSecond, b.connections[e].ratePerSecond, what);
        QCOMPARE(a.connections[e].async, b.connections[e].async);
    }
    for (size_t i = 0; i < a.components.size(); ++i) {
        const ComponentResult &x = a.components[i];
        const ComponentResult &y = b.components[i];
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.type, y.type);
        QCOMPARE(x.limitingDimension, y.limitingDimension);
        QCOMPARE(x.instances, y.instances);
        QCOMPARE(x.saturated, y.saturated);
        QVERIFY_SAME(x.utilization, y.utilization, what);
        QVERIFY_SAME(x.responseTimeMs, y.responseTimeMs, what);
        QVERIFY_SAME(x.inFlight, y.inFlight, what);
        QVERIFY_SAME(x.waitProbability, y.waitProbability, what);
        QVERIFY_SAME(x.headroom, y.headroom, what);
        QVERIFY_SAME(x.connectionDemand, y.connectionDemand, what);
        QVERIFY_SAME(x.slaAvailability, y.slaAvailability, what);
        QCOMPARE(x.dimensions.size(), y.dimensions.size());
        for (size_t d = 0; d < x.dimensions.size(); ++d) {
            QCOMPARE(x.dimensions[d].name, y.dimensions[d].name);
            QVERIFY_SAME(x.dimensions[d].utilization, y.dimensions[d].utilization, what);
            QVERIFY_SAME(x.dimensions[d].usersAtSaturation, y.dimensions[d].usersAtSaturation, what);
        }
        QVERIFY_SAME(x.usersAtSaturation, y.usersAtSaturation, what);
        QVERIFY_SAME(x.unavailability, y.unavailability, what);
        QCOMPARE(x.causes.size(), y.causes.size());
        for (size_t c = 0; c < x.causes.size(); ++c) {
            QCOMPARE(x.causes[c].cause, y.causes[c].cause);
            QVERIFY_SAME(x.causes[c].minutesPerYear, y.causes[c].minutesPerYear, what);
        }
    }
}

} // namespace

class TestFastPaths : public QObject
{
    Q_OBJECT

private slots:
    void designs_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : bundledDesigns())
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }

    // MonthlyCost and a priced sweep against costOf and evaluate(), at every purchase option.
    void designs()
    {
        QFETCH(QString, file);
        const auto project = readProjectFile(file.toStdString());
        QVERIFY2(project, project ? "" : project.error().toString().c_str());
        const auto model = compileModel(*project);
        QVERIFY2(model, model ? "" : model.error().toString().c_str());
        const PriceBook &book = bundledPriceBook();
        const std::vector<double> users = userCounts(*project);
        for (PurchaseOption option : {PurchaseOption::OnDemand, PurchaseOption::OneYear, PurchaseOption::ThreeYear}) {
            const QString what = file + QStringLiteral(" at ") + QString::fromLatin1(purchaseOptionKey(option));
            const MonthlyCost monthly(*model, book, option);
            QCOMPARE(monthly.warnings(), costOf(*model, 1000.0, book, option).warnings);
            const std::vector<SweepRow> rows = sweep(*model, users, &book, option);
            QCOMPARE(rows.size(), users.size());
            for (size_t p = 0; p < users.size(); ++p) {
                const SystemCost full = costOf(*model, users[p], book, option);
                QVERIFY_SAME(monthly.at(users[p]), full.monthlyUsd, what);
                QVERIFY_SAME(rows[p].monthlyCostUsd, std::optional<double>(full.monthlyUsd), what);
                const SweepRow expected = sweepRowOf(evaluate(*model, users[p]));
                QCOMPARE(rows[p].bottleneck, expected.bottleneck);
                QVERIFY_SAME(rows[p].responseTimeMs, expected.responseTimeMs, what);
                QVERIFY_SAME(rows[p].availability, expected.availability, what);
                QVERIFY_SAME(rows[p].slaAvailability, expected.slaAvailability, what);
                QVERIFY_SAME(rows[p].bottleneckUtilization, expected.bottleneckUtilization, what);
                QVERIFY_SAME(rows[p].breaksAtUsers, expected.breaksAtUsers, what);
            }
        }
    }

    void constantsKeptWithTheModel_data() { designs_data(); }

    // Saturation points and connection limits kept with the compiled model are those a model
    // without the slot derives at every call.
    void constantsKeptWithTheModel()
    {
        QFETCH(QString, file);
        const auto project = readProjectFile(file.toStdString());
        QVERIFY(project);
        const auto model = compileModel(*project);
        QVERIFY(model);
        QVERIFY(model->derived);
        CompiledModel byHand = *model;
        byHand.derived.reset();
        for (double users : userCounts(*project))
            compareEvaluations(evaluate(*model, users), evaluate(byHand, users), file);
    }

    void evaluationIntoReusedStorage_data() { designs_data(); }

    // evaluate(model, users, into) gives evaluate()'s figures whatever `into` held: another user
    // count, or another design (this one is kept from row to row, the designs differing in size).
    void evaluationIntoReusedStorage()
    {
        QFETCH(QString, file);
        const auto project = readProjectFile(file.toStdString());
        QVERIFY(project);
        const auto model = compileModel(*project);
        QVERIFY(model);
        static Evaluation reused;
        std::vector<double> users = userCounts(*project);
        std::reverse(users.begin(), users.end());  // saturated first, then back to idle
        for (double count : users) {
            evaluate(*model, count, reused);
            compareEvaluations(reused, evaluate(*model, count), file);
        }
    }

    void namesFollowTheModel_data() { designs_data(); }

    // Evaluating the same compiled model into the same storage leaves the names in place
    // (Evaluation::evaluatedModel); another model of the same shape, whose components and
    // connections are named differently, must still get its own names.
    void namesFollowTheModel()
    {
        QFETCH(QString, file);
        const auto project = readProjectFile(file.toStdString());
        QVERIFY(project);
        Project renamed = *project;
        for (Component &component : renamed.components)
            component.id = "renamed-" + component.id;
        for (Connection &connection : renamed.connections) {
            connection.from = "renamed-" + connection.from;
            connection.to = "renamed-" + connection.to;
        }
        const auto model = compileModel(*project);
        const auto other = compileModel(renamed);
        QVERIFY(model && other);
        QCOMPARE(other->nodes.size(), model->nodes.size());
        const double users = project->workload.users;
        Evaluation into;
        evaluate(*model, users, into);
        evaluate(*model, users, into);  // the same model again: names kept
        compareEvaluations(into, evaluate(*model, users), file);
        evaluate(*other, users, into);  // the same shape, other names
        compareEvaluations(into, evaluate(*other, users), file);
        QVERIFY(into.components.front().id.starts_with("renamed-"));
    }

    // A long sweep is shared out over threads (Sweep.cpp): its rows are those of one evaluation and
    // one costOf at each point, in order. 6,000 points of the 41-component template 07 is long
    // enough for two threads.
    void longSweepOverThreads()
    {
        const auto project = readProjectFile(HEADROOM_SOURCE_DIR "/resources/templates/07-multi-region-active-active.json");
        QVERIFY(project);
        const auto model = compileModel(*project);
        QVERIFY(model);
        const PriceBook &book = bundledPriceBook();
        const std::vector<double> users = logSpacedUsers(1.0, 1e9, 6000);
        const std::vector<SweepRow> rows = sweep(*model, users, &book, PurchaseOption::OneYear);
        QCOMPARE(rows.size(), users.size());
        for (size_t p = 0; p < users.size(); p += 7) {
            const SweepRow expected = sweepRowOf(evaluate(*model, users[p]));
            QVERIFY_SAME(rows[p].users, users[p], QStringLiteral("point %1").arg(p));
            QCOMPARE(rows[p].bottleneck, expected.bottleneck);
            QVERIFY_SAME(rows[p].availability, expected.availability, QStringLiteral("point %1").arg(p));
            QVERIFY_SAME(rows[p].responseTimeMs, expected.responseTimeMs, QStringLiteral("point %1").arg(p));
            QVERIFY_SAME(rows[p].breaksAtUsers, expected.breaksAtUsers, QStringLiteral("point %1").arg(p));
            QVERIFY_SAME(rows[p].monthlyCostUsd,
                         std::optional<double>(costOf(*model, users[p], book, PurchaseOption::OneYear).monthlyUsd),
                         QStringLiteral("point %1").arg(p));
        }
    }

    // The k-of-n cache answers with the figure the sum gives, whatever was asked before it.
    void kOfNCacheKeepsTheFigure()
    {
        std::vector<std::tuple<long long, long long, double>> asks;
        for (long long n = 1; n <= 60; ++n)
            for (long long k = 1; k <= n; k += 3)
                for (double p : {0.9, 0.99, 0.995, 0.9995})
                    asks.emplace_back(n, k, p);
        std::vector<double> first;
        for (const auto &[n, k, p] : asks)
            first.push_back(kOfNUnavailability(n, k, p));
        for (size_t i = asks.size(); i-- > 0;) {
            const auto &[n, k, p] = asks[i];
            QVERIFY(same(kOfNUnavailability(n, k, p), first[i]));
        }
        for (size_t i = 0; i < asks.size(); i += 7) {
            const auto &[n, k, p] = asks[i];
            QVERIFY(same(kOfNUnavailability(n, k, p), first[i]));
        }
    }
};

QTEST_GUILESS_MAIN(TestFastPaths)
#include "tst_fast_paths.moc"

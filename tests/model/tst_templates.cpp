// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The scaling-road templates (resources/templates/, one project per stage of the road from one
// box to millions of users). Every template must parse and compile, carry the load of both ends
// of its intended user range with no component above 85 % (the designer's red line), meet the
// availability its stage promises, price completely with the bundled price book, and cost more
// than the stage before it. The files are found on disk, so a template added later is checked
// by the same rows.

#include "model/compile/CompiledModel.h"
#include "model/cost/CostModel.h"
#include "model/evaluation/Evaluator.h"
#include "model/io/ProjectFile.h"
#include "pricing/PriceBookFile.h"

#include <QDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace headroom;

namespace {

const QString kTemplates = QStringLiteral(HEADROOM_SOURCE_DIR "/resources/templates/");

// The designer's red line: a component above it shows red on the canvas.
constexpr double kMaxUtilization = 0.85;

// Node size on the canvas (app/designer/canvas/NodeItem), in px.
constexpr double kNodeWidth = 200.0;
constexpr double kNodeHeight = 78.0;

QStringList templateFiles()
{
    return QDir(kTemplates).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

Project loaded(const QString &file)
{
    auto project = readProjectFile((kTemplates + file).toStdString());
    if (!project)
        qFatal("%s", project.error().toString().c_str());
    return *project;
}

CompiledModel compiled(const QString &file)
{
    auto model = compileModel(loaded(file));
    if (!model)
        qFatal("%s", model.error().toString().c_str());
    return *model;
}

SystemCost pricedAt(const QString &file, double users)
{
    return costOf(compiled(file), users, bundledPriceBook(), PurchaseOption::OnDemand);
}

QString rowName(const QString &file, double users)
{
    return QStringLiteral("%1 at %2 users").arg(file.chopped(5)).arg(users, 0, 'f', 0);
}

// The least expected availability at the top of the range each stage must keep, by template
// number: the through-line of the road (article 001 of the seeds, "Cost & SLOs": ~99.7 % for one
// box, 99.9 % with a second zone, 99.95 % at 100K, 99.99 % at 1M–10M, 99.999 % on the hot path
// at 100M), as issue 14 sets it for the templates: 01 ≥ 99.5 %, 02 ≥ 99.7 %, 03 ≥ 99.9 %,
// 04 ≥ 99.95 %, 05–06 ≥ 99.99 %, 07–08 ≥ 99.995 % (two regions; 07 must also beat 08).
double roadMinimumAvailability(int stage)
{
    switch (stage) {
    case 1: return 0.995;
    case 2: return 0.997;
    case 3: return 0.999;
    case 4: return 0.9995;
    case 5:
    case 6: return 0.9999;
    default: return 0.99995;
    }
}

} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT

private slots:
    // The road has eight stages, named 01-… to 08-…, so File → New from template lists them in order.
    void theRoadHasEightStagesInOrder()
    {
        const QStringList files = templateFiles();
        QCOMPARE(files.size(), 8);
        for (int i = 0; i < files.size(); ++i)
            QVERIFY2(files[i].startsWith(QStringLiteral("%1-").arg(i + 1, 2, 10, QLatin1Char('0'))),
                     qPrintable(files[i]));
    }

    void describesItsStage_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : templateFiles())
            QTest::newRow(qPrintable(file)) << file;
    }

    // A name, a description of the stage, an intended range, and stages at both of its ends.
    void describesItsStage()
    {
        QFETCH(QString, file);
        const Project project = loaded(file);
        QVERIFY(!project.name.empty());
        QVERIFY2(project.description.size() >= 200, project.description.c_str());
        QVERIFY(project.intendedUsersFrom && project.intendedUsersTo);
        QVERIFY(*project.intendedUsersFrom < *project.intendedUsersTo);
        const auto hasStageAt = [&](double users) {
            return std::any_of(project.stages.begin(), project.stages.end(),
                               [&](const Stage &stage) { return stage.users == users; });
        };
        QVERIFY(hasStageAt(*project.intendedUsersFrom));
        QVERIFY(hasStageAt(*project.intendedUsersTo));
    }

    void carriesItsRange_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("users");
        for (const QString &file : templateFiles()) {
            const Project project = loaded(file);
            const double from = project.intendedUsersFrom.value_or(0.0);
            const double to = project.intendedUsersTo.value_or(0.0);
            QTest::newRow(qPrintable(rowName(file, from))) << file << from;
            QTest::newRow(qPrintable(rowName(file, to))) << file << to;
        }
    }

    // At both ends of the intended range, no component is saturated or above 85 %.
    void carriesItsRange()
    {
        QFETCH(QString, file);
        QFETCH(double, users);
        const Evaluation evaluation = evaluate(compiled(file), users);
        for (const ComponentResult &component : evaluation.components) {
            const QString what = QStringLiteral("%1 at %2 % (%3)")
                                     .arg(QString::fromStdString(component.id))
                                     .arg(100.0 * component.utilization, 0, 'f', 1)
                                     .arg(QString::fromStdString(component.limitingDimension));
            QVERIFY2(!component.saturated, qPrintable(what));
            QVERIFY2(component.utilization <= kMaxUtilization, qPrintable(what));
        }
    }

    void keepsTheRoadsAvailability_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("minimum");
        for (const QString &file : templateFiles())
            QTest::newRow(qPrintable(file)) << file << roadMinimumAvailability(file.left(2).toInt());
    }

    // At the top of the range: at least the road's minimum for the stage, and at least the
    // availability target the template itself declares (what the advisor will check).
    void keepsTheRoadsAvailability()
    {
        QFETCH(QString, file);
        QFETCH(double, minimum);
        const Project project = loaded(file);
        const Evaluation evaluation = evaluate(compiled(file), *project.intendedUsersTo);
        const QString figures = QStringLiteral("availability %1, road minimum %2, target %3")
                                    .arg(evaluation.availability, 0, 'f', 6)
                                    .arg(minimum)
                                    .arg(project.availabilityTarget);
        QVERIFY2(evaluation.availability >= minimum, qPrintable(figures));
        QVERIFY2(evaluation.availability >= project.availabilityTarget, qPrintable(figures));
    }

    // Two active regions are each sized to carry both halves of the traffic at the top of the
    // range, so one region's failure is tolerated and the pair beats one region alone.
    void activeActiveSurvivesARegion()
    {
        const QString file = QStringLiteral("07-multi-region-active-active.json");
        const Project project = loaded(file);
        const Evaluation evaluation = evaluate(compiled(file), *project.intendedUsersTo);
        QCOMPARE(evaluation.regions.size(), size_t(2));
        QCOMPARE(evaluation.regionFailuresTolerated, 1);
        QVERIFY(evaluation.availability > evaluation.singleRegionAvailability);
    }

    // The warm standby takes no traffic (Route 53's failover record: 0 calls per request), can
    // carry the whole load once grown (checked on the design routed to it), and so beats one
    // region; active-active, which moves users in Route 53's failover time instead of a
    // takeover, beats it.
    void warmStandbyTakesNoTraffic()
    {
        const QString file = QStringLiteral("08-multi-region-warm-dr.json");
        const Project project = loaded(file);
        const Evaluation evaluation = evaluate(compiled(file), *project.intendedUsersTo);
        QCOMPARE(evaluation.regions.size(), size_t(2));
        QVERIFY(evaluation.regions[1].standby);
        QCOMPARE(evaluation.regions[1].trafficShare, 0.0);
        QVERIFY(evaluation.availability > evaluation.singleRegionAvailability);
        const QString activeFile = QStringLiteral("07-multi-region-active-active.json");
        const Evaluation active = evaluate(compiled(activeFile), *loaded(activeFile).intendedUsersTo);
        QVERIFY2(active.availability > evaluation.availability,
                 qPrintable(QStringLiteral("07 %1, 08 %2").arg(active.availability, 0, 'f', 7).arg(evaluation.availability, 0, 'f', 7)));
    }

    void pricesCompletely_data() { carriesItsRange_data(); }

    // Every template uses only types and sizes the bundled price book prices: no warning, a
    // complete total.
    void pricesCompletely()
    {
        QFETCH(QString, file);
        QFETCH(double, users);
        const SystemCost cost = pricedAt(file, users);
        QVERIFY2(cost.warnings.empty(), cost.warnings.empty() ? "" : cost.warnings.front().c_str());
        QVERIFY(cost.complete);
        QVERIFY(cost.onDemandMonthlyUsd > 0.0);
    }

    // Each stage costs more at the top of its range than the stage before it at the top of its
    // own. 08 (warm standby) is the cheaper alternative to 07 (two active regions) for the
    // same range, so it sits between 06 and 07 rather than after 07.
    void costsGrowAlongTheRoad()
    {
        const QStringList files = templateFiles();
        QCOMPARE(files.size(), 8);
        std::vector<double> usd;
        for (const QString &file : files)
            usd.push_back(pricedAt(file, *loaded(file).intendedUsersTo).onDemandMonthlyUsd);
        for (size_t i = 1; i < 7; ++i)
            QVERIFY2(usd[i - 1] < usd[i], qPrintable(QStringLiteral("%1: $%2 after $%3")
                                                         .arg(files[int(i)])
                                                         .arg(usd[i], 0, 'f', 0)
                                                         .arg(usd[i - 1], 0, 'f', 0)));
        QVERIFY2(usd[5] < usd[7] && usd[7] < usd[6],
                 qPrintable(QStringLiteral("06 $%1, 07 $%2, 08 $%3").arg(usd[5], 0, 'f', 0).arg(usd[6], 0, 'f', 0)
                                .arg(usd[7], 0, 'f', 0)));
    }

    void nodesDoNotOverlap_data() { describesItsStage_data(); }

    // Nodes are 200 × 78 px; the templates lay them out on a grid where none overlaps another.
    void nodesDoNotOverlap()
    {
        QFETCH(QString, file);
        const Project project = loaded(file);
        for (size_t i = 0; i < project.components.size(); ++i)
            for (size_t j = i + 1; j < project.components.size(); ++j) {
                const Position &a = project.components[i].position;
                const Position &b = project.components[j].position;
                const bool overlap = std::fabs(a.x - b.x) < kNodeWidth && std::fabs(a.y - b.y) < kNodeHeight;
                QVERIFY2(!overlap, qPrintable(QString::fromStdString(project.components[i].id + " and "
                                                                    + project.components[j].id)));
            }
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"

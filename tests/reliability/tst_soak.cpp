// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// A long session in the designer: scripted random edits, slider drags, selections, copy and
// paste, undo and redo on the real MainWindow, for HEADROOM_SOAK_SECONDS (45 s by default,
// an hour by hand: see tests/RELIABILITY.md). The random sequence is fixed by
// HEADROOM_SOAK_SEED (printed, so a failure can be replayed).
//
// After every step the published results must equal a fresh compile and evaluation of the
// document (model and cost, compared through their JSON); every 25 steps the canvas must
// mirror the document, and undoing then redoing a few steps must give back the same project.
// Once the undo history is full (or 60 % of the time has passed), resident memory and the
// number of live QObjects are the baseline, and must stay flat to the end (the memory check
// is skipped under AddressSanitizer, whose quarantine holds freed memory on purpose).

#include "designer/DesignerFixture.h"

#include "app/designer/document/DocumentEdits.h"

#include "model/catalog/Catalog.h"
#include "model/compile/CompiledModel.h"
#include "model/cost/CostModel.h"
#include "model/export/EvaluationJson.h"
#include "model/evaluation/Evaluator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMimeData>
#include <QSlider>

#include <algorithm>
#include <random>

using namespace headroom;
using namespace headroom::designer;
using headroom::test::DesignerFixture;
using headroom::test::qs;

#if defined(__SANITIZE_ADDRESS__)
#define HEADROOM_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HEADROOM_UNDER_ASAN 1
#endif
#endif

namespace {

// Resident set size of this process in KiB, from /proc/self/status (Linux).
long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

constexpr int kDefaultSeconds = 45;

int environmentNumber(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

class TestSoak : public DesignerFixture
{
    Q_OBJECT

public:
    // Called by QTEST_MAIN before the application starts: QtTest's watchdog (5 minutes per
    // test function by default) is told how long the session will run.
    static void initMain()
    {
        if (qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
            return;
        const qint64 sessionMs = environmentNumber("HEADROOM_SOAK_SECONDS", kDefaultSeconds) * 1000LL;
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(sessionMs + 10 * 60 * 1000));
    }

private slots:
    void initTestCase() { initFixture(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void randomSessionStaysConsistentAndFlat();

private:
    // One random step; returns what it did, for the log of a failure.
    QString randomStep();
    QString editRandomParameter();
    QString dragSlider();
    QString addComponent();
    QString connectTwo();
    QString deleteSomething();
    QString copyAndPaste();
    QString moveComponent();
    QString undoAndRedo();

    void checkResultsMatchFreshEvaluation();
    void checkUndoRedoRoundTrip(int steps);
    int liveObjects();
    void settle();

    const Component &randomComponent();
    int uniform(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
    double uniformReal(double low, double high) { return std::uniform_real_distribution<double>(low, high)(m_random); }

    std::mt19937 m_random;
};

void TestSoak::randomSessionStaysConsistentAndFlat()
{
    const int seconds = environmentNumber("HEADROOM_SOAK_SECONDS", kDefaultSeconds);
    const int seed = environmentNumber("HEADROOM_SOAK_SEED", 20261126);
    m_random.seed(static_cast<std::mt19937::result_type>(seed));
    qInfo("soak: %d s, seed %d", seconds, seed);

    QElapsedTimer clock;
    clock.start();
    const qint64 warmUpMs = std::max<qint64>(seconds * 1000LL / 5, 3000);
    long baselineKiB = -1;
    long peakKiB = 0;
    int baselineObjects = 0;
    int steps = 0;
    int stepsAtLastReport = 0;
    qint64 nextReportMs = 60 * 1000;
    QString last;
    while (clock.elapsed() < seconds * 1000LL) {
        last = randomStep();
        ++steps;
        settle();
        checkResultsMatchFreshEvaluation();
        if (steps % 25 == 0 && !QTest::currentTestFailed())
            checkCanvasMirrors();
        if (steps % 25 == 0 && !QTest::currentTestFailed())
            checkUndoRedoRoundTrip(uniform(1, 5));
        if (QTest::currentTestFailed()) {
            qWarning("soak: step %d (seed %d) failed after: %s", steps, seed, qPrintable(last));
            return;
        }
        // The baseline: once the undo history is full (it stops growing there), or at 60 % of
        // the time on a machine too slow to fill it (its growth then stays well inside the bound).
        const bool historyFull = undoCount() >= ProjectDocument::kUndoLimit;
        if (baselineKiB < 0 && ((historyFull && clock.elapsed() > warmUpMs) || clock.elapsed() > seconds * 600LL)) {
            baselineKiB = residentKiB();
            baselineObjects = liveObjects();
            qInfo("soak: baseline after %d steps (%d undo steps): %ld KiB resident, %d objects", steps, undoCount(),
                  baselineKiB, baselineObjects);
        }
        if (baselineKiB >= 0)
            peakKiB = std::max(peakKiB, residentKiB());
        if (clock.elapsed() >= nextReportMs) {  // a line a minute, to see a slowdown or growth
            qInfo("soak: %lld s: %d steps (%d in the last minute), %ld KiB resident, %zu components",
                  clock.elapsed() / 1000, steps, steps - stepsAtLastReport, residentKiB(),
                  document().project().components.size());
            stepsAtLastReport = steps;
            nextReportMs += 60 * 1000;
        }
    }
    QVERIFY(baselineKiB >= 0);
    const long endKiB = residentKiB();
    const int endObjects = liveObjects();
    qInfo("soak: %d steps in %lld s; resident %ld KiB at baseline, %ld KiB peak, %ld KiB at the end; "
          "objects %d → %d; %zu components",
          steps, clock.elapsed() / 1000, baselineKiB, peakKiB, endKiB, baselineObjects, endObjects,
          document().project().components.size());
    QVERIFY2(endObjects <= baselineObjects + 200,
             qPrintable(QStringLiteral("live QObjects grew from %1 to %2").arg(baselineObjects).arg(endObjects)));
#ifndef HEADROOM_UNDER_ASAN
    // Flat: the last stretch may not take more than 16 MiB beyond the baseline (allocator
    // slack for a design that grew by a few dozen components, not growth per step).
    QVERIFY2(endKiB - baselineKiB < 16 * 1024,
             qPrintable(QStringLiteral("resident memory grew from %1 KiB to %2 KiB").arg(baselineKiB).arg(endKiB)));
#endif
}

QString TestSoak::randomStep()
{
    const size_t components = document().project().components.size();
    const int roll = uniform(0, 99);
    if (roll < 25)
        return dragSlider();
    if (roll < 45)
        return editRandomParameter();
    if (roll < 55)
        return moveComponent();
    if (roll < 70)
        return undoAndRedo();
    if (roll < 78)
        return components < 40 ? addComponent() : deleteSomething();
    if (roll < 88)
        return connectTwo();
    if (roll < 94)
        return components > 6 ? deleteSomething() : addComponent();
    return components < 40 ? copyAndPaste() : deleteSomething();
}

// A slider drag of a few positions, as one gesture (one undo step).
QString TestSoak::dragSlider()
{
    QSlider *slider = window().sliderBar()->slider();
    slider->setSliderDown(true);
    const int moves = uniform(1, 6);
    for (int i = 0; i < moves; ++i) {
        slider->setValue(uniform(slider->minimum(), slider->maximum()));
        QCoreApplication::processEvents();
    }
    slider->setSliderDown(false);
    return QStringLiteral("drag slider to %1").arg(slider->value());
}

// A number, count, fraction, flag or choice of a random component set to a random value
// inside its catalog range, as the inspector would.
QString TestSoak::editRandomParameter()
{
    const Component &component = randomComponent();
    const ComponentSpec *spec = Catalog::builtIn().find(component.type);
    std::vector<const ParamSpec *> editable;
    for (const ParamSpec &param : spec->params)
        if (param.kind != ParamKind::InstanceType)
            editable.push_back(&param);
    if (editable.empty())
        return moveComponent();
    const ParamSpec &param = *editable[static_cast<size_t>(uniform(0, static_cast<int>(editable.size()) - 1))];
    Component after = component;
    switch (param.kind) {
    case ParamKind::Flag:
        after.params[param.name] = uniform(0, 1) == 1;
        break;
    case ParamKind::Choice:
        after.params[param.name] = param.choices[static_cast<size_t>(uniform(0, static_cast<int>(param.choices.size()) - 1))];
        break;
    case ParamKind::Count: {
        const int low = static_cast<int>(std::ceil(param.minimum)) + (param.minimumExclusive ? 1 : 0);
        const int high = static_cast<int>(std::min(param.maximum, static_cast<double>(low + 64)));
        after.params[param.name] = static_cast<double>(uniform(low, std::max(low, high)));
        break;
    }
    case ParamKind::Fraction:
        after.params[param.name] = uniformReal(std::max(param.minimum, param.minimumExclusive ? 0.01 : 0.0), param.maximum);
        break;
    case ParamKind::Number: {
        const double typical = std::holds_alternative<double>(param.defaultValue.value_or(ParamValue(1.0)))
                                   ? std::get<double>(param.defaultValue.value_or(ParamValue(1.0)))
                                   : 1.0;
        const double low = std::max(param.minimum + (param.minimumExclusive ? 1e-3 : 0.0), typical / 4.0);
        const double high = std::min(param.maximum, std::max(low, typical) * 4.0 + 1.0);
        after.params[param.name] = uniformReal(low, std::max(low, high));
        break;
    }
    case ParamKind::InstanceType:
        break;
    }
    const QString key = qs(component.id + "/" + param.name);
    edits::changeComponent(document(), component.id, after, QStringLiteral("Edit %1").arg(key), key);
    return QStringLiteral("set %1").arg(key);
}

QString TestSoak::moveComponent()
{
    const Component &component = randomComponent();
    const Position to{std::round(uniformReal(-200, 2000) / 20) * 20, std::round(uniformReal(-200, 1200) / 20) * 20};
    edits::moveComponents(document(), {{component.id, to}});
    return QStringLiteral("move %1").arg(qs(component.id));
}

QString TestSoak::addComponent()
{
    const std::vector<ComponentSpec> &specs = Catalog::builtIn().all();
    const ComponentSpec &spec = specs[static_cast<size_t>(uniform(0, static_cast<int>(specs.size()) - 1))];
    window().scene()->addComponentAt(spec.type, QPointF(uniformReal(0, 1800), uniformReal(0, 1000)));
    return QStringLiteral("add %1").arg(qs(spec.type));
}

// A connection the canvas allows (the scene refuses the others, as it does for the mouse).
QString TestSoak::connectTwo()
{
    const std::string from = randomComponent().id;
    const std::string to = randomComponent().id;
    const bool made = window().scene()->connectComponents(from, to);
    return QStringLiteral("connect %1 → %2%3").arg(qs(from), qs(to), made ? QString() : QStringLiteral(" (refused)"));
}

QString TestSoak::deleteSomething()
{
    const Project &project = document().project();
    window().scene()->clearSelection();
    QString what;
    if (uniform(0, 1) == 0 && !project.connections.empty()) {
        const int index = uniform(0, static_cast<int>(project.connections.size()) - 1);
        for (EdgeItem *edge : window().scene()->edges())
            if (edge->connectionIndex() == index)
                edge->setSelected(true);
        what = QStringLiteral("delete connection %1").arg(index);
    } else {
        const std::string id = randomComponent().id;
        node(id)->setSelected(true);
        what = QStringLiteral("delete %1").arg(qs(id));
    }
    window().scene()->deleteSelection();
    return what;
}

QString TestSoak::copyAndPaste()
{
    window().scene()->clearSelection();
    const std::string first = randomComponent().id;
    const std::string second = randomComponent().id;
    node(first)->setSelected(true);
    node(second)->setSelected(true);
    std::unique_ptr<QMimeData> copied(window().scene()->copySelection());
    window().scene()->paste(copied.get());
    return QStringLiteral("copy and paste %1, %2").arg(qs(first), qs(second));
}

QString TestSoak::undoAndRedo()
{
    QAction *undo = action("undoAction");
    QAction *redo = action("redoAction");
    const int undos = uniform(1, 4);
    for (int i = 0; i < undos && undo->isEnabled(); ++i)
        undo->trigger();
    const int redos = uniform(0, undos);
    for (int i = 0; i < redos && redo->isEnabled(); ++i)
        redo->trigger();
    return QStringLiteral("undo %1, redo %2").arg(undos).arg(redos);
}

// Selecting a random component (the inspector rebuilds its editors) is part of every step.
const Component &TestSoak::randomComponent()
{
    const std::vector<Component> &components = document().project().components;
    const Component &chosen = components[static_cast<size_t>(uniform(0, static_cast<int>(components.size()) - 1))];
    if (uniform(0, 3) == 0) {
        window().scene()->clearSelection();
        if (NodeItem *item = node(chosen.id))
            item->setSelected(true);
    }
    return chosen;
}

// Delivers queued events, deferred deletes included, so that the views catch up and the
// object count is real.
void TestSoak::settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestSoak::checkResultsMatchFreshEvaluation()
{
    const Project &project = document().project();
    const DesignResults &published = results();
    QCOMPARE(published.users, project.workload.users);
    const auto model = compileModel(project);
    if (!model) {
        QVERIFY2(published.compileError, qPrintable(qs(model.error().toString())));
        return;
    }
    QVERIFY2(!published.compileError, published.compileError->c_str());
    const PriceBook &prices = window().controller()->prices();
    const Evaluation evaluation = evaluate(*model, project.workload.users);
    const SystemCost cost = costOf(*model, project.workload.users, prices, project.purchaseOption);
    QCOMPARE(qs(evaluationToJson(published.evaluation, &published.cost, &prices)),
             qs(evaluationToJson(evaluation, &cost, &prices)));
}

// Undoing `steps` steps and redoing them gives back exactly the same project and results.
void TestSoak::checkUndoRedoRoundTrip(int steps)
{
    const Project before = document().project();
    QUndoStack *stack = document().undoStack();
    const int index = stack->index();
    for (int i = 0; i < steps && stack->canUndo(); ++i)
        action("undoAction")->trigger();
    settle();
    CHECK(checkResultsMatchFreshEvaluation());
    while (stack->index() < index)
        action("redoAction")->trigger();
    settle();
    QVERIFY(document().project() == before);
    CHECK(checkResultsMatchFreshEvaluation());
    CHECK(checkCanvasMirrors());
}

int TestSoak::liveObjects()
{
    window().scene()->clearSelection();
    settle();
    return static_cast<int>(window().findChildren<QObject *>().size());
}

QTEST_MAIN(TestSoak)
#include "tst_soak.moc"

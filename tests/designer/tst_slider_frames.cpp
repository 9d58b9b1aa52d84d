// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// A slider step inside a frame (issue 19, item 2): moves of the user slider queued within one
// frame cost one evaluation, at the last position; moves a frame apart are each evaluated;
// flush() evaluates a pending move at once. Counted, never timed.

#include "DesignerFixture.h"

#include "app/designer/FrameCoalescer.h"
#include "app/designer/document/DocumentEdits.h"

#include <QSignalSpy>
#include <QSlider>

using namespace headroom;
using namespace headroom::designer;
using namespace headroom::test;

class TestSliderFrames : public DesignerFixture
{
    Q_OBJECT

private:
    EvaluationController *controller() const { return window().controller(); }
    QSlider *slider() const { return window().sliderBar()->slider(); }

private slots:
    void initTestCase() { initFixture(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    // Ten moves of a drag before the event loop runs: none is evaluated on the spot (the
    // document has the count at once), then exactly one evaluation, at the tenth position.
    void tenQueuedMovesMakeOneEvaluationAtTheLast()
    {
        QVERIFY(controller()->isSettled());
        const int start = slider()->value();
        const int evaluations = controller()->usersEvaluations();
        QSignalSpy published(controller(), &EvaluationController::resultsChanged);
        slider()->setSliderDown(true);
        for (int step = 1; step <= 10; ++step)
            slider()->setValue(start + step);
        const double last = UserSliderBar::usersAt(start + 10);
        QCOMPARE(document().project().workload.users, last);
        QCOMPARE(published.count(), 0);
        QVERIFY(!controller()->isSettled());
        QTRY_VERIFY(controller()->isSettled());
        QCOMPARE(controller()->usersEvaluations() - evaluations, 1);
        QCOMPARE(published.count(), 1);
        QCOMPARE(controller()->results()->users, last);
        // Every view shows the last count: the canvas's figures are the evaluation's.
        const ComponentResult *web = controller()->results()->component("web");
        QVERIFY(web);
        QCOMPARE(node("web")->utilization(), web->utilization);
        slider()->setSliderDown(false);
    }

    // Moves a frame or more apart are each evaluated: the coalescing never drops the last one.
    void movesAFrameApartAreEachEvaluated()
    {
        const int start = slider()->value();
        const int evaluations = controller()->usersEvaluations();
        for (int step = 1; step <= 3; ++step) {
            slider()->setValue(start + step);
            QTRY_VERIFY(controller()->isSettled());
            QCOMPARE(controller()->results()->users, UserSliderBar::usersAt(start + step));
        }
        QCOMPARE(controller()->usersEvaluations() - evaluations, 3);
    }

    // flush() evaluates a pending move now, once; the frame's timer then finds nothing to do.
    void flushEvaluatesAPendingMoveNow()
    {
        const int start = slider()->value();
        const int evaluations = controller()->usersEvaluations();
        QSignalSpy published(controller(), &EvaluationController::resultsChanged);
        slider()->setValue(start + 5);
        slider()->setValue(start + 7);
        QCOMPARE(published.count(), 0);
        controller()->flush();
        QCOMPARE(published.count(), 1);
        QCOMPARE(controller()->results()->users, UserSliderBar::usersAt(start + 7));
        QVERIFY(controller()->isSettled());
        QTest::qWait(3 * FrameCoalescer::kFrameMs);
        QCOMPARE(published.count(), 1);
        QCOMPARE(controller()->usersEvaluations() - evaluations, 1);
    }

    // A design edit queued with slider moves: its recompile evaluates at the latest count, and
    // no evaluation of the moves follows it.
    void aRecompileTakesThePendingMoveWithIt()
    {
        const int start = slider()->value();
        const int evaluations = controller()->usersEvaluations();
        slider()->setValue(start + 3);
        Workload workload = document().project().workload;
        workload.peakToAverage += 0.5;
        edits::changeWorkload(document(), workload, QStringLiteral("Edit peak"));
        slider()->setValue(start + 4);
        controller()->flush();
        QCOMPARE(controller()->results()->users, UserSliderBar::usersAt(start + 4));
        QTest::qWait(3 * FrameCoalescer::kFrameMs);
        QCOMPARE(controller()->usersEvaluations() - evaluations, 0);
    }

    // The coalescer alone: requests before the event loop runs, one run; a request during the
    // run's frame waits for the frame and runs once; cancel drops a pending run.
    void coalescerRunsOncePerRequestBurst()
    {
        int ran = 0;
        FrameCoalescer coalescer([&ran] { ++ran; });
        for (int i = 0; i < 10; ++i)
            coalescer.request();
        QVERIFY(coalescer.isPending());
        QCOMPARE(ran, 0);
        QTRY_COMPARE(ran, 1);
        coalescer.request();
        coalescer.request();
        QTRY_COMPARE(ran, 2);
        QTest::qWait(3 * FrameCoalescer::kFrameMs);
        QCOMPARE(ran, 2);
        coalescer.request();
        coalescer.cancel();
        QTest::qWait(3 * FrameCoalescer::kFrameMs);
        QCOMPARE(ran, 2);
        QCOMPARE(coalescer.runs(), 2);
    }
};

QTEST_MAIN(TestSliderFrames)
#include "tst_slider_frames.moc"

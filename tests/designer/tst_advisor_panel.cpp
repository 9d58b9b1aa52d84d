// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The designer's advisor panel: findings and "what breaks next" for the design at the
// current user count, each fix applied as one undoable edit, and the right-sizer.

#include "EvaluationController.h"
#include "MainWindow.h"
#include "panels/AdvisorPanel.h"

#include "model/compile/CompiledModel.h"
#include "model/evaluation/Evaluator.h"

#include "document/DocumentEdits.h"

#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace headroom;
using namespace headroom::designer;

class TestAdvisorPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;

    // The index of the finding that the web tier is over-utilized, or -1.
    static int webOverload(const std::vector<Finding> &findings)
    {
        for (size_t i = 0; i < findings.size(); ++i)
            if (findings[i].componentId == "web" && findings[i].kind == FindingKind::OverUtilization)
                return static_cast<int>(i);
        return -1;
    }

    void open(const QString &path, double users)
    {
        QString error;
        auto document = ProjectDocument::open(path, &error);
        QVERIFY2(document, qPrintable(error));
        m_window->setDocument(std::move(document));
        m_window->showUsers(users);
        m_window->advisor()->refreshNow();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }  // keep the user's settings out
    void init() { m_window = std::make_unique<MainWindow>(); }
    // The controller's results once it has recompiled and swept the document as it is now.
    designer::DesignResultsPtr settled() const
    {
        m_window->controller()->settle();
        return m_window->controller()->results();
    }

    void cleanup()
    {
        m_window->document()->undoStack()->setClean();  // never ask to save
        m_window.reset();
    }

    // At 1M users the three-tier example's web tier is saturated: the advisor says so, and
    // its fix, applied from the panel, is one undo step that lowers the web tier's utilization.
    void applyingAFindingIsOneUndoableStep()
    {
        open(QStringLiteral(":/examples/three-tier.json"), 1e6);
        AdvisorPanel *panel = m_window->advisor();
        const int web = webOverload(panel->findings());
        QVERIFY2(web >= 0, "no over-utilization finding for the web tier at 1M users");
        const Finding finding = panel->findings()[static_cast<size_t>(web)];
        QVERIFY(finding.after.utilization < finding.before.utilization);

        const Project before = m_window->document()->project();
        const int steps = m_window->document()->undoStack()->count();
        panel->applyFinding(web);
        QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);
        QVERIFY(m_window->document()->project() == finding.changed);
        const ComponentResult *after = settled()->component("web");
        QVERIFY(after);
        QCOMPARE(after->utilization, finding.after.utilization);
        m_window->document()->undoStack()->undo();
        QVERIFY(m_window->document()->project() == before);
    }

    // "What breaks next" names the component with the smallest saturation point, and its best
    // fix raises that point.
    void breaksNextNamesTheFirstToSaturate()
    {
        open(QStringLiteral(":/examples/three-tier.json"), 1e5);
        AdvisorPanel *panel = m_window->advisor();
        const Evaluation &e = settled()->evaluation;
        QVERIFY(e.breaksAtUsers);
        QCOMPARE(panel->breaksNext().breaksAtUsers.value_or(-1), *e.breaksAtUsers);
        QVERIFY(panel->breaksNext().best >= 0);
        // Applying the fix replaces the results `e` refers to: keep the figure, not the reference.
        const double breaksBefore = *e.breaksAtUsers;
        panel->applyBreaksNextFix();
        const Evaluation &fixed = settled()->evaluation;
        QVERIFY(fixed.breaksAtUsers.value_or(1e18) > breaksBefore);
    }

    // The right-sizer shrinks an over-provisioned design; applying it is one step and the
    // result meets the targets.
    void rightSizingShrinksAndMeetsTargets()
    {
        open(QStringLiteral(":/examples/single-box.json"), 1000);
        Project big = m_window->document()->project();
        big.components[2].params["instance_type"] = std::string("m6i.4xlarge");
        big.components[2].params["instances"] = 4.0;
        m_window->setDocument(std::make_unique<ProjectDocument>(big));
        m_window->showUsers(1000);
        const auto result = m_window->advisor()->rightSizeNow();
        QVERIFY(result && result->ok);
        QVERIFY(result->savingUsdPerMonth > 0.0);
        m_window->advisor()->applyRightSize();
        QVERIFY(m_window->document()->project() == result->project);
        const Evaluation &e = settled()->evaluation;
        for (const ComponentResult &component : e.components)
            QVERIFY2(component.utilization <= 0.7 + 1e-9, component.id.c_str());
        // The target is the project's own availability_target.
        QCOMPARE(result->minAvailability, big.availabilityTarget);
        QVERIFY(e.availability >= big.availabilityTarget - 1e-12 || !result->startMeetsTargets);
    }

    // A hidden advisor (its tab behind the inspector's) does not recompute while the design
    // or the user count moves; shown, it catches up.
    void hiddenPanelCatchesUpWhenShown()
    {
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        open(QStringLiteral(":/examples/three-tier.json"), 1e5);
        AdvisorPanel *panel = m_window->advisor();
        m_window->findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->raise();  // the advisor's tab behind it
        QTRY_VERIFY(!panel->isOnScreen());
        panel->refreshNow();
        const std::vector<Finding> at100k = panel->findings();
        m_window->showUsers(1e6);
        const auto webOverloaded = [](const std::vector<Finding> &findings) { return webOverload(findings) >= 0; };
        QVERIFY(!webOverloaded(at100k));
        QTest::qWait(500);  // longer than the panel's pause
        QVERIFY(!webOverloaded(panel->findings()));
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("advisorDock"));
        QVERIFY(dock);
        dock->raise();
        QTRY_VERIFY(panel->isOnScreen());
        QTRY_VERIFY_WITH_TIMEOUT(webOverloaded(panel->findings()), 3000);
    }

    // A fix is measured again on the design as it is when applied: an edit made after the
    // findings were computed survives it.
    void applyingAFixKeepsALaterEdit()
    {
        open(QStringLiteral(":/examples/three-tier.json"), 1e6);
        AdvisorPanel *panel = m_window->advisor();
        const int web = webOverload(panel->findings());
        QVERIFY(web >= 0);
        ProjectDocument *document = m_window->document();
        Component cache = *document->component("cache");
        cache.label = "Session cache";
        edits::changeComponent(*document, "cache", cache, QStringLiteral("Rename"));
        panel->applyFinding(web);
        QCOMPARE(document->component("cache")->label, std::string("Session cache"));
        const ComponentResult *after = settled()->component("web");
        QVERIFY(after && after->utilization < 1.0);
        QCOMPARE(document->undoStack()->count(), 2);
    }

    // The right-sizer runs on a worker thread: the panel shows its progress and can cancel
    // it, leaving the design as it was.
    void rightSizerRunsInTheBackgroundAndCancels()
    {
        open(QStringLiteral(":/templates/07-multi-region-active-active.json"), 2e7);
        AdvisorPanel *panel = m_window->advisor();
        const Project before = m_window->document()->project();
        panel->startRightSize();
        QVERIFY(panel->isRightSizing());
        QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("runRightSize"))->isEnabled());
        panel->cancelRightSize();
        QTRY_VERIFY(!panel->isRightSizing());
        QTRY_VERIFY(panel->findChild<QPushButton *>(QStringLiteral("runRightSize"))->isEnabled());
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("rightSizeResult"))->text(),
                 QStringLiteral("Cancelled; the design is unchanged."));
        QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("applyRightSize"))->isEnabled());
        QVERIFY(m_window->document()->project() == before);
    }
};

QTEST_MAIN(TestAdvisorPanel)
#include "tst_advisor_panel.moc"

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The designer's advisor panel: findings and "what breaks next" for the design at the
// current user count, each fix applied as one undoable edit, and the right-sizer.

#include "EvaluationController.h"
#include "MainWindow.h"
#include "panels/AdvisorPanel.h"

#include "model/compile/CompiledModel.h"
#include "model/evaluation/Evaluator.h"

#include <QStandardPaths>
#include <QTest>

using namespace headroom;
using namespace headroom::designer;

class TestAdvisorPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;

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
        int web = -1;
        for (size_t i = 0; i < panel->findings().size(); ++i)
            if (panel->findings()[i].componentId == "web" && panel->findings()[i].kind == FindingKind::OverUtilization)
                web = static_cast<int>(i);
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
};

QTEST_MAIN(TestAdvisorPanel)
#include "tst_advisor_panel.moc"

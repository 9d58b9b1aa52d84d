// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// EvaluationController reuses the storage of results no one holds any more (the evaluation
// made in place), and never writes results someone still holds: published results stay
// immutable. Counted by identity, not timed.

#include "app/designer/EvaluationController.h"
#include "app/designer/document/ProjectDocument.h"
#include "model/evaluation/Evaluator.h"
#include "pricing/PriceBookFile.h"

#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <vector>

using namespace headroom;
using namespace headroom::designer;

class TestResultsStorage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<EvaluationController> m_controller;
    std::vector<const DesignResults *> m_published;  // identities only: nothing is kept alive
    DesignResultsPtr m_last;  // the latest published, as a view holds it
    DesignResultsPtr m_lastCurves;  // the latest sweep's answer

    void publishAt(double users)
    {
        m_document->setUsers(users);
        m_controller->flush();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QString error;
        m_document = ProjectDocument::open(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/three-tier.json"), &error);
        QVERIFY2(m_document, qPrintable(error));
        m_controller = std::make_unique<EvaluationController>(bundledPriceBook());
        m_published.clear();
        connect(m_controller.get(), &EvaluationController::resultsChanged, this,
                [this](const DesignResultsPtr &results) {
                    if (results->onlyCurvesChanged) {
                        m_lastCurves = results;
                        return;
                    }
                    m_published.push_back(results.get());
                    m_last = results;
                });
        m_controller->setDocument(m_document.get());
        m_controller->settle();
    }

    void cleanup()
    {
        m_last.reset();
        m_lastCurves.reset();
        m_controller.reset();
        m_document.reset();
    }

    // Nothing holds the results before the latest: the next evaluation is made in them, with
    // the figures a fresh evaluation gives.
    void unheldResultsAreReused()
    {
        publishAt(200000.0);
        publishAt(300000.0);
        QCOMPARE(m_published.size(), size_t(3));
        QCOMPARE(m_published[2], m_published[0]);
        const DesignResultsPtr latest = m_controller->results();
        QCOMPARE(latest->users, 300000.0);
        const Evaluation fresh = evaluate(*latest->model, 300000.0);
        QCOMPARE(latest->evaluation.components.size(), fresh.components.size());
        for (size_t i = 0; i < fresh.components.size(); ++i)
            QCOMPARE(latest->evaluation.components[i].utilization, fresh.components[i].utilization);
        QCOMPARE(latest->evaluation.availability, fresh.availability);
    }

    // Results a view still holds are never written: they keep their figures, and the next
    // evaluation goes into new storage.
    void heldResultsAreNeverWritten()
    {
        const DesignResultsPtr held = m_last;
        const double users = held->users;
        const double utilization = held->component("web")->utilization;
        publishAt(users * 2.0);
        publishAt(users * 3.0);
        publishAt(users * 4.0);
        for (size_t i = 1; i < m_published.size(); ++i)
            QVERIFY(m_published[i] != held.get());
        QCOMPARE(held->users, users);
        QCOMPARE(held->component("web")->utilization, utilization);
    }

    // A sweep's answer is published as the curves alone (no copy of the figures); results()
    // gives the latest figures with those curves.
    void aSweepsAnswerCarriesOnlyTheCurves()
    {
        QVERIFY(m_lastCurves);
        QVERIFY(m_lastCurves->curves && !m_lastCurves->curves->points.empty());
        QVERIFY(m_lastCurves->evaluation.components.empty());
        QCOMPARE(m_lastCurves->users, m_last->users);
        QVERIFY(m_last->curvesPending);
        const DesignResultsPtr merged = m_controller->results();
        QCOMPARE(merged->curves, m_lastCurves->curves);
        QVERIFY(!merged->curvesPending);
        QVERIFY(!merged->onlyCurvesChanged);
        QCOMPARE(merged->evaluation.components.size(), m_last->evaluation.components.size());
        QCOMPARE(merged->users, m_last->users);
        QCOMPARE(m_controller->results(), merged);  // made once
    }
};

QTEST_MAIN(TestResultsStorage)
#include "tst_results_storage.moc"

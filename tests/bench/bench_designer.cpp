// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Designer benchmarks (QBENCHMARK, offscreen): one slider step end to end — the edit, the
// evaluation, the canvas and the charts repainted — on a 200-component design; and the stage
// report of every template. Budgets (issue #9): a slider step under 16 ms; a report under 2 s.

#include "GeneratedTopology.h"

#include "EvaluationController.h"
#include "MainWindow.h"
#include "canvas/DiagramView.h"
#include "charts/ChartsPanel.h"
#include "document/DocumentEdits.h"
#include "panels/UserSliderBar.h"
#include "report/StageReport.h"

#include "model/io/ProjectFile.h"
#include "pricing/PriceBookFile.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::designer;

class BenchDesigner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sliderStep_data()
    {
        QTest::addColumn<int>("cells");
        QTest::addColumn<bool>("forceFullRepaint");
        QTest::newRow("200 components") << 20 << false;
        QTest::newRow("200 components, full repaint") << 20 << true;
        QTest::newRow("1000 components") << 100 << false;
    }

    // What one step of a slider drag costs: the merged users edit, the evaluation (model and
    // cost), every node and edge updated, and what changed painted — through Qt's own update
    // path (posted paint events, as in a real drag), or, as a worst case, the whole canvas and
    // chart panel repainted.
    void sliderStep()
    {
        QFETCH(int, cells);
        QFETCH(bool, forceFullRepaint);
        MainWindow window;
        window.resize(1600, 1000);
        window.setDocument(std::make_unique<ProjectDocument>(bench::generatedTopology(cells)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProjectDocument *document = window.document();
        // A drag: the slider moves one position per step (users × 10^(1/100), +2.3 %), up from
        // 100 000 users and back.
        int position = UserSliderBar::positionFor(100000.0);
        int direction = 1;
        double users = 0.0;
        QBENCHMARK {
            position += direction;
            if (position >= UserSliderBar::positionFor(100000.0) + 40 || position <= UserSliderBar::positionFor(100000.0))
                direction = -direction;
            users = UserSliderBar::usersAt(position);
            edits::setUsers(*document, users);  // a view of the design: no undo step
            if (forceFullRepaint) {
                window.view()->viewport()->repaint();
                window.charts()->repaint();
            } else {
                QCoreApplication::sendPostedEvents();  // the scene's and the charts' updates
                QCoreApplication::processEvents();     // ... and the paint events they post
            }
        }
        QCOMPARE(window.controller()->results()->users, users);
        document->undoStack()->setClean();
    }

    void stageReport_data()
    {
        QTest::addColumn<QString>("path");
        const QDir templates(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/templates"));
        for (const QString &name : templates.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << templates.filePath(name);
    }

    void stageReport()
    {
        QFETCH(QString, path);
        const auto project = readProjectFile(path.toStdString());
        QVERIFY(project);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QBENCHMARK_ONCE {
            const auto error = writeStageReport(*project, bundledPriceBook(), {}, pdf);
            QVERIFY2(!error, error ? qPrintable(*error) : "");
        }
    }
};

QTEST_MAIN(BenchDesigner)
#include "bench_designer.moc"

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Unsaved work survives a crash: the designer copies it aside while it has unsaved changes,
// a killed process leaves the copy, and the next start restores it (or discards it when told).
// The processes run the real `headroom` binary with its data folder in a scratch directory.

#include "EvaluationController.h"
#include "MainWindow.h"
#include "document/DocumentEdits.h"
#include "document/RecoveryStore.h"

#include "model/io/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace headroom;
using namespace headroom::designer;

namespace {

const QString kThreeTier = QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/three-tier.json");

Project threeTierWithAnEdit()
{
    auto project = readProjectFile(kThreeTier.toStdString());
    if (!project)
        qFatal("%s", project.error().toString().c_str());
    Project edited = std::move(project).value();
    edited.components[4].params["max_instances"] = 20.0;  // the web tier
    return edited;
}

// The recovery folder a `headroom` process with XDG_DATA_HOME=`dataHome` uses.
QString recoveryFolder(const QString &dataHome)
{
    return dataHome + QStringLiteral("/Headroom/Headroom/recovery");
}

} // namespace

// The session copies (*.headroom) in a recovery folder.
QStringList copiesIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.headroom")}, QDir::Files);
}

class TestRecovery : public QObject
{
    Q_OBJECT

private:
    QProcessEnvironment designerEnvironment(const QString &dataHome, const char *restore) const;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QDir(RecoveryStore::folder()).removeRecursively(); }

    // In the window: an edit makes the work unsaved and the autosave copies it to the window's
    // own session file; saving removes it. While the window runs, nobody else is offered it;
    // once it is gone without saving, its copy is offered.
    void autosaveFollowsUnsavedWork()
    {
        auto window = std::make_unique<MainWindow>();
        QString error;
        window->setDocument(ProjectDocument::open(kThreeTier, &error));
        const QString copy = window->recoveryStore().copyPath();
        QVERIFY(window->autosaveNow());
        QVERIFY(!QFile::exists(copy));  // nothing unsaved, nothing kept
        Component web = *window->document()->component("web");
        web.params["max_instances"] = 20.0;
        edits::changeComponent(*window->document(), "web", web, QStringLiteral("edit"));
        QVERIFY(window->autosaveNow());
        const auto kept = readProjectFile(copy.toStdString());
        QVERIFY(kept);
        QVERIFY(*kept == window->document()->project());
        QVERIFY(RecoveryStore::orphaned().empty());  // a running session's work is its own

        QTemporaryDir dir;
        QVERIFY(window->saveTo(dir.filePath(QStringLiteral("saved.headroom"))));
        QVERIFY(!QFile::exists(copy));

        // Unsaved again, then the window goes away without a clean close (as in a crash).
        web.params["max_instances"] = 30.0;
        edits::changeComponent(*window->document(), "web", web, QStringLiteral("edit"));
        QVERIFY(window->autosaveNow());
        const Project unsaved = window->document()->project();
        window->document()->undoStack()->setClean();
        window.reset();
        auto orphans = RecoveryStore::orphaned();
        QCOMPARE(orphans.size(), size_t(1));
        QVERIFY(orphans.front().project == unsaved);
        QCOMPARE(orphans.front().originalPath, dir.filePath(QStringLiteral("saved.headroom")));
        RecoveryStore::discard(orphans.front());
        QVERIFY(!QFile::exists(copy));
        QVERIFY(RecoveryStore::orphaned().empty());
    }

    // A restored copy is unsaved work that saves to the file it came from, held by the new
    // session's own copy.
    void restoredWorkIsUnsavedAndKeepsItsFile()
    {
        MainWindow window;
        QVERIFY(window.restore(threeTierWithAnEdit(), kThreeTier));
        QVERIFY(window.document()->isModified());
        QCOMPARE(window.document()->filePath(), kThreeTier);
        QVERIFY(window.isWindowModified());
        QCOMPARE(std::get<double>(window.document()->component("web")->params.at("max_instances")), 20.0);
        const auto copied = readProjectFile(window.recoveryStore().copyPath().toStdString());
        QVERIFY(copied && *copied == threeTierWithAnEdit());
        window.document()->undoStack()->setClean();
    }

    // The real process: it restores seeded unsaved work into its own session, keeps copying it
    // aside, and is killed. The copy survives the kill; a designer started meanwhile is not
    // offered the live work; the next start after the kill restores it, or discards it when told.
    void killedProcessLeavesItsWorkForTheNextStart()
    {
        QTemporaryDir dataHome;
        const QString folder = recoveryFolder(dataHome.path());
        QVERIFY(QDir().mkpath(folder));
        const Project unsaved = threeTierWithAnEdit();
        QVERIFY(!writeFileAtomically((folder + QStringLiteral("/old-session.headroom")).toStdString(), serializeProject(unsaved)));
        QVERIFY(!writeFileAtomically((folder + QStringLiteral("/old-session.origin")).toStdString(), kThreeTier.toStdString()));

        QProcess designer;
        designer.setProcessEnvironment(designerEnvironment(dataHome.path(), "yes"));
        designer.start(QStringLiteral(HEADROOM_DESIGNER_PATH), {});
        QVERIFY(designer.waitForStarted(10000));
        // The restored work moves to the running designer's own session copy.
        QTRY_VERIFY_WITH_TIMEOUT(copiesIn(folder).size() == 1 && !copiesIn(folder).contains(QStringLiteral("old-session.headroom")), 10000);
        const QString live = folder + u'/' + copiesIn(folder).front();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(live).lastModified() > QDateTime::currentDateTime().addSecs(-60), 10000);

        // A second designer started now, told to restore anything it is offered, is offered
        // nothing: the live copy stays where it is.
        QProcess second;
        QProcessEnvironment secondEnvironment = designerEnvironment(dataHome.path(), "yes");
        secondEnvironment.insert(QStringLiteral("HEADROOM_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        second.setProcessEnvironment(secondEnvironment);
        second.start(QStringLiteral(HEADROOM_DESIGNER_PATH), {kThreeTier});
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(copiesIn(folder), QStringList{QFileInfo(live).fileName()});

        ::kill(static_cast<pid_t>(designer.processId()), SIGKILL);
        QVERIFY(designer.waitForFinished(10000));
        QCOMPARE(designer.exitStatus(), QProcess::CrashExit);

        // What the killed process left is the unsaved work, intact.
        const auto left = readProjectFile(live.toStdString());
        QVERIFY(left);
        QVERIFY(*left == unsaved);

        // The next start, told not to restore, discards it.
        QProcessEnvironment nextEnvironment = designerEnvironment(dataHome.path(), "no");
        nextEnvironment.insert(QStringLiteral("HEADROOM_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        QProcess next;
        next.setProcessEnvironment(nextEnvironment);
        next.start(QStringLiteral(HEADROOM_DESIGNER_PATH), {kThreeTier});
        QVERIFY(next.waitForFinished(30000));
        QCOMPARE(next.exitCode(), 0);
        QVERIFY(copiesIn(folder).isEmpty());
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList());  // no stale locks left either
    }
};

QProcessEnvironment TestRecovery::designerEnvironment(const QString &dataHome, const char *restore) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dataHome);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HEADROOM_AUTOSAVE_MS"), QStringLiteral("100"));
    environment.insert(QStringLiteral("HEADROOM_RESTORE"), QString::fromLatin1(restore));
    return environment;
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"

// Unsaved work survives a crash: the designer copies it aside while it has unsaved changes,
// a killed process leaves the copy, and the next start restores it (or discards it when told).
// The processes run the real `headroom` binary with its data folder in a scratch directory.

#include "EvaluationController.h"
#include "MainWindow.h"
#include "document/DocumentEdits.h"
#include "document/RecoveryStore.h"

#include "model/ProjectFile.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

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

class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { RecoveryStore::clear(); }

    // In the window: an edit makes the work unsaved and the autosave copies it; saving clears it.
    void autosaveFollowsUnsavedWork()
    {
        MainWindow window;
        QString error;
        window.setDocument(ProjectDocument::open(kThreeTier, &error));
        window.autosaveNow();
        QVERIFY(!RecoveryStore::pending());  // nothing unsaved, nothing kept
        Component web = *window.document()->component("web");
        web.params["max_instances"] = 20.0;
        edits::changeComponent(*window.document(), "web", web, QStringLiteral("edit"));
        window.autosaveNow();
        const auto pending = RecoveryStore::pending();
        QVERIFY(pending);
        QVERIFY(pending->project == window.document()->project());
        QCOMPARE(pending->originalPath, kThreeTier);

        QTemporaryDir dir;
        QVERIFY(window.saveTo(dir.filePath(QStringLiteral("saved.headroom"))));
        QVERIFY(!RecoveryStore::pending());
        window.document()->undoStack()->setClean();
    }

    // A restored copy is unsaved work that saves to the file it came from.
    void restoredWorkIsUnsavedAndKeepsItsFile()
    {
        MainWindow window;
        window.restore(threeTierWithAnEdit(), kThreeTier);
        QVERIFY(window.document()->isModified());
        QCOMPARE(window.document()->filePath(), kThreeTier);
        QVERIFY(window.isWindowModified());
        QCOMPARE(std::get<double>(window.document()->component("web")->params.at("max_instances")), 20.0);
        window.document()->undoStack()->setClean();
    }

    // The real process: it restores seeded unsaved work, keeps copying it aside, and is killed.
    // The copy survives the kill; the next start restores it, or discards it when told to.
    void killedProcessLeavesItsWorkForTheNextStart()
    {
        QTemporaryDir dataHome;
        const QString folder = recoveryFolder(dataHome.path());
        QVERIFY(QDir().mkpath(folder));
        const Project unsaved = threeTierWithAnEdit();
        QVERIFY(!writeFileAtomically((folder + QStringLiteral("/unsaved.headroom")).toStdString(), serializeProject(unsaved)));
        QVERIFY(!writeFileAtomically((folder + QStringLiteral("/unsaved.origin")).toStdString(), kThreeTier.toStdString()));
        QFile copy(folder + QStringLiteral("/unsaved.headroom"));
        QVERIFY(copy.open(QIODevice::ReadWrite));
        QVERIFY(copy.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        copy.close();

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dataHome.path());
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HEADROOM_AUTOSAVE_MS"), QStringLiteral("100"));
        environment.insert(QStringLiteral("HEADROOM_RESTORE"), QStringLiteral("yes"));

        QProcess designer;
        designer.setProcessEnvironment(environment);
        designer.start(QStringLiteral(HEADROOM_DESIGNER_PATH), {});
        QVERIFY(designer.waitForStarted(10000));
        // The restored work is unsaved, so the running designer copies it aside again.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(copy.fileName()).lastModified() > QDateTime::currentDateTime().addSecs(-60), 10000);
        ::kill(static_cast<pid_t>(designer.processId()), SIGKILL);
        QVERIFY(designer.waitForFinished(10000));
        QCOMPARE(designer.exitStatus(), QProcess::CrashExit);

        // What the killed process left is the unsaved work, intact.
        const auto left = readProjectFile(copy.fileName().toStdString());
        QVERIFY(left);
        QVERIFY(*left == unsaved);

        // The next start, told not to restore, discards it.
        environment.insert(QStringLiteral("HEADROOM_RESTORE"), QStringLiteral("no"));
        environment.insert(QStringLiteral("HEADROOM_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        QProcess next;
        next.setProcessEnvironment(environment);
        next.start(QStringLiteral(HEADROOM_DESIGNER_PATH), {kThreeTier});
        QVERIFY(next.waitForFinished(30000));
        QCOMPARE(next.exitCode(), 0);
        QVERIFY(!QFile::exists(copy.fileName()));
    }
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The designer never loses a file or work (issue 20, items 6 and 7): a save onto a full disk
// fails loudly and leaves the previous file byte for byte with the work still unsaved; so does
// the recovery copy; under a file-size limit the real `headroom` keeps running instead of dying
// from SIGXFSZ; a file another program changed is not saved over without asking; and a FIFO,
// /dev/zero, a folder or a 2 GB file is refused at once, as a project and as a recovery copy.

#include "DesignerFixture.h"

#include "app/designer/RecoveryPrompt.h"
#include "app/designer/document/DocumentEdits.h"
#include "app/designer/document/RecoveryStore.h"
#include "common/SmallDisk.h"

#include "model/io/ProjectFile.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

#include <cerrno>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

using namespace headroom;
using namespace headroom::designer;
using headroom::test::DesignerFixture;
using headroom::test::SmallDisk;
using headroom::test::givesReason;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeAll(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// Answers every message box that opens while it lives with `answer`, and keeps each box's text.
class MessageBoxAnswerer
{
public:
    explicit MessageBoxAnswerer(std::function<void(QMessageBox &)> answer) : m_answer(std::move(answer))
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                m_texts << box->text();
                m_answer(*box);
            }
        });
        m_timer.start();
    }
    const QStringList &texts() const { return m_texts; }

private:
    std::function<void(QMessageBox &)> m_answer;
    QTimer m_timer;
    QStringList m_texts;
};

void clickNamed(QMessageBox &box, const char *objectName)
{
    if (auto *button = box.findChild<QAbstractButton *>(QString::fromLatin1(objectName)))
        button->click();
}

void clickStandard(QMessageBox &box, QMessageBox::StandardButton which)
{
    if (QAbstractButton *button = box.button(which))
        button->click();
}

// A file of `bytes` bytes that holds no data (a hole): 2 GB on disk costs nothing.
bool makeSparse(const QString &path, qint64 bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.resize(bytes);
}

} // namespace

class TestSaveSafety : public DesignerFixture
{
    Q_OBJECT

private:
    // One undoable edit: the last component moves one grid cell right.
    void editDesign()
    {
        const Component &last = document().project().components.back();
        edits::moveComponents(document(), {{last.id, {last.position.x + 20.0, last.position.y}}});
    }

private slots:
    void initTestCase()
    {
        initFixture();
        // The German run (<name>_de) may run beside this one: its own recovery folder, which a
        // test mounts a small disk over.
        if (const QString locale = qEnvironmentVariable("LC_ALL"); !locale.isEmpty())
            QCoreApplication::setApplicationName(QCoreApplication::applicationName() + u'-' + locale);
        QVERIFY(m_scratch.isValid());
    }
    void init()
    {
        QDir(RecoveryStore::folder()).removeRecursively();
        openWindow();
    }
    void cleanup()
    {
        closeWindow();
        qunsetenv("HEADROOM_RESTORE");
    }

    void fullDiskSaveFailsLoudly();
    void fullDiskKeepsThePreviousRecoveryCopy();
    void fileSizeLimitDoesNotKillTheDesigner();
    void fileChangedOnDiskIsNotSavedOverUnasked();
    void specialFilesAreRefusedAtOnce_data();
    void specialFilesAreRefusedAtOnce();
    void unreadableRecoveryCopiesCostNothingAndCanGo();

private:
    QTemporaryDir m_scratch;
};

// Qt 6.4's QSaveFile renamed its temporary over the project after ENOSPC: a 0-byte project, the
// title clean, "Saved" in the status bar. Now the save says why, and nothing is lost.
void TestSaveSafety::fullDiskSaveFailsLoudly()
{
    SmallDisk disk(m_scratch.filePath(QStringLiteral("project-disk")));
    if (!disk.mounted())
        QSKIP("cannot mount a tmpfs here (needs root on Linux)");
    const QString path = disk.path() + QStringLiteral("/shop.headroom");
    QVERIFY(window().saveTo(path));
    const QByteArray previous = readAll(path);
    QVERIFY(previous.size() > 1000);
    QVERIFY(disk.fill());
    editDesign();
    const Project edited = document().project();

    MessageBoxAnswerer answerer([](QMessageBox &box) { box.accept(); });
    QVERIFY(!window().saveTo(path));
    QCOMPARE(answerer.texts().size(), qsizetype(1));
    const QString shown = answerer.texts().front();
    QVERIFY2(shown.contains(path) && givesReason(shown, ENOSPC, "No space left on device"), qPrintable(shown));
    QCOMPARE(readAll(path), previous);
    QVERIFY(document().isModified());
    QVERIFY(!document().undoStack()->isClean());
    QVERIFY(window().isWindowModified());
    QVERIFY(document().project() == edited);
    QVERIFY2(window().statusBar()->currentMessage().startsWith(QStringLiteral("Not saved: ") + path),
             qPrintable(window().statusBar()->currentMessage()));
    // The unsaved work went to the recovery copy (on another disk), and no temporary is left.
    const auto kept = readProjectFile(window().recoveryStore().copyPath().toStdString());
    QVERIFY(kept && *kept == edited);
    QCOMPARE(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
             (QStringList{QStringLiteral("filler.bin"), QStringLiteral("shop.headroom")}));
}

// With the recovery folder on a full disk the copy was 0 bytes after a kill. Now a failed copy
// leaves the previous one byte for byte, the window says so, and a later start offers it.
void TestSaveSafety::fullDiskKeepsThePreviousRecoveryCopy()
{
    closeWindow();
    SmallDisk disk(RecoveryStore::folder());
    if (!disk.mounted())
        QSKIP("cannot mount a tmpfs here (needs root on Linux)");
    openWindow();
    const QString copy = window().recoveryStore().copyPath();
    editDesign();
    QVERIFY(window().autosaveNow());
    const QByteArray previous = readAll(copy);
    const Project firstEdit = document().project();
    QVERIFY(disk.fill());

    editDesign();
    QVERIFY(!window().autosaveNow());
    QCOMPARE(readAll(copy), previous);
    const QString message = window().statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("recovery copy")) && givesReason(message, ENOSPC, "No space left on device"),
             qPrintable(message));
    QVERIFY(document().isModified());

    // The window goes away without a clean close, as in a kill: the good copy is offered.
    closeWindow();
    auto orphans = RecoveryStore::orphaned();
    QCOMPARE(orphans.size(), size_t(1));
    QVERIFY(orphans.front().project == firstEdit);
    RecoveryStore::discard(orphans.front());
}

// Under `ulimit -f` the designer died from SIGXFSZ and lost the edit. The real `headroom`, with
// a file-size limit below the size of the work it restores, keeps running: the copy it cannot
// write fails with EFBIG, it says so, and the earlier copy stays for the next start.
void TestSaveSafety::fileSizeLimitDoesNotKillTheDesigner()
{
    QTemporaryDir dataHome;
    const QString folder = dataHome.path() + QStringLiteral("/Headroom/Headroom/recovery");
    QVERIFY(QDir().mkpath(folder));
    const QString seeded = folder + QStringLiteral("/old-session.headroom");
    Project unsaved = document().project();
    unsaved.description = std::string(4000, 'd');  // well past the 2 KiB limit below
    QVERIFY(!writeFileAtomically(seeded.toStdString(), serializeProject(unsaved)));
    const QByteArray seededBytes = readAll(seeded);

    QProcess designer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dataHome.path());
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), dataHome.path());
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HEADROOM_AUTOSAVE_MS"), QStringLiteral("100"));
    environment.insert(QStringLiteral("HEADROOM_RESTORE"), QStringLiteral("yes"));
    designer.setProcessEnvironment(environment);
    designer.setChildProcessModifier([] {
        const struct rlimit limit{2048, 2048};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    designer.start(QStringLiteral(HEADROOM_DESIGNER_PATH), {});
    QVERIFY(designer.waitForStarted(10000));
    QByteArray said;
    QElapsedTimer clock;
    clock.start();
    while (!said.contains("cannot keep a recovery copy") && designer.state() == QProcess::Running && clock.elapsed() < 20000) {
        designer.waitForReadyRead(200);
        said += designer.readAllStandardError();
    }
    if (designer.state() != QProcess::Running)
        said += "\n(the designer ended: " + QByteArray(designer.exitStatus() == QProcess::CrashExit ? "killed by a signal" : "exited")
                + ", code " + QByteArray::number(designer.exitCode()) + ")";
    QTest::qWait(200);
    said += designer.readAllStandardError();
    QVERIFY2(said.contains("cannot keep a recovery copy") && givesReason(QString::fromLocal8Bit(said), EFBIG, "File too large"),
             said.constData());
    QTest::qWait(500);  // a few more autosave ticks, each failing again
    QCOMPARE(designer.state(), QProcess::Running);
    ::kill(static_cast<pid_t>(designer.processId()), SIGKILL);
    QVERIFY(designer.waitForFinished(10000));
    QCOMPARE(readAll(seeded), seededBytes);
    for (const QString &name : QDir(folder).entryList({QStringLiteral("*.headroom")}, QDir::Files))
        QVERIFY2(name == QStringLiteral("old-session.headroom"), qPrintable(name));  // no short copy beside it
}

// Two designers saving the same file overwrote each other. Now a save over a file that changed
// since it was opened or saved asks first: Cancel leaves the other version, Overwrite writes.
// Contents are compared, so a touch alone asks nothing.
void TestSaveSafety::fileChangedOnDiskIsNotSavedOverUnasked()
{
    const QString path = m_scratch.filePath(QStringLiteral("shared.headroom"));
    QFile::remove(path);
    QVERIFY(window().saveTo(path));
    editDesign();
    {
        MessageBoxAnswerer none([](QMessageBox &box) { box.reject(); });
        QVERIFY(window().saveTo(path));  // unchanged on disk: no question
        QCoreApplication::processEvents();
        QVERIFY2(none.texts().isEmpty(), qPrintable(none.texts().join(u'\n')));
    }
    QTest::qWait(20);
    QVERIFY(::utime(QFile::encodeName(path).constData(), nullptr) == 0);
    QVERIFY(!document().changedOnDisk());  // a touch: the same bytes, a new time

    // Another designer saves its own version.
    Project theirs = document().project();
    theirs.name = "Their version";
    const QByteArray theirBytes = QByteArray::fromStdString(serializeProject(theirs));
    QVERIFY(writeAll(path, theirBytes));
    QVERIFY(document().changedOnDisk());
    editDesign();
    {
        MessageBoxAnswerer cancel([](QMessageBox &box) { clickStandard(box, QMessageBox::Cancel); });
        QVERIFY(!window().saveTo(path));
        QCOMPARE(cancel.texts().size(), qsizetype(1));
        QVERIFY2(cancel.texts().front().contains(path) && cancel.texts().front().contains(QStringLiteral("changed on disk")),
                 qPrintable(cancel.texts().front()));
    }
    QCOMPARE(readAll(path), theirBytes);
    QVERIFY(document().isModified());
    QVERIFY(window().isWindowModified());
    {
        MessageBoxAnswerer overwrite([](QMessageBox &box) { clickNamed(box, "overwriteButton"); });
        QVERIFY(window().saveTo(path));
        QCOMPARE(overwrite.texts().size(), qsizetype(1));
    }
    QCOMPARE(readAll(path), QByteArray::fromStdString(serializeProject(document().project())));
    QVERIFY(!document().isModified());
    QVERIFY(!document().changedOnDisk());
}

void TestSaveSafety::specialFilesAreRefusedAtOnce_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("/dev/zero") << QStringLiteral("zero") << QStringLiteral("is not a regular file");
    QTest::newRow("a FIFO") << QStringLiteral("fifo") << QStringLiteral("is not a regular file");
    QTest::newRow("a folder") << QStringLiteral("folder") << QStringLiteral("is a folder, not a file");
    QTest::newRow("a 2 GB sparse file") << QStringLiteral("sparse") << QStringLiteral("is 2147483648 bytes, more than the 256 MiB");
}

// QFile::readAll blocked forever on a FIFO, aborted on /dev/zero and took seconds on 2 GB.
void TestSaveSafety::specialFilesAreRefusedAtOnce()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("project.headroom"));
    if (kind == QStringLiteral("zero"))
        path = QStringLiteral("/dev/zero");
    else if (kind == QStringLiteral("fifo"))
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    else if (kind == QStringLiteral("folder"))
        QVERIFY(QDir().mkpath(path));
    else
        QVERIFY(makeSparse(path, 2048ll * 1024 * 1024));

    QElapsedTimer clock;
    clock.start();
    QString error;
    QVERIFY(!ProjectDocument::open(path, &error));
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")) && error.contains(reason), qPrintable(error));

    // Through the window: the warning names it, the open project stays.
    const ProjectDocument *before = &document();
    MessageBoxAnswerer answerer([](QMessageBox &box) { box.accept(); });
    clock.restart();
    QVERIFY(!window().openFile(path));
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(answerer.texts().value(0), error);
    QCOMPARE(&document(), before);
}

// A 2 GB junk recovery copy cost 5 s and 2 GB at every start. Now it is measured, not read, and
// named with the reason; told "no" the start discards it, told "yes" it stays.
void TestSaveSafety::unreadableRecoveryCopiesCostNothingAndCanGo()
{
    const QString folder = RecoveryStore::folder();
    QVERIFY(QDir().mkpath(folder));
    const QString huge = folder + QStringLiteral("/huge-session.headroom");
    const QString junk = folder + QStringLiteral("/junk-session.headroom");
    QVERIFY(makeSparse(huge, 2048ll * 1024 * 1024));
    QVERIFY(writeAll(junk, QByteArray(4096, '\x07')));

    QElapsedTimer clock;
    clock.start();
    std::vector<RecoveryStore::Unreadable> unreadable;
    {
        const auto recoveries = RecoveryStore::orphaned(&unreadable);
        QVERIFY(recoveries.empty());
    }
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(unreadable.size(), size_t(2));
    QStringList errors;
    for (const auto &copy : unreadable)
        errors << copy.error;
    errors.sort();
    QVERIFY2(errors[0].startsWith(huge + QStringLiteral(": is 2147483648 bytes, more than the 256 MiB")), qPrintable(errors[0]));
    QVERIFY2(errors[1].startsWith(junk + QStringLiteral(":1:1: invalid JSON")), qPrintable(errors[1]));
    unreadable.clear();  // releases the claims

    qputenv("HEADROOM_RESTORE", "yes");
    QVERIFY(!offerRecoveredWork(window()));
    QVERIFY(QFile::exists(huge) && QFile::exists(junk));
    qputenv("HEADROOM_RESTORE", "no");
    QVERIFY(!offerRecoveredWork(window()));
    QVERIFY(!QFile::exists(huge) && !QFile::exists(junk));
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*-session.*")}, QDir::Files), QStringList());
}

QTEST_MAIN(TestSaveSafety)
#include "tst_save_safety.moc"

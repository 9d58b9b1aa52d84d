// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Nothing destroyed on the command line (issue 20, items 6 and 7): every command that writes a
// file (`report`, `rightsize`, `prices import`, `import terraform`, each with --out) fails with
// exit 1 and a message naming the file and the reason when the disk is full or a file-size
// limit (ulimit -f) is reached, never dies from SIGXFSZ, and leaves the previous file byte for
// byte; output lost on a full standard output (/dev/full) exits 1 instead of 0.

#include "common/CliRunner.h"
#include "common/SmallDisk.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <sys/resource.h>

using headroom::test::CliRun;
using headroom::test::runCli;
using headroom::test::SmallDisk;
using headroom::test::givesReason;

namespace {

const QString kThreeTier = QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/three-tier.json");
const QByteArray kPrevious = "the previous file, which must survive\n";

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeAll(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// The command line of each writing command, writing to `out` (`import terraform` replaces a file
// only with --force).
QStringList writingCommand(const QString &name, const QString &out)
{
    if (name == QStringLiteral("report"))
        return {QStringLiteral("report"), kThreeTier, QStringLiteral("--out"), out};
    if (name == QStringLiteral("rightsize"))
        return {QStringLiteral("rightsize"), kThreeTier, QStringLiteral("--users"), QStringLiteral("1000000"),
                QStringLiteral("--out"), out};
    if (name == QStringLiteral("prices import"))
        return {QStringLiteral("prices"), QStringLiteral("import"),
                QStringLiteral(HEADROOM_SOURCE_DIR "/tests/pricing/fixtures/ec2-offer.json"), QStringLiteral("--out"), out};
    return {QStringLiteral("import"), QStringLiteral("terraform"),
            QStringLiteral(HEADROOM_SOURCE_DIR "/tests/fixtures/terraform/alb-asg-route53.json"), QStringLiteral("--force"),
            QStringLiteral("--out"), out};
}

void addWritingCommands()
{
    QTest::addColumn<QString>("command");
    for (const char *name : {"report", "rightsize", "prices import", "import terraform"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

// headroom-cli with a file-size limit of `bytes` (RLIMIT_FSIZE, as `ulimit -f` sets it); -1 as
// the exit code when a signal ended it.
CliRun runLimited(const QStringList &arguments, rlim_t bytes)
{
    QProcess process;
    process.setChildProcessModifier([bytes] {
        const struct rlimit limit{bytes, bytes};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    process.start(QStringLiteral(HEADROOM_CLI_PATH), arguments);
    CliRun result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// headroom-cli with its standard output sent to `target` by the shell.
CliRun runWithOutputTo(const QStringList &arguments, const QString &target)
{
    QProcess process;
    process.start(QStringLiteral("sh"), QStringList{QStringLiteral("-c"), QStringLiteral("exec \"$0\" \"$@\" > ") + target,
                                                    QStringLiteral(HEADROOM_CLI_PATH)}
                                            + arguments);
    CliRun result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class TestCliFullDisk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_scratch.isValid()); }

    void fullDiskLeavesThePreviousFile_data() { addWritingCommands(); }
    void fullDiskLeavesThePreviousFile()
    {
        QFETCH(QString, command);
        SmallDisk disk(m_scratch.filePath(QStringLiteral("disk-") + QString(command).replace(u' ', u'-')));
        if (!disk.mounted())
            QSKIP("cannot mount a tmpfs here (needs root on Linux)");
        const QString out = disk.path() + QStringLiteral("/out.file");
        QVERIFY(writeAll(out, kPrevious));
        QVERIFY(disk.fill());
        const CliRun run = runCli(writingCommand(command, out));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(out) && givesReason(run.err, ENOSPC, "No space left on device"), qPrintable(run.err));
        QCOMPARE(contentOf(out), kPrevious);
        QCOMPARE(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
                 (QStringList{QStringLiteral("filler.bin"), QStringLiteral("out.file")}));  // no temporary left
    }

    void fileSizeLimitIsAnErrorNotASignal_data() { addWritingCommands(); }
    void fileSizeLimitIsAnErrorNotASignal()
    {
        QFETCH(QString, command);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.file"));
        QVERIFY(writeAll(out, kPrevious));
        const CliRun run = runLimited(writingCommand(command, out), 1024);
        QVERIFY2(run.exitCode == 1, qPrintable(QStringLiteral("exit %1 (-1: a signal): %2").arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.err.contains(out) && givesReason(run.err, EFBIG, "File too large"), qPrintable(run.err));
        QCOMPARE(contentOf(out), kPrevious);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("out.file")});
        // The same command without the limit writes it: the limit, not the command, failed.
        QCOMPARE(runCli(writingCommand(command, out)).exitCode, 0);
        QVERIFY(contentOf(out) != kPrevious);
    }

    void lostStandardOutputIsAnError_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("reason");
        QTest::newRow("json (20 KB: fails while written)") << QStringLiteral("json") << QString();
        QTest::newRow("text (fails when flushed)") << QStringLiteral("text") << QStringLiteral(" (No space left on device)");
    }
    void lostStandardOutputIsAnError()
    {
        QFETCH(QString, format);
        QFETCH(QString, reason);
        const QStringList arguments{QStringLiteral("evaluate"), kThreeTier, QStringLiteral("--format"), format};
        const CliRun full = runWithOutputTo(arguments, QStringLiteral("/dev/full"));
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains(QStringLiteral("headroom-cli: cannot write to standard output") + reason), qPrintable(full.err));
        const CliRun fine = runWithOutputTo(arguments, QStringLiteral("/dev/null"));
        QCOMPARE(fine.exitCode, 0);
        QVERIFY2(fine.err.isEmpty(), qPrintable(fine.err));
    }

private:
    QTemporaryDir m_scratch;
};

QTEST_GUILESS_MAIN(TestCliFullDisk)
#include "tst_cli_full_disk.moc"

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// A long `rightsize` reports its progress on standard error and stops on Ctrl+C (issue 20,
// item 7): exit 130, nothing printed on standard output, no --out file written.

#include "tests/bench/GeneratedTopology.h"
#include "model/io/ProjectFile.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestCliRightsizeStop : public QObject
{
    Q_OBJECT

private slots:
    void progressThenCtrlCStops()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // 1,201 components: the right-sizer's search takes minutes on it.
        const QString design = dir.filePath(QStringLiteral("large.json"));
        QVERIFY(!headroom::writeFileAtomically(design.toStdString(),
                                               headroom::serializeProject(headroom::bench::generatedTopology(120))));
        const QString out = dir.filePath(QStringLiteral("sized.json"));

        QProcess cli;
        cli.start(QStringLiteral(HEADROOM_CLI_PATH),
                  {QStringLiteral("rightsize"), design, QStringLiteral("--users"), QStringLiteral("5000000"),
                   QStringLiteral("--out"), out});
        QVERIFY(cli.waitForStarted());
        QByteArray err;
        for (int waited = 0; !err.contains("% done (Ctrl+C stops)") && waited < 30000; waited += 100) {
            cli.waitForReadyRead(100);
            err += cli.readAllStandardError();
            QVERIFY2(cli.state() == QProcess::Running, "rightsize ended before it reported progress");
        }
        QVERIFY2(err.contains("rightsize: "), err.constData());
        QVERIFY(::kill(static_cast<pid_t>(cli.processId()), SIGINT) == 0);
        QVERIFY2(cli.waitForFinished(20000), "rightsize did not stop within 20 s of Ctrl+C");
        err += cli.readAllStandardError();
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 130);
        QVERIFY2(err.contains("rightsize stopped at"), err.constData());
        QVERIFY(cli.readAllStandardOutput().isEmpty());
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliRightsizeStop)
#include "tst_cli_rightsize_stop.moc"

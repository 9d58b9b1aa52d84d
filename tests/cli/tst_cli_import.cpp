// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// `headroom-cli import terraform` as a user runs it (issue 18): the plan fixtures of
// tests/fixtures/terraform/, a usage file, and what must never be written over.

#include "common/CliRunner.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using headroom::test::runCli;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(HEADROOM_SOURCE_DIR "/tests/fixtures/terraform/") + QLatin1String(name);
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void importsAndTheDesignEvaluates();
    void usageFileSetsTheWorkload();
    void neverWritesOverAFileWithoutForce();
    void neverWritesOverItsInput();
    void noCommandWritesOverItsInput_data();
    void noCommandWritesOverItsInput();
    void badPlansAreNamedErrors_data();
    void badPlansAreNamedErrors();
    void usageErrors();
};

void TestCliImport::importsAndTheDesignEvaluates()
{
    QTemporaryDir dir;
    const QString design = dir.filePath(QStringLiteral("design.headroom"));
    const auto run = runCli({ QStringLiteral("import"), QStringLiteral("terraform"), fixture("alb-asg-route53.json"),
                              QStringLiteral("--out"), design });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("5 components, 4 connections")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("security group rule aws_security_group.db")));
    QVERIFY(run.out.contains(QStringLiteral("Wrote ") + design));
    // The design is like any other: it validates, evaluates and its stages price.
    QCOMPARE(runCli({ QStringLiteral("validate"), design }).exitCode, 0);
    const auto evaluated = runCli({ QStringLiteral("evaluate"), design, QStringLiteral("--format"), QStringLiteral("text") });
    QCOMPARE(evaluated.exitCode, 0);
    QVERIFY2(evaluated.out.contains(QStringLiteral("Monthly cost")), qPrintable(evaluated.out));
    const auto stages = runCli({ QStringLiteral("stages"), design, QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(stages.exitCode, 0);
    QVERIFY(stages.out.contains(QStringLiteral("\"monthly_cost_usd\"")));
}

void TestCliImport::usageFileSetsTheWorkload()
{
    QTemporaryDir dir;
    const QString usage = dir.filePath(QStringLiteral("usage.yml"));
    QVERIFY(write(usage, "version: 0.1\n"
                         "workload:\n"
                         "  users: 250000\n"
                         "resource_usage:\n"
                         "  aws_autoscaling_group.app:\n"
                         "    service_time_ms: 40\n"
                         "calls:\n"
                         "  \"aws_autoscaling_group.app -> aws_db_instance.main\": 3\n"));
    const QString design = dir.filePath(QStringLiteral("design.json"));
    const auto run = runCli({ QStringLiteral("import"), QStringLiteral("terraform"), fixture("alb-asg-route53.json"),
                              QStringLiteral("--out"), design, QStringLiteral("--usage"), usage });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("workload.users = 250000 users (from the usage file)")));
    const QByteArray saved = contentOf(design);
    QVERIFY(saved.contains("\"users\": 250000"));
    QVERIFY(saved.contains("\"service_time_ms\": 40"));
    QVERIFY(saved.contains("\"calls_per_request\": 3"));
}

void TestCliImport::neverWritesOverAFileWithoutForce()
{
    QTemporaryDir dir;
    const QString design = dir.filePath(QStringLiteral("design.json"));
    QVERIFY(write(design, "precious"));
    const QStringList arguments = { QStringLiteral("import"), QStringLiteral("terraform"), fixture("security-groups.json"),
                                    QStringLiteral("--out"), design };
    const auto refused = runCli(arguments);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains(QStringLiteral("already exists; add --force to replace it")));
    QCOMPARE(contentOf(design), QByteArray("precious"));
    const auto forced = runCli(arguments + QStringList{ QStringLiteral("--force") });
    QCOMPARE(forced.exitCode, 0);
    QVERIFY(contentOf(design).startsWith("{"));
}

void TestCliImport::neverWritesOverItsInput()
{
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("plan.json"));
    QVERIFY(QFile::copy(fixture("security-groups.json"), plan));
    const QByteArray before = contentOf(plan);
    const auto run = runCli({ QStringLiteral("import"), QStringLiteral("terraform"), plan, QStringLiteral("--out"), plan,
                              QStringLiteral("--force") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("is also an input of the command")));
    QCOMPARE(contentOf(plan), before);
}

// Issue 20, item 6: `report P --out P`, `rightsize P --out P` and `prices import O --out O`
// once replaced their input; every command refuses, and the input is unchanged.
void TestCliImport::noCommandWritesOverItsInput_data()
{
    QTest::addColumn<QStringList>("before");  // the arguments before the input file
    QTest::addColumn<QStringList>("after");   // and after it, before --out
    QTest::newRow("report") << QStringList{ QStringLiteral("report") } << QStringList{};
    QTest::newRow("rightsize") << QStringList{ QStringLiteral("rightsize") }
                               << QStringList{ QStringLiteral("--users"), QStringLiteral("1000") };
    QTest::newRow("prices import") << QStringList{ QStringLiteral("prices"), QStringLiteral("import") } << QStringList{};
}

void TestCliImport::noCommandWritesOverItsInput()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("input.json"));
    QVERIFY(QFile::copy(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/single-box.json"), input));
    const QByteArray original = contentOf(input);
    // Through a link as well: the same file by another name.
    const QString link = dir.filePath(QStringLiteral("link.json"));
    QVERIFY(QFile::link(input, link));
    for (const QString &out : { input, link }) {
        const auto run = runCli(before + QStringList{ input } + after + QStringList{ QStringLiteral("--out"), out });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("is also an input of the command")), qPrintable(run.err));
        QCOMPARE(contentOf(input), original);
    }
}

void TestCliImport::badPlansAreNamedErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("state") << "state.json" << "this is Terraform state, not a plan";
    QTest::newRow("format 2") << "future-version.json" << "format version 2.0 is not supported";
    QTest::newRow("nothing modelled") << "nothing-modelled.json" << "nothing in the plan is a component Headroom models";
    QTest::newRow("truncated") << "truncated.json" << "invalid JSON: syntax error";
}

void TestCliImport::badPlansAreNamedErrors()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString design = dir.filePath(QStringLiteral("design.json"));
    const auto run = runCli({ QStringLiteral("import"), QStringLiteral("terraform"), fixture(file.toUtf8().constData()),
                              QStringLiteral("--out"), design });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(file) && run.err.contains(expected), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(design));
}

void TestCliImport::usageErrors()
{
    const auto noOut = runCli({ QStringLiteral("import"), QStringLiteral("terraform"), fixture("alb-asg-route53.json") });
    QCOMPARE(noOut.exitCode, 2);
    QVERIFY(noOut.err.contains(QStringLiteral("import terraform needs --out DESIGN.json")));
    const auto noSource = runCli({ QStringLiteral("import"), fixture("alb-asg-route53.json") });
    QCOMPARE(noSource.exitCode, 2);
    QVERIFY(noSource.err.contains(QStringLiteral("import takes a source")));
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"

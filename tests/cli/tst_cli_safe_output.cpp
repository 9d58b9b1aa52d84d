// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Text that is safe to print and to open (issue 20, item 5): a name holding terminal escape
// sequences or a bidirectional override is printed escaped by every text format, and a CSV
// cell a spreadsheet would run as a formula stays text (OWASP, "CSV Injection").

#include "common/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using headroom::test::runCli;

namespace {

// single-box.json with its name, first stage's name and app label replaced.
QString writeProject(const QTemporaryDir &dir, const QString &name, const QString &stage, const QString &label)
{
    QFile example(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/single-box.json"));
    if (!example.open(QIODevice::ReadOnly))
        qFatal("cannot read single-box.json");
    QJsonObject root = QJsonDocument::fromJson(example.readAll()).object();
    root[QStringLiteral("name")] = name;
    root[QStringLiteral("stages")] = QJsonArray{ QJsonObject{ { QStringLiteral("name"), stage }, { QStringLiteral("users"), 1000 } } };
    QJsonArray components = root[QStringLiteral("components")].toArray();
    QJsonObject app = components[2].toObject();
    app[QStringLiteral("label")] = label;
    components[2] = app;
    root[QStringLiteral("components")] = components;
    const QString path = dir.filePath(QStringLiteral("hostile.json"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    out.write(QJsonDocument(root).toJson());
    return path;
}

const QString kEscapes = QStringLiteral("\x1b]0;pwned\x07\x1b[2J");  // set the title, clear the screen

} // namespace

class TestCliSafeOutput : public QObject
{
    Q_OBJECT

private slots:
    void textFormatsEscapeControls_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("evaluate") << QStringList{ QStringLiteral("evaluate"), QStringLiteral("--format"), QStringLiteral("text") };
        QTest::newRow("stages") << QStringList{ QStringLiteral("stages"), QStringLiteral("--format"), QStringLiteral("text") };
        QTest::newRow("advise") << QStringList{ QStringLiteral("advise"), QStringLiteral("--format"), QStringLiteral("text") };
    }

    void textFormatsEscapeControls()
    {
        QFETCH(QStringList, command);
        QTemporaryDir dir;
        const QString path = writeProject(dir, QStringLiteral("shop") + kEscapes, QStringLiteral("1K"),
                                          QStringLiteral("App \u202E48 % cpu"));
        const auto run = runCli(QStringList{ command.front(), path } + command.mid(1));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.out.contains(QChar(0x1b)) && !run.out.contains(QChar(0x07)), qPrintable(run.out));
        QVERIFY(!run.out.contains(QChar(0x202E)));
        if (command.front() != QLatin1String("advise"))
            QVERIFY2(run.out.contains(QStringLiteral("shop\\x1b]0;pwned\\x07\\x1b[2J")), qPrintable(run.out));
    }

    void csvCellsNeverRunAsFormulas()
    {
        QTemporaryDir dir;
        const QString path = writeProject(dir, QStringLiteral("shop"), QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                                          QStringLiteral("@SUM(A1)"));
        const auto run = runCli({ QStringLiteral("stages"), path, QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",")), qPrintable(run.out));
        QVERIFY(!run.out.contains(QStringLiteral("\n=HYPERLINK")));
    }

    void errorsEscapeControls()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"headroom-project\", \"version\": 3, \"name\": \"x\", \"components\": "
                   "[{\"id\": \"a\\u001b[2J\", \"type\": \"users\"}, {\"id\": \"a\\u001b[2J\", \"type\": \"users\"}]}");
        file.close();
        const auto run = runCli({ QStringLiteral("validate"), file.fileName() });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!run.err.contains(QChar(0x1b)), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("duplicate id \"a\\x1b[2J\"")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliSafeOutput)
#include "tst_cli_safe_output.moc"

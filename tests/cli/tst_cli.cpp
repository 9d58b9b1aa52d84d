// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// headroom-cli as a user runs it: the real binary, its exit codes (0 success, 1 bad input,
// 2 bad usage), its JSON, text and CSV output, and the place it names for a bad file.

#include "common/Compare.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString example(const char *name)
{
    return QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/") + QString::fromUtf8(name);
}

QStringList args(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *word : words)
        list << QString::fromUtf8(word);
    return list;
}

// The peak entry rate of the examples' workload: users × 100 requests/day × 3 / 86 400 s.
double entryRate(double users)
{
    return users * 100.0 * 3.0 / 86400.0;
}

QJsonObject parseObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    return document.object();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void evaluateJson();
    void evaluateSaturated();
    void evaluateText();
    void sweepCsv();
    void sweepJson();
    void validateValid();
    void badInput_data();
    void badInput();

private:
    CliRun run(const QStringList &arguments);
    QString writeFile(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
};

CliRun TestCli::run(const QStringList &arguments)
{
    CliRun result;
    QProcess process;
    process.start(QStringLiteral(HEADROOM_CLI_PATH), arguments);
    if (!process.waitForStarted(10000)) {
        result.err = QStringLiteral("did not start: ") + process.errorString();
        return result;
    }
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = QStringLiteral("timed out after 30 s");
        return result;
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return result;
}

QString TestCli::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(content);
    return path;
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(HEADROOM_CLI_PATH)).isExecutable(), HEADROOM_CLI_PATH);
}

void TestCli::helpAndVersion()
{
    const CliRun help = run(args({"--help"}));
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(QStringLiteral("Usage")), qPrintable(help.out));
    QVERIFY(help.err.isEmpty());

    const CliRun version = run(args({"--version"}));
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith(QStringLiteral("headroom-cli ")), qPrintable(version.out));
    QVERIFY(!version.out.contains(QStringLiteral("unknown")));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fragment");

    const char *threeTier = HEADROOM_SOURCE_DIR "/resources/examples/three-tier.json";
    auto row = [](const char *name, const QStringList &arguments, const char *fragment) {
        QTest::newRow(name) << arguments << QString::fromUtf8(fragment);
    };
    row("no command", {}, "no command given");
    row("unknown command", args({"explode"}), "unknown command \"explode\"");
    row("option without value", args({"evaluate", threeTier, "--users"}), "needs a value");
    row("evaluate without file", args({"evaluate"}), "exactly one FILE");
    row("evaluate two files", args({"evaluate", threeTier, threeTier}), "exactly one FILE");
    row("evaluate unknown option", args({"evaluate", threeTier, "--colour", "red"}), "no option --colour");
    row("evaluate --users abc", args({"evaluate", threeTier, "--users", "abc"}), "--users must be a number");
    row("evaluate --users -5", args({"evaluate", threeTier, "--users", "-5"}), "--users must be a number");
    row("evaluate --users inf", args({"evaluate", threeTier, "--users", "inf"}), "--users must be a number");
    row("evaluate --format xml", args({"evaluate", threeTier, "--format", "xml"}), "--format must be json or text");
    row("sweep missing --points", args({"sweep", threeTier, "--from", "1", "--to", "100"}),
        "needs --from, --to and --points");
    row("sweep --points 2.5", args({"sweep", threeTier, "--from", "1", "--to", "100", "--points", "2.5"}),
        "--points must be a whole number");
    row("sweep --points 0", args({"sweep", threeTier, "--from", "1", "--to", "100", "--points", "0"}),
        "--points must be a number");
    row("sweep --from 0", args({"sweep", threeTier, "--from", "0", "--to", "100", "--points", "5"}),
        "--from must be a number");
    row("sweep --to < --from", args({"sweep", threeTier, "--from", "100", "--to", "10", "--points", "5"}),
        "--to must be ≥ --from");
    row("sweep --format xml", args({"sweep", threeTier, "--from", "1", "--to", "10", "--points", "5", "--format", "xml"}),
        "--format must be csv or json");
    row("validate unknown option", args({"validate", threeTier, "--users", "5"}), "no option --users");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, fragment);

    const CliRun result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(fragment), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("Usage")), qPrintable(result.err));
}

void TestCli::evaluateJson()
{
    const CliRun result = run({QStringLiteral("evaluate"), example("three-tier.json")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    const QJsonObject root = parseObject(result.out);
    QVERIFY2(!root.isEmpty(), qPrintable(result.out));

    for (const char *key : {"users", "entry_rate_rps", "response_time_ms", "concurrent_requests", "availability",
                            "nines", "downtime_minutes_per_year", "bottleneck", "breaks_at_users", "components"})
        QVERIFY2(root.contains(QString::fromUtf8(key)), key);
    QCOMPARE(root.value(QStringLiteral("users")).toDouble(), 100000.0);  // the file's workload.users
    QCOMPARE_REL(root.value(QStringLiteral("entry_rate_rps")).toDouble(), entryRate(100000.0), 1e-12);
    QVERIFY(root.value(QStringLiteral("response_time_ms")).isDouble());  // nothing saturated at 100K

    const QJsonArray components = root.value(QStringLiteral("components")).toArray();
    QCOMPARE(components.size(), 9);
    const QStringList ids = {QStringLiteral("users"), QStringLiteral("dns"), QStringLiteral("cdn"),
                             QStringLiteral("lb"), QStringLiteral("web"), QStringLiteral("cache"),
                             QStringLiteral("db"), QStringLiteral("jobs"), QStringLiteral("workers")};
    for (int i = 0; i < components.size(); ++i) {
        const QJsonObject component = components.at(i).toObject();
        QCOMPARE(component.value(QStringLiteral("id")).toString(), ids.at(i));
        for (const char *key : {"id", "type", "arrival_rate_rps", "read_rate_rps", "write_rate_rps", "servers",
                                "service_time_ms", "utilization", "limiting_dimension", "headroom", "capacity_rps",
                                "wait_probability", "response_time_ms", "in_flight", "saturated",
                                "users_at_saturation", "availability", "on_request_path"})
            QVERIFY2(component.contains(QString::fromUtf8(key)), qPrintable(ids.at(i) + u' ' + QString::fromUtf8(key)));
    }
    // The users entry receives the whole entry rate; the async worker is off the request path.
    QCOMPARE_REL(components.at(0).toObject().value(QStringLiteral("arrival_rate_rps")).toDouble(),
                 entryRate(100000.0), 1e-12);
    QCOMPARE(components.at(8).toObject().value(QStringLiteral("on_request_path")).toBool(), false);
    QCOMPARE(components.at(4).toObject().value(QStringLiteral("on_request_path")).toBool(), true);
}

void TestCli::evaluateSaturated()
{
    const CliRun result = run({QStringLiteral("evaluate"), example("three-tier.json"), QStringLiteral("--users"),
                               QStringLiteral("1000000")});
    QCOMPARE(result.exitCode, 0);
    // JSON has no NaN or infinity: a saturated figure is null, never "nan" or "inf" text.
    const QRegularExpression notANumber(QStringLiteral("\\b(nan|inf|infinity)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!notANumber.match(result.out).hasMatch(), qPrintable(notANumber.match(result.out).captured()));
    const QJsonObject root = parseObject(result.out);
    QVERIFY2(!root.isEmpty(), qPrintable(result.out));
    QCOMPARE(root.value(QStringLiteral("users")).toDouble(), 1e6);
    QCOMPARE_REL(root.value(QStringLiteral("entry_rate_rps")).toDouble(), entryRate(1e6), 1e-12);
    QVERIFY(root.value(QStringLiteral("response_time_ms")).isNull());
    QVERIFY(root.value(QStringLiteral("concurrent_requests")).isNull());

    // web: at most 12 × 2 vCPUs at 50 ms = 480 rps, offered 3 472 × (1 − 0.8 × 0.6) ≈ 1 806 rps.
    int saturated = 0;
    for (const QJsonValue &value : root.value(QStringLiteral("components")).toArray()) {
        const QJsonObject component = value.toObject();
        if (!component.value(QStringLiteral("saturated")).toBool())
            continue;
        ++saturated;
        QVERIFY(component.value(QStringLiteral("response_time_ms")).isNull());
        QVERIFY(component.value(QStringLiteral("in_flight")).isNull());
        QVERIFY(component.value(QStringLiteral("utilization")).toDouble() >= 1.0);
    }
    QVERIFY(saturated > 0);
    QCOMPARE(root.value(QStringLiteral("bottleneck")).toString(), QStringLiteral("web"));
    const QJsonObject web = root.value(QStringLiteral("components")).toArray().at(4).toObject();
    QCOMPARE(web.value(QStringLiteral("saturated")).toBool(), true);
    QCOMPARE(web.value(QStringLiteral("servers")).toInt(), 24);
}

void TestCli::evaluateText()
{
    const CliRun result = run({QStringLiteral("evaluate"), example("three-tier.json"), QStringLiteral("--format"),
                               QStringLiteral("text")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(QStringLiteral("Three-tier web application at 100,000 users")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("Bottleneck")));
    QVERIFY(result.out.contains(QStringLiteral("Peak entry rate       347 requests/s")));
}

void TestCli::sweepCsv()
{
    const CliRun result = run({QStringLiteral("sweep"), example("three-tier.json"), QStringLiteral("--from"),
                               QStringLiteral("1"), QStringLiteral("--to"), QStringLiteral("100000000"),
                               QStringLiteral("--points"), QStringLiteral("50")});
    QCOMPARE(result.exitCode, 0);
    const QRegularExpression notANumber(QStringLiteral("\\b(nan|inf|infinity)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!notANumber.match(result.out).hasMatch(), qPrintable(notANumber.match(result.out).captured()));
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 51);
    const QStringList header = lines.front().split(u',');
    QCOMPARE(header.value(0), QStringLiteral("users"));
    QCOMPARE(header.value(1), QStringLiteral("entry_rate_rps"));
    QCOMPARE(header.value(7), QStringLiteral("bottleneck"));
    // Log-spaced: users_i = 10^(8·i/49).
    for (int i = 0; i < 50; ++i) {
        const QStringList cells = lines.at(i + 1).split(u',');
        QCOMPARE(cells.size(), header.size());
        const double users = cells.at(0).toDouble();
        QCOMPARE_REL(users, std::pow(10.0, 8.0 * i / 49.0), 1e-9);
        QCOMPARE_REL(cells.at(1).toDouble(), entryRate(users), 1e-9);
    }
    QCOMPARE(lines.at(1).split(u',').at(0), QStringLiteral("1"));
    QCOMPARE(lines.at(50).split(u',').at(0), QStringLiteral("100000000"));
}

void TestCli::sweepJson()
{
    const CliRun result = run({QStringLiteral("sweep"), example("single-box.json"), QStringLiteral("--from"),
                               QStringLiteral("1"), QStringLiteral("--to"), QStringLiteral("1e8"),
                               QStringLiteral("--points"), QStringLiteral("50"), QStringLiteral("--format"),
                               QStringLiteral("json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8());
    QVERIFY(document.isArray());
    const QJsonArray rows = document.array();
    QCOMPARE(rows.size(), 50);
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        QCOMPARE_REL(row.value(QStringLiteral("users")).toDouble(), std::pow(10.0, 8.0 * i / 49.0), 1e-12);
        QVERIFY(row.contains(QStringLiteral("response_time_ms")));
    }
    // The single box (2 vCPUs at 55 ms: 36.4 rps) is saturated at 1e8 users: no response time.
    QVERIFY(rows.last().toObject().value(QStringLiteral("response_time_ms")).isNull());
    QVERIFY(rows.first().toObject().value(QStringLiteral("response_time_ms")).isDouble());
}

void TestCli::validateValid()
{
    for (const char *name : {"single-box.json", "three-tier.json"}) {
        const CliRun result = run({QStringLiteral("validate"), example(name)});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral(": valid (")), qPrintable(result.out));
        QVERIFY(result.err.isEmpty());
    }
    const CliRun result = run({QStringLiteral("validate"), example("three-tier.json")});
    QVERIFY(result.out.contains(QStringLiteral("(9 components, 10 connections)")));
}

void TestCli::badInput_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("file");      // written to the temporary folder unless "missing"
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");  // after "headroom-cli: " + path

    const QByteArray instances = R"({"format": "headroom-project", "version": 1, "components": [
        {"id": "u", "type": "users"}, {"id": "s", "type": "service"},
        {"id": "a", "type": "ec2", "params": {"instances": -1}}]})";
    const QByteArray syntax = "{\n  \"format\": \"headroom-project\",\n  \"version\": 1,,\n}\n";
    const QByteArray loop = R"({"format": "headroom-project", "version": 1,
        "components": [{"id": "u", "type": "users"}, {"id": "a", "type": "service"}, {"id": "b", "type": "service"}],
        "connections": [{"from": "u", "to": "a"}, {"from": "a", "to": "b"}, {"from": "b", "to": "a", "calls_per_request": 1}]})";
    const QByteArray database = R"({"format": "headroom-project", "version": 1, "components": [
        {"id": "db", "type": "aurora", "params": {"instance_type": "db.z1.big", "vcpus": 4}}]})";

    QTest::newRow("validate: instances -1") << QStringLiteral("validate") << QStringLiteral("instances.json") << instances
                                            << QStringLiteral(": /components/2/params/instances: must be ≥ 0");
    QTest::newRow("evaluate: instances -1") << QStringLiteral("evaluate") << QStringLiteral("instances.json") << instances
                                            << QStringLiteral(": /components/2/params/instances: must be ≥ 0");
    QTest::newRow("validate: syntax error") << QStringLiteral("validate") << QStringLiteral("syntax.json") << syntax
                                            << QStringLiteral(":3:16: invalid JSON");
    QTest::newRow("validate: missing file") << QStringLiteral("validate") << QStringLiteral("missing") << QByteArray()
                                            << QStringLiteral(": no such file");
    QTest::newRow("evaluate: amplifying loop") << QStringLiteral("evaluate") << QStringLiteral("loop.json") << loop
                                               << QStringLiteral(": /connections/1: the loop through 'a', 'b' amplifies");
    QTest::newRow("sweep: amplifying loop") << QStringLiteral("sweep") << QStringLiteral("loop.json") << loop
                                            << QStringLiteral(": /connections/1: the loop through 'a', 'b' amplifies");
    QTest::newRow("validate: unknown max_connections")
        << QStringLiteral("validate") << QStringLiteral("database.json") << database
        << QStringLiteral(": /components/0/params/max_connections: required");
}

void TestCli::badInput()
{
    QFETCH(QString, command);
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);

    const QString path = file == QStringLiteral("missing") ? m_dir.filePath(QStringLiteral("absent.json"))
                                                            : writeFile(file, content);
    QStringList arguments = {command, path};
    if (command == QStringLiteral("sweep"))
        arguments << QStringLiteral("--from") << QStringLiteral("1") << QStringLiteral("--to") << QStringLiteral("10")
                  << QStringLiteral("--points") << QStringLiteral("3");
    const CliRun result = run(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith(QStringLiteral("headroom-cli: ") + path + expected), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

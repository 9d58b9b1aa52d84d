// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The usage file of a Terraform import (model/import/README.md, "Usage file"): the same
// settings in JSON and in the YAML subset read the same; every error names the file and the
// line (YAML) or the pointer / line and column (JSON); readUsageFile refuses what is not a
// regular file of at most 16 MiB.

#include "model/import/UsageSettings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace headroom;

Q_DECLARE_METATYPE(headroom::UsageSettings)

namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

QString paramText(const ParamValue &value)
{
    if (const auto *number = std::get_if<double>(&value))
        return QStringLiteral("number %1").arg(*number, 0, 'g', 17);
    if (const auto *flag = std::get_if<bool>(&value))
        return *flag ? QStringLiteral("true") : QStringLiteral("false");
    return QStringLiteral("string \"%1\"").arg(q(std::get<std::string>(value)));
}

// Every field of the settings, one per line, so a difference shows where it is.
QString describe(const UsageSettings &settings)
{
    QString text;
    auto field = [&](const char *name, const std::optional<double> &value) {
        text += QLatin1String(name) + QStringLiteral(": ")
                + (value ? QString::number(*value, 'g', 17) : QStringLiteral("unset")) + u'\n';
    };
    field("users", settings.users);
    field("requests_per_user_per_day", settings.requestsPerUserPerDay);
    field("peak_to_average", settings.peakToAverage);
    field("read_fraction", settings.readFraction);
    field("response_kb", settings.responseKb);
    for (const auto &[address, params] : settings.resourceParams) {
        text += QStringLiteral("resource %1\n").arg(q(address));
        for (const auto &[name, value] : params)
            text += QStringLiteral("  %1 = %2\n").arg(q(name), paramText(value));
    }
    for (const auto &[ends, calls] : settings.callsPerRequest)
        text += QStringLiteral("calls [%1] -> [%2] = %3\n").arg(q(ends.first), q(ends.second)).arg(calls, 0, 'g', 17);
    return text;
}

UsageSettings parsed(const QByteArray &text, const char *fileName)
{
    const auto result = parseUsageSettings(text.toStdString(), fileName);
    if (!result) {
        qWarning("%s", result.error().toString().c_str());
        return {};
    }
    return result.value();
}

const char *kKnownWorkload = "(known: users, requests_per_user_per_day, peak_to_average, read_fraction, response_kb)";

} // namespace

class TestUsageSettings : public QObject
{
    Q_OBJECT

private slots:
    void sameSettingsInBothForms_data();
    void sameSettingsInBothForms();
    void infracostExample();
    void emptySettings();
    void errors_data();
    void errors();
    void readsAFile();
    void refusesFilesThatAreNotRegular();
    void refusesOversizedFile();
};

void TestUsageSettings::sameSettingsInBothForms_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<UsageSettings>("expected");

    UsageSettings workload;
    workload.users = 250000;
    workload.requestsPerUserPerDay = 1e5;
    workload.peakToAverage = 2.5;
    workload.readFraction = 0.8;
    workload.responseKb = 0;
    QTest::newRow("workload: whole, exponent, decimal and zero numbers")
        << QByteArray(R"({"workload": {"users": 250000, "requests_per_user_per_day": 1e5,
                          "peak_to_average": 2.5, "read_fraction": 0.8, "response_kb": 0}})")
        << QByteArray("workload:\n  users: 250000\n  requests_per_user_per_day: 1e5\n"
                      "  peak_to_average: +2.5\n  read_fraction: .8\n  response_kb: 0.0\n")
        << workload;

    UsageSettings quoted;
    quoted.resourceParams["module.web.aws_instance.app[\"a\"]"] = {{"instances", 3.0}, {"offset", -1.5}};
    quoted.resourceParams["aws_db_instance.main"] = {{"multi_az", true}, {"engine", std::string("postgres")}};
    quoted.resourceParams["it's"] = {{"note", std::string("a # not a comment")}};
    QTest::newRow("resource_usage: quoted addresses, negative numbers, booleans, strings")
        << QByteArray(R"({"resource_usage": {
                "module.web.aws_instance.app[\"a\"]": {"instances": 3, "offset": -1.5},
                "aws_db_instance.main": {"multi_az": true, "engine": "postgres"},
                "it's": {"note": "a # not a comment"}}})")
        << QByteArray("resource_usage:\n"
                      "  \"module.web.aws_instance.app[\\\"a\\\"]\":\n"
                      "    instances: 3\n    offset: -1.5   # trailing comment\n"
                      "  'aws_db_instance.main':\n    multi_az: true\n    engine: postgres\n"
                      "  'it''s':\n    note: \"a # not a comment\"\n")
        << quoted;

    UsageSettings plainAddress;
    plainAddress.resourceParams["module.web.aws_instance.app[\"a\"]"] = {{"instances", 2.0}};
    plainAddress.resourceParams["aws_lambda_function.empty"] = {};
    QTest::newRow("resource_usage: a plain address with quotes inside, a resource left empty")
        << QByteArray(R"({"resource_usage": {"module.web.aws_instance.app[\"a\"]": {"instances": 2},
                                             "aws_lambda_function.empty": null}})")
        << QByteArray("resource_usage:\n  module.web.aws_instance.app[\"a\"]:\n    instances: 2\n"
                      "  aws_lambda_function.empty:\n    # duration_ms: 250\n")
        << plainAddress;

    UsageSettings calls;
    calls.callsPerRequest[{"aws_lb.web", "aws_ecs_service.api"}] = 1;
    calls.callsPerRequest[{"aws_ecs_service.api", "aws_db_instance.main"}] = 2.5;
    QTest::newRow("calls: two connections, one key quoted")
        << QByteArray(R"({"calls": {"aws_lb.web -> aws_ecs_service.api": 1,
                                    "aws_ecs_service.api -> aws_db_instance.main": 2.5}})")
        << QByteArray("calls:\n  aws_lb.web -> aws_ecs_service.api: 1\n"
                      "  \"aws_ecs_service.api -> aws_db_instance.main\": 2.5\n")
        << calls;

    UsageSettings marker;
    marker.users = 1000;
    QTest::newRow("YAML with ---, comments, blank lines, CRLF and a BOM")
        << QByteArray("\xEF\xBB\xBF  {\"version\": 0.1, \"workload\": {\"users\": 1000}}")
        << QByteArray("\xEF\xBB\xBF# usage for the demo\r\n---  # the one document\r\n\r\nversion: 0.1\r\n"
                      "workload:   \r\n\r\n    # indented comment\r\n    users: 1000 # active\r\n")
        << marker;

    UsageSettings escapes;
    escapes.resourceParams["a"] = {{"text", std::string("caf\xC3\xA9 A\t\"\\")}};
    QTest::newRow("double-quoted escapes: \\u00e9, \\x41, \\t, \\\", \\\\")
        << QByteArray(R"({"resource_usage": {"a": {"text": "caf\u00e9 A\t\"\\"}}})")
        << QByteArray(R"(resource_usage: 
  a:
    text: "caf\u00e9 \x41\t\"\\"
)")
        << escapes;

    UsageSettings leftEmpty;
    leftEmpty.resourceParams["aws_lambda_function.worker"] = {{"duration_ms", 250.0}};
    leftEmpty.callsPerRequest[{"a", "b"}] = 1;
    QTest::newRow("keys left empty (null) count as not given")
        << QByteArray(R"({"version": null, "workload": {"users": null},
                          "resource_usage": {"aws_lambda_function.worker": {"duration_ms": 250, "memory_mb": null}},
                          "calls": {"a -> b": 1, "b -> c": null}})")
        << QByteArray("version:\nworkload:\n  users:\nresource_usage:\n  aws_lambda_function.worker:\n"
                      "    duration_ms: 250\n    memory_mb: ~\ncalls:\n  a -> b: 1\n  b -> c: # unknown yet\n")
        << leftEmpty;

    QTest::newRow("empty: {} and a comment-only file") << QByteArray("{}") << QByteArray("# nothing yet\n\n")
                                                       << UsageSettings();
}

void TestUsageSettings::sameSettingsInBothForms()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, yaml);
    QFETCH(UsageSettings, expected);
    const UsageSettings fromJson = parsed(json, "usage.json");
    const UsageSettings fromYaml = parsed(yaml, "usage.yml");
    QCOMPARE(describe(fromJson), describe(expected));
    QCOMPARE(describe(fromYaml), describe(expected));
    QCOMPARE(q(fromJson.fileName), QStringLiteral("usage.json"));
    QCOMPARE(q(fromYaml.fileName), QStringLiteral("usage.yml"));
}

// The shape `infracost breakdown --sync-usage-file` writes: `version: 0.1`, then resources by
// address with their usage, unused parameters commented out.
void TestUsageSettings::infracostExample()
{
    const QByteArray text = R"(# You can use this file to define resource usage estimates for Infracost to use when calculating
# the cost of usage-based resource, such as AWS S3 or Lambda.
version: 0.1
resource_usage:
  aws_lambda_function.worker:
    monthly_requests: 2000000 # Monthly requests to the Lambda function.
    duration_ms: 250 # Average duration of each request in milliseconds.
    # memory_mb: 0.0 # Average memory allocation of each request in megabytes.
  aws_s3_bucket.assets:
    standard:
      # storage_gb: 0.0 # Total storage in GB.
workload:
  users: 50000
  read_fraction: 0.95
calls:
  aws_lb.web -> aws_lambda_function.worker: 1
)";
    const auto result = parseUsageSettings(text.toStdString(), "infracost-usage.yml");
    QVERIFY2(result, result ? "" : result.error().toString().c_str());
    QCOMPARE(*result->users, 50000.0);
    QCOMPARE(*result->readFraction, 0.95);
    QVERIFY(!result->peakToAverage);
    QCOMPARE(result->resourceParams.size(), size_t(2));
    QVERIFY(result->resourceParams.at("aws_s3_bucket.assets").empty());
    const ParamMap &worker = result->resourceParams.at("aws_lambda_function.worker");
    QCOMPARE(worker.size(), size_t(2));
    QCOMPARE(std::get<double>(worker.at("monthly_requests")), 2e6);
    QCOMPARE(std::get<double>(worker.at("duration_ms")), 250.0);
    QCOMPARE(result->callsPerRequest.size(), size_t(1));
    QCOMPARE(result->callsPerRequest.at({"aws_lb.web", "aws_lambda_function.worker"}), 1.0);
}

void TestUsageSettings::emptySettings()
{
    QVERIFY(UsageSettings().empty());
    QVERIFY(parsed("version: 0.1\nworkload:\nresource_usage:\ncalls:\n", "usage.yml").empty());
    QVERIFY(!parsed("workload:\n  response_kb: 0\n", "usage.yml").empty());
    QVERIFY(!parsed("resource_usage:\n  aws_instance.a:\n", "usage.yml").empty());
    QVERIFY(!parsed("calls:\n  a -> b: 0\n", "usage.yml").empty());
}

void TestUsageSettings::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("message");  // ModelError::toString()
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("pointer");

    const QString yml = QStringLiteral("usage.yml");
    const QString json = QStringLiteral("usage.json");
    auto row = [](const char *name, const char *text, const QString &file, const QString &message, int line,
                  const char *pointer = "") {
        QTest::newRow(name) << QByteArray(text) << file << message << line << QString::fromUtf8(pointer);
    };

    // The YAML subset: what it refuses, by line.
    row("tab in indentation", "workload:\n\tusers: 5\n", yml,
        QStringLiteral("usage.yml:2: a tab in the indentation; indent a usage file with spaces"), 2);
    row("sequence", "# header\nversion: 0.1\n\nresource_usage:\n  aws_instance.a:\n    tags:\n      - web\n", yml,
        QStringLiteral("usage.yml:7: sequences are not supported in a usage file"), 7);
    row("flow mapping", "workload: {users: 5}\n", yml,
        QStringLiteral("usage.yml:1: flow collections ({...} and [...]) are not supported in a usage file"), 1);
    row("flow sequence", "calls:\n  a -> b: [1, 2]\n", yml,
        QStringLiteral("usage.yml:2: flow collections ({...} and [...]) are not supported in a usage file"), 2);
    row("anchor", "workload: &defaults\n  users: 5\n", yml,
        QStringLiteral("usage.yml:1: anchors, aliases and tags (&, *, !) are not supported in a usage file"), 1);
    row("block scalar", "resource_usage:\n  a:\n    note: |\n      text\n", yml,
        QStringLiteral("usage.yml:3: block scalars (| and >) are not supported in a usage file"), 3);
    row("multi-line plain scalar", "workload:\n  users: 5\n  and more\n", yml,
        QStringLiteral("usage.yml:3: expected \"key: value\" (multi-line scalars are not supported in a usage file)"),
        3);
    row("deeper line after a value", "workload:\n  users: 5\n    peak_to_average: 2\n", yml,
        QStringLiteral("usage.yml:3: this line is indented deeper than the key above it, which already has a "
                       "value (multi-line scalars are not supported in a usage file)"),
        3);
    row("indentation matching no mapping", "workload:\n    users: 5\n  peak_to_average: 2\n", yml,
        QStringLiteral("usage.yml:3: the indentation matches no enclosing mapping"), 3);
    row("quote not closed", "resource_usage:\n  \"aws_instance.a:\n", yml,
        QStringLiteral("usage.yml:2: the quoted scalar is not closed on its line (multi-line scalars are not "
                       "supported in a usage file)"),
        2);
    row("second document", "workload:\n  users: 5\n---\n", yml,
        QStringLiteral("usage.yml:3: only one document, with `---` alone on the first line, is supported in a "
                       "usage file"),
        3);
    row("mapping inside a value", "workload: users: 5\n", yml,
        QStringLiteral("usage.yml:1: a value may not contain \": \"; quote it, or start the nested mapping on the "
                       "next line"),
        1);
    row("unknown escape", "resource_usage:\n  a:\n    note: \"\\q\"\n", yml,
        QStringLiteral("usage.yml:3: unknown escape \\q in a double-quoted scalar"), 3);
    row("duplicate key (YAML)", "workload:\n  users: 1\n  peak_to_average: 2\n  users: 2\n", yml,
        QStringLiteral("usage.yml:4: duplicate key \"users\" (first on line 2)"), 4);
    row("number beyond a double (YAML)", "workload:\n  users: 1e400\n", yml,
        QStringLiteral("usage.yml:2: the number 1e400 is too large or too small to represent"), 2);

    // JSON syntax: line and column.
    row("duplicate key (JSON)", R"({"workload": {"users": 1, "users": 2}})", json,
        QStringLiteral("usage.json: /workload/users: duplicate key \"users\""), 0, "/workload/users");
    row("duplicate top-level key (JSON)", "{\"calls\": {},\n \"calls\": {}}", json,
        QStringLiteral("usage.json: /calls: duplicate key \"calls\""), 0, "/calls");
    row("duplicate key inside an array (JSON)", R"({"resource_usage": {"a": {"p": [1, {"x": 1, "x": 2}]}}})", json,
        QStringLiteral("usage.json: /resource_usage/a/p/1/x: duplicate key \"x\""), 0, "/resource_usage/a/p/1/x");
    row("number beyond a double (JSON)", "{\"workload\":\n  {\"users\": 1e400}}", json,
        QStringLiteral("usage.json:2:13: invalid JSON: the number 1e400 is too large to represent"), 2);
    row("trailing comma (JSON)", "{\"workload\": {\"users\": 5,}}", json,
        QStringLiteral("usage.json:1:26: invalid JSON: syntax error while parsing object key - unexpected '}'; "
                       "expected string literal"),
        1);

    // The interpretation, shared: by line in YAML, by pointer in JSON.
    row("bad number (YAML)", "workload:\n  users: 12k\n", yml, QStringLiteral("usage.yml:2: must be a number"), 2);
    row("bad number (JSON)", R"({"workload": {"users": "12k"}})", json,
        QStringLiteral("usage.json: /workload/users: must be a number"), 0, "/workload/users");
    row("infinite number (YAML)", "workload:\n  response_kb: .inf\n", yml,
        QStringLiteral("usage.yml:2: must be a finite number"), 2);
    row("read_fraction above 1 (YAML)", "workload:\n  read_fraction: 1.2\n", yml,
        QStringLiteral("usage.yml:2: must be between 0 and 1"), 2);
    row("read_fraction below 0 (JSON)", R"({"workload": {"read_fraction": -0.1}})", json,
        QStringLiteral("usage.json: /workload/read_fraction: must be between 0 and 1"), 0, "/workload/read_fraction");
    row("peak_to_average below 1", "workload:\n  peak_to_average: 0.5\n", yml,
        QStringLiteral("usage.yml:2: must be ≥ 1 (the peak is at least the average)"), 2);
    row("negative users", "workload:\n  users: -1\n", yml, QStringLiteral("usage.yml:2: must be ≥ 0"), 2);
    row("unknown workload key (YAML)", "version: 0.1\nworkload:\n  userz: 5\n", yml,
        QStringLiteral("usage.yml:3: unknown workload key \"userz\" ") + QLatin1String(kKnownWorkload), 3);
    row("unknown workload key (JSON)", R"({"workload": {"userz": 5}})", json,
        QStringLiteral("usage.json: /workload/userz: unknown workload key \"userz\" ") + QLatin1String(kKnownWorkload),
        0, "/workload/userz");
    row("unknown top-level key", "version: 0.1\nresource_type_default_usage:\n  aws_lambda_function:\n", yml,
        QStringLiteral("usage.yml:2: unknown key \"resource_type_default_usage\" (known: version, workload, "
                       "resource_usage, calls)"),
        2);
    row("version 2", "version: 2\n", yml,
        QStringLiteral("usage.yml:1: must be 0.1 or 1 (the usage file versions Infracost writes)"), 1);
    row("workload not a mapping", "workload: 5\n", yml, QStringLiteral("usage.yml:1: must be a mapping"), 1);
    row("calls key without ->", "calls:\n  aws_lb.web to aws_ecs_service.api: 1\n", yml,
        QStringLiteral("usage.yml:2: a calls key must be \"<from address> -> <to address>\", with one \" -> \""), 2);
    row("calls key without -> (JSON)", R"({"calls": {"a->b": 1}})", json,
        QStringLiteral("usage.json: /calls/a->b: a calls key must be \"<from address> -> <to address>\", with one "
                       "\" -> \""),
        0, "/calls/a->b");
    row("calls key with two ->", "calls:\n  a -> b -> c: 1\n", yml,
        QStringLiteral("usage.yml:2: a calls key must be \"<from address> -> <to address>\", with one \" -> \""), 2);
    row("calls key naming a connection twice", "calls:\n  a -> b: 1\n  a  -> b: 2\n", yml,
        QStringLiteral("usage.yml:2: \"a  -> b\" and \"a -> b\" name the same connection"), 2);
    row("negative calls", "calls:\n  a -> b: -1\n", yml, QStringLiteral("usage.yml:2: must be ≥ 0 (calls per request)"),
        2);
    row("non-scalar resource parameter (YAML)",
        "resource_usage:\n  aws_lambda_function.worker:\n    duration_ms:\n      p50: 3\n", yml,
        QStringLiteral("usage.yml:3: must be a number, true/false or a string"), 3);
    row("non-scalar resource parameter (JSON)", R"({"resource_usage": {"a/b": {"duration_ms": [250]}}})", json,
        QStringLiteral("usage.json: /resource_usage/a~1b/duration_ms: must be a number, true/false or a string"), 0,
        "/resource_usage/a~1b/duration_ms");
}

void TestUsageSettings::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, fileName);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(QString, pointer);
    const auto result = parseUsageSettings(text.toStdString(), fileName.toStdString());
    QVERIFY(!result);
    QCOMPARE(q(result.error().toString()), message);
    QCOMPARE(result.error().line, line);
    QCOMPARE(q(result.error().pointer), pointer);
}

void TestUsageSettings::readsAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("usage.yml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("workload:\n  users: 12\n");
    file.close();
    const auto result = readUsageFile(path.toStdString());
    QVERIFY2(result, result ? "" : result.error().toString().c_str());
    QCOMPARE(*result->users, 12.0);
    QCOMPARE(q(result->fileName), path);

    const std::string missing = dir.filePath(QStringLiteral("missing.yml")).toStdString();
    QCOMPARE(q(readUsageFile(missing).error().toString()), q(missing + ": no such file"));
}

void TestUsageSettings::refusesFilesThatAreNotRegular()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string folder = dir.path().toStdString();
    QCOMPARE(q(readUsageFile(folder).error().toString()), q(folder + ": is a folder, not a file"));
#ifdef Q_OS_UNIX
    const std::string fifo = dir.filePath(QStringLiteral("usage.fifo")).toStdString();
    QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
    // Would block forever if it were opened: it must be refused before that.
    QCOMPARE(q(readUsageFile(fifo).error().toString()),
             q(fifo + ": is not a regular file (a pipe or a device cannot be read as one)"));
#endif
}

void TestUsageSettings::refusesOversizedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.yml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(17 * 1024 * 1024));  // sparse: no 17 MiB written
    file.close();
    QCOMPARE(q(readUsageFile(path.toStdString()).error().toString()),
             path + QStringLiteral(": is 17825792 bytes, more than the 16 MiB Headroom reads"));
}

QTEST_GUILESS_MAIN(TestUsageSettings)
#include "tst_usage_settings.moc"

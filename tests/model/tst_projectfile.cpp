// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Project file v1: round trips of the bundled examples, defaults, every error the reader and
// the validator report (with its file, pointer or line:column), atomic saves, and the
// compile-time errors a valid file can still produce (unknown connection limit, amplifying loop).

#include "common/Compare.h"

#include "model/compile/CompiledModel.h"
#include "model/core/ModelError.h"
#include "model/io/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom;

namespace {

QString examplePath(const QString &name)
{
    return QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/") + name;
}

std::string readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

// A v1 file with `body` after the format and version keys.
QByteArray project(const char *body)
{
    return QByteArray(R"({"format": "headroom-project", "version": 1, )") + body + '}';
}

// A v1 file whose only content is `components` (and `connections`).
QByteArray withComponents(const char *components, const char *connections = "")
{
    return QByteArray(R"({"format": "headroom-project", "version": 1, "components": [)") + components
           + R"(], "connections": [)" + connections + "]}";
}

// A version-3 file whose only content is `components`.
QByteArray withComponentsV3(const char *components)
{
    return QByteArray(R"({"format": "headroom-project", "version": 3, "components": [)") + components
           + R"(], "connections": []})";
}

// Users → a → b → a: a loop through two generic services whose gain is `backCalls`.
Project loopProject(double backCalls)
{
    Project project;
    project.components = {{"users", "users", "Users", {}, {}},
                          {"a", "service", "A", {}, {}},
                          {"b", "service", "B", {}, {}}};
    project.connections = {{"users", "a", 1.0, TrafficClass::All, false},
                           {"a", "b", 1.0, TrafficClass::All, false},
                           {"b", "a", backCalls, TrafficClass::All, false}};
    return project;
}

void compareProjects(const Project &actual, const Project &expected)
{
    QCOMPARE(q(actual.name), q(expected.name));
    QCOMPARE(actual.workload.users, expected.workload.users);
    QCOMPARE(actual.workload.requestsPerUserPerDay, expected.workload.requestsPerUserPerDay);
    QCOMPARE(actual.workload.peakToAverage, expected.workload.peakToAverage);
    QCOMPARE(actual.workload.readFraction, expected.workload.readFraction);
    QCOMPARE(actual.stages.size(), expected.stages.size());
    for (size_t i = 0; i < actual.stages.size(); ++i) {
        QCOMPARE(q(actual.stages[i].name), q(expected.stages[i].name));
        QCOMPARE(actual.stages[i].users, expected.stages[i].users);
    }
    QCOMPARE(actual.components.size(), expected.components.size());
    for (size_t i = 0; i < actual.components.size(); ++i) {
        const Component &a = actual.components[i];
        const Component &e = expected.components[i];
        QCOMPARE(q(a.id), q(e.id));
        QCOMPARE(q(a.type), q(e.type));
        QCOMPARE(q(a.label), q(e.label));
        QCOMPARE(a.position.x, e.position.x);
        QCOMPARE(a.position.y, e.position.y);
        QVERIFY2(a.params == e.params, qPrintable(QStringLiteral("params of ") + q(a.id)));
    }
    QCOMPARE(actual.connections.size(), expected.connections.size());
    for (size_t i = 0; i < actual.connections.size(); ++i) {
        const Connection &a = actual.connections[i];
        const Connection &e = expected.connections[i];
        QCOMPARE(q(a.from), q(e.from));
        QCOMPARE(q(a.to), q(e.to));
        QCOMPARE(a.callsPerRequest, e.callsPerRequest);
        QCOMPARE(a.trafficClass, e.trafficClass);
        QCOMPARE(a.async, e.async);
    }
}

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void groupRoundTrip();
    void exampleContent();
    void defaults();
    void errors_data();
    void errors();
    void unknownInstanceTypeWithVcpusIsValid();
    void numberTooLargeIsAnError();
    void readMissingFile();
    void writeNewFile();
    void writeReplacesExistingFile();
    void writeIntoMissingFolderFails();
    void writeOverDirectoryFails();
    void writeKeepsPermissionsAndLinks();
    void compileNeedsMaxConnectionsForUnknownDatabaseType();
    void compileRejectsAmplifyingLoop();
    void compileSolvesDampedLoop();
};

void TestProjectFile::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("users");
    QTest::addColumn<int>("stages");
    QTest::addColumn<int>("components");
    QTest::addColumn<int>("connections");

    // Expected figures read off resources/examples/*.json.
    QTest::newRow("single-box.json") << QStringLiteral("single-box.json") << QStringLiteral("Single box")
                                     << 1000.0 << 4 << 3 << 2;
    QTest::newRow("three-tier.json") << QStringLiteral("three-tier.json")
                                     << QStringLiteral("Three-tier web application") << 100000.0 << 4 << 9
                                     << 10;
}

void TestProjectFile::roundTrip()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(double, users);
    QFETCH(int, stages);
    QFETCH(int, components);
    QFETCH(int, connections);

    const std::string text = readText(examplePath(file));
    QVERIFY2(!text.empty(), qPrintable(examplePath(file)));
    const auto first = parseProject(text, file.toStdString());
    QVERIFY2(first.ok(), first.ok() ? "" : first.error().toString().c_str());
    QCOMPARE(q(first->name), name);
    QCOMPARE(first->workload.users, users);
    QCOMPARE(int(first->stages.size()), stages);
    QCOMPARE(int(first->components.size()), components);
    QCOMPARE(int(first->connections.size()), connections);

    const std::string saved = serializeProject(*first);
    const auto second = parseProject(saved, "saved.json");
    QVERIFY2(second.ok(), second.ok() ? "" : second.error().toString().c_str());
    QCOMPARE(q(serializeProject(*second)), q(saved));
    compareProjects(*second, *first);
}

// A component's group survives a save and a load, written after "zone" and only when set.
void TestProjectFile::groupRoundTrip()
{
    Project project;
    project.regions = {{"east", "us-east-1", RegionRole::Active, {"a"}, {}}};
    Component grouped{"web", "ec2", "Web", {}, {}, "east", "a"};
    grouped.group = "module.network";
    Component plain{"db", "rds", "DB", {}, {}, "east", {}};
    project.components = {grouped, plain};
    const std::string saved = serializeProject(project);
    const size_t zone = saved.find(R"("zone": "a")");
    const size_t group = saved.find(R"("group": "module.network")");
    QVERIFY2(zone != std::string::npos && group != std::string::npos, saved.c_str());
    QVERIFY2(zone < group, saved.c_str());
    QCOMPARE(saved.find(R"("group")", group + 1), std::string::npos); // not written for db
    const auto read = parseProject(saved, "saved.json");
    QVERIFY2(read.ok(), read.ok() ? "" : read.error().toString().c_str());
    QCOMPARE(read->components.size(), size_t(2));
    QCOMPARE(q(read->components[0].group), QStringLiteral("module.network"));
    QCOMPARE(q(read->components[1].group), QString());
    QVERIFY(read->components == project.components);
    // The limit counts characters, not bytes: 200 × "é" (400 bytes of UTF-8) is a valid group.
    std::string accents;
    for (int i = 0; i < 200; ++i)
        accents += "\u00e9";
    project.components[1].group = accents;
    const auto accented = parseProject(serializeProject(project), "accents.json");
    QVERIFY2(accented.ok(), accented.ok() ? "" : accented.error().toString().c_str());
    QCOMPARE(accented->components[1].group.size(), size_t(400));
}

// Details of three-tier.json that a careless reader or writer would lose.
void TestProjectFile::exampleContent()
{
    const auto parsed = parseProject(readText(examplePath(QStringLiteral("three-tier.json"))), "three-tier.json");
    QVERIFY(parsed.ok());
    const Project saved = parseProject(serializeProject(*parsed), "saved.json").value();
    for (const Project *p : {&parsed.value(), &saved}) {
        const Component &db = p->components.at(6);
        QCOMPARE(q(db.id), QStringLiteral("db"));
        QCOMPARE(db.params.size(), size_t(5));  // only what the file sets: no defaults written
        QCOMPARE(std::get<std::string>(db.params.at("instance_type")), std::string("db.r6g.xlarge"));
        QCOMPARE(std::get<double>(db.params.at("read_replicas")), 1.0);
        QCOMPARE(std::get<bool>(db.params.at("multi_az")), true);
        QCOMPARE(db.position.x, 1480.0);
        QCOMPARE(std::get<double>(p->components.at(5).params.at("hit_ratio")), 0.85);
        const Connection &toCache = p->connections.at(4);
        QCOMPARE(q(toCache.from), QStringLiteral("web"));
        QCOMPARE(q(toCache.to), QStringLiteral("cache"));
        QCOMPARE(toCache.callsPerRequest, 2.0);
        QCOMPARE(toCache.trafficClass, TrafficClass::Read);
        QCOMPARE(toCache.async, false);
        QCOMPARE(p->connections.at(6).trafficClass, TrafficClass::Write);
        QCOMPARE(p->connections.at(7).async, true);
        QCOMPARE(p->connections.at(8).trafficClass, TrafficClass::All);
        QCOMPARE(q(p->stages.at(2).name), QStringLiteral("250K users"));
        QCOMPARE(p->stages.at(2).users, 250000.0);
    }
}

void TestProjectFile::defaults()
{
    const auto parsed = parseProject(R"({"format":"headroom-project","version":1})", "minimal.json");
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().toString().c_str());
    // Defaults from model/Project.h and Project::defaultStages().
    QCOMPARE(q(parsed->name), QString());
    QCOMPARE(parsed->workload.users, 1000.0);
    QCOMPARE(parsed->workload.requestsPerUserPerDay, 100.0);
    QCOMPARE(parsed->workload.peakToAverage, 3.0);
    QCOMPARE(parsed->workload.readFraction, 0.8);
    const QStringList names = {QStringLiteral("1K users"), QStringLiteral("10K users"),
                               QStringLiteral("100K users"), QStringLiteral("1M users"),
                               QStringLiteral("10M users")};
    QCOMPARE(int(parsed->stages.size()), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(q(parsed->stages[i].name), names[i]);
        QCOMPARE(parsed->stages[i].users, std::pow(10.0, 3 + i));
    }
    QVERIFY(parsed->components.empty());
    QVERIFY(parsed->connections.empty());

    // A connection's omitted fields take their documented defaults.
    const auto connection = parseProject(withComponents(R"({"id":"u","type":"users"},{"id":"s","type":"service"})",
                                                        R"({"from":"u","to":"s"})").toStdString(),
                                         "c.json");
    QVERIFY(connection.ok());
    QCOMPARE(connection->connections.at(0).callsPerRequest, 1.0);
    QCOMPARE(connection->connections.at(0).trafficClass, TrafficClass::All);
    QCOMPARE(connection->connections.at(0).async, false);
    QCOMPARE(q(connection->components.at(1).label), QStringLiteral("s"));  // label defaults to the id
}

void TestProjectFile::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    auto row = [](const char *name, const QByteArray &input, const char *pointer, const char *fragment,
                  int line = 0, int column = 0) {
        QTest::newRow(name) << input << QString::fromUtf8(pointer) << QString::fromUtf8(fragment) << line
                            << column;
    };

    // JSON syntax: line and column of the offending character.
    row("syntax: missing comma, line 3", "{\n  \"format\": \"headroom-project\"\n  \"version\": 1\n}", "",
        "invalid JSON", 3, 11);
    row("syntax: NaN literal", R"({"format":"headroom-project","version":1,"workload":{"users":NaN}})", "",
        "invalid JSON", 1, 62);
    row("syntax: truncated", "{\"format\":", "", "invalid JSON", 1, 11);
    row("syntax: empty file", "", "", "invalid JSON", 1, 1);
    row("syntax: column counts characters", "{\"name\": \"Zürich\",\n  \"x\": ]}", "", "invalid JSON", 2, 8);

    // Root, format and version.
    row("root is an array", "[]", "", "must be an object");
    row("format missing", R"({"version":1})", "/format", "headroom-project");
    row("format wrong", R"({"format":"other","version":1})", "/format", "is this a Headroom project file?");
    row("version missing", R"({"format":"headroom-project"})", "/version", "must be a whole number");
    row("version string", R"({"format":"headroom-project","version":"1"})", "/version", "must be a whole number");
    row("version 1.5", R"({"format":"headroom-project","version":1.5})", "/version", "must be a whole number");
    row("version 4 (newer than this build)", R"({"format":"headroom-project","version":4})", "/version", "newer version of Headroom");
    row("version 0", R"({"format":"headroom-project","version":0})", "/version", "must be ≥ 1");
    row("unknown top-level key", project(R"("colour": "red")"), "/colour", "unknown key");
    row("name not a string", project(R"("name": 3)"), "/name", "must be a string");

    // Workload.
    row("workload not an object", project(R"("workload": 5)"), "/workload", "must be an object");
    row("workload unknown key", project(R"("workload": {"visitors": 5})"), "/workload/visitors", "unknown key");
    row("workload users -1", project(R"("workload": {"users": -1})"), "/workload/users", "must be ≥ 0");
    row("workload users string", project(R"("workload": {"users": "many"})"), "/workload/users", "must be a number");
    row("workload requests -3", project(R"("workload": {"requests_per_user_per_day": -3})"),
        "/workload/requests_per_user_per_day", "must be ≥ 0");
    row("workload read_fraction 1.5", project(R"("workload": {"read_fraction": 1.5})"),
        "/workload/read_fraction", "must be ≤ 1");
    row("workload peak_to_average 0.5", project(R"("workload": {"peak_to_average": 0.5})"),
        "/workload/peak_to_average", "must be ≥ 1");

    // Stages.
    row("stages not an array", project(R"("stages": {})"), "/stages", "must be an array");
    row("stage not an object", project(R"("stages": [3])"), "/stages/0", "must be an object");
    row("stage users missing", project(R"("stages": [{"users": 5}, {"name": "x"}])"), "/stages/1/users",
        "is required");
    row("stage users negative", project(R"("stages": [{"users": 5}, {"users": -2}])"), "/stages/1/users",
        "must be ≥ 0");
    row("stage unknown key", project(R"("stages": [{"users": 5, "when": 2}])"), "/stages/0/when", "unknown key");

    // Components.
    row("components not an array", project(R"("components": {})"), "/components", "must be an array");
    row("connections not an array", project(R"("connections": 1)"), "/connections", "must be an array");
    row("component not an object", withComponents("7"), "/components/0", "must be an object");
    row("component missing id", withComponents(R"({"type":"ec2"})"), "/components/0/id", "is required");
    row("component empty id", withComponents(R"({"id":"","type":"ec2"})"), "/components/0/id", "must not be empty");
    row("component missing type", withComponents(R"({"id":"a"})"), "/components/0/type", "is required");
    row("component unknown type", withComponents(R"({"id":"a","type":"mainframe"})"), "/components/0/type",
        "unknown component type \"mainframe\"");
    row("component unknown key", withComponents(R"({"id":"a","type":"ec2","colour":1})"),
        "/components/0/colour", "unknown key");
    row("position not an object", withComponents(R"({"id":"a","type":"ec2","position":[1,2]})"),
        "/components/0/position", "must be an object");
    row("position x string", withComponents(R"({"id":"a","type":"ec2","position":{"x":"left"}})"),
        "/components/0/position/x", "must be a number");
    row("params not an object", withComponents(R"({"id":"a","type":"ec2","params":[]})"),
        "/components/0/params", "must be an object");
    row("unknown parameter", withComponents(R"({"id":"a","type":"ec2","params":{"colour":1}})"),
        "/components/0/params/colour", "unknown parameter for ec2");
    row("string for a number", withComponents(R"({"id":"a","type":"ec2","params":{"instances":"two"}})"),
        "/components/0/params/instances", "must be a number");
    row("number for a flag", withComponents(R"({"id":"d","type":"rds","params":{"multi_az":1}})"),
        "/components/0/params/multi_az", "must be true or false");
    row("choice not offered", withComponents(R"({"id":"d","type":"rds","params":{"engine":"oracle"}})"),
        "/components/0/params/engine", "must be one of \"postgres\", \"mysql\"");
    row("instance type not a string", withComponents(R"({"id":"a","type":"ec2","params":{"instance_type":4}})"),
        "/components/0/params/instance_type", "must be an instance type name");
    row("instances -1",
        withComponents(R"({"id":"u","type":"users"},{"id":"s","type":"service"},{"id":"a","type":"ec2","params":{"instances":-1}})"),
        "/components/2/params/instances", "must be ≥ 0");
    row("instances 2.5", withComponents(R"({"id":"a","type":"ec2","params":{"instances":2.5}})"),
        "/components/0/params/instances", "must be a whole number");
    row("service time 0 (exclusive minimum)", withComponents(R"({"id":"a","type":"ec2","params":{"service_time_ms":0}})"),
        "/components/0/params/service_time_ms", "must be > 0");
    row("hit_ratio 1.2", withComponents(R"({"id":"c","type":"elasticache","params":{"hit_ratio":1.2}})"),
        "/components/0/params/hit_ratio", "must be ≤ 1");
    row("read replicas 16", withComponents(R"({"id":"d","type":"rds","params":{"read_replicas":16}})"),
        "/components/0/params/read_replicas", "must be ≤ 15");
    row("unknown instance type", withComponents(R"({"id":"a","type":"ec2","params":{"instance_type":"m99.huge"}})"),
        "/components/0/params/instance_type", "unknown ec2 instance type \"m99.huge\"");
    row("instance type of another family", withComponents(R"({"id":"d","type":"rds","params":{"instance_type":"m6i.large"}})"),
        "/components/0/params/instance_type", "unknown rds instance type");
    row("asg min > max", withComponents(R"({"id":"g","type":"asg","params":{"min_instances":5,"max_instances":3}})"),
        "/components/0/params/min_instances", "must be ≤ max_instances (3)");
    row("asg min > default max", withComponents(R"({"id":"g","type":"asg","params":{"min_instances":11}})"),
        "/components/0/params/min_instances", "must be ≤ max_instances (10)");
    row("duplicate id", withComponents(R"({"id":"a","type":"ec2"},{"id":"a","type":"service"})"),
        "/components/1/id", "duplicate id \"a\"");
    row("param null", withComponents(R"({"id":"a","type":"ec2","params":{"instances":null}})"),
        "/components/0/params/instances", "must be a number, true/false or a string");
    row("param array", withComponents(R"({"id":"a","type":"ec2","params":{"instances":[1]}})"),
        "/components/0/params/instances", "must be a number, true/false or a string");
    row("param object", withComponents(R"({"id":"a","type":"ec2","params":{"instances":{"n":1}}})"),
        "/components/0/params/instances", "must be a number, true/false or a string");
    row("group not a string", withComponentsV3(R"({"id":"a","type":"ec2","group":5})"),
        "/components/0/group", "must be a string");
    const QByteArray longGroup = withComponentsV3(
        (R"({"id":"a","type":"ec2","group":")" + std::string(201, 'm') + R"("})").c_str());
    row("group of 201 characters", longGroup, "/components/0/group", "must be at most 200 characters");
    row("group in a version 2 file",
        R"({"format":"headroom-project","version":2,"components":[{"id":"a","type":"ec2","group":"g"}]})",
        "/components/0/group", "unknown key");

    // Connections.
    const char *pair = R"({"id":"u","type":"users"},{"id":"s","type":"service"})";
    row("connection not an object", withComponents(pair, "true"), "/connections/0", "must be an object");
    row("connection missing from", withComponents(pair, R"({"to":"s"})"), "/connections/0/from", "is required");
    row("connection to missing id", withComponents(pair, R"({"from":"u","to":"s"},{"from":"s","to":"db"})"),
        "/connections/1/to", "no component with id \"db\"");
    row("connection from missing id", withComponents(pair, R"({"from":"web","to":"s"})"), "/connections/0/from",
        "no component with id \"web\"");
    row("connection into users", withComponents(pair, R"({"from":"u","to":"s"},{"from":"s","to":"u"})"),
        "/connections/1/to", "is a users entry");
    row("calls_per_request negative", withComponents(pair, R"({"from":"u","to":"s","calls_per_request":-1})"),
        "/connections/0/calls_per_request", "must be ≥ 0");
    row("calls_per_request string", withComponents(pair, R"({"from":"u","to":"s","calls_per_request":"2"})"),
        "/connections/0/calls_per_request", "must be a number");
    row("class maybe", withComponents(pair, R"({"from":"u","to":"s","class":"maybe"})"), "/connections/0/class",
        "must be one of \"all\", \"read\", \"write\"");
    row("async not bool", withComponents(pair, R"({"from":"u","to":"s","async":"yes"})"), "/connections/0/async",
        "must be true or false");
    row("connection unknown key", withComponents(pair, R"({"from":"u","to":"s","weight":1})"),
        "/connections/0/weight", "unknown key");
}

void TestProjectFile::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, pointer);
    QFETCH(QString, fragment);
    QFETCH(int, line);
    QFETCH(int, column);

    const auto parsed = parseProject(std::string_view(input.constData(), size_t(input.size())), "bad.json");
    QVERIFY2(!parsed.ok(), "the input was accepted");
    const ModelError &error = parsed.error();
    QCOMPARE(q(error.file), QStringLiteral("bad.json"));
    QCOMPARE(q(error.pointer), pointer);
    QVERIFY2(q(error.message).contains(fragment), error.message.c_str());
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);

    const QString place = line > 0 ? QStringLiteral(":%1:%2: ").arg(line).arg(column)
                          : pointer.isEmpty() ? QStringLiteral(": ")
                                              : QStringLiteral(": ") + pointer + QStringLiteral(": ");
    QCOMPARE(q(error.toString()), QStringLiteral("bad.json") + place + q(error.message));
}

void TestProjectFile::unknownInstanceTypeWithVcpusIsValid()
{
    const auto parsed = parseProject(
        withComponents(R"({"id":"a","type":"ec2","params":{"instance_type":"m99.huge","vcpus":6}})").toStdString(),
        "ok.json");
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().toString().c_str());
    const auto model = compileModel(*parsed);
    QVERIFY2(model.ok(), model.ok() ? "" : model.error().toString().c_str());
    QCOMPARE(model->nodes.at(0).vcpus, 6LL);
}

// 1e400 is valid JSON syntax but no double holds it: it must be an error, never a silent inf.
void TestProjectFile::numberTooLargeIsAnError()
{
    for (const char *body : {R"("workload": {"users": 1e400})", R"("stages": [{"users": -1e400}])"}) {
        const auto parsed = parseProject(project(body).toStdString(), "huge.json");
        QVERIFY2(!parsed.ok(), body);
        QCOMPARE(q(parsed.error().file), QStringLiteral("huge.json"));
        QVERIFY2(q(parsed.error().message).contains(QStringLiteral("invalid JSON")), parsed.error().message.c_str());
        QVERIFY2(q(parsed.error().message).contains(QStringLiteral("too large")), parsed.error().message.c_str());
        QVERIFY2(q(parsed.error().message).contains(QStringLiteral("1e400")), parsed.error().message.c_str());
        QVERIFY2(parsed.error().line >= 1 && parsed.error().column > 1, parsed.error().toString().c_str());
    }
    const auto param = parseProject(withComponents(R"({"id":"a","type":"ec2","params":{"service_time_ms":1e400}})")
                                        .toStdString(),
                                    "huge.json");
    QVERIFY(!param.ok());
    QVERIFY2(q(param.error().message).contains(QStringLiteral("too large")), param.error().message.c_str());
    // The place is where the literal stands in the text.
    const std::string text = withComponents(R"({"id":"a","type":"ec2","params":{"service_time_ms":1e400}})").toStdString();
    const size_t at = text.find("1e400");
    const size_t lineStart = text.rfind('\n', at);
    QCOMPARE(param.error().column, int(at - (lineStart == std::string::npos ? 0 : lineStart + 1)) + 1);
}

void TestProjectFile::readMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("absent.json")).toStdString();
    const auto read = readProjectFile(path);
    QVERIFY(!read.ok());
    QCOMPARE(q(read.error().file), q(path));
    QVERIFY2(q(read.error().message) == QStringLiteral("no such file"), read.error().message.c_str());
    QVERIFY(q(read.error().toString()).startsWith(q(path) + QStringLiteral(": ")));

    // A present file goes through the same parser, with its path as the file name.
    const auto example = readProjectFile(examplePath(QStringLiteral("single-box.json")).toStdString());
    QVERIFY2(example.ok(), example.ok() ? "" : example.error().toString().c_str());
    QCOMPARE(q(example->name), QStringLiteral("Single box"));
}

void TestProjectFile::writeNewFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.json"));
    const auto error = writeFileAtomically(path.toStdString(), "first\n");
    QVERIFY2(!error, error ? error->toString().c_str() : "");
    QCOMPARE(readText(path), std::string("first\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("new.json")});
}

void TestProjectFile::writeReplacesExistingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.json"));
    QVERIFY(!writeFileAtomically(path.toStdString(), "old content that is longer\n"));
    const auto error = writeFileAtomically(path.toStdString(), "new\n");
    QVERIFY2(!error, error ? error->toString().c_str() : "");
    QCOMPARE(readText(path), std::string("new\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("p.json")});
}

void TestProjectFile::writeIntoMissingFolderFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/p.json"));
    const auto error = writeFileAtomically(path.toStdString(), "x");
    QVERIFY(error.has_value());
    QCOMPARE(q(error->file), path);
    QVERIFY2(q(error->message).contains(QStringLiteral("folder missing")), error->message.c_str());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".saving")));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

// Issue 20, item 6: a private file stays private, a link stays a link (its target is what
// changes), and nothing but the file is left in the folder.
void TestProjectFile::writeKeepsPermissionsAndLinks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("private.json"));
    QVERIFY(!writeFileAtomically(path.toStdString(), "old\n"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(!writeFileAtomically(path.toStdString(), "new\n"));
    QCOMPARE(readText(path), std::string("new\n"));
    // The user, group and other bits (Qt's 0x0777): read and write for the user only, as before.
    QCOMPARE(QFile::permissions(path) & QFileDevice::Permissions(0x0777), QFileDevice::ReadUser | QFileDevice::WriteUser);

    const QString link = dir.filePath(QStringLiteral("link.json"));
    QVERIFY(QFile::link(path, link));
    QVERIFY(!writeFileAtomically(link.toStdString(), "through the link\n"));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readText(path), std::string("through the link\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System),
             (QStringList{QStringLiteral("link.json"), QStringLiteral("private.json")}));
}

// The rename fails when the target is a directory: the directory stays, no temporary remains.
void TestProjectFile::writeOverDirectoryFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("project.json"));
    QVERIFY(QDir().mkpath(target));
    QFile inside(target + QStringLiteral("/keep.txt"));
    QVERIFY(inside.open(QIODevice::WriteOnly));
    inside.write("kept");
    inside.close();

    const auto error = writeFileAtomically(target.toStdString(), "x");
    QVERIFY(error.has_value());
    QCOMPARE(q(error->file), target);
    QVERIFY2(q(error->message).contains(QStringLiteral("is a folder, not a file")), error->message.c_str());
    QVERIFY(QFileInfo(target).isDir());
    QCOMPARE(readText(target + QStringLiteral("/keep.txt")), std::string("kept"));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".saving")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("project.json")});
}

void TestProjectFile::compileNeedsMaxConnectionsForUnknownDatabaseType()
{
    const QByteArray text = withComponents(
        R"({"id":"u","type":"users"},{"id":"app","type":"ec2"},)"
        R"({"id":"db","type":"rds","params":{"instance_type":"db.x99.huge","vcpus":8,"read_replicas":2}})",
        R"({"from":"u","to":"app"},{"from":"app","to":"db"})");
    const auto parsed = parseProject(text.toStdString(), "db.json");
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().toString().c_str());
    const auto model = compileModel(*parsed);
    QVERIFY(!model.ok());
    QCOMPARE(q(model.error().pointer), QStringLiteral("/components/2/params/max_connections"));
    QVERIFY2(q(model.error().message).contains(QStringLiteral("db.x99.huge")), model.error().message.c_str());

    // Setting the limit resolves it.
    Project fixed = *parsed;
    fixed.components[2].params["max_connections"] = 400.0;
    const auto compiled = compileModel(fixed);
    QVERIFY2(compiled.ok(), compiled.ok() ? "" : compiled.error().toString().c_str());
    QCOMPARE(compiled->nodes.at(2).maxConnections, 400.0);
    QCOMPARE(compiled->nodes.at(2).vcpus, 8LL);
}

void TestProjectFile::compileRejectsAmplifyingLoop()
{
    for (const double gain : {1.0, 2.0}) {
        const auto model = compileModel(loopProject(gain));
        QVERIFY(!model.ok());
        // The loop's first edge out of its first member ('a' → 'b') is connection 1.
        QCOMPARE(q(model.error().pointer), QStringLiteral("/connections/1"));
        QVERIFY2(q(model.error().message).contains(QStringLiteral("amplifies")), model.error().message.c_str());
        QVERIFY2(q(model.error().message).contains(QStringLiteral("'a', 'b'")), model.error().message.c_str());
    }
}

// a → b → a with gain 0.5: a sees 1 / (1 − 0.5) = 2 visits per entering request, b as many.
void TestProjectFile::compileSolvesDampedLoop()
{
    const auto model = compileModel(loopProject(0.5));
    QVERIFY2(model.ok(), model.ok() ? "" : model.error().toString().c_str());
    const double readFraction = 0.8;  // Workload default
    QCOMPARE_REL(model->visits.reads.at(1), 2.0 * readFraction, 1e-12);
    QCOMPARE_REL(model->visits.writes.at(1), 2.0 * (1.0 - readFraction), 1e-12);
    QCOMPARE_REL(model->visits.reads.at(2), 2.0 * readFraction, 1e-12);
    QCOMPARE_REL(model->edgeFlows.reads.at(2), 1.0 * readFraction, 1e-12);
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"

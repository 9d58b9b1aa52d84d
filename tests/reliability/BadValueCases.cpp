// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "BadValueCases.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <sys/stat.h>

namespace headroom::test {

namespace {

// A chain users → s0 → s1 → … of `count` components: the deepest path a project can have.
QByteArray chainProject(int count, double callsPerRequest = 1.0)
{
    nlohmann::json components = nlohmann::json::array();
    nlohmann::json connections = nlohmann::json::array();
    components.push_back({{"id", "users"}, {"type", "users"}, {"label", "Users"},
                          {"position", {{"x", 0}, {"y", 0}}}, {"params", nlohmann::json::object()}});
    std::string previous = "users";
    for (int i = 1; i < count; ++i) {
        const std::string id = "s" + std::to_string(i);
        components.push_back({{"id", id}, {"type", "lambda"}, {"label", id},
                              {"position", {{"x", i * 10}, {"y", 0}}},
                              {"params", nlohmann::json::object()}});
        connections.push_back({{"from", previous}, {"to", id}, {"calls_per_request", callsPerRequest}});
        previous = id;
    }
    const nlohmann::json project = {{"format", "headroom-project"}, {"version", 1},
                                    {"name", "Chain"}, {"workload", {{"users", 1000}}},
                                    {"components", components}, {"connections", connections}};
    return QByteArray::fromStdString(project.dump());
}

QByteArray nested(int depth, const QByteArray &inner = {})
{
    return QByteArray(depth, '[') + inner + QByteArray(depth, ']');
}

QByteArray exampleText(const QString &base)
{
    return readWhole(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/") + base
                     + QStringLiteral(".json"));
}

} // namespace

QByteArray readWhole(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QList<BadValueCase> readTable()
{
    const QString path = QStringLiteral(HEADROOM_SOURCE_DIR "/tests/reliability/bad-values.table");
    QList<BadValueCase> cases;
    const QString text = QString::fromUtf8(readWhole(path));
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('|'));
        if (fields.size() != 3) {
            cases.append({line, QString(), QStringLiteral("malformed table row")});
            continue;
        }
        cases.append({fields[0].trimmed(), fields[1].trimmed(), fields[2].trimmed()});
    }
    return cases;
}

bool editBook(const QString &edit, QByteArray &book, QString &problem)
{
    if (book.isEmpty())
        book = readWhole(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/pricing/aws-us-east-1.json"));
    const QString verb = edit.section(QLatin1Char(' '), 0, 0);
    const QString rest = edit.section(QLatin1Char(' '), 1);
    if (verb == QStringLiteral("text")) {
        const QStringList parts = rest.split(QStringLiteral(" => "));
        if (parts.size() != 2 || !book.contains(parts[0].toUtf8())) {
            problem = QStringLiteral("book text edit does not apply: ") + edit;
            return false;
        }
        book.replace(parts[0].toUtf8(), parts[1].toUtf8());
        return true;
    }
    if (verb == QStringLiteral("set")) {
        nlohmann::json document = nlohmann::json::parse(book.toStdString());
        const nlohmann::json parsed = nlohmann::json::parse(rest.section(QLatin1Char(' '), 1).toStdString(), nullptr, false);
        if (parsed.is_discarded()) {
            problem = QStringLiteral("book edit value is not JSON: ") + edit;
            return false;
        }
        document[nlohmann::json::json_pointer(rest.section(QLatin1Char(' '), 0, 0).toStdString())] = parsed;
        book = QByteArray::fromStdString(document.dump(2));
        return true;
    }
    problem = QStringLiteral("unknown book edit: ") + edit;
    return false;
}

bool buildInput(const QString &input, QByteArray &file, QStringList &extraArgs, QByteArray &book, QString &problem)
{
    if (input == QStringLiteral("raw") || input.startsWith(QStringLiteral("raw "))) {
        file = input.mid(4).toUtf8();
        return true;
    }
    if (input.startsWith(QStringLiteral("generate "))) {
        const QStringList words = input.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString kind = words.value(1);
        const int n = words.value(2).toInt();
        if (kind == QStringLiteral("chain"))
            file = chainProject(n);
        else if (kind == QStringLiteral("fan-out-chain"))
            file = chainProject(n, 1e6);
        else if (kind == QStringLiteral("regions")) {
            nlohmann::json project = nlohmann::json::parse(exampleText(QStringLiteral("single-box")).toStdString());
            project["version"] = 2;
            for (int i = 0; i < n; ++i)
                project["regions"].push_back({{"id", "r" + std::to_string(i)}, {"name", "us-east-1"},
                                              {"role", "active"}, {"zones", {"a", "b"}}});
            file = QByteArray::fromStdString(project.dump(1));
        }
        else if (kind == QStringLiteral("deep-arrays"))
            file = nested(n);
        else if (kind == QStringLiteral("deep-params"))
            file = exampleText(QStringLiteral("single-box"))
                       .replace("\"service_time_ms\": 55", "\"service_time_ms\": " + nested(n));
        else if (kind == QStringLiteral("big-label"))
            file = exampleText(QStringLiteral("single-box"))
                       .replace("\"App + PostgreSQL on one box\"",
                                '"' + QByteArray(n * 1024 * 1024, 'x') + '"');
        else if (kind == QStringLiteral("junk")) {
            QRandomGenerator generator(20261125); // fixed seed: the same bytes every run
            file.resize(n);
            for (char &byte : file)
                byte = char(generator.bounded(256));
        } else {
            problem = QStringLiteral("unknown generator ") + kind;
            return false;
        }
        return true;
    }

    const QStringList steps = input.split(QLatin1Char(';'));
    file = exampleText(steps.first().trimmed());
    if (file.isEmpty()) {
        problem = QStringLiteral("no example named ") + steps.first().trimmed();
        return false;
    }
    for (qsizetype i = 1; i < steps.size(); ++i) {
        const QString step = steps[i].trimmed();
        const QString verb = step.section(QLatin1Char(' '), 0, 0);
        const QString rest = step.section(QLatin1Char(' '), 1);
        if (verb == QStringLiteral("text")) {
            const QStringList parts = rest.split(QStringLiteral(" => "));
            if (parts.size() != 2 || !file.contains(parts[0].toUtf8())) {
                problem = QStringLiteral("text edit does not apply: ") + step;
                return false;
            }
            file.replace(parts[0].toUtf8(), parts[1].toUtf8());
        } else if (verb == QStringLiteral("cut")) {
            file.truncate(rest.toInt());
        } else if (verb == QStringLiteral("book")) {
            if (!editBook(rest, book, problem))
                return false;
        } else if (verb == QStringLiteral("args")) {
            extraArgs += rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        } else if (verb == QStringLiteral("set") || verb == QStringLiteral("add")) {
            const std::string pointer = rest.section(QLatin1Char(' '), 0, 0).toStdString();
            const std::string value = rest.section(QLatin1Char(' '), 1).toStdString();
            nlohmann::json document = nlohmann::json::parse(file.toStdString());
            const nlohmann::json parsed = nlohmann::json::parse(value, nullptr, false);
            if (parsed.is_discarded()) {
                problem = QStringLiteral("edit value is not JSON: ") + step;
                return false;
            }
            if (verb == QStringLiteral("set"))
                document[nlohmann::json::json_pointer(pointer)] = parsed;
            else
                document[nlohmann::json::json_pointer(pointer)].push_back(parsed);
            file = QByteArray::fromStdString(document.dump(2));
        } else {
            problem = QStringLiteral("unknown edit: ") + step;
            return false;
        }
    }
    return true;
}

bool makeSpecial(const QString &input, const QString &path, QString &problem)
{
    const QStringList words = input.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString kind = words.value(1);
    bool made = false;
    if (kind == QStringLiteral("fifo"))
        made = ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
    else if (kind == QStringLiteral("folder"))
        made = QDir().mkpath(path);
    else if (kind == QStringLiteral("dev-zero"))
        made = QFile::link(QStringLiteral("/dev/zero"), path);
    else if (kind == QStringLiteral("sparse")) {
        QFile file(path);
        made = file.open(QIODevice::WriteOnly) && file.resize(words.value(2).toLongLong() * 1024 * 1024);
    } else {
        problem = QStringLiteral("unknown special file ") + kind;
        return false;
    }
    if (!made)
        problem = QStringLiteral("cannot make the special file ") + input;
    return made;
}

bool prepareCase(const QString &input, const QString &folder, int &specials, PreparedCase &prepared,
                 QString &problem)
{
    const QDir dir(folder);
    prepared = PreparedCase{dir.filePath(QStringLiteral("case.json")), input.startsWith(QStringLiteral("special ")), {}, {}};
    if (prepared.special) {
        prepared.path = dir.filePath(QStringLiteral("special-%1/case.json").arg(++specials));
        if (!QDir().mkpath(QFileInfo(prepared.path).path())) {
            problem = QStringLiteral("cannot make the folder of ") + prepared.path;
            return false;
        }
        return makeSpecial(input, prepared.path, problem);
    }
    QByteArray content;
    if (!buildInput(input, content, prepared.extraArgs, prepared.book, problem))
        return false;
    QFile file(prepared.path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        problem = QStringLiteral("cannot write ") + prepared.path;
        return false;
    }
    return true;
}

} // namespace headroom::test

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Runs every case in bad-values.table through the real headroom-cli: each hostile or degenerate
// input must give either a clear error that names the file and the place, or a sane result with
// no NaN or infinity in any output — never a crash, a hang, or a silently wrong figure.

#include "common/CliRunner.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

using headroom::test::CliRun;
using headroom::test::runCli;

struct BadValueCase
{
    QString name;
    QString input;
    QString expected; // "ok [TEXT]", "incomplete TEXT" or "error TEXT"
};

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

// Applies a "book" edit ("set POINTER JSON" or "text OLD => NEW") to `book`, a copy of the
// bundled us-east-1 price book the case then runs with (--prices).
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

// Builds the file a case describes; `extraArgs` receives any "args" edit and `book` the price
// book any "book" edit makes. Returns false and sets `problem` when the table row itself cannot
// be understood.
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

// Makes `path` the file a "special KIND [N]" input describes: a FIFO, a folder, a link to
// /dev/zero, or a sparse file of N MiB (a hole: no disk used). False and `problem` set when the
// row cannot be understood or the file cannot be made.
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

// "nan", "inf", "infinity" as words, in any case: what a non-finite double prints as.
bool mentionsNonFinite(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("\\b(nan|inf|infinity)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

// Where a JSON output presents a missing figure as complete: a null cost beside
// "cost_complete": true, or a null utilization. Empty when the output is honest.
QString dishonestFigure(const nlohmann::json &value, const QString &where = QString())
{
    if (value.is_array()) {
        for (size_t i = 0; i < value.size(); ++i)
            if (QString found = dishonestFigure(value[i], where + u'/' + QString::number(i)); !found.isEmpty())
                return found;
        return {};
    }
    if (!value.is_object())
        return {};
    if (value.contains("cost_complete") && value.at("cost_complete") == true) {
        for (const char *key : {"monthly_cost_usd", "on_demand_monthly_usd"})
            if (value.contains(key) && !value.at(key).is_number())
                return where + u'/' + QLatin1String(key) + u" is missing while cost_complete is true"_qs;
        if (value.contains("components"))
            for (const nlohmann::json &component : value.at("components"))
                if (component.contains("monthly_cost_usd") && !component.at("monthly_cost_usd").is_number())
                    return where + u"/components: a component's cost is missing while cost_complete is true"_qs;
    }
    if (value.contains("utilization") && !value.at("utilization").is_number())
        return where + u"/utilization is missing"_qs;
    for (const auto &[key, child] : value.items())
        if (QString found = dishonestFigure(child, where + u'/' + QString::fromStdString(key)); !found.isEmpty())
            return found;
    return {};
}

} // namespace

class TestBadValues : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void tableCoversTheIssue()
    {
        // Issue #8 names these; the table must keep a case for each.
        const QList<BadValueCase> cases = readTable();
        QStringList names;
        for (const BadValueCase &c : cases)
            names.append(c.name);
        for (const char *required :
             {"negative instance count", "fractional instance count", "hit ratio above 1",
              "hit ratio below 0", "NaN written in the file", "Infinity written in the file",
              "1e308 users in the file", "zero service time", "empty project",
              "component with no connections", "duplicate ids", "connection to a missing id",
              "self-loop", "loop with gain 1", "10 000 components in a chain",
              "deeply nested JSON", "a 100 MiB file"})
            QVERIFY2(names.contains(QString::fromUtf8(required)), required);
    }

    void badValue_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        for (const BadValueCase &c : readTable())
            QTest::newRow(c.name.toUtf8().constData()) << c.input << c.expected;
    }

    void badValue()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);

        QByteArray content;
        QStringList extraArgs;
        QByteArray book;
        QString problem;
        QString path = m_dir.filePath(QStringLiteral("case.json"));
        const bool special = input.startsWith(QStringLiteral("special "));
        if (special) {
            // Each its own folder: a FIFO or a folder named case.json must not meet the next row.
            path = m_dir.filePath(QStringLiteral("special-%1/case.json").arg(++m_specials));
            QVERIFY(QDir().mkpath(QFileInfo(path).path()));
            QVERIFY2(makeSpecial(input, path, problem), qPrintable(problem));
        } else {
            QVERIFY2(buildInput(input, content, extraArgs, book, problem), qPrintable(problem));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(file.write(content), content.size());
        }
        QStringList bookArgs;
        if (!book.isEmpty()) {
            const QString bookPath = m_dir.filePath(QStringLiteral("book.json"));
            QFile file(bookPath);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(file.write(book), book.size());
            bookArgs = {QStringLiteral("--prices"), bookPath};
        }

        const bool incomplete = expected.startsWith(QStringLiteral("incomplete "));
        const bool ok = expected == QStringLiteral("ok") || expected.startsWith(QStringLiteral("ok "));
        // What the text output must say: after "ok " or "incomplete ".
        const QString saying = incomplete ? expected.mid(11) : expected.mid(3);
        if (ok || incomplete) {
            QCOMPARE(runCli({QStringLiteral("validate"), path}).exitCode, 0);
            const QList<QStringList> commands = {
                QStringList{QStringLiteral("evaluate"), path, QStringLiteral("--format"),
                            QStringLiteral("json")} + extraArgs + bookArgs,
                QStringList{QStringLiteral("evaluate"), path, QStringLiteral("--format"),
                            QStringLiteral("text")} + extraArgs + bookArgs,
                QStringList{QStringLiteral("stages"), path, QStringLiteral("--format"),
                            QStringLiteral("json")} + bookArgs};
            for (const QStringList &arguments : commands) {
                const CliRun run = runCli(arguments);
                QVERIFY2(run.exitCode == 0, qPrintable(arguments.join(QLatin1Char(' ')) + u": "_qs + run.err));
                QVERIFY2(!run.out.isEmpty(), qPrintable(arguments.join(QLatin1Char(' '))));
                QVERIFY2(!mentionsNonFinite(run.out),
                         qPrintable(arguments.first() + u" printed NaN or infinity"_qs));
                if (arguments.contains(QStringLiteral("json"))) {
                    const nlohmann::json output = nlohmann::json::parse(run.out.toStdString(), nullptr, false);
                    QVERIFY2(!output.is_discarded(), qPrintable(arguments.first() + u": the JSON output does not parse"_qs));
                    const QString dishonest = dishonestFigure(output);
                    QVERIFY2(dishonest.isEmpty(), qPrintable(arguments.first() + u": "_qs + dishonest));
                    if (incomplete && arguments.first() == QStringLiteral("evaluate"))
                        QVERIFY2(output.value("cost_complete", true) == false,
                                 "evaluate --format json: cost_complete is not false");
                }
                if (arguments.contains(QStringLiteral("text"))) {
                    QVERIFY2(!incomplete || run.out.contains(QStringLiteral("INCOMPLETE")),
                             "the text does not say INCOMPLETE");
                    QVERIFY2(run.out.contains(saying), qPrintable(u"the text lacks \""_qs + saying + u"\""_qs));
                }
            }
            return;
        }

        QVERIFY2(expected.startsWith(QStringLiteral("error ")), qPrintable(expected));
        const QString wanted = expected.mid(6);
        QElapsedTimer clock;
        clock.start();
        const CliRun run =
            runCli(QStringList{QStringLiteral("evaluate"), path} + extraArgs + bookArgs);
        if (special)  // refused from what the file is, never read: within a second
            QVERIFY2(clock.elapsed() < 1000, qPrintable(QStringLiteral("took %1 ms").arg(clock.elapsed())));
        qInfo().noquote() << "message:" << run.err.trimmed().left(300);
        QVERIFY2(run.exitCode == 1 || (run.exitCode == 2 && !extraArgs.isEmpty()),
                 qPrintable(u"exit "_qs + QString::number(run.exitCode) + u": "_qs + run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(u"printed a result for bad input: "_qs + run.out.left(200)));
        QVERIFY2(run.err.contains(wanted), qPrintable(u"message lacks \""_qs + wanted + u"\": "_qs + run.err.left(400)));
        if (!book.isEmpty())
            QVERIFY2(run.err.contains(QStringLiteral("book.json")),
                     qPrintable(u"message does not name the price book: "_qs + run.err.left(400)));
        else if (extraArgs.isEmpty())
            QVERIFY2(run.err.contains(QStringLiteral("case.json")),
                     qPrintable(u"message does not name the file: "_qs + run.err.left(400)));
    }

private:
    QTemporaryDir m_dir;
    int m_specials = 0;
};

QTEST_GUILESS_MAIN(TestBadValues)
#include "tst_bad_values.moc"

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Runs every case in bad-values.table through the real headroom-cli: each hostile or degenerate
// input must give either a clear error that names the file and the place, or a sane result with
// no NaN or infinity in any output — never a crash, a hang, or a silently wrong figure.

#include "BadValueCases.h"
#include "common/CliRunner.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using headroom::test::CliRun;
using headroom::test::runCli;
using headroom::test::BadValueCase;
using headroom::test::PreparedCase;
using headroom::test::prepareCase;
using headroom::test::readTable;

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

        PreparedCase prepared;
        QString problem;
        QVERIFY2(prepareCase(input, m_dir.path(), m_specials, prepared, problem), qPrintable(problem));
        const QString &path = prepared.path;
        const bool special = prepared.special;
        const QStringList &extraArgs = prepared.extraArgs;
        const QByteArray &book = prepared.book;
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

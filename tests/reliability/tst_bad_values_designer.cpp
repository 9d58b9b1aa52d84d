// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Opens every case of bad-values.table in the designer the way File → Open does
// (MainWindow::openFile) and holds it to what the real headroom-cli says of the same file: an
// input the CLI refuses is refused with the CLI's message (its "headroom-cli: " prefix aside),
// or, when the file reads but the model cannot evaluate it, opened with that message where the
// panels show it; an input the CLI evaluates shows the CLI's figures at the project's users.

#include "BadValueCases.h"
#include "common/CliRunner.h"
#include "designer/DesignerFixture.h"

#include <nlohmann/json.hpp>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>

#include <cmath>
#include <functional>

using namespace headroom;
using namespace headroom::test;

namespace {

// Answers every message box the window shows while it lives, keeping their texts.
class MessageBoxAnswerer
{
public:
    MessageBoxAnswerer()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                m_texts << box->text();
                box->accept();
            }
        });
        m_timer.start();
    }
    const QStringList &texts() const { return m_texts; }

private:
    QTimer m_timer;
    QStringList m_texts;
};

// The CLI's one-line message without its program prefix and the final newline.
QString cliMessage(const CliRun &run)
{
    QString message = run.err.trimmed();
    const QString prefix = QStringLiteral("headroom-cli: ");
    return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

// A JSON number or null, as the CLI writes an optional figure.
std::optional<double> optionalNumber(const nlohmann::json &value)
{
    return value.is_number() ? std::optional<double>(value.get<double>()) : std::nullopt;
}

bool sameFigure(std::optional<double> designer, std::optional<double> cli)
{
    if (!designer || !std::isfinite(*designer))
        return !cli;
    return cli && (*designer == *cli || std::abs(*designer - *cli) <= 1e-9 * std::max(std::abs(*designer), std::abs(*cli)));
}

QString shown(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', 17) : QStringLiteral("none");
}

} // namespace

class TestBadValuesDesigner : public DesignerFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        initFixture();
        QVERIFY(m_dir.isValid());
        CHECK(openWindow());
    }
    void cleanupTestCase() { closeWindow(); }

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
        // Rows about the CLI's command line: the designer prices with the bundled books only
        // (it has no --prices), and its start-up --users is its own option with its own usage
        // message (`headroom --users 1e308` exits 2 too), not a file it opens.
        if (!prepared.extraArgs.isEmpty())
            QSKIP("a command-line argument of headroom-cli evaluate (args edit), not a file the designer opens");
        if (!prepared.book.isEmpty())
            QSKIP("a price book given with --prices (book edit); the designer uses only the bundled book");
        const QString &path = prepared.path;
        const bool special = prepared.special;

        if (expected.startsWith(QStringLiteral("error ")))
            CHECK(checkRefused(path, expected.mid(6), special));
        else
            CHECK(checkFigures(path, expected.startsWith(QStringLiteral("incomplete "))));
    }

private:
    // The CLI refuses `path` with a message containing `wanted`; the designer says the same.
    void checkRefused(const QString &path, const QString &wanted, bool special)
    {
        const CliRun run = runCli({QStringLiteral("evaluate"), path});
        QCOMPARE(run.exitCode, 1);
        const QString message = cliMessage(run);
        QVERIFY2(message.contains(wanted) && message.contains(path), qPrintable(message));

        const ProjectDocument *before = &document();
        MessageBoxAnswerer answerer;
        QElapsedTimer clock;
        clock.start();
        const bool opened = window().openFile(path);
        const qint64 openMs = clock.elapsed();
        if (special) {
            QVERIFY2(!opened, "a special file became the open project");
            QVERIFY2(openMs < 1000, qPrintable(QStringLiteral("took %1 ms").arg(openMs)));
        }
        if (!opened) {
            // Refused at reading: one warning, the CLI's words, the open project kept.
            QCOMPARE(answerer.texts().size(), qsizetype(1));
            QCOMPARE(answerer.texts().front(), message);
            QCOMPARE(&document(), before);
            return;
        }
        // The file reads as a project and the model refuses it: the designer opens it so that it
        // can be repaired (a loop drawn in the designer saves like any edit) and shows why in
        // place of every figure, in the CLI's words.
        QVERIFY2(answerer.texts().isEmpty(), qPrintable(answerer.texts().join(u'\n')));
        window().controller()->flush();
        const designer::DesignResultsPtr published = window().controller()->results();
        QVERIFY2(published->compileError, "opened and evaluated a design the CLI refuses");
        QCOMPARE(qs(*published->compileError), message);
        qInfo().noquote() << "opened, model refused:" << message.left(200);
    }

    // The designer opens `path` and its panels' figures are the CLI's at the project's users.
    void checkFigures(const QString &path, bool incomplete)
    {
        const CliRun run = runCli({QStringLiteral("evaluate"), path, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const nlohmann::json cli = nlohmann::json::parse(run.out.toStdString(), nullptr, false);
        QVERIFY(!cli.is_discarded());

        MessageBoxAnswerer answerer;
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(window().openFile(path), qPrintable(answerer.texts().join(u'\n')));
        QVERIFY2(answerer.texts().isEmpty(), qPrintable(answerer.texts().join(u'\n')));
        window().controller()->flush();
        const designer::DesignResultsPtr published = window().controller()->results();
        const qint64 openMs = clock.elapsed();
        if (openMs > 1000)
            qInfo().noquote() << "opened and evaluated in" << openMs << "ms";
        QVERIFY2(!published->compileError, published->compileError.value_or(std::string()).c_str());
        const designer::DesignResults &r = *published;

        QVERIFY2(sameFigure(r.users, optionalNumber(cli.at("users"))), qPrintable(shown(r.users)));
        QCOMPARE(r.cost.complete, cli.at("cost_complete").get<bool>());
        QCOMPARE(r.cost.complete, !incomplete);
        QVERIFY2(sameFigure(r.cost.monthlyUsd, optionalNumber(cli.at("monthly_cost_usd"))),
                 qPrintable(shown(r.cost.monthlyUsd) + u" vs "_qs + shown(optionalNumber(cli.at("monthly_cost_usd")))));
        QVERIFY2(sameFigure(r.evaluation.availability, optionalNumber(cli.at("availability"))),
                 qPrintable(shown(r.evaluation.availability) + u" vs "_qs + shown(optionalNumber(cli.at("availability")))));
        const QString cliBottleneck = cli.at("bottleneck").is_string() ? qs(cli.at("bottleneck").get<std::string>()) : QString();
        QCOMPARE(qs(r.evaluation.bottleneck), cliBottleneck);
        // The status bar and the inspector read the bottleneck summary, not the evaluation.
        QCOMPARE(qs(r.bottleneck.componentId), cliBottleneck);
        const std::optional<double> breaksAt = optionalNumber(cli.at("breaks_at_users"));
        QVERIFY2(sameFigure(r.evaluation.breaksAtUsers, breaksAt),
                 qPrintable(shown(r.evaluation.breaksAtUsers) + u" vs "_qs + shown(breaksAt)));
        QVERIFY2(sameFigure(r.bottleneck.breaksAtUsers, breaksAt),
                 qPrintable(shown(r.bottleneck.breaksAtUsers) + u" vs "_qs + shown(breaksAt)));
    }

    QTemporaryDir m_dir;
    int m_specials = 0;
};

QTEST_MAIN(TestBadValuesDesigner)
#include "tst_bad_values_designer.moc"

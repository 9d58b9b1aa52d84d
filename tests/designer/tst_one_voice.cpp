// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// One voice for every figure (issue 16, "done when"): for three-tier.json at its "100K users"
// stage, the cost per user, the availability and the downtime read digit for digit the same
// in the status bar, the stage table, the stage report (PDF), the CLI's text and the CSV the
// designer exports. The designer shows the reader's separators (German "99,9959 %"); every
// other output is C-locale text, so the designer's strings are compared after the same swap.

#include "DesignerFixture.h"

#include "app/designer/DisplayNumbers.h"
#include "app/designer/charts/StageTableModel.h"
#include "app/designer/document/DocumentEdits.h"
#include "common/CliRunner.h"

#include "model/core/NumberText.h"
#include "model/export/CsvExport.h"

#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace headroom;
using namespace headroom::designer;
using headroom::test::DesignerFixture;
using headroom::test::runCli;

namespace {

// The same file as the window's (a Qt resource there), for the command line.
const QString kThreeTierFile = QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/three-tier.json");

// The cells of one CSV record without quotes (the stage table has no embedded line breaks).
QStringList csvCells(const QString &line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted && c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
            cell += u'"';
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            cells << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell;
    return cells;
}

} // namespace

class TestOneVoice : public DesignerFixture
{
    Q_OBJECT

private:
    QString statusText(const char *name) const
    {
        auto *found = window().findChild<QLabel *>(QString::fromLatin1(name));
        return found ? found->text() : QString();
    }

private slots:
    void initTestCase() { initFixture(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void theSameFiguresEverywhere()
    {
        edits::setUsers(document(), 100000.0);
        const DesignResults &r = results();
        // The model's text, once; `headroom-cli evaluate three-tier.json --users 100000`
        // printed these when this test was written.
        const QString costPerUser = QString::fromStdString(costPerUserText(*r.cost.costPerUserUsd));
        const QString availability = QString::fromStdString(availabilityText(r.evaluation.availability));
        const QString downtime = QString::fromStdString(minutesText(r.evaluation.downtimeMinutesPerYear));
        QCOMPARE(costPerUser, QStringLiteral("$0.0246"));
        QCOMPARE(availability, QStringLiteral("99.9959 %"));
        QCOMPARE(downtime, QStringLiteral("21.6 min"));
        const auto shown = [](const QString &text) { return localizedNumber(text.toStdString()); };

        // The status bar.
        QVERIFY2(statusText("statusCostPerUser").contains(shown(costPerUser)), qPrintable(statusText("statusCostPerUser")));
        QVERIFY2(statusText("statusAvailability").contains(shown(availability)), qPrintable(statusText("statusAvailability")));
        QVERIFY2(statusText("statusDowntime").contains(shown(downtime)), qPrintable(statusText("statusDowntime")));

        // The stage table's row for the stage at 100,000 users.
        auto *table = window().findChild<QTableView *>(QStringLiteral("stageTable"));
        QVERIFY(table);
        int row = -1;
        for (int i = 0; i < table->model()->rowCount(); ++i)
            if (table->model()->index(i, StageTableModel::UsersColumn).data(Qt::UserRole).toDouble() == 100000.0)
                row = i;
        QVERIFY(row >= 0);
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return table->model()->index(row, column).data(role).toString();
        };
        QCOMPARE(cell(StageTableModel::CostPerUserColumn), shown(costPerUser));
        QCOMPARE(cell(StageTableModel::AvailabilityColumn), shown(availability));
        QVERIFY2(cell(StageTableModel::AvailabilityColumn, Qt::ToolTipRole).contains(shown(downtime)),
                 qPrintable(cell(StageTableModel::AvailabilityColumn, Qt::ToolTipRole)));

        // The CLI's text: evaluate and stages.
        const auto evaluated = runCli({QStringLiteral("evaluate"), kThreeTierFile, QStringLiteral("--users"),
                                       QStringLiteral("100000"), QStringLiteral("--format"), QStringLiteral("text")});
        QCOMPARE(evaluated.exitCode, 0);
        QVERIFY2(evaluated.out.contains(QStringLiteral("Cost per user         ") + costPerUser), qPrintable(evaluated.out));
        QVERIFY2(evaluated.out.contains(QStringLiteral("Availability          ") + availability), qPrintable(evaluated.out));
        QVERIFY2(evaluated.out.contains(QStringLiteral("Downtime per year     ") + downtime), qPrintable(evaluated.out));
        const auto stages = runCli({QStringLiteral("stages"), kThreeTierFile, QStringLiteral("--format"), QStringLiteral("text")});
        QCOMPARE(stages.exitCode, 0);
        const QStringList stageLines = stages.out.split(u'\n');
        const auto stageLine = std::find_if(stageLines.begin(), stageLines.end(), [](const QString &line) {
            return line.trimmed().startsWith(QStringLiteral("100K users"));
        });
        QVERIFY(stageLine != stageLines.end());
        QVERIFY2(stageLine->contains(u' ' + costPerUser + u' ') && stageLine->contains(u' ' + downtime + u' '), qPrintable(*stageLine));

        // The CSV the designer exports (File → Export → stage table): the same values, C locale.
        const QStringList csv = QString::fromStdString(stagesToCsv(r.curves->stages)).split(u'\n', Qt::SkipEmptyParts);
        const QStringList header = csvCells(csv.front());
        QStringList record;
        for (const QString &line : csv)
            if (line.startsWith(QStringLiteral("100K users,")))
                record = csvCells(line);
        QCOMPARE(record.size(), header.size());
        const auto value = [&](const char *column) {
            bool ok = false;
            const double number = record.value(header.indexOf(QString::fromLatin1(column))).toDouble(&ok);
            return ok ? number : std::nan("");
        };
        QCOMPARE(QString::fromStdString(costPerUserText(value("cost_per_user_usd"))), costPerUser);
        QCOMPARE(QString::fromStdString(availabilityText(value("availability"))), availability);
        QCOMPARE(QString::fromStdString(minutesText(value("downtime_minutes_per_year"))), downtime);

        // The stage report.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("three-tier.pdf"));
        const auto report = runCli({QStringLiteral("report"), kThreeTierFile, QStringLiteral("--out"), pdf});
        QCOMPARE(report.exitCode, 0);
        QProcess text;
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext is missing: install poppler-utils (make test does)");
        text.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString pages = QString::fromUtf8(text.readAllStandardOutput());
        const qsizetype stage = pages.indexOf(QStringLiteral("Stage: 100K users"));
        QVERIFY(stage >= 0);
        const QString section = pages.mid(stage, 3000);
        QVERIFY2(section.contains(costPerUser), qPrintable(section));
        QVERIFY2(section.contains(availability), qPrintable(section));
        QVERIFY2(section.contains(downtime), qPrintable(section));
    }
};

QTEST_MAIN(TestOneVoice)
#include "tst_one_voice.moc"

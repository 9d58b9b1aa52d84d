// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The designer's numbers (app/designer/DisplayNumbers.h): the model's digits with only the
// locale's separators, read back as shown; the users field and the stage table in German; the
// CSV exports under a German C library (what every Qt program runs with when LANG=de_DE),
// read with a strict RFC 4180 reader.

#include "app/designer/DisplayNumbers.h"
#include "app/designer/EvaluationController.h"
#include "app/designer/charts/StageTableModel.h"
#include "app/designer/document/ProjectDocument.h"
#include "app/designer/panels/ProjectInspector.h"
#include "app/designer/panels/UserSliderBar.h"

#include "model/core/NumberText.h"
#include "model/export/CsvExport.h"
#include "pricing/PriceBookFile.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <charconv>
#include <clocale>
#include <functional>
#include <set>

using namespace headroom;
using namespace headroom::designer;

namespace {

const QLocale kGerman(QLocale::German, QLocale::Germany);
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

// The model's text with ',' and '.' swapped, the German way of writing the same digits.
QString swappedSeparators(const std::string &text)
{
    QString swapped = QString::fromStdString(text);
    for (QChar &c : swapped)
        c = c == u',' ? u'.' : c == u'.' ? u',' : c;
    return swapped;
}

// A strict RFC 4180 reader: fields separated by ',', records by '\n'; a quoted field may hold
// ',', '"' (doubled) and line breaks. Fails the test on a stray quote.
std::vector<std::vector<std::string>> readCsv(const std::string &text)
{
    std::vector<std::vector<std::string>> records(1);
    std::string field;
    bool quoted = false;
    bool wasQuoted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field.push_back('"');
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field.push_back(c);
            }
        } else if (c == '"') {
            if (!field.empty() || wasQuoted)
                QTest::qFail("a quote inside an unquoted field", __FILE__, __LINE__);
            quoted = wasQuoted = true;
        } else if (c == ',' || c == '\n') {
            records.back().push_back(field);
            field.clear();
            wasQuoted = false;
            if (c == '\n')
                records.emplace_back();
        } else {
            field.push_back(c);
        }
    }
    if (records.back().empty())
        records.pop_back();  // the last line's break
    return records;
}

bool isNumberCell(const std::string &cell)
{
    double value = 0.0;
    const auto [end, error] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
    return error == std::errc() && end == cell.data() + cell.size();
}

} // namespace

class TestDisplayNumbers : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        QLocale::setDefault(kEnglish);
        std::setlocale(LC_NUMERIC, "C");
    }

    // Each kind shows the model's digits; German swaps the two separators and nothing else.
    void separatorsOnly_data()
    {
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        QTest::addColumn<QString>("model");
        const auto row = [](const char *name, const std::function<QString()> &shown, const std::string &model) {
            QLocale::setDefault(kEnglish);
            const QString english = shown();
            QLocale::setDefault(kGerman);
            QTest::newRow(name) << english << shown() << QString::fromStdString(model);
        };
        row("dollars", [] { return formatUsd(1234567.4); }, usdText(1234567.4));
        row("cents", [] { return formatUsd(12.5); }, usdText(12.5));
        row("cost per user", [] { return formatCostPerUser(0.049412); }, costPerUserText(0.049412));
        row("count", [] { return formatCount(250000.0); }, countText(250000.0));
        row("users", [] { return formatUsers(1234567.0); }, usersText(1234567.0));
        row("stage name", [] { return formatStageName(1e8); }, stageNameText(1e8));
        row("compact", [] { return formatCompact(2500.0); }, compactText(2500.0));
        row("utilization", [] { return formatUtilization(0.042); }, utilizationText(0.042));
        row("availability", [] { return formatAvailability(0.99951); }, availabilityText(0.99951));
        row("nines", [] { return formatNines(3.301); }, ninesText(3.301));
        row("downtime", [] { return formatDowntime(1580.0); }, downtimeText(1580.0));
        row("rate", [] { return formatRate(1806.3); }, rateText(1806.3));
        row("ms", [] { return formatMs(37.52); }, msText(37.52));
        row("grouped decimals", [] { return formatGrouped(-1234.56, 1); }, groupedText(-1234.56, 1));
        row("not finite", [] { return formatUsd(std::numeric_limits<double>::infinity()); }, "—");
    }
    void separatorsOnly()
    {
        QFETCH(QString, english);
        QFETCH(QString, german);
        QFETCH(QString, model);
        QCOMPARE(english, model);  // the CLI's text, character for character
        QCOMPARE(german, swappedSeparators(model.toStdString()));
    }

    void localizedExamples()
    {
        QCOMPARE(localizedNumber("$1,234,567", kGerman), QStringLiteral("$1.234.567"));
        QCOMPARE(localizedNumber("99.951 %", kGerman), QStringLiteral("99,951 %"));
        QCOMPARE(localizedNumber("−$1,234.50/month", kGerman), QStringLiteral("−$1.234,50/month"));
        QCOMPARE(localizedNumber("< 0.01 min", kGerman), QStringLiteral("< 0,01 min"));
        QCOMPARE(localizedNumber("1,234.5", QLocale(QStringLiteral("fr_FR"))), QStringLiteral("1\u202f234,5"));
    }

    // parse(display(x)) == x for what the designer shows with digits to spare.
    void roundTrip_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        for (const char *locale : {"de_DE", "en_US", "fr_FR", "de_CH"}) {
            for (const auto &[value, decimals] : std::vector<std::pair<double, int>>{
                     {250000.0, 0}, {1234567.5, 1}, {0.5, 1}, {2.35, 2}, {1e8, 0}, {0.0, 0}, {-1234.25, 2}}) {
                const QByteArray name = QByteArray(locale) + ' ' + QByteArray::number(value, 'f', decimals);
                QTest::newRow(name.constData()) << QString::fromLatin1(locale) << value << decimals;
            }
        }
    }
    void roundTrip()
    {
        QFETCH(QString, locale);
        QFETCH(double, value);
        QFETCH(int, decimals);
        const QLocale chosen(locale);
        const QString shown = localizedNumber(groupedText(value, decimals), chosen);
        const auto read = parseDisplayedNumber(shown, chosen);
        QVERIFY2(read, qPrintable(shown));
        QCOMPARE(*read, value);
    }

    void parseAsTyped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("german");
        QTest::addColumn<double>("users");
        QTest::newRow("German grouped") << QStringLiteral("250.000") << true << 250000.0;
        QTest::newRow("English grouped") << QStringLiteral("250,000") << false << 250000.0;
        QTest::newRow("German decimal comma") << QStringLiteral("2,5M") << true << 2.5e6;
        QTest::newRow("German typing a point decimal") << QStringLiteral("2.5M") << true << 2.5e6;
        QTest::newRow("English decimal") << QStringLiteral("2.5M") << false << 2.5e6;
        QTest::newRow("German millions grouped") << QStringLiteral("1.234.567") << true << 1234567.0;
        QTest::newRow("plain") << QStringLiteral("250000") << true << 250000.0;
        QTest::newRow("exponent") << QStringLiteral("2.5e5") << false << 250000.0;
        QTest::newRow("k suffix") << QStringLiteral("250k") << true << 250000.0;
    }
    void parseAsTyped()
    {
        QFETCH(QString, text);
        QFETCH(bool, german);
        QFETCH(double, users);
        QLocale::setDefault(german ? kGerman : kEnglish);
        const auto parsed = UserSliderBar::parseUsers(text);
        QVERIFY(parsed);
        QCOMPARE(*parsed, users);
    }

    void notNumbers()
    {
        for (const char *text : {"", "abc", "1.2.3,4,5", "--5", "12 users"})
            QVERIFY2(!parseDisplayedNumber(QString::fromLatin1(text), kGerman), text);
    }

    // The field shows "250.000" in German; Return on it keeps 250 000 (it once set 250 users).
    void usersFieldReturnKeepsTheCountInGerman()
    {
        QLocale::setDefault(kGerman);
        UserSliderBar bar;
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        bar.setUsers(250000.0);
        QCOMPARE(bar.field()->text(), QStringLiteral("250.000"));
        QSignalSpy edited(&bar, &UserSliderBar::usersEdited);
        bar.field()->setFocus();
        QTest::keyClick(bar.field(), Qt::Key_Return);
        QCOMPARE(edited.count(), 0);  // unchanged: nothing to set
        QCOMPARE(bar.slider()->value(), UserSliderBar::positionFor(250000.0));

        bar.field()->setText(QStringLiteral("300.000"));
        QTest::keyClick(bar.field(), Qt::Key_Return);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.at(0).at(0).toDouble(), 300000.0);
        bar.field()->setText(QStringLiteral("250.000"));  // typed, not shown: read as German
        QTest::keyClick(bar.field(), Qt::Key_Return);
        QCOMPARE(edited.count(), 2);
        QCOMPARE(edited.at(1).at(0).toDouble(), 250000.0);
    }

    // "Add stage" names the stage like the bundled ones ("100M users"); the table shows the
    // count grouped in German and an edit of another cell keeps it.
    void addStageNamesCompactly()
    {
        QLocale::setDefault(kGerman);
        Project project;
        project.stages = {{"Launch", 1e6}, {"10M users", 1e7}};
        ProjectDocument document(project);
        ProjectInspector inspector(&document);
        QPushButton *add = nullptr;
        for (QPushButton *button : inspector.findChildren<QPushButton *>())
            if (button->text() == QStringLiteral("Add stage"))
                add = button;
        QVERIFY(add);
        add->click();
        inspector.refresh();  // the inspector panel refreshes its page on every document change
        QCOMPARE(document.project().stages.size(), size_t(3));
        QCOMPARE(QString::fromStdString(document.project().stages.back().name), QStringLiteral("100M users"));
        QCOMPARE(document.project().stages.back().users, 1e8);
        auto *table = inspector.findChild<QTableWidget *>(QStringLiteral("stagesTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(2, 1)->text(), QStringLiteral("100.000.000"));
        table->item(0, 0)->setText(QStringLiteral("Go live"));  // commits every row as shown
        QCOMPARE(QString::fromStdString(document.project().stages.front().name), QStringLiteral("Go live"));
        QCOMPARE(document.project().stages.back().users, 1e8);
        QCOMPARE(document.project().stages.at(1).users, 1e7);
    }

    // The stage table shows the model's downtime, not one recomputed from the availability:
    // the row's figures disagree on purpose ((1 − 0.999) × 525,600 would be 525.6 minutes).
    void stageTableShowsTheModelsDowntime()
    {
        StageRow row;
        row.name = "10K users";
        row.users = 10000.0;
        row.availability = 0.999;
        row.nines = 3.0;
        row.downtimeMinutesPerYear = 7.04;
        StageTableModel model;
        model.setRows({row});
        const QString tip = model.index(0, StageTableModel::AvailabilityColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Downtime: 7.0 min/year")), qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("525")), qPrintable(tip));
        QCOMPARE(model.index(0, StageTableModel::AvailabilityColumn).data().toString(), QStringLiteral("99.90 %"));
        QCOMPARE(model.index(0, StageTableModel::NinesColumn).data().toString(), QStringLiteral("3.00"));
    }

    // The designer's CSV exports with the C library in German: '.' decimals, every record as
    // many cells as the header, every number cell a C-locale number.
    void csvExportsUnderGermanLocale()
    {
        QVERIFY2(std::setlocale(LC_NUMERIC, "de_DE.UTF-8"), "the de_DE.UTF-8 locale is missing (make test generates it)");
        QString error;
        auto document = ProjectDocument::open(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/three-tier.json"), &error);
        QVERIFY2(document, qPrintable(error));
        EvaluationController controller(bundledPriceBook());
        controller.setDocument(document.get());
        controller.settle();
        const DesignResultsPtr results = controller.results();
        QVERIFY(results && results->curves && !results->compileError);
        for (const std::string &csv : {stagesToCsv(results->curves->stages), componentsToCsv(results->evaluation, results->cost)}) {
            const auto records = readCsv(csv);
            QVERIFY(records.size() >= 2);
            const std::vector<std::string> &header = records.front();
            const std::set<std::string> textColumns = {"stage", "bottleneck", "limiting_dimension", "top_downtime", "id",
                                                       "type", "cost_complete", "saturated", "on_request_path"};
            size_t numbers = 0;
            for (size_t r = 1; r < records.size(); ++r) {
                QCOMPARE(records[r].size(), header.size());
                for (size_t c = 0; c < header.size(); ++c)
                    if (!textColumns.count(header[c]) && !records[r][c].empty()) {
                        QVERIFY2(isNumberCell(records[r][c]), (header[c] + ": " + records[r][c]).c_str());
                        ++numbers;
                    }
            }
            QVERIFY(numbers >= 4 * (records.size() - 1));  // the numbers were there to check
        }
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "%.1f", 0.8);
        QCOMPARE(QByteArray(buffer), QByteArray("0,8"));  // printf is German here; the CSV is not
        QCOMPARE(QString::fromStdString(csvNumber(0.8)), QStringLiteral("0.8"));
    }
};

int main(int argc, char **argv)
{
    QApplication application(argc, argv);  // sets LC_NUMERIC from the environment, as the designer does
    QLocale::setDefault(kEnglish);
    TestDisplayNumbers test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_display_numbers.moc"

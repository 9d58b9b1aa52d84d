// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The designer shows what the stage report and the CLI show about commitments and regional
// prices (issue 17, items 3 and 4): the stage table's "†" on a committed figure with lines on
// demand and the tooltip listing them, sorting by the number behind the mark; a cost line's
// price note and committed unit prices in the component inspector; and the project
// inspector's "Prices missing here" choice per region, an undoable edit saved to the file.
// Runs in English and in German (the _de twin): figures are compared through localizedNumber.

#include "app/designer/DisplayNumbers.h"
#include "app/designer/charts/StageTableModel.h"
#include "app/designer/document/ProjectDocument.h"
#include "app/designer/panels/CostLinesTable.h"
#include "app/designer/panels/ProjectInspector.h"

#include "model/io/ProjectFile.h"

#include <QApplication>
#include <QComboBox>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QTest>

using namespace headroom;
using namespace headroom::designer;

namespace {

// The model's text in the reader's separators: "$1,428" in English, "$1.428" in German.
QString shown(const char *modelText)
{
    return localizedNumber(modelText);
}

StageRow committedRow(const char *name, double oneYear, size_t onDemandLines)
{
    StageRow row;
    row.name = name;
    row.users = 50000.0;
    row.monthlyUsd = oneYear + 100.0;
    row.onDemandMonthlyUsd = row.monthlyUsd;
    row.oneYearMonthlyUsd = oneYear;
    row.threeYearMonthlyUsd = oneYear - 50.0;
    for (size_t i = 0; i < onDemandLines; ++i)
        row.oneYearOnDemand.push_back("Web " + std::to_string(i + 1) + ": on demand (no 1-year price for ec2/m7g.xlarge)");
    return row;
}

Project twoRegions()
{
    Project project;
    project.stages = Project::defaultStages();
    project.regions = {{"east", "us-east-1", RegionRole::Active, {"a", "b"}, ""},
                       {"west", "us-west-2", RegionRole::Active, {"a", "b"}, ""}};
    project.components.push_back({"users", "users", "Users", {0.0, 0.0}, {}});
    return project;
}

} // namespace

class TestCommitmentViews : public QObject
{
    Q_OBJECT

private slots:
    void stageTableMarksFiguresWithLinesOnDemand()
    {
        StageTableModel model;
        model.setRows({committedRow("50K users", 1428.07, 15)});
        const QModelIndex oneYear = model.index(0, StageTableModel::OneYearColumn);
        const QModelIndex threeYear = model.index(0, StageTableModel::ThreeYearColumn);
        QCOMPARE(oneYear.data().toString(), shown("$1,428") + QStringLiteral(" †"));
        QCOMPARE(threeYear.data().toString(), shown("$1,378"));  // no line on demand: no mark
        QCOMPARE(oneYear.data(Qt::UserRole).toDouble(), 1428.07);  // the number, not the mark
        const QString tip = oneYear.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("† On demand in this figure (no 1-year price in the price books):")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("• Web 1: on demand (no 1-year price for ec2/m7g.xlarge)")));
        QVERIFY(tip.contains(QStringLiteral("• Web 12: on demand")));
        QVERIFY2(!tip.contains(QStringLiteral("Web 13:")), qPrintable(tip));  // at most twelve listed
        QVERIFY(tip.endsWith(QStringLiteral("and 3 more")));
        QVERIFY(!threeYear.data(Qt::ToolTipRole).toString().contains(QStringLiteral("On demand in this figure")));
    }

    void stageTableSaysWhenNoLineHasATermPrice()
    {
        StageRow row = committedRow("Launch", 10.0, 2);
        row.oneYearMonthlyUsd.reset();  // no line has a 1-year price: no figure, so no mark
        StageTableModel model;
        model.setRows({row});
        const QModelIndex oneYear = model.index(0, StageTableModel::OneYearColumn);
        QCOMPARE(oneYear.data().toString(), QStringLiteral("—"));
        QVERIFY(!oneYear.data(Qt::UserRole).isValid());
        QVERIFY2(oneYear.data(Qt::ToolTipRole).toString().contains(QStringLiteral("no committable line has a 1-year price")),
                 qPrintable(oneYear.data(Qt::ToolTipRole).toString()));
        for (int column : {int(StageTableModel::OneYearColumn), int(StageTableModel::ThreeYearColumn)}) {
            const QString header = model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
            QVERIFY2(header.contains(QStringLiteral("committed price where the price books have one, the rest on demand")),
                     qPrintable(header));
            QVERIFY(header.contains(QStringLiteral("—")));
            QVERIFY(header.contains(QStringLiteral("†")));
        }
    }

    // Sorted by the sort role, "$900 †" comes before "$10,000": the number decides, not the text.
    void stageTableSortsByTheNumber()
    {
        StageTableModel model;
        model.setRows({committedRow("big", 10000.0, 1), committedRow("small", 900.0, 1), committedRow("middle", 2000.0, 0)});
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(Qt::UserRole);
        sorted.sort(StageTableModel::OneYearColumn, Qt::AscendingOrder);
        QCOMPARE(sorted.index(0, StageTableModel::StageColumn).data().toString(), QStringLiteral("small"));
        QCOMPARE(sorted.index(1, StageTableModel::StageColumn).data().toString(), QStringLiteral("middle"));
        QCOMPARE(sorted.index(2, StageTableModel::StageColumn).data().toString(), QStringLiteral("big"));
    }

    void costLinesShowTheNoteAndCommittedPrices()
    {
        CostLine fallback;
        fallback.what = "m7g.large instance-hours";
        fallback.quantity = 1460.0;
        fallback.unit = "instance-hour";
        fallback.unitPriceUsd = 0.0816;
        fallback.monthlyUsd = 119.14;
        fallback.priceKey = "ec2/m7g.large";
        fallback.priceNote = "us-east-1 rate (no us-west-2 price)";
        fallback.fallbackPrice = true;
        fallback.oneYear = LineCommitment{0.0514, "no upfront", "KARP"};
        fallback.threeYear = LineCommitment{0.0353, "no upfront", "KARP"};
        CostLine plain;
        plain.what = "EBS gp3 volumes";
        plain.quantity = 16.0;
        plain.unit = "GB-month";
        plain.unitPriceUsd = 0.08;
        plain.monthlyUsd = 1.28;
        plain.priceKey = "ebs/gp3-storage";
        QTableWidget table(0, 4);
        fillCostLines(table, {fallback, plain});
        QCOMPARE(table.rowCount(), 3);  // the note has a row of its own, under its line
        QCOMPARE(table.item(0, 2)->text(), shown("$0.0816") + QStringLiteral(" ◦"));
        QCOMPARE(table.item(1, 0)->text(), QStringLiteral("◦ us-east-1 rate (no us-west-2 price)"));
        QCOMPARE(table.columnSpan(1, 0), 4);
        QCOMPARE(table.item(2, 0)->text(), QStringLiteral("EBS gp3 volumes"));
        QCOMPARE(table.item(2, 2)->text(), shown("$0.0800"));  // no note: no mark
        const QString tip = table.item(0, 3)->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("1-year %1 per instance-hour (no upfront)").arg(shown("$0.0514"))), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("3-year %1 per instance-hour (no upfront)").arg(shown("$0.0353"))));
        QVERIFY(tip.contains(QStringLiteral("us-east-1 rate (no us-west-2 price)")));
        QVERIFY(!table.item(2, 3)->toolTip().contains(QStringLiteral("1-year")));
        QCOMPARE(committedPrices(plain), QStringList());
        fillCostLines(table, {plain});  // refilled: the note's row and its span are gone
        QCOMPARE(table.rowCount(), 1);
        QCOMPARE(table.columnSpan(0, 0), 1);
    }

    void fallbackChoiceWritesTheRegionAndUndoes()
    {
        ProjectDocument document(twoRegions());
        ProjectInspector inspector(&document, {"us-east-1", "eu-west-1", "us-west-2"});
        inspector.refresh();
        auto *west = inspector.findChild<QComboBox *>(QStringLiteral("fallbackPrices:west"));
        QVERIFY(west);
        QCOMPARE(west->count(), 3);  // missing, and each other region the book carries
        QCOMPARE(west->itemText(0), QStringLiteral("missing (cost incomplete)"));
        QCOMPARE(west->itemText(1), QStringLiteral("at us-east-1 rates"));
        QCOMPARE(west->itemText(2), QStringLiteral("at eu-west-1 rates"));
        QCOMPARE(west->currentIndex(), 0);

        emit west->activated(1);
        QCOMPARE(document.project().regions[1].fallbackPrices, std::string("us-east-1"));
        QCOMPARE(document.project().regions[0].fallbackPrices, std::string());
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Change region prices"));
        inspector.refresh();
        west = inspector.findChild<QComboBox *>(QStringLiteral("fallbackPrices:west"));
        QCOMPARE(west->currentData().toString(), QStringLiteral("us-east-1"));

        // Editing the regions table keeps the fallback it does not show.
        auto *table = inspector.findChild<QTableWidget *>(QStringLiteral("regionsTable"));
        QVERIFY(table);
        table->item(1, 3)->setText(QStringLiteral("a, b, c"));
        QCOMPARE(document.project().regions[1].zones.size(), size_t(3));
        QCOMPARE(document.project().regions[1].fallbackPrices, std::string("us-east-1"));
        document.undoStack()->undo();  // the zones

        // Saved to the project file as fallback_prices, and read back.
        const std::string saved = serializeProject(document.project());
        QVERIFY2(saved.find("\"fallback_prices\": \"us-east-1\"") != std::string::npos, saved.c_str());
        const auto reread = parseProject(saved, "saved.json");
        QVERIFY(reread);
        QCOMPARE(reread->regions[1].fallbackPrices, std::string("us-east-1"));

        document.undoStack()->undo();
        QCOMPARE(document.project().regions[1].fallbackPrices, std::string());
        inspector.refresh();
        QCOMPARE(inspector.findChild<QComboBox *>(QStringLiteral("fallbackPrices:west"))->currentIndex(), 0);
        document.undoStack()->redo();
        QCOMPARE(document.project().regions[1].fallbackPrices, std::string("us-east-1"));
    }

    // A fallback the price book does not carry (set in the file) still shows as chosen; a
    // region the book does not price offers every region it does.
    void fallbackChoiceShowsWhatTheFileSays()
    {
        Project project = twoRegions();
        project.regions.push_back({"asia", "ap-southeast-1", RegionRole::Standby, {"a"}, "ap-northeast-1"});
        ProjectDocument document(project);
        ProjectInspector inspector(&document, {"us-east-1", "eu-west-1", "us-west-2"});
        inspector.refresh();
        auto *asia = inspector.findChild<QComboBox *>(QStringLiteral("fallbackPrices:asia"));
        QVERIFY(asia);
        QCOMPARE(asia->count(), 5);
        QCOMPARE(asia->currentText(), QStringLiteral("at ap-northeast-1 rates"));
    }
};

int main(int argc, char **argv)
{
    QApplication application(argc, argv);  // the locale from the environment, as in the designer
    TestCommitmentViews test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_commitment_views.moc"

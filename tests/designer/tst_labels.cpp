// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Labels and one meaning of "bottleneck" in the designer (issue 16, items 5 and 6): the status
// bar, the canvas badge, the stage table and the advisor name the component that breaks
// first by its label, follow a rename at once, and raise no alarm while nothing is near its
// limit; the inspector flags a name two components share. On resources/examples/three-tier.json.

#include "DesignerFixture.h"

#include "app/designer/charts/StageTableModel.h"
#include "app/designer/document/DocumentEdits.h"
#include "app/designer/panels/AdvisorPanel.h"
#include "app/designer/panels/ComponentInspector.h"
#include "app/designer/panels/ConnectionInspector.h"
#include "app/designer/panels/InspectorPanel.h"
#include "app/designer/panels/StatusSummary.h"

#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

using namespace headroom;
using namespace headroom::designer;
using headroom::test::DesignerFixture;
using headroom::test::qs;

class TestLabels : public DesignerFixture
{
    Q_OBJECT

private:
    QString statusText(const char *name) const
    {
        auto *found = window().findChild<QLabel *>(QString::fromLatin1(name));
        return found ? found->text() : QStringLiteral("<missing %1>").arg(QString::fromLatin1(name));
    }
    void rename(const std::string &id, const std::string &label)
    {
        Component after = *document().component(id);
        after.label = label;
        edits::changeComponent(document(), id, after, QStringLiteral("Rename"), QString());
        results();
    }

private slots:
    void initTestCase() { initFixture(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    // At 8 users the web tier breaks first (at 265,846 users) but is nowhere near it: the
    // badge informs without alarm and the status bar says nothing is near its limit.
    void noAlarmFarFromTheLimit()
    {
        edits::setUsers(document(), 8.0);
        const DesignResults &r = results();
        QCOMPARE(qs(r.evaluation.bottleneck), QStringLiteral("web"));
        QCOMPARE(node("web")->badgeText(), QStringLiteral("BREAKS FIRST"));
        QCOMPARE(node("web")->badgeColor(), QColor(0x64, 0x74, 0x8b));
        QVERIFY(node("workers")->badgeText().isEmpty());
        QCOMPARE(statusText("statusBottleneck"), QStringLiteral("nothing near its limit · <b>Web tier</b> breaks first"));
    }

    // 250,000 users: 94 % of the way to 265,846; the alarm, by label, with its dimension.
    void theAlarmNearTheLimit()
    {
        edits::setUsers(document(), 250000.0);
        const DesignResults &r = results();
        QCOMPARE(int(r.bottleneck.level), int(LoadLevel::NearLimit));
        QCOMPARE(node("web")->badgeText(), QStringLiteral("BOTTLENECK"));
        QCOMPARE(node("web")->badgeColor(), QColor(0xdc, 0x26, 0x26));
        QVERIFY2(statusText("statusBottleneck").startsWith(QStringLiteral("bottleneck <b>Web tier</b> ")),
                 qPrintable(statusText("statusBottleneck")));
    }

    // A narrow status bar shows whole fields by importance; the rest are in its tooltip.
    void narrowStatusKeepsWholeFields()
    {
        auto *summary = window().findChild<StatusSummary *>();
        QVERIFY(summary);
        window().resize(760, 600);  // about the window's minimum width
        QTRY_VERIFY(summary->width() < summary->sizeHint().width());
        auto *cost = summary->findChild<QLabel *>(QStringLiteral("statusCost"));
        auto *response = summary->findChild<QLabel *>(QStringLiteral("statusResponse"));
        QVERIFY(!cost->isHidden());
        QVERIFY(response->isHidden());
        QCOMPARE(cost->width(), cost->sizeHint().width());  // whole, not cut off
        QHelpEvent tip(QEvent::ToolTip, QPoint(1, 1), summary->mapToGlobal(QPoint(1, 1)));
        QCoreApplication::sendEvent(summary, &tip);
        QVERIFY2(summary->toolTip().startsWith(QStringLiteral("Not shown at this width: ")), qPrintable(summary->toolTip()));
        QVERIFY2(summary->toolTip().contains(QStringLiteral("response ")), qPrintable(summary->toolTip()));
    }

    // A rename reaches the status bar, the stage table and the advisor with the next results.
    void aRenameReachesEveryView()
    {
        edits::setUsers(document(), 250000.0);
        rename("web", "Public web <fleet>");
        QVERIFY2(statusText("statusBottleneck").contains(QStringLiteral("<b>Public web &lt;fleet&gt;</b>")),
                 qPrintable(statusText("statusBottleneck")));
        auto *table = window().findChild<QTableView *>(QStringLiteral("stageTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->index(0, StageTableModel::BottleneckColumn).data().toString(),
                 QStringLiteral("Public web <fleet>"));
        AdvisorPanel *advisor = window().advisor();
        advisor->refreshNow();
        QCOMPARE(qs(advisor->breaksNext().componentLabel), QStringLiteral("Public web <fleet>"));
        auto *breaksNext = advisor->findChild<QLabel *>(QStringLiteral("breaksNext"));
        QVERIFY(breaksNext);
        QVERIFY2(breaksNext->text().contains(QStringLiteral("<b>Public web &lt;fleet&gt;</b>")), qPrintable(breaksNext->text()));
    }

    // A connection's page names its ends by label, and follows a rename.
    void connectionPageNamesLabels()
    {
        const Connection &first = document().project().connections.front();
        ConnectionInspector page(&document(), 0);
        auto *heading = page.findChild<QLabel *>(QStringLiteral("connectionHeading"));
        QVERIFY(heading);
        const QString from = qs(displayName(*document().component(first.from)));
        QVERIFY2(heading->text().contains(from.toHtmlEscaped()), qPrintable(heading->text()));
        rename(first.from, "Everyone & co");
        page.refresh();
        QVERIFY2(heading->text().contains(QStringLiteral("Everyone &amp; co")), qPrintable(heading->text()));
    }

    // The inspector flags a name that another component has (case and spaces aside), and the
    // flag goes when the names differ again.
    void duplicateNamesAreFlagged()
    {
        selectOnly({"workers"});
        auto *page = qobject_cast<ComponentInspector *>(window().inspector()->page());
        QVERIFY(page);
        auto *warning = page->findChild<QLabel *>(QStringLiteral("labelDuplicateWarning"));
        QVERIFY(warning);
        QVERIFY(warning->isHidden());
        rename("workers", " web TIER");
        page = qobject_cast<ComponentInspector *>(window().inspector()->page());
        warning = page->findChild<QLabel *>(QStringLiteral("labelDuplicateWarning"));
        QVERIFY(!warning->isHidden());
        QVERIFY2(warning->text().startsWith(QStringLiteral("Another component has this name (web)")), qPrintable(warning->text()));
        rename("workers", "Workers");
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("labelDuplicateWarning"))->isHidden());
    }
};

QTEST_MAIN(TestLabels)
#include "tst_labels.moc"

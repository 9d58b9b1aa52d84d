// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The status bar's monthly cost says what it is made of (issue 17): committable lines that
// stay on demand at a commitment purchase option, and lines priced at a fallback region's
// rates, are named in its qualifier and tooltip rather than passed off as the plain figure.
// The instance-type picker prices each type in the component's region.

#include "DesignerFixture.h"

#include "app/designer/MainWindow.h"
#include "app/designer/document/DocumentEdits.h"
#include "app/designer/document/ProjectDocument.h"

#include "app/designer/panels/ComponentInspector.h"
#include "app/designer/panels/InspectorPanel.h"
#include "model/core/NumberText.h"

#include <QComboBox>
#include <QLabel>

using namespace headroom;
using namespace headroom::designer;
using headroom::test::DesignerFixture;

class TestStatusCost : public DesignerFixture
{
    Q_OBJECT

private:
    QLabel *costLabel() const { return window().findChild<QLabel *>(QStringLiteral("statusCost")); }

private slots:
    void initTestCase() { initFixture(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    // On demand, the three-tier example's figure is plain.
    void onDemandIsPlain()
    {
        results();
        QVERIFY2(!costLabel()->text().contains(QStringLiteral("(")), qPrintable(costLabel()->text()));
    }

    // At a 1-year commitment only its cache nodes have a committed price: the figure says it
    // is partly on demand, and the tooltip counts the lines.
    void aCommitmentWithLinesOnDemandSaysSo()
    {
        edits::setPurchaseOption(document(), PurchaseOption::OneYear);
        const DesignResults &r = results();
        QVERIFY(!r.cost.oneYearOnDemand.empty());
        QVERIFY2(costLabel()->text().endsWith(QStringLiteral("/month (partly on demand)")), qPrintable(costLabel()->text()));
        QVERIFY2(costLabel()->toolTip().contains(QStringLiteral("on demand: no committed price for the term")),
                 qPrintable(costLabel()->toolTip()));
        QVERIFY(r.cost.monthlyUsd < r.cost.onDemandMonthlyUsd);  // the cache nodes are committed
    }

    // Template 07's us-west-2 stack: 40 lines at us-east-1 rates, said in the qualifier and
    // the tooltip.
    void fallbackPricesAreNamed()
    {
        QString error;
        auto opened = ProjectDocument::open(QStringLiteral(":/templates/07-multi-region-active-active.json"), &error);
        QVERIFY2(opened, qPrintable(error));
        window().setDocument(std::move(opened));
        const DesignResults &r = results();
        QVERIFY(r.cost.complete);
        QVERIFY(!r.cost.notes.empty());
        QVERIFY2(costLabel()->text().endsWith(QStringLiteral("(partly at another region's rates)")),
                 qPrintable(costLabel()->text()));
        QVERIFY2(costLabel()->toolTip().contains(QStringLiteral("priced at us-east-1 rates")), qPrintable(costLabel()->toolTip()));
    }

    // The web tier moved to eu-west-1: its picker shows eu-west-1's $0.107/h for m6i.large
    // (VANTAGE_EC2_2024), not us-east-1's $0.096/h.
    void thePickerPricesInTheComponentsRegion()
    {
        edits::changeRegions(document(), {{"eu", "eu-west-1", RegionRole::Active, {"a", "b"}, {}}});
        edits::placeComponent(document(), "web", "eu", std::string());
        selectOnly({"web"});
        auto *page = qobject_cast<ComponentInspector *>(window().inspector()->page());
        QVERIFY(page);
        auto *types = page->findChild<QComboBox *>(QStringLiteral("editor_instance_type"));
        QVERIFY(types);
        const QString label = types->itemText(types->findData(QStringLiteral("m6i.large")));
        QVERIFY2(label.endsWith(QStringLiteral("$0.107/h").replace(u'.', QLocale().decimalPoint())), qPrintable(label));
    }
};

QTEST_MAIN(TestStatusCost)
#include "tst_status_cost.moc"

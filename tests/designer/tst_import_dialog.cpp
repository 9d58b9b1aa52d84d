// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// File → Import → Terraform plan (issue 18): the dialog shows what the import made of the
// plan before anything opens, a usage file re-imports, a bad plan opens nothing, and the
// imported design opens as new unsaved work that evaluates like any other.

#include "DesignerFixture.h"

#include "app/designer/document/ProjectDocument.h"
#include "app/designer/import/ImportPlanDialog.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>

using namespace headroom;
using namespace headroom::designer;
using headroom::test::DesignerFixture;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(HEADROOM_SOURCE_DIR "/tests/fixtures/terraform/") + QLatin1String(name);
}

} // namespace

class TestImportDialog : public DesignerFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { initFixture(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void theMenuOffersTheImport()
    {
        QVERIFY(window().findChild<QAction *>(QStringLiteral("importTerraformAction")));
    }

    void theDialogShowsTheSummaryBeforeOpening()
    {
        ImportPlanDialog dialog(fixture("alb-asg-route53.json"));
        QVERIFY(dialog.succeeded());
        const QString text = dialog.shownText();
        QVERIFY2(text.contains(QStringLiteral("5 components and 4 connections from alb-asg-route53.json")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Unconnected")));
        QVERIFY(text.contains(QStringLiteral("Assumptions to review")));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("openImportedDesign"))->isEnabled());
    }

    void aBadPlanOpensNothing()
    {
        ImportPlanDialog dialog(fixture("state.json"));
        QVERIFY(!dialog.succeeded());
        QVERIFY(dialog.shownText().contains(QStringLiteral("this is Terraform state, not a plan")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("openImportedDesign"))->isEnabled());
    }

    void aUsageFileReimports()
    {
        QTemporaryDir dir;
        const QString usage = dir.filePath(QStringLiteral("usage.json"));
        QFile file(usage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"workload": {"users": 40000}})");
        file.close();
        ImportPlanDialog dialog(fixture("alb-asg-route53.json"));
        dialog.setUsageFile(usage);
        QVERIFY(dialog.succeeded());
        QCOMPARE(dialog.project().workload.users, 40000.0);
        QVERIFY(dialog.shownText().contains(QStringLiteral("Usage from usage.json")));
        // A usage file that names a resource the plan lacks: nothing to open, the place named.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"resource_usage": {"aws_instance.nope": {"instances": 2}}})");
        file.close();
        dialog.setUsageFile(usage);
        QVERIFY(!dialog.succeeded());
        QVERIFY2(dialog.shownText().contains(QStringLiteral("/resource_usage/aws_instance.nope")), qPrintable(dialog.shownText()));
    }

    void theImportedDesignOpensUnsavedAndEvaluates()
    {
        ImportPlanDialog dialog(fixture("alb-asg-route53.json"));
        window().openImported(dialog.project());
        QVERIFY(document().isModified());
        QVERIFY(document().filePath().isEmpty());
        QCOMPARE(document().project(), dialog.project());
        const DesignResults &r = results();
        QVERIFY(!r.compileError);
        QVERIFY(r.cost.monthlyUsd > 0.0);
        QVERIFY(node("app") && node("web") && node("users"));
        CHECK(checkCanvasMirrors());
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_import_dialog.moc"

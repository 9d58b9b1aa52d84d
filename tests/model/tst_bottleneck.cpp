// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// One meaning of "bottleneck" (issue 16, item 6): the component that breaks first, named by
// its label, and worded by how near the design is to that point; and the labels every text
// names instead of ids (item 5).

#include "AdvisorDesigns.h"

#include "common/Compare.h"

#include "model/advisor/Advisor.h"
#include "model/analysis/BottleneckSummary.h"
#include "model/analysis/StageTable.h"
#include "model/io/ProjectFile.h"

#include <QDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace headroom;
using namespace headroom::test;

namespace {

const std::string kThreeTier = HEADROOM_SOURCE_DIR "/resources/examples/three-tier.json";

Project threeTier()
{
    auto project = readProjectFile(kThreeTier);
    if (!project)
        qFatal("%s", project.error().toString().c_str());
    return *project;
}

CompiledModel compiledOf(const Project &project)
{
    auto model = compileModel(project);
    if (!model)
        qFatal("%s", model.error().toString().c_str());
    return std::move(model).value();
}

} // namespace

class TestBottleneck : public QObject
{
    Q_OBJECT

private slots:
    void loadLevelThresholds_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::addColumn<int>("level");
        // LoadLevel.h: 0.5 and 0.7 (the advisor's utilization target, model/README.md).
        QTest::newRow("idle") << 0.0 << int(LoadLevel::Comfortable);
        QTest::newRow("just below half") << 0.4999 << int(LoadLevel::Comfortable);
        QTest::newRow("half") << 0.5 << int(LoadLevel::Watch);
        QTest::newRow("just below the target") << 0.6999 << int(LoadLevel::Watch);
        QTest::newRow("the advisor's target") << 0.7 << int(LoadLevel::NearLimit);
        QTest::newRow("just below one") << 0.9999 << int(LoadLevel::NearLimit);
        QTest::newRow("one") << 1.0 << int(LoadLevel::Saturated);
        QTest::newRow("overloaded") << 3.76 << int(LoadLevel::Saturated);
        QTest::newRow("not a number") << std::numeric_limits<double>::quiet_NaN() << int(LoadLevel::Saturated);
    }
    void loadLevelThresholds()
    {
        QFETCH(double, fraction);
        QFETCH(int, level);
        QCOMPARE(int(loadLevel(fraction)), level);
    }

    // three-tier.json at 100,000 users (`headroom-cli evaluate … --format text`): the workers'
    // group is the busier now (69.4 % cpu, saturating at 288,000 users) but the web tier's
    // group reaches its maximum first and saturates at 265,846 users (56.4 % cpu). The one
    // that breaks first is the bottleneck; before this rule the badge sat on the workers while
    // the advisor said the web tier breaks first.
    void theBottleneckIsTheFirstToBreak()
    {
        const Project project = threeTier();
        const CompiledModel model = compiledOf(project);
        const Evaluation e = evaluate(model, 100000.0);
        const ComponentResult web = resultOf(e, "web");
        const ComponentResult workers = resultOf(e, "workers");
        QVERIFY(workers.utilization > web.utilization);  // the case this rule decides
        QVERIFY(*web.usersAtSaturation < *workers.usersAtSaturation);
        QCOMPARE(e.bottleneck, std::string("web"));
        QCOMPARE(e.breaksAtUsers, web.usersAtSaturation);
        for (const ComponentResult &c : e.components)
            if (c.usersAtSaturation)
                QVERIFY2(*c.usersAtSaturation >= *e.breaksAtUsers, c.id.c_str());
        // The advisor names the same component.
        const WhatBreaksNext next = whatBreaksNext(project, 100000.0, book());
        QCOMPARE(next.componentId, e.bottleneck);
        QCOMPARE(next.componentLabel, std::string("Web tier"));
        // So do the stage table's rows.
        for (const StageRow &row : stageTable(model, project.stages, book(), project.purchaseOption)) {
            QCOMPARE(row.bottleneck, std::string("web"));
            QCOMPARE(row.bottleneckLabel, std::string("Web tier"));
        }
    }

    // At no load the first to break is still known (S3's GET rate quota), and no alarm; a
    // design with nothing that can run out has no bottleneck.
    void atNoLoadAndWithoutLimits()
    {
        const Project project = ProjectBuilder().add("users", "users").add("site", "s3").connect("users", "site").project();
        const CompiledModel model = compiledOf(project);
        const Evaluation idle = evaluate(model, 0.0);
        QCOMPARE(idle.bottleneck, std::string("site"));
        QCOMPARE(int(bottleneckOf(model, idle).level), int(LoadLevel::Comfortable));
        QCOMPARE(bottleneckOf(model, idle).shareOfBreakingPoint, 0.0);

        const CompiledModel entryOnly = compiledOf(ProjectBuilder().add("users", "users").project());
        const Evaluation none = evaluate(entryOnly, 1000.0);
        QVERIFY(none.bottleneck.empty());
        QVERIFY(!bottleneckOf(entryOnly, none).exists);
        QCOMPARE(bottleneckSentence(bottleneckOf(entryOnly, none)), std::string("nothing carries load"));
    }

    // The wording follows users ÷ users at saturation, so an Auto Scaling group holding its
    // target utilization is no alarm, and the sentence is the one the CLI prints.
    void sentenceFollowsTheShareOfTheBreakingPoint_data()
    {
        QTest::addColumn<double>("users");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("8 users") << 8.0 << int(LoadLevel::Comfortable)
                                 << QStringLiteral("nothing near its limit; Web tier breaks first, at 265,846 users");
        QTest::newRow("150,000 users: 56 % of the way") << 150000.0 << int(LoadLevel::Watch)
                                 << QStringLiteral("nothing near its limit; Web tier breaks first, at 265,846 users");
        QTest::newRow("250,000 users: 94 % of the way") << 250000.0 << int(LoadLevel::NearLimit)
                                 << QStringLiteral("Web tier at 94 % (cpu), breaks at 265,846 users");
        QTest::newRow("1,000,000 users: saturated") << 1e6 << int(LoadLevel::Saturated)
                                 << QStringLiteral("Web tier is saturated (cpu at 376 %)");
    }
    void sentenceFollowsTheShareOfTheBreakingPoint()
    {
        QFETCH(double, users);
        QFETCH(int, level);
        QFETCH(QString, sentence);
        const CompiledModel model = compiledOf(threeTier());
        const Evaluation e = evaluate(model, users);
        const BottleneckSummary summary = bottleneckOf(model, e);
        QVERIFY(summary.exists);
        QCOMPARE(summary.componentId, std::string("web"));
        QCOMPARE_REL(summary.shareOfBreakingPoint, users / *e.breaksAtUsers, 1e-12);
        QCOMPARE(int(summary.level), level);
        QCOMPARE(QString::fromStdString(bottleneckSentence(summary)), sentence);
    }

    void labelsAndTheirFallback()
    {
        Project project = ProjectBuilder().add("users", "users").add("web", "ec2").connect("users", "web").project();
        project.components[1].label = "Public web";
        project.components[0].label.clear();
        const CompiledModel model = compiledOf(project);
        QCOMPARE(model.labelOf("web"), std::string("Public web"));
        QCOMPARE(model.labelOf("users"), std::string("users"));  // no label: the id
        QCOMPARE(model.labelOf("nothing"), std::string("nothing"));
    }

    void possessives()
    {
        QCOMPARE(possessive("Web tier"), std::string("Web tier's"));
        QCOMPARE(possessive("Workers"), std::string("Workers'"));
        QCOMPARE(possessive("ALB east"), std::string("ALB east's"));
    }

    void duplicateNamesAreFound()
    {
        Project project = ProjectBuilder().add("a", "ec2").add("b", "ec2").add("c", "ec2").project();
        project.components[0].label = "Web";
        project.components[1].label = "  web ";
        project.components[2].label = "Web 2";
        QCOMPARE(componentsSharingName(project, "a"), std::vector<std::string>{"b"});
        QCOMPARE(componentsSharingName(project, "b"), std::vector<std::string>{"a"});
        QVERIFY(componentsSharingName(project, "c").empty());
        QVERIFY(componentsSharingName(project, "missing").empty());
        project.components[2].label.clear();
        project.components[2].id = "web";  // no label: compared by its id
        QCOMPARE(componentsSharingName(project, "web"), (std::vector<std::string>{"a", "b"}));
    }

    // Every bundled template and example names each component once: the labels are what
    // the tables, charts and advisor show.
    void bundledDesignsHaveUniqueNames()
    {
        QStringList files;
        for (const char *folder : {"/resources/templates/", "/resources/examples/"}) {
            const QString path = QStringLiteral(HEADROOM_SOURCE_DIR) + QString::fromLatin1(folder);
            const QStringList names = QDir(path).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
            for (const QString &name : names)
                files << path + name;
        }
        QVERIFY(files.size() >= 10);
        for (const QString &file : files) {
            auto project = readProjectFile(file.toStdString());
            QVERIFY2(project, qPrintable(file));
            for (const Component &component : project->components)
                QVERIFY2(componentsSharingName(*project, component.id).empty(),
                         qPrintable(file + QStringLiteral(": ") + QString::fromStdString(displayName(component))));
        }
    }

    // The advisor's sentences name labels; the finding keeps the id for the fix.
    void adviceNamesLabels()
    {
        const Project project = threeTier();
        const std::vector<Finding> findings = advise(project, 300000.0, book());
        const Finding *web = findingOf(findings, QStringLiteral("over_utilization"), QStringLiteral("web"));
        QVERIFY(web);
        QCOMPARE(web->componentLabel, std::string("Web tier"));
        QVERIFY2(web->message.rfind("Web tier ", 0) == 0, web->message.c_str());
        QVERIFY2(web->proposal.find("Web tier") != std::string::npos, web->proposal.c_str());
        QVERIFY2(web->summary.find(": Web tier ") != std::string::npos, web->summary.c_str());
        for (const Finding &finding : findings)
            QVERIFY2(finding.message.find(" web ") == std::string::npos, finding.message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestBottleneck)
#include "tst_bottleneck.moc"

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// "What breaks next" (model/README.md, "Advisor and right-sizing"): the component that
// saturates first, its candidate fixes measured, and the best by users gained per dollar.

#include "AdvisorDesigns.h"

#include "common/Compare.h"

#include <QTest>

using namespace headroom;
using namespace headroom::test;

class TestWhatBreaksNext : public QObject
{
    Q_OBJECT

private slots:
    // users → web (2 × m6i.large, 50 ms): 4 vCPUs saturate at 4 erlangs, 80 users.
    // One more instance: 120 users for one more instance-month; m6i.xlarge: 160 users for
    // twice the instance price. The best is the larger gain per added dollar.
    void whatBreaksNextRanksByUsersPerDollar()
    {
        const Project project = frontEnd("ec2", {{"instances", 2.0}});
        const WhatBreaksNext next = whatBreaksNext(project, 10.0, book());
        QCOMPARE(next.componentId, std::string("web"));
        QCOMPARE(next.limitingDimension, std::string("cpu"));
        QCOMPARE_REL(*next.breaksAtUsers, 80.0, 1e-9);
        QCOMPARE(next.candidates.size(), size_t(2));
        const double instance = usdPerMonth("ec2/m6i.large", 730.0);
        const double volume = usdPerMonth("ebs/gp3-storage", 8.0);
        QCOMPARE_REL(*next.candidates[0].breaksAtUsers, 120.0, 1e-9);
        QCOMPARE_REL(next.candidates[0].costDeltaUsdPerMonth, instance + volume, 1e-9);
        QCOMPARE_REL(*next.candidates[1].breaksAtUsers, 160.0, 1e-9);
        QCOMPARE_REL(next.candidates[1].costDeltaUsdPerMonth,
                     2.0 * (usdPerMonth("ec2/m6i.xlarge", 730.0) - instance), 1e-9);
        const double perUsd0 = 40.0 / (instance + volume);
        const double perUsd1 = 80.0 / next.candidates[1].costDeltaUsdPerMonth;
        QCOMPARE_REL(*next.candidates[0].usersGainedPerUsd, perUsd0, 1e-9);
        QCOMPARE_REL(*next.candidates[1].usersGainedPerUsd, perUsd1, 1e-9);
        QCOMPARE(next.best, perUsd1 > perUsd0 ? 1 : 0);
    }

    // An Auto Scaling group that breaks at its maximum: a higher maximum costs nothing until it
    // runs, so the fix doubles it (10 → 20: twice the users) rather than adding one instance that
    // would rank first and come back after every apply.
    void scalingGroupMaximumIsDoubled()
    {
        const Project project = frontEnd("asg", {{"min_instances", 2.0}, {"max_instances", 10.0}});
        const WhatBreaksNext next = whatBreaksNext(project, 10.0, book());
        QCOMPARE(next.componentId, std::string("web"));
        bool found = false;
        for (const FixCandidate &candidate : next.candidates)
            if (candidate.proposal.rfind("Raise web's max_instances", 0) == 0) {
                found = true;
                QCOMPARE(*numberParam(*findComponent(candidate.changed, "web"), "max_instances"), 20.0);
                QCOMPARE_REL(*candidate.breaksAtUsers, 2.0 * *next.breaksAtUsers, 1e-9);
            }
        QVERIFY(found);
    }

    // A database out of connections: replicas do not help, the proxy does.
    void whatBreaksNextOffersAProxy()
    {
        Project project = withDatabase("rds", {{"multi_az", true}, {"instance_type", std::string("db.t4g.micro")}});
        project = withParam(project, "web", "instances", 12.0);  // 120 of 112 connections
        const WhatBreaksNext next = whatBreaksNext(project, 1.0, book());
        QCOMPARE(next.componentId, std::string("db"));
        QCOMPARE(next.limitingDimension, std::string("connections"));
        QVERIFY(next.best >= 0);
        QVERIFY2(next.candidates[static_cast<size_t>(next.best)].proposal.rfind("Put an RDS Proxy", 0) == 0,
                 next.candidates[static_cast<size_t>(next.best)].proposal.c_str());
        for (const FixCandidate &candidate : next.candidates)
            if (candidate.proposal.rfind("Add a read replica", 0) == 0)
                QVERIFY(!candidate.raisesBreakingPoint);
    }

    void nothingBreaksWithoutLimits()
    {
        const Project project = ProjectBuilder().add("users", "users").add("dns", "route53").connect("users", "dns").project();
        const WhatBreaksNext next = whatBreaksNext(project, 10.0, book());
        QVERIFY(next.componentId.empty());
        QVERIFY(!next.breaksAtUsers);
        QCOMPARE(next.best, -1);
    }
};

QTEST_GUILESS_MAIN(TestWhatBreaksNext)
#include "tst_whatbreaksnext.moc"

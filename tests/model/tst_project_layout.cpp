// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// flowPositions: a project laid out left to right by request flow, in bands by region, zone
// and group, without Qt (the designer's "Arrange by flow", the importer and the CLI share it).
// Expected positions follow from the default FlowSpacing: nodes 200 × 78, columns 320 apart,
// rows 120, a 20-unit grid; 140 above a band that starts a region, 80 above one of the same
// region, each band's top snapped to the grid.

#include "model/layout/ProjectLayout.h"

#include <QTest>

#include <algorithm>
#include <string>
#include <vector>

using namespace headroom;

namespace {

Component component(const std::string &id, const std::string &type, Position at = {},
                    const std::string &region = {}, const std::string &group = {})
{
    Component c{id, type, id, at, {}, region, {}};
    c.group = group;
    return c;
}

Connection call(const std::string &from, const std::string &to)
{
    return {from, to, 1.0, TrafficClass::All, false};
}

size_t indexOf(const Project &project, const std::string &id)
{
    for (size_t i = 0; i < project.components.size(); ++i)
        if (project.components[i].id == id)
            return i;
    return project.components.size();
}

// No two of the default-size nodes at `placed` overlap.
bool overlapFree(const std::vector<Position> &placed)
{
    const LayoutSize node = FlowSpacing{}.node;
    for (size_t i = 0; i < placed.size(); ++i)
        for (size_t j = i + 1; j < placed.size(); ++j)
            if (placed[i].x < placed[j].x + node.width && placed[j].x < placed[i].x + node.width
                && placed[i].y < placed[j].y + node.height && placed[j].y < placed[i].y + node.height)
                return false;
    return true;
}

// The top and bottom of the nodes whose ids are `ids`.
std::pair<double, double> verticalSpan(const Project &project, const std::vector<Position> &placed,
                                       const std::vector<std::string> &ids)
{
    double top = 1e18, bottom = -1e18;
    for (const std::string &id : ids) {
        const Position &at = placed[indexOf(project, id)];
        top = std::min(top, at.y);
        bottom = std::max(bottom, at.y + FlowSpacing{}.node.height);
    }
    return {top, bottom};
}

} // namespace

class TestProjectLayout : public QObject
{
    Q_OBJECT

private slots:
    void chainRunsLeftToRight();
    void regionsStackInSeparateBands();
    void cycleEndsAndStaysLeftToRight();
    void groupStaysInOneBand();
    void emptyProjectHasNoPositions();
};

// users → dns → alb → asg → db from scattered positions: one column each, 320 apart, from the
// components' top-left (105, 47) snapped to (100, 40).
void TestProjectLayout::chainRunsLeftToRight()
{
    Project project;
    project.components = {component("db", "rds", {900, 600}), component("users", "users", {105, 300}),
                          component("alb", "alb", {400, 47}), component("dns", "route53", {700, 200}),
                          component("asg", "asg", {200, 500})};
    project.connections = {call("users", "dns"), call("dns", "alb"), call("alb", "asg"), call("asg", "db")};
    const std::vector<Position> placed = flowPositions(project);
    QCOMPARE(placed.size(), project.components.size());
    const std::vector<std::string> chain{"users", "dns", "alb", "asg", "db"};
    for (size_t column = 0; column < chain.size(); ++column) {
        const Position &at = placed[indexOf(project, chain[column])];
        QCOMPARE(at.x, 100.0 + 320.0 * static_cast<double>(column));
        QCOMPARE(at.y, 40.0);
        QCOMPARE(std::fmod(at.x, 20.0), 0.0);
        QCOMPARE(std::fmod(at.y, 20.0), 0.0);
    }
    QVERIFY(overlapFree(placed));
}

// Global users and DNS, then east's and west's alb → asg → db, each region a band of its own:
// band 0 at 0..78, east at 78 + 140 → 220, west at 220 + 78 + 140 → 440.
void TestProjectLayout::regionsStackInSeparateBands()
{
    Project project;
    project.regions = {{"east", "us-east-1", RegionRole::Active, {}, {}},
                       {"west", "us-west-2", RegionRole::Active, {}, {}}};
    for (const char *region : {"west", "east"}) { // listed west first: bands follow the regions' order
        const std::string r = region;
        project.components.push_back(component("alb-" + r, "alb", {}, r));
        project.components.push_back(component("asg-" + r, "asg", {}, r));
        project.components.push_back(component("db-" + r, "rds", {}, r));
        project.connections.push_back(call("alb-" + r, "asg-" + r));
        project.connections.push_back(call("asg-" + r, "db-" + r));
        project.connections.push_back(call("dns", "alb-" + r));
    }
    project.components.push_back(component("users", "users"));
    project.components.push_back(component("dns", "route53"));
    project.connections.push_back(call("users", "dns"));
    const std::vector<Position> placed = flowPositions(project);
    QCOMPARE(placed[indexOf(project, "users")].y, 0.0);
    QCOMPARE(placed[indexOf(project, "dns")].y, 0.0);
    for (const char *id : {"alb-east", "asg-east", "db-east"})
        QCOMPARE(placed[indexOf(project, id)].y, 220.0);
    for (const char *id : {"alb-west", "asg-west", "db-west"})
        QCOMPARE(placed[indexOf(project, id)].y, 440.0);
    QCOMPARE(placed[indexOf(project, "alb-east")].x, 640.0); // column 2: after users and DNS
    QCOMPARE(placed[indexOf(project, "db-west")].x, 1280.0);
    QVERIFY(overlapFree(placed));
}

// users → a → b → c → a and c → c: the loop is broken where it closes (c → a), so a, b and c
// take columns 1, 2 and 3.
void TestProjectLayout::cycleEndsAndStaysLeftToRight()
{
    Project project;
    project.components = {component("users", "users"), component("a", "service"), component("b", "service"),
                          component("c", "service")};
    project.connections = {call("users", "a"), call("a", "b"), call("b", "c"), call("c", "a"), call("c", "c")};
    const std::vector<Position> placed = flowPositions(project);
    QCOMPARE(placed.size(), size_t(4));
    for (size_t i = 0; i < placed.size(); ++i)
        QCOMPARE(placed[i].x, 320.0 * static_cast<double>(i));
    QVERIFY(overlapFree(placed));
}

// In region east: the ungrouped alb, then module.data (first to appear in the component
// list) with db and cache, then module.app with web and api, each group a band of its own
// under the region's with 80 above it: alb at 220..298, module.data at 298 + 80 → 380 and two
// rows (..578), module.app at 578 + 80 → 660.
void TestProjectLayout::groupStaysInOneBand()
{
    Project project;
    project.regions = {{"east", "us-east-1", RegionRole::Active, {}, {}}};
    project.components = {component("users", "users"), component("alb", "alb", {}, "east"),
                          component("db", "rds", {}, "east", "module.data"),
                          component("web", "ec2", {}, "east", "module.app"),
                          component("api", "ec2", {0, 10}, "east", "module.app"),
                          component("cache", "elasticache", {0, 10}, "east", "module.data")};
    project.connections = {call("users", "alb"), call("alb", "web"), call("alb", "api"), call("web", "db"),
                           call("api", "cache")};
    const std::vector<Position> placed = flowPositions(project);
    QCOMPARE(verticalSpan(project, placed, {"alb"}), std::make_pair(220.0, 298.0));
    QCOMPARE(verticalSpan(project, placed, {"db", "cache"}), std::make_pair(380.0, 578.0));
    QCOMPARE(verticalSpan(project, placed, {"web", "api"}), std::make_pair(660.0, 858.0));
    QCOMPARE(placed[indexOf(project, "web")].x, 640.0);
    QCOMPARE(placed[indexOf(project, "db")].x, 960.0);
    QVERIFY(overlapFree(placed));
    // Ungrouped, the same components share the region's band.
    for (Component &c : project.components)
        c.group.clear();
    const std::vector<Position> together = flowPositions(project);
    QCOMPARE(verticalSpan(project, together, {"alb", "db", "cache", "web", "api"}), std::make_pair(220.0, 418.0));
}

void TestProjectLayout::emptyProjectHasNoPositions()
{
    QCOMPARE(flowPositions(Project{}).size(), size_t(0));
}

QTEST_GUILESS_MAIN(TestProjectLayout)
#include "tst_project_layout.moc"

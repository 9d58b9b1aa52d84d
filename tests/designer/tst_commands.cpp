// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The designer's commands without a widget: each edit pushed through ProjectDocument's undo
// stack, undone and redone, with the texts a user reads in the Edit menu and the document's
// change notifications (one per command, naming what changed), as Tiled and QtNodes test
// theirs.

#include "app/designer/document/DocumentEdits.h"
#include "app/designer/document/ProjectDocument.h"
#include "model/core/TextLimits.h"
#include "model/io/ProjectValidator.h"

#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(headroom::designer::DocumentChange)

using namespace headroom;
using namespace headroom::designer;

namespace {

// users → web → db, with a region holding web.
Project smallDesign()
{
    Project project;
    project.stages = Project::defaultStages();
    project.components.push_back({"users", "users", "Users", {0.0, 0.0}, {}});
    project.components.push_back({"web", "asg", "Web", {240.0, 0.0}, {}});
    project.components.push_back({"db", "rds", "Database", {480.0, 0.0}, {}});
    project.connections.push_back({"users", "web", 1.0, TrafficClass::All, false});
    project.connections.push_back({"web", "db", 2.0, TrafficClass::All, false});
    return project;
}

Component component(const std::string &id, double x)
{
    return {id, "service", id, {x, 200.0}, {}};
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    // A paste of 20 components and 20 connections is one undo step and one notification,
    // and so are its undo and its redo.
    void pasteIsOneStepAndOneNotification()
    {
        ProjectDocument document(smallDesign());
        QSignalSpy changes(&document, &ProjectDocument::changed);
        std::vector<Component> components;
        std::vector<Connection> connections;
        for (int i = 0; i < 20; ++i) {
            components.push_back(component("s" + std::to_string(i), 40.0 * i));
            connections.push_back({"web", "s" + std::to_string(i), 1.0, TrafficClass::All, false});
        }
        const Project before = document.project();
        edits::addItems(document, QStringLiteral("Paste"), components, connections);
        QCOMPARE(changes.count(), 1);
        const auto change = changes.takeFirst().at(0).value<DocumentChange>();
        QVERIFY(change.structure);
        QCOMPARE(document.project().components.size(), size_t(23));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Paste"));
        const Project after = document.project();

        document.undo();
        QCOMPARE(changes.count(), 1);
        QVERIFY(document.project() == before);
        QCOMPARE(document.undoStack()->redoText(), QStringLiteral("Paste"));
        document.redo();
        QCOMPARE(changes.count(), 2);
        QVERIFY(document.project() == after);
    }

    // Deleting a component takes its connections with it; undo puts every one back at its
    // index. The text counts what went.
    void deleteNamesWhatItRemovesAndUndoRestoresIndices()
    {
        ProjectDocument document(smallDesign());
        const Project before = document.project();
        edits::removeItems(document, {"web"}, {});
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Delete component and 2 connections"));
        QCOMPARE(document.project().components.size(), size_t(2));
        QVERIFY(document.project().connections.empty());
        document.undo();
        QVERIFY(document.project() == before);

        edits::removeItems(document, {}, {1});
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Delete connection"));
        edits::removeItems(document, {"web", "db"}, {});
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Delete 2 components and connection"));
        edits::removeItems(document, {}, {});  // nothing selected: no step
        QCOMPARE(document.undoStack()->count(), 2);  // the undone first delete was replaced by the second
    }

    // A move of several components is one step named by its count, notified once as a
    // geometry change naming the components.
    void moveIsOneGeometryStep_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QString>("text");
        QTest::newRow("one") << QStringList{QStringLiteral("web")} << QStringLiteral("Move component");
        QTest::newRow("two") << QStringList{QStringLiteral("web"), QStringLiteral("db")} << QStringLiteral("Move 2 components");
    }

    void moveIsOneGeometryStep()
    {
        QFETCH(QStringList, ids);
        QFETCH(QString, text);
        ProjectDocument document(smallDesign());
        QSignalSpy changes(&document, &ProjectDocument::changed);
        std::vector<std::pair<std::string, Position>> moves;
        for (const QString &id : ids) {
            const Component *moved = document.component(id.toStdString());
            moves.push_back({moved->id, {moved->position.x + 20.0, moved->position.y + 40.0}});
        }
        edits::moveComponents(document, moves);
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->undoText(), text);
        QCOMPARE(changes.count(), 1);
        const auto change = changes.takeFirst().at(0).value<DocumentChange>();
        QCOMPARE(change.kind, ChangeKind::Geometry);
        QCOMPARE(change.componentIds.size(), size_t(ids.size()));
        QVERIFY(!change.structure);
        document.undo();
        QCOMPARE(changes.count(), 1);  // the macro's undo notifies once too
        QCOMPARE(document.component("web")->position.x, 240.0);
    }

    // What a user types or pastes stops at the file format's limits (model/core/TextLimits.h),
    // counted in characters and never cut inside one, so a save always loads again.
    void textsStopAtTheFormatsLimits()
    {
        ProjectDocument document(smallDesign());
        Component web = *document.component("web");
        std::string label;
        for (int i = 0; i < 300; ++i)
            label += "é";
        web.label = label;
        web.group = std::string(250, 'g');
        edits::changeComponent(document, "web", web, QStringLiteral("Rename"));
        QCOMPARE(characterCount(document.component("web")->label), kMaxNameLength);
        QCOMPARE(document.component("web")->label.size(), 2 * kMaxNameLength);  // whole two-byte characters
        QCOMPARE(document.component("web")->group, std::string(kMaxNameLength, 'g'));
        edits::changeIdentity(document, {std::string(201, 'n'), std::string(10001, 'd'), 0.999}, QStringLiteral("Rename"),
                              QString());
        QCOMPARE(document.project().name.size(), kMaxNameLength);
        QCOMPARE(document.project().description.size(), kMaxDescriptionLength);
        edits::changeStages(document, {{std::string(300, 's'), 1000.0}});
        QCOMPARE(document.project().stages.front().name.size(), kMaxNameLength);
        QVERIFY(!validateProject(document.project()));
    }

    // Typing into a field merges into one step; a value typed back to where it began leaves
    // no step at all.
    void editsWithOneKeyMergeAndVanishWhenUndone()
    {
        ProjectDocument document(smallDesign());
        Component web = *document.component("web");
        for (double instances : {3.0, 4.0, 5.0}) {
            web.params["instances"] = instances;
            edits::changeComponent(document, "web", web, QStringLiteral("Set instances"), QStringLiteral("instances"));
        }
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Set instances"));
        web.params.erase("instances");
        edits::changeComponent(document, "web", web, QStringLiteral("Set instances"), QStringLiteral("instances"));
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(!document.isModified());
        QVERIFY(document.project() == smallDesign());
    }

    // The user count is a view: no step, not modified, notified as a users change only; an
    // undo of a workload edit or of a whole-project fix leaves it where the user put it.
    void usersAreAViewNotAnEdit()
    {
        ProjectDocument document(smallDesign());
        QSignalSpy changes(&document, &ProjectDocument::changed);
        edits::setUsers(document, 250000.0);
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(!document.isModified());
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.takeFirst().at(0).value<DocumentChange>().kind, ChangeKind::Users);
        edits::setUsers(document, 250000.0);  // unchanged: nothing to say
        QCOMPARE(changes.count(), 0);

        Workload workload = document.project().workload;
        workload.readFraction = 0.5;
        edits::changeWorkload(document, workload, QStringLiteral("Edit workload"));
        edits::setUsers(document, 1e6);
        document.undo();
        QCOMPARE(document.project().workload.users, 1e6);
        QCOMPARE(document.project().workload.readFraction, smallDesign().workload.readFraction);
        document.redo();
        QCOMPARE(document.project().workload.readFraction, 0.5);
        QCOMPARE(document.project().workload.users, 1e6);

        Project fixed = document.project();
        fixed.components[1].params["instances"] = 4.0;
        fixed.workload.users = 7.0;  // a fix computed at another count does not move the slider
        edits::replaceProject(document, fixed, QStringLiteral("Fix: add instances"));
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Fix: add instances"));
        QCOMPARE(document.project().workload.users, 1e6);
        edits::setUsers(document, 10.0);
        document.undo();
        QCOMPARE(document.project().workload.users, 10.0);
        QVERIFY(!document.project().components[1].params.contains("instances"));
    }

    // Removing a region unplaces its components in the same step.
    void removingARegionUnplacesItsComponents()
    {
        Project project = smallDesign();
        project.regions.push_back({"us-east-1", "us-east-1", RegionRole::Active, {"a", "b"}});
        project.components[1].region = "us-east-1";
        project.components[1].zone = "a";
        ProjectDocument document(project);
        QSignalSpy changes(&document, &ProjectDocument::changed);
        edits::changeRegions(document, {});
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Edit regions"));
        QCOMPARE(changes.count(), 1);
        QVERIFY(document.component("web")->region.empty());
        QVERIFY(document.component("web")->zone.empty());
        document.undo();
        QVERIFY(document.project() == project);
    }

    // The project's name, description and availability target are one undoable edit.
    void identityIsOneStep()
    {
        ProjectDocument document(smallDesign());
        QSignalSpy changes(&document, &ProjectDocument::changed);
        edits::ProjectIdentity after{"Shop", "The shop at launch", 0.9995};
        edits::changeIdentity(document, after, QStringLiteral("Rename project"));
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Rename project"));
        QCOMPARE(changes.count(), 1);
        QCOMPARE(document.project().name, std::string("Shop"));
        QCOMPARE(document.project().description, std::string("The shop at launch"));
        QCOMPARE(document.project().availabilityTarget, 0.9995);
        QCOMPARE(document.displayName(), QStringLiteral("Shop"));  // no file yet: titled by its name
        document.undo();
        QVERIFY(document.project() == smallDesign());
        edits::changeIdentity(document, edits::ProjectIdentity::of(smallDesign()), QStringLiteral("Rename project"));
        // An edit that changes nothing leaves no step (and, pushed, drops the undone one).
        QCOMPARE(document.undoStack()->count(), 0);
    }

    // Merging notifications: the kinds combine to the larger, ids are listed once, and a
    // structural change makes the list moot.
    void changesMerge()
    {
        DocumentChange moved;
        moved.kind = ChangeKind::Geometry;
        moved.componentIds = {"web"};
        DocumentChange edited;
        edited.kind = ChangeKind::Design;
        edited.componentIds = {"web", "db"};
        DocumentChange merged = moved;
        merged.merge(edited);
        QCOMPARE(merged.kind, ChangeKind::Design);
        QCOMPARE(merged.componentIds, (std::vector<std::string>{"web", "db"}));

        DocumentChange users;
        users.kind = ChangeKind::Users;
        DocumentChange both = moved;
        both.merge(users);
        QCOMPARE(both.kind, ChangeKind::Design);  // a move and a users change: neither alone

        DocumentChange inserted;
        inserted.structure = true;
        merged.merge(inserted);
        QVERIFY(merged.structure);
        QVERIFY(merged.componentIds.empty());
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"

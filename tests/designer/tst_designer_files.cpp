// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The designer's files: saving and reopening through the window (title, "[*]", recent files),
// failed saves that leave the previous file intact, malformed files that name the place, and
// the bundled templates. Failures that would show a dialog are tested on ProjectDocument, which
// the window's dialogs only report; one test answers the failed-open warning itself.

#include "DesignerFixture.h"

#include "app/designer/canvas/CanvasMinimap.h"

#include "app/designer/document/DocumentEdits.h"

#include "model/io/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QDoubleSpinBox>
#include <QMenuBar>
#include <QMessageBox>
#include <QTimer>
#include <QSlider>
#include <QTemporaryDir>

#include <unistd.h>

using namespace headroom;
using namespace headroom::designer;
using headroom::test::DesignerFixture;
using headroom::test::qs;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeAll(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestDesignerFiles : public DesignerFixture
{
    Q_OBJECT

private:
    // One step of the user slider: a view of the design, not an edit.
    void nudgeUsers() { window().sliderBar()->slider()->setValue(window().sliderBar()->slider()->value() + 10); }
    // One undoable edit: the last component moves one grid cell right.
    void editDesign()
    {
        const Component &last = document().project().components.back();
        designer::edits::moveComponents(document(), {{last.id, {last.position.x + 20.0, last.position.y}}});
    }

private slots:
    void initTestCase() { initFixture(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void saveAndReopen();
    void nameDescriptionAndTargetAreEditedAndSaved();
    void saveIntoMissingFolderFails();
    void saveOverADirectoryFails();
    void saveInReadOnlyFolderKeepsPreviousFile();
    void malformedFileNamesThePlace_data();
    void malformedFileNamesThePlace();
    void failedOpenKeepsTheOpenProject();
    void templatesLoadAndEvaluate();
    void templateActionOpensAnUnsavedCopy();
    void newProjectKeepsTheCanvasWidth();
    void fitOfAWideDesignStaysLegible();
};

void TestDesignerFiles::saveAndReopen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shop.headroom"));
    QVERIFY(window().windowTitle().contains(QStringLiteral("three-tier.json[*]")));
    QVERIFY(!window().isWindowModified());
    nudgeUsers();  // the user count is saved with the file, but moving it is no edit
    QVERIFY(!window().isWindowModified());
    editDesign();
    QVERIFY(window().isWindowModified());

    QVERIFY(window().saveTo(path));
    QVERIFY(!window().isWindowModified());
    QVERIFY2(window().windowTitle().startsWith(QStringLiteral("shop.headroom[*]")), qPrintable(window().windowTitle()));
    QCOMPARE(document().filePath(), path);
    QCOMPARE(window().recentFiles().value(0), QFileInfo(path).absoluteFilePath());
    QString error;
    const auto reopened = ProjectDocument::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QVERIFY(reopened->project() == document().project());

    // An edit after the save marks the window; undoing it returns to the saved state.
    editDesign();
    QVERIFY(window().isWindowModified());
    action("undoAction")->trigger();
    QVERIFY(!window().isWindowModified());

    // Opening through the window shows the saved project on a fresh canvas.
    const Project saved = document().project();
    QVERIFY(window().openFile(path));
    QVERIFY(document().project() == saved);
    QCOMPARE(undoCount(), 0);
    QVERIFY(!action("undoAction")->isEnabled());
    CHECK(checkCanvasMirrors());
}

void TestDesignerFiles::saveIntoMissingFolderFails()
{
    QTemporaryDir dir;
    editDesign();
    const QString path = dir.filePath(QStringLiteral("missing/folder/shop.headroom"));
    QString error;
    QVERIFY(!document().saveAs(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(document().filePath(), kThreeTier);  // still the file it came from
    QVERIFY(document().isModified());
    QVERIFY(window().isWindowModified());
}

void TestDesignerFiles::saveOverADirectoryFails()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shop.headroom"));
    QVERIFY(QDir().mkpath(folder));
    const QString inside = folder + QStringLiteral("/keep.txt");
    QVERIFY(writeAll(inside, "previous content\n"));
    QString error;
    QVERIFY(!document().saveAs(folder, &error));
    QVERIFY2(error.contains(folder), qPrintable(error));
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(readAll(inside), QByteArray("previous content\n"));
    QCOMPARE(document().filePath(), kThreeTier);
}

void TestDesignerFiles::saveInReadOnlyFolderKeepsPreviousFile()
{
    if (::geteuid() == 0)
        QSKIP("running as root: a read-only folder does not stop root from writing");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.headroom"));
    QString error;
    QVERIFY2(document().saveAs(path, &error), qPrintable(error));
    const QByteArray previous = readAll(path);
    editDesign();
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const bool saved = document().saveAs(path, &error);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!saved);
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(readAll(path), previous);
    QVERIFY(document().isModified());
}

void TestDesignerFiles::malformedFileNamesThePlace_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("place");
    QTest::newRow("syntax error: line 4, column 26")
        << QByteArray("{\n  \"format\": \"headroom-project\",\n  \"version\": 1,\n  \"components\": [ {\"id\": } ]\n}\n")
        << QStringLiteral(":4:26: ");
    QTest::newRow("a negative count: its JSON pointer")
        << QByteArray("{\"format\": \"headroom-project\", \"version\": 1, \"components\": ["
                      "{\"id\": \"users\", \"type\": \"users\", \"label\": \"Users\", \"position\": {\"x\": 0, \"y\": 0}},"
                      "{\"id\": \"c\", \"type\": \"elasticache\", \"label\": \"c\", \"position\": {\"x\": 0, \"y\": 0},"
                      " \"params\": {\"instances\": -1}}]}")
        << QStringLiteral(": /components/1/params/instances: ");
    QTest::newRow("an unknown key: its JSON pointer")
        << QByteArray("{\"format\": \"headroom-project\", \"version\": 1, \"workload\": {\"userz\": 5}}")
        << QStringLiteral(": /workload/userz: ");
}

void TestDesignerFiles::malformedFileNamesThePlace()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, place);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.headroom"));
    QVERIFY(writeAll(path, content));
    QString error;
    QVERIFY(!ProjectDocument::open(path, &error));
    QVERIFY2(error.startsWith(path + place), qPrintable(error));

    const QString missing = dir.filePath(QStringLiteral("absent.headroom"));
    QVERIFY(!ProjectDocument::open(missing, &error));
    QVERIFY2(error.startsWith(missing + QStringLiteral(": ")), qPrintable(error));
}

// Opening a file that fails to load shows why and changes nothing: the open project, its
// unsaved edits and its file stay; the bad file is not touched, and saving goes to the
// project's own file, never to the one that failed.
void TestDesignerFiles::failedOpenKeepsTheOpenProject()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.headroom"));
    const QString bad = dir.filePath(QStringLiteral("bad.headroom"));
    QVERIFY(window().saveTo(good));
    const QByteArray badContent("{\"format\": \"headroom-project\", \"version\": 1, \"components\": [ {\"id\": } ]}");
    QVERIFY(writeAll(bad, badContent));
    editDesign();
    const Project edited = document().project();
    const ProjectDocument *before = &document();

    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    QVERIFY(!window().openFile(bad));
    QVERIFY2(shown.startsWith(bad + QStringLiteral(":1:")), qPrintable(shown));
    QCOMPARE(&document(), before);
    QVERIFY(document().project() == edited);
    QCOMPARE(document().filePath(), good);
    QVERIFY(document().isModified());
    QVERIFY(!window().recentFiles().contains(bad));

    QVERIFY(window().saveTo(document().filePath()));
    QCOMPARE(readAll(bad), badContent);
    const auto reread = readProjectFile(good.toStdString());
    QVERIFY(reread && *reread == edited);
}

void TestDesignerFiles::templatesLoadAndEvaluate()
{
    // The scaling road's templates first, then the examples.
    QStringList expected;
    for (const char *folder : {"templates", "examples"}) {
        const QDir dir(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/") + QString::fromLatin1(folder));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            expected << QStringLiteral(":/%1/%2").arg(QString::fromLatin1(folder), name);
    }
    QVERIFY(expected.contains(kThreeTier));
    QCOMPARE(MainWindow::templatePaths(), expected);

    for (const QString &path : expected) {
        QString error;
        auto opened = ProjectDocument::open(path, &error);
        QVERIFY2(opened, qPrintable(error));
        const auto source = readProjectFile((QStringLiteral(HEADROOM_SOURCE_DIR "/resources/") + path.mid(2)).toStdString());
        QVERIFY2(source && *source == opened->project(), qPrintable(path));  // the resource is the file
        const Project project = opened->project();
        CHECK(loadProject(std::move(opened)));
        QVERIFY2(!results().compileError, qPrintable(path));
        QCOMPARE(results().users, project.workload.users);
        QCOMPARE(results().evaluation.components.size(), project.components.size());
        QVERIFY(results().cost.monthlyUsd > 0.0);
        CHECK(checkCanvasMirrors());
    }
}

void TestDesignerFiles::templateActionOpensAnUnsavedCopy()
{
    QAction *threeTier = nullptr;
    const QList<QAction *> actions = window().menuBar()->findChildren<QAction *>();
    for (QAction *candidate : actions)
        if (candidate->objectName() == QStringLiteral("template::/examples/three-tier.json"))
            threeTier = candidate;
    QVERIFY(threeTier);
    Project edited = document().project();
    edited.workload.users = 5.0;
    CHECK(loadProject(std::make_unique<ProjectDocument>(edited)));
    QVERIFY(!window().isWindowModified());  // so that the action asks nothing

    threeTier->trigger();
    QString error;
    const auto original = ProjectDocument::open(kThreeTier, &error);
    QVERIFY2(original, qPrintable(error));
    QVERIFY(document().project() == original->project());
    QVERIFY(document().filePath().isEmpty());  // Save asks where, never over the template
    QVERIFY2(window().windowTitle().startsWith(QStringLiteral("Three-tier web application[*]")),
             qPrintable(window().windowTitle()));
    QCOMPARE(results().users, 100000.0);
    CHECK(checkCanvasMirrors());
}

void TestDesignerFiles::newProjectKeepsTheCanvasWidth()
{
    // Replacing the document replaces the canvas, not the window's layout: the docks keep
    // their widths and the new canvas gets the old one's.
    const QSize canvas = window().view()->size();
    QVERIFY(canvas.width() > 800);
    QAction *newProject = nullptr;
    const QList<QAction *> actions = window().menuBar()->findChildren<QAction *>();
    for (QAction *candidate : actions)
        if (candidate->text() == QStringLiteral("&New"))
            newProject = candidate;
    QVERIFY(newProject);
    newProject->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(document().project().components.size(), size_t(1));
    QCOMPARE(window().findChildren<DiagramView *>().size(), qsizetype(1));
    QVERIFY(window().view()->isVisible());
    QCOMPARE(window().view()->size(), canvas);
    QVERIFY(window().sliderBar()->isVisible());
}

// A design wider than the canvas's default scroll area (±4 000 units, a 200-component design
// spans 5 000) is still shown whole by fit to view, and can be scrolled to.
// A design far too wide for the window is fitted at the smallest legible zoom, not shrunk to
// unreadable (issue 16): the view starts at its entry, the overview shows the rest, and the
// scroll range still reaches its farthest node.
void TestDesignerFiles::fitOfAWideDesignStaysLegible()
{
    Project wide = document().project();
    wide.components.back().position = {9000.0, 6000.0};
    wide.components.front().position = {-6000.0, -5000.0};
    CHECK(loadProject(std::make_unique<ProjectDocument>(wide)));
    DiagramView *view = window().view();
    view->fitAll();
    QCOMPARE(view->zoom(), view->legibleZoom());
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(node(wide.components.front().id)->sceneBoundingRect()));  // the users entry
    QVERIFY(!visible.contains(node(wide.components.back().id)->sceneBoundingRect()));
    QVERIFY(view->minimap()->isVisible());
    QVERIFY(view->sceneRect().contains(node(wide.components.back().id)->sceneBoundingRect()));
}

QTEST_MAIN(TestDesignerFiles)
#include "tst_designer_files.moc"

// The project inspector edits the project's name, description and availability target; each
// is undoable and saved with the file.
void TestDesignerFiles::nameDescriptionAndTargetAreEditedAndSaved()
{
    window().scene()->clearSelection();
    auto *name = window().findChild<QLineEdit *>(QStringLiteral("projectName"));
    auto *description = window().findChild<QPlainTextEdit *>(QStringLiteral("projectDescription"));
    auto *target = window().findChild<QDoubleSpinBox *>(QStringLiteral("availabilityTarget"));
    QVERIFY(name && description && target);
    QCOMPARE(name->text(), qs(document().project().name));
    QCOMPARE(target->value(), document().project().availabilityTarget * 100.0);

    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Shop at launch"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(document().project().name, std::string("Shop at launch"));
    QCOMPARE(undoCount(), 1);
    description->setFocus();
    description->selectAll();
    QTest::keyClicks(description, QStringLiteral("One box"));
    target->setFocus();  // leaving the description commits it
    QCOMPARE(document().project().description, std::string("One box"));
    QCOMPARE(undoCount(), 2);
    target->setValue(99.95);
    QCOMPARE(document().project().availabilityTarget, 0.9995);
    QCOMPARE(undoCount(), 3);
    // A target finer than the field's three decimals survives a rename.
    edits::ProjectIdentity fine = edits::ProjectIdentity::of(document().project());
    fine.availabilityTarget = 0.999987;
    edits::changeIdentity(document(), fine, QStringLiteral("Set availability target"));
    name->setFocus();
    QTest::keyClick(name, Qt::Key_End);
    QTest::keyClick(name, Qt::Key_Exclam);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(document().project().name, std::string("Shop at launch!"));
    QCOMPARE(document().project().availabilityTarget, 0.999987);
    action("undoAction")->trigger();
    action("undoAction")->trigger();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.headroom"));
    QVERIFY(window().saveTo(path));
    QString error;
    const auto reopened = ProjectDocument::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->project().name, std::string("Shop at launch"));
    QCOMPARE(reopened->project().availabilityTarget, 0.9995);
    QVERIFY(reopened->project() == document().project());

    action("undoAction")->trigger();
    action("undoAction")->trigger();
    action("undoAction")->trigger();
    QCOMPARE(document().project().name, std::string("Three-tier web application"));
    QCOMPARE(name->text(), qs(document().project().name));  // the field follows the document
}

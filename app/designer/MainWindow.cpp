// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "MainWindow.h"

#include "ComponentText.h"
#include "DockWidthKeeper.h"
#include "EvaluationController.h"
#include "HelpMenu.h"
#include "import/ImportPlanDialog.h"
#include "canvas/CanvasActions.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "canvas/NodeItem.h"
#include "charts/ChartsPanel.h"
#include "panels/AdvisorPanel.h"
#include "panels/InspectorPanel.h"
#include "panels/PalettePanel.h"
#include "panels/StatusSummary.h"
#include "panels/UserSliderBar.h"
#include "document/DocumentEdits.h"
#include "document/RecoveryStore.h"
#include "report/ExportMenu.h"

#include "pricing/PriceBookFile.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QScreen>
#include <QScrollArea>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace headroom::designer {

namespace {

constexpr int kMaxRecentFiles = 8;
const QString kFileFilter = QObject::tr("Headroom projects (*.headroom *.json);;All files (*)");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_controller(new EvaluationController(bundledPriceBook(), this)),
      m_palette(new PalettePanel), m_slider(new UserSliderBar), m_charts(new ChartsPanel), m_status(new StatusSummary),
      m_advisor(new AdvisorPanel(m_controller->prices())),
      m_canvasActions(new CanvasActions(this, [this] { return m_view; }))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/headroom.svg")));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    statusBar()->addPermanentWidget(m_status, 1);
    // A message (saved, refused, …) takes the whole bar for its few seconds, never squeezed
    // beside the figures.
    connect(statusBar(), &QStatusBar::messageChanged, m_status,
            [this](const QString &message) { m_status->setVisible(message.isEmpty()); });
    connect(m_controller, &EvaluationController::resultsChanged, this, &MainWindow::onResults);
    connect(m_slider, &UserSliderBar::usersEdited, this, [this](double users) { edits::setUsers(*m_document, users); });
    connect(m_palette, &PalettePanel::addRequested, this, [this](const QString &type) {
        m_scene->addComponentAt(type.toStdString(), m_view->mapToScene(m_view->viewport()->rect().center()));
    });
    createDocks();
    createActions();

    Project blank;
    blank.stages = Project::defaultStages();
    blank.components.push_back({"users", "users", "Users", {0.0, 0.0}, {}});
    setDocument(std::make_unique<ProjectDocument>(blank));

    // Unsaved work is copied aside every few seconds, so a crash or a kill loses little.
    m_recovery = std::make_unique<RecoveryStore>();
    m_autosave = new QTimer(this);
    bool customInterval = false;
    const int interval = qEnvironmentVariableIntValue("HEADROOM_AUTOSAVE_MS", &customInterval);
    m_autosave->setInterval(customInterval && interval > 0 ? interval : 10000);
    connect(m_autosave, &QTimer::timeout, this, &MainWindow::autosaveNow);
    m_autosave->start();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry"))) {
        // First run: most of the screen, the charts a strip under the canvas.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1440, 900);
        resize(available.size() * 0.9);
        move(available.center() - rect().center());
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_fittedOnce) {
        m_fittedOnce = true;
        QTimer::singleShot(0, this, [this] { m_view->fitAll(); });
    }
}

MainWindow::~MainWindow()
{
    // A field that has the focus commits its text when it loses it: let it do so now, while
    // the document and every view are whole, rather than during QWidget's teardown.
    if (QWidget *focused = QApplication::focusWidget(); focused && isAncestorOf(focused))
        focused->clearFocus();
    // Views go before the document they watch, and no panel may edit it while QWidget tears
    // them down.
    m_slider->disconnect(this);
    m_palette->disconnect(this);
    m_controller->setDocument(nullptr);
    for (DockWidthKeeper *keeper : findChildren<DockWidthKeeper *>())
        keeper->detach();
}

void MainWindow::createDocks()
{
    auto *paletteDock = new QDockWidget(tr("Components"), this);
    paletteDock->setObjectName(QStringLiteral("paletteDock"));
    paletteDock->setWidget(m_palette);
    paletteDock->setMinimumWidth(180);  // a restored layout cannot squeeze a panel to uselessness
    addDockWidget(Qt::LeftDockWidgetArea, paletteDock);

    m_inspectorDock = new QDockWidget(tr("Inspector"), this);
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    m_inspectorDock->setMinimumWidth(340);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);

    auto *advisorDock = new QDockWidget(tr("Advisor"), this);
    advisorDock->setObjectName(QStringLiteral("advisorDock"));
    // The advisor's findings and forms are taller than a laptop's dock: it scrolls rather than
    // raising the window's minimum height (issue 15: the window fits 1366×768).
    auto *advisorScroll = new QScrollArea;
    advisorScroll->setObjectName(QStringLiteral("advisorScroll"));
    advisorScroll->setWidgetResizable(true);
    advisorScroll->setFrameShape(QFrame::NoFrame);
    advisorScroll->setWidget(m_advisor);
    advisorDock->setWidget(advisorScroll);
    connect(advisorDock, &QDockWidget::visibilityChanged, m_advisor, &AdvisorPanel::setOnScreen);
    addDockWidget(Qt::RightDockWidgetArea, advisorDock);
    tabifyDockWidget(m_inspectorDock, advisorDock);
    m_inspectorDock->raise();

    auto *chartsDock = new QDockWidget(tr("Charts and stages"), this);
    chartsDock->setObjectName(QStringLiteral("chartsDock"));
    chartsDock->setWidget(m_charts);
    chartsDock->setMinimumHeight(200);
    addDockWidget(Qt::BottomDockWidgetArea, chartsDock);
    resizeDocks({chartsDock}, {240}, Qt::Vertical);
    resizeDocks({paletteDock, m_inspectorDock}, {210, 360}, Qt::Horizontal);
    for (QDockWidget *dock : {paletteDock, m_inspectorDock, advisorDock, chartsDock})
        new DockWidthKeeper(this, dock);
}

void MainWindow::setDocument(std::unique_ptr<ProjectDocument> document)
{
    // Build the new views first, then swap, then let the old document go. The central widget
    // (canvas over slider bar) is made once and only its view is replaced: a new central widget
    // is hidden when the window lays out, and the docks would take its width for good.
    auto *scene = new DiagramScene(document.get(), this);
    auto *view = new DiagramView(scene);
    if (!centralWidget()) {
        auto *central = new QWidget;
        auto *layout = new QVBoxLayout(central);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(m_slider);
        setCentralWidget(central);
    }
    static_cast<QVBoxLayout *>(centralWidget()->layout())->insertWidget(0, view, 1);
    auto *inspector = new InspectorPanel(document.get(), scene, m_controller->prices());

    std::unique_ptr<ProjectDocument> old = std::move(m_document);
    m_document = std::move(document);
    DiagramScene *oldScene = m_scene;
    delete m_view;
    m_scene = scene;
    m_view = view;
    m_inspector = inspector;
    QWidget *oldInspector = m_inspectorDock->widget();
    m_inspectorDock->setWidget(inspector);
    delete oldInspector;
    delete oldScene;

    m_canvasActions->attach(m_view);
    connect(m_scene, &DiagramScene::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
    // The selected component's curve is always on the utilization chart, however idle.
    connect(m_scene, &QGraphicsScene::selectionChanged, m_charts, [this] {
        const QList<QGraphicsItem *> selected = m_scene->selectedItems();
        const auto *node = selected.size() == 1 ? dynamic_cast<const NodeItem *>(selected.front()) : nullptr;
        m_charts->setFocusComponent(node ? node->id() : std::string());
    });
    m_charts->setFocusComponent({});
    connect(m_document.get(), &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &ProjectDocument::changed, this, [this](const DocumentChange &change) {
        if (change.kind == ChangeKind::Design || change.kind == ChangeKind::Everything) {
            m_slider->setStages(m_document->project().stages);
            updateTitle();  // an unsaved project is titled by its name
        }
    });
    if (m_undo) {
        disconnect(m_undo, nullptr, nullptr, nullptr);
        disconnect(m_redo, nullptr, nullptr, nullptr);
        QUndoStack *stack = m_document->undoStack();
        connect(m_undo, &QAction::triggered, m_document.get(), &ProjectDocument::undo);
        connect(m_redo, &QAction::triggered, m_document.get(), &ProjectDocument::redo);
        connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
        connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
        connect(stack, &QUndoStack::undoTextChanged, m_undo, [this](const QString &text) {
            m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
        });
        connect(stack, &QUndoStack::redoTextChanged, m_redo, [this](const QString &text) {
            m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
        });
        m_undo->setEnabled(false);
        m_redo->setEnabled(false);
    }
    m_slider->setStages(m_document->project().stages);
    m_advisor->setDocument(m_document.get());
    m_controller->setDocument(m_document.get());
    old.reset();
    updateTitle();
    QTimer::singleShot(0, m_view, [view = m_view] { view->fitAll(); });  // once laid out
}

void MainWindow::onResults(const DesignResultsPtr &results)
{
    if (results->onlyCurvesChanged) {  // the sweep's answer: the other views show the same figures
        m_charts->setResults(results);
        return;
    }
    m_scene->setResults(results);
    m_inspector->setResults(results);
    m_slider->setUsers(results->users);
    m_charts->setResults(results);
    m_status->setResults(results);
    m_advisor->setResults(results);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Headroom").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    auto document = ProjectDocument::open(path, &error);
    if (!document) {
        QMessageBox::warning(this, tr("Cannot open project"), error);
        return false;
    }
    setDocument(std::move(document));
    addRecentFile(path);
    return true;
}

bool MainWindow::saveTo(const QString &path)
{
    if (path == m_document->filePath() && m_document->changedOnDisk() && !confirmOverwrite(path)) {
        statusBar()->showMessage(tr("Not saved: %1 was left as it is on disk").arg(QDir::toNativeSeparators(path)), 8000);
        return false;
    }
    QString error;
    if (!m_document->saveAs(path, &error)) {
        autosaveNow();  // the unsaved work stays in the window and in the recovery copy
        statusBar()->showMessage(tr("Not saved: %1").arg(error), 15000);
        QMessageBox::warning(this, tr("Cannot save project"),
                             tr("%1\n\nYour changes are not saved; they are still open here.").arg(error));
        return false;
    }
    addRecentFile(path);
    m_recovery->clear();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void MainWindow::quitAfterFirstPaint()
{
    m_quitAfterPaint = true;
    m_view->viewport()->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (m_quitAfterPaint && event->type() == QEvent::Paint) {
        m_quitAfterPaint = false;
        QTimer::singleShot(0, qApp, &QApplication::quit);  // after this paint completes
    }
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::confirmOverwrite(const QString &path)
{
    QMessageBox box(QMessageBox::Warning, tr("File changed on disk"),
                    tr("%1 was changed on disk since Headroom opened or last saved it (another program or "
                       "another Headroom saved it). Overwrite it with this design? Its changes will be lost.")
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("changedOnDiskBox"));
    QPushButton *overwrite = box.addButton(tr("Overwrite"), QMessageBox::DestructiveRole);
    overwrite->setObjectName(QStringLiteral("overwriteButton"));
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    return box.clickedButton() == overwrite;
}

bool MainWindow::autosaveNow()
{
    if (!m_document || !m_document->isModified()) {
        m_recovery->clear();
        return true;
    }
    QString error;
    const bool kept = m_recovery->save(m_document->project(), m_document->filePath(), &error);
    // Said once when copies start failing (the earlier copy stays), not at every tick.
    if (!kept && !m_recoveryFailing) {
        qWarning("headroom: cannot keep a recovery copy of the unsaved work: %s", qUtf8Printable(error));
        statusBar()->showMessage(tr("Cannot keep a recovery copy of the unsaved work: %1").arg(error), 15000);
    }
    m_recoveryFailing = !kept;
    return kept;
}

bool MainWindow::restore(const Project &project, const QString &originalPath)
{
    setDocument(std::make_unique<ProjectDocument>(project, originalPath));
    m_document->markModified();
    updateTitle();
    return autosaveNow();  // this session holds the work from now on
}

void MainWindow::showUsers(double users)
{
    m_document->setUsers(users);
    m_controller->flush();  // every panel shows the count now, not at the next frame
}

bool MainWindow::save()
{
    return m_document->filePath().isEmpty() ? saveAsDialog() : saveTo(m_document->filePath());
}

bool MainWindow::saveAsDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save project"), m_document->filePath(), kFileFilter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".headroom");
    return saveTo(path);
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(), kFileFilter);
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::importTerraformDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Terraform plan"), QString(),
        tr("Terraform plan JSON (terraform show -json PLANFILE) (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportPlanDialog dialog(path, this);
    if (dialog.exec() == QDialog::Accepted && dialog.succeeded())
        openImported(dialog.project());
}

void MainWindow::openImported(const Project &project)
{
    // An import is new work that exists nowhere else yet: unsaved, and kept by the recovery copy.
    setDocument(std::make_unique<ProjectDocument>(project));
    m_document->markModified();
    updateTitle();
    autosaveNow();
}

QStringList MainWindow::templatePaths()
{
    QStringList paths;
    for (const QString &folder : {QStringLiteral(":/templates"), QStringLiteral(":/examples")})
        for (const QString &name : QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            paths << folder + QStringLiteral("/") + name;
    return paths;
}

void MainWindow::newFromTemplate(const QString &resourcePath)
{
    if (!maybeSave())
        return;
    QString error;
    auto document = ProjectDocument::open(resourcePath, &error);
    if (!document) {
        QMessageBox::warning(this, tr("Cannot open template"), error);
        return;
    }
    // A template opens as a new, unsaved project.
    setDocument(std::make_unique<ProjectDocument>(document->project()));
}

bool MainWindow::maybeSave()
{
    if (!m_document || !m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_recovery->clear();  // the work was saved or deliberately discarded
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    for (const QString &path : recentFiles()) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New"), this, [this] {
        if (!maybeSave())
            return;
        Project blank;
        blank.stages = Project::defaultStages();
        blank.components.push_back({"users", "users", "Users", {0.0, 0.0}, {}});
        setDocument(std::make_unique<ProjectDocument>(blank));
    });
    newAction->setShortcut(QKeySequence::New);
    QMenu *templates = file->addMenu(tr("New from &template"));
    QString folder;
    for (const QString &path : templatePaths()) {
        if (!folder.isEmpty() && !path.startsWith(folder))
            templates->addSeparator();  // the scaling road, then the examples
        folder = path.left(path.lastIndexOf(u'/'));
        QString name = QFileInfo(path).completeBaseName();
        QString error;
        if (const auto document = ProjectDocument::open(path, &error)) {
            const Project &project = document->project();
            name = QString::fromStdString(project.name);
            if (project.intendedUsersFrom && project.intendedUsersTo)
                name += tr(" — %1 to %2 users").arg(formatCount(*project.intendedUsersFrom), formatCount(*project.intendedUsersTo));
        }
        QAction *action = templates->addAction(name, this, [this, path] { newFromTemplate(path); });
        action->setObjectName(QStringLiteral("template:") + path);
    }
    file->addAction(tr("&Open…"), this, &MainWindow::openDialog)->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    rebuildRecentMenu();
    QMenu *importMenu = file->addMenu(tr("&Import"));
    importMenu->addAction(tr("&Terraform plan (JSON)…"), this, &MainWindow::importTerraformDialog)
        ->setObjectName(QStringLiteral("importTerraformAction"));
    file->addSeparator();
    QAction *saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    QAction *saveAs = file->addAction(tr("Save &as…"), this, &MainWindow::saveAsDialog);
    saveAs->setObjectName(QStringLiteral("saveAsAction"));
    // Some platforms and themes (the offscreen one among them) bind no key to Save As.
    const QList<QKeySequence> saveAsKeys = QKeySequence::keyBindings(QKeySequence::SaveAs);
    saveAs->setShortcuts(saveAsKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}
                                              : saveAsKeys);
    file->addSeparator();
    file->addMenu(new ExportMenu(this, file));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_redo = edit->addAction(tr("&Redo"));
    m_redo->setShortcuts(QKeySequence::Redo);  // the platform's own keys only: a second binding is ambiguous
    m_redo->setObjectName(QStringLiteral("redoAction"));
    edit->addSeparator();
    m_canvasActions->addEditActions(edit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_canvasActions->addViewActions(view);
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    menuBar()->addMenu(new HelpMenu(this, m_controller->prices(), this));
}

} // namespace headroom::designer

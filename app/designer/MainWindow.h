// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "DesignResults.h"
#include "document/ProjectDocument.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QMenu;
class QDockWidget;

namespace headroom::designer {

class AdvisorPanel;
class CanvasActions;
class ChartsPanel;
class DiagramScene;
class DiagramView;
class EvaluationController;
class InspectorPanel;
class PalettePanel;
class RecoveryStore;
class StatusSummary;
class UserSliderBar;

// Composes the designer: palette, canvas with the user-count slider, inspector, charts and
// the status summary, around one document and one evaluation controller. It owns the file
// and edit actions; everything else lives in the panels.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Replaces the open project (asks nothing: callers decide about unsaved changes).
    void setDocument(std::unique_ptr<ProjectDocument> document);
    bool openFile(const QString &path);  // shows the error and keeps the open project on failure
    // Saves to `path`; when it is the open file and that changed on disk since it was opened or
    // saved, asks first (Overwrite / Cancel). A failed save is shown with its reason and leaves
    // the document modified. False when nothing was saved.
    bool saveTo(const QString &path);
    // Shows the design at `users` without making it an edit (a start-up choice, like a zoom).
    void showUsers(double users);
    // Opens an autosaved project as unsaved work that saves to the file it came from, and
    // copies it to this session's recovery file; false when that copy could not be written.
    bool restore(const Project &project, const QString &originalPath);
    // Opens an imported design as a new, unsaved project.
    void openImported(const Project &project);
    // Writes the recovery copy now if there are unsaved changes, else removes it; false when
    // the copy could not be written (the earlier copy stays; the status bar and the log say so).
    bool autosaveNow();
    const RecoveryStore &recoveryStore() const { return *m_recovery; }
    // Quits the application once the window has been painted (cold-start measurement).
    void quitAfterFirstPaint();

    ProjectDocument *document() const { return m_document.get(); }
    EvaluationController *controller() const { return m_controller; }
    DiagramScene *scene() const { return m_scene; }
    DiagramView *view() const { return m_view; }
    PalettePanel *palette() const { return m_palette; }
    InspectorPanel *inspector() const { return m_inspector; }
    UserSliderBar *sliderBar() const { return m_slider; }
    ChartsPanel *charts() const { return m_charts; }
    StatusSummary *statusSummary() const { return m_status; }
    AdvisorPanel *advisor() const { return m_advisor; }
    CanvasActions *canvasActions() const { return m_canvasActions; }
    QStringList recentFiles() const;
    static QStringList templatePaths();  // the bundled examples, as Qt resource paths

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createDocks();
    void onResults(const DesignResultsPtr &results);
    void updateTitle();
    bool maybeSave();
    // Asks whether to save over `path`, which changed on disk (Overwrite / Cancel).
    bool confirmOverwrite(const QString &path);
    bool save();
    bool saveAsDialog();
    void openDialog();
    void importTerraformDialog();
    void newFromTemplate(const QString &resourcePath);
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();


    std::unique_ptr<ProjectDocument> m_document;
    EvaluationController *m_controller;
    DiagramScene *m_scene = nullptr;
    DiagramView *m_view = nullptr;
    PalettePanel *m_palette;
    InspectorPanel *m_inspector = nullptr;
    UserSliderBar *m_slider;
    ChartsPanel *m_charts;
    StatusSummary *m_status;
    AdvisorPanel *m_advisor;
    CanvasActions *m_canvasActions;
    QDockWidget *m_inspectorDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    bool m_fittedOnce = false;
    bool m_quitAfterPaint = false;
    class QTimer *m_autosave = nullptr;
    std::unique_ptr<RecoveryStore> m_recovery;  // this window's session
    bool m_recoveryFailing = false;              // the last recovery copy could not be written
};

} // namespace headroom::designer

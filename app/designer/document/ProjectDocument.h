// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/design/Project.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <optional>

namespace headroom::designer {

// What a change touched, so that views redo only what they must: a new user count needs a
// re-evaluation, a moved component only a repaint, an edited parameter a recompile.
enum class ChangeKind {
    Users,       // workload.users only
    Geometry,    // positions only
    Design,      // components, connections, parameters, workload, stages, purchase option
    Everything,  // a new project was loaded
};

// The one owner of the open project and its undo stack. Nothing else changes the project:
// widgets push commands, commands call the setters below, and the setters emit `changed`.
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    // Undo steps kept; older ones are dropped so that a day-long session's memory stays
    // flat. A slider drag or a typed value is one step.
    static constexpr int kUndoLimit = 1000;

    explicit ProjectDocument(Project project = {}, QString filePath = {}, QObject *parent = nullptr);

    const Project &project() const { return m_project; }
    QUndoStack *undoStack() { return &m_undoStack; }

    QString filePath() const { return m_filePath; }
    QString displayName() const;     // the file's name, or the project's, or "Untitled"
    bool isModified() const { return !m_undoStack.isClean(); }
    // Marks the project as having unsaved changes (a restored autosave is not the file on disk).
    void markModified() { m_undoStack.resetClean(); }

    // Reads a project file; on failure returns nothing and sets `error` (file and place).
    static std::unique_ptr<ProjectDocument> open(const QString &path, QString *error);
    // Writes through QSaveFile: a failed save leaves the previous file intact.
    bool saveAs(const QString &path, QString *error);

    const Component *component(const std::string &id) const;
    int componentIndex(const std::string &id) const;
    // An id not yet used, from `base` ("ec2" → "ec2", "ec2-2", ...).
    std::string uniqueId(const std::string &base) const;

    // Used by commands only.
    void insertComponent(int index, Component component);
    void removeComponent(int index);
    void replaceComponent(int index, Component component, ChangeKind kind);
    void insertConnection(int index, Connection connection);
    void removeConnection(int index);
    void replaceConnection(int index, Connection connection);
    void setWorkload(const Workload &workload, ChangeKind kind);
    void setStages(std::vector<Stage> stages);
    void setRegions(std::vector<Region> regions);
    void setPurchaseOption(PurchaseOption option);
    void setName(std::string name);
    void replaceProject(Project project);  // an advisor fix or a right-sizing: the whole design

signals:
    void changed(headroom::designer::ChangeKind kind);
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    Project m_project;
    QString m_filePath;
    QUndoStack m_undoStack;
};

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "DocumentChange.h"

#include "model/design/Project.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <optional>

namespace headroom::designer {

// The one owner of the open project and its undo stack. Nothing else changes the project:
// widgets push commands, commands call the setters below, and the setters emit `changed`.
// Inside a ChangeBatch the setters only record what they did; the outermost batch emits it
// once, so that a command (a paste of 20 components and 20 connections, an undo of it)
// notifies the views once, whatever it is made of.
//
// The user count is a view of the design, not an edit: setUsers bypasses the undo stack and
// leaves the document unmodified, yet the value is in the project and is saved with it.
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    // Undo steps kept; older ones are dropped so that a day-long session's memory stays
    // flat. A slider drag or a typed value is one step.
    static constexpr int kUndoLimit = 1000;

    // Collects the document's notifications while it lives (nestable).
    class ChangeBatch
    {
    public:
        explicit ChangeBatch(ProjectDocument &document);
        ~ChangeBatch();
        ChangeBatch(const ChangeBatch &) = delete;
        ChangeBatch &operator=(const ChangeBatch &) = delete;

    private:
        ProjectDocument &m_document;
    };

    explicit ProjectDocument(Project project = {}, QString filePath = {}, QObject *parent = nullptr);

    const Project &project() const { return m_project; }
    QUndoStack *undoStack() { return &m_undoStack; }

    QString filePath() const { return m_filePath; }
    QString displayName() const;     // the file's name, or the project's, or "Untitled"
    bool isModified() const { return !m_undoStack.isClean(); }
    // Marks the project as having unsaved changes (a restored autosave is not the file on disk).
    void markModified() { m_undoStack.resetClean(); }

    // Reads a project file (a regular file of at most kMaxProjectBytes, or a Qt resource); on
    // failure returns nothing and sets `error` (the file, and the place or the reason). A pipe,
    // a device, a folder or a larger file is refused at once, never read.
    static std::unique_ptr<ProjectDocument> open(const QString &path, QString *error);
    // Writes through writeFileAtomically: a save that cannot write every byte (a full disk, a
    // file-size limit) fails with `error` naming the file and the reason, the previous file
    // stays byte for byte and the document stays modified.
    bool saveAs(const QString &path, QString *error);
    // Whether the file at filePath() is no longer what this document last read from it or wrote
    // to it: another program or another designer saved over it. Contents are compared (SHA-256
    // of the bytes), so a touch or a copy of the same bytes is no change; a file that cannot be
    // read back counts as changed. False when nothing is known (a new, imported or restored
    // project) or when the file is gone (saving then loses nothing).
    bool changedOnDisk() const;

    const Component *component(const std::string &id) const;
    int componentIndex(const std::string &id) const;
    // An id not yet used, from `base` ("ec2" → "ec2", "ec2-2", ...).
    std::string uniqueId(const std::string &base) const;

    // Shows the design at `users` (a slider move, a typed count): no undo step, not modified.
    void setUsers(double users);
    // Undo and redo, each notifying once.
    void undo();
    void redo();

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
    void setIdentity(std::string name, std::string description, double availabilityTarget);
    void replaceProject(Project project);  // an advisor fix or a right-sizing: the whole design

signals:
    void changed(const headroom::designer::DocumentChange &change);
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    void notify(DocumentChange change);

    Project m_project;
    int m_batchDepth = 0;
    std::optional<DocumentChange> m_pending;  // what the open batch has done so far
    QString m_filePath;
    QByteArray m_diskDigest;  // SHA-256 of what was last read from or written to m_filePath; empty: unknown
    QUndoStack m_undoStack;
};

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/design/Project.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <vector>

class QLockFile;

namespace headroom::designer {

// Unsaved work kept safe across a crash or a kill. Each running designer is one session: it
// writes its open project here every few seconds while it has unsaved changes and removes the
// copy once the work is saved or deliberately discarded. A session holds a lock file while it
// runs, so a designer that starts while others run never offers their live work; only copies
// whose session is gone (crashed, killed) are offered back.
//
// The files live in the application's local data folder (recovery/), per session <id>: the
// project as JSON (<id>.headroom), the path of the file it came from (<id>.origin, empty for a
// new project) and the lock (<id>.lock).
class RecoveryStore
{
public:
    // Work a finished session left, claimed (locked) by this process until it is discarded
    // or this object is destroyed.
    struct Recovery
    {
        QString session;
        Project project;
        QString originalPath;
        QDateTime savedAt;
        std::shared_ptr<QLockFile> claim;
    };

    // A session's copy that cannot be read back (junk, a truncated write, past the size
    // limit), claimed like a Recovery: nothing to restore, only to keep or discard.
    struct Unreadable
    {
        QString session;
        QString error;  // names the copy and says why
        std::shared_ptr<QLockFile> claim;
    };

    // Starts a session: a fresh id, locked for as long as this object lives.
    RecoveryStore();
    ~RecoveryStore();
    RecoveryStore(const RecoveryStore &) = delete;
    RecoveryStore &operator=(const RecoveryStore &) = delete;

    QString session() const { return m_session; }
    QString copyPath() const;  // where save() writes this session's project
    // Writes this session's copy with the care of a save (writeWholeFile); returns false, sets
    // `error` and leaves the earlier copy byte for byte when it cannot (a full disk, a size limit).
    bool save(const Project &project, const QString &originalPath, QString *error = nullptr);
    // Removes this session's copy.
    void clear();

    static QString folder();
    // The work of every session that ended without clearing it and that no other running
    // designer has claimed, newest first. A copy is read only when it is a regular file of at
    // most kMaxProjectBytes, so a huge or special file costs nothing at start. Copies that
    // cannot be read are claimed into `unreadable` when given (else skipped); either way they
    // are left in place until discarded.
    static std::vector<Recovery> orphaned(std::vector<Unreadable> *unreadable = nullptr);
    // Removes a claimed orphan's files.
    static void discard(Recovery &recovery);
    static void discard(Unreadable &copy);

private:
    QString m_session;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace headroom::designer

#pragma once

#include "model/Project.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace headroom::designer {

// Unsaved work kept safe across a crash or a kill: the designer writes the open project here
// every few seconds while it has unsaved changes, removes it once the work is saved or
// deliberately discarded, and offers to restore it when it finds one at start-up.
// The files live in the application's local data folder (recovery/): the project as JSON and,
// beside it, the path of the file it came from (empty for a new project).
class RecoveryStore
{
public:
    struct Recovery
    {
        Project project;
        QString originalPath;
        QDateTime savedAt;
    };

    static QString folder();
    // Writes atomically; returns false (and leaves any earlier copy) when it cannot.
    static bool save(const Project &project, const QString &originalPath);
    static void clear();
    // The work left by a session that did not end cleanly, if any can be read.
    static std::optional<Recovery> pending();
};

} // namespace headroom::designer

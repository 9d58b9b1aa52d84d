// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "RecoveryPrompt.h"

#include "MainWindow.h"
#include "document/RecoveryStore.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>

namespace headroom::designer {

namespace {

// "yes", "no", or empty: ask.
QString presetAnswer()
{
    return qEnvironmentVariable("HEADROOM_RESTORE");
}

bool askToRestore(const RecoveryStore::Recovery &recovery)
{
    const QString answer = presetAnswer();
    if (!answer.isEmpty())
        return answer == QStringLiteral("yes");
    const QString name = recovery.originalPath.isEmpty() ? QObject::tr("an untitled project")
                                                         : QFileInfo(recovery.originalPath).fileName();
    return QMessageBox::question(nullptr, QObject::tr("Restore unsaved work?"),
                                 QObject::tr("Headroom closed without saving the changes to %1 (last copied %2). "
                                             "Restore them?")
                                     .arg(name, QLocale().toString(recovery.savedAt, QLocale::ShortFormat)),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
           == QMessageBox::Yes;
}

bool askToDiscard(const RecoveryStore::Unreadable &copy)
{
    const QString answer = presetAnswer();
    if (!answer.isEmpty())
        return answer == QStringLiteral("no");
    return QMessageBox::warning(nullptr, QObject::tr("Unreadable recovery copy"),
                                QObject::tr("Headroom found a copy of unsaved work that it cannot read:\n%1\n\n"
                                            "Discard it? Otherwise it stays in %2 and is named again at the next start.")
                                    .arg(copy.error, QDir::toNativeSeparators(RecoveryStore::folder())),
                                QMessageBox::Discard | QMessageBox::Ignore, QMessageBox::Ignore)
           == QMessageBox::Discard;
}

} // namespace

bool offerRecoveredWork(MainWindow &window)
{
    std::vector<RecoveryStore::Unreadable> unreadable;
    std::vector<RecoveryStore::Recovery> recoveries = RecoveryStore::orphaned(&unreadable);
    for (RecoveryStore::Unreadable &copy : unreadable)
        if (askToDiscard(copy))
            RecoveryStore::discard(copy);
    for (RecoveryStore::Recovery &recovery : recoveries) {
        const bool restore = askToRestore(recovery);
        // Restored work is copied to this session before the old copy goes; if that copy cannot
        // be written, the old one stays for the next start.
        const bool held = restore && window.restore(recovery.project, recovery.originalPath);
        if (held || !restore)
            RecoveryStore::discard(recovery);
        if (restore)
            return true;
    }
    return false;
}

} // namespace headroom::designer

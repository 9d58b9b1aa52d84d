// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "RecoveryStore.h"

#include "WholeFile.h"

#include "model/io/ProjectFile.h"

#include <QCoreApplication>
#include <QObject>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace headroom::designer {

namespace {

QString pathOf(const QString &session, const char *suffix)
{
    return RecoveryStore::folder() + u'/' + session + QLatin1String(suffix);
}

// Generous for a path; a bigger .origin is not one Headroom wrote.
constexpr std::uintmax_t kMaxOriginBytes = 64 * 1024;

void removeCopy(const QString &session)
{
    QFile::remove(pathOf(session, ".headroom"));
    QFile::remove(pathOf(session, ".origin"));
}

void release(const QString &session, std::shared_ptr<QLockFile> &claim)
{
    removeCopy(session);
    if (claim) {
        claim->unlock();  // removes the lock file
        claim.reset();
    }
}

// A lock on `session` that only a dead owner's lock gives way to: no age limit, so a designer
// left open for days keeps its work to itself.
std::unique_ptr<QLockFile> lockFor(const QString &session)
{
    auto lock = std::make_unique<QLockFile>(pathOf(session, ".lock"));
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace

RecoveryStore::RecoveryStore() : m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir().mkpath(folder());
    m_lock = lockFor(m_session);
    m_lock->tryLock(0);  // a fresh id: nobody else holds it; without a lock, saving still works
}

RecoveryStore::~RecoveryStore() = default;  // unlocks; the copy stays unless cleared

QString RecoveryStore::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

bool RecoveryStore::save(const Project &project, const QString &originalPath, QString *error)
{
    if (!QDir().mkpath(folder())) {
        if (error)
            *error = QObject::tr("%1: cannot create the folder").arg(folder());
        return false;
    }
    // The origin first: a crash between the two writes leaves an older project with the right
    // origin, never a project with another file's origin.
    const QByteArray origin = originalPath.toUtf8();
    std::optional<QString> failure
        = writeWholeFile(pathOf(m_session, ".origin"), std::string_view(origin.constData(), static_cast<size_t>(origin.size())));
    if (!failure)
        failure = writeWholeFile(pathOf(m_session, ".headroom"), serializeProject(project));
    if (failure && error)
        *error = *failure;
    return !failure;
}

QString RecoveryStore::copyPath() const
{
    return pathOf(m_session, ".headroom");
}

void RecoveryStore::clear()
{
    removeCopy(m_session);
}

std::vector<RecoveryStore::Recovery> RecoveryStore::orphaned(std::vector<Unreadable> *unreadable)
{
    std::vector<Recovery> found;
    // Locks of sessions that crashed with nothing unsaved: taken and released, which removes them.
    for (const QFileInfo &lock : QDir(folder()).entryInfoList({QStringLiteral("*.lock")}, QDir::Files))
        if (!QFile::exists(pathOf(lock.completeBaseName(), ".headroom")))
            lockFor(lock.completeBaseName())->tryLock(0);
    const QFileInfoList copies = QDir(folder()).entryInfoList({QStringLiteral("*.headroom")}, QDir::Files);
    for (const QFileInfo &copy : copies) {
        const QString session = copy.completeBaseName();
        std::shared_ptr<QLockFile> claim = lockFor(session);
        if (!claim->tryLock(0))
            continue;  // its designer is running, or another one is offering it right now
        const Expected<std::string> content = readWholeFile(copy.filePath(), kMaxProjectBytes);
        auto project = content ? parseProject(*content, copy.filePath().toStdString()) : Expected<Project>(content.error());
        if (!project) {
            // Nothing to offer; the file stays for inspection unless the caller discards it.
            if (unreadable)
                unreadable->push_back({session, QString::fromStdString(project.error().toString()), std::move(claim)});
            continue;
        }
        const Expected<std::string> origin = readWholeFile(pathOf(session, ".origin"), kMaxOriginBytes);
        const QString originalPath = origin ? QString::fromStdString(*origin) : QString();
        found.push_back({session, std::move(project).value(), originalPath, copy.lastModified(), std::move(claim)});
    }
    std::sort(found.begin(), found.end(), [](const Recovery &a, const Recovery &b) { return a.savedAt > b.savedAt; });
    return found;
}

void RecoveryStore::discard(Recovery &recovery)
{
    release(recovery.session, recovery.claim);
}

void RecoveryStore::discard(Unreadable &copy)
{
    release(copy.session, copy.claim);
}

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "RecoveryStore.h"

#include "model/io/ProjectFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace headroom::designer {

namespace {

QString pathOf(const QString &session, const char *suffix)
{
    return RecoveryStore::folder() + u'/' + session + QLatin1String(suffix);
}

bool writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

void removeCopy(const QString &session)
{
    QFile::remove(pathOf(session, ".headroom"));
    QFile::remove(pathOf(session, ".origin"));
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

bool RecoveryStore::save(const Project &project, const QString &originalPath)
{
    if (!QDir().mkpath(folder()))
        return false;
    // The origin first: a crash between the two writes leaves an older project with the right
    // origin, never a project with another file's origin.
    return writeAtomically(pathOf(m_session, ".origin"), originalPath.toUtf8())
           && writeAtomically(pathOf(m_session, ".headroom"), QByteArray::fromStdString(serializeProject(project)));
}

QString RecoveryStore::copyPath() const
{
    return pathOf(m_session, ".headroom");
}

void RecoveryStore::clear()
{
    removeCopy(m_session);
}

std::vector<RecoveryStore::Recovery> RecoveryStore::orphaned()
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
        QFile file(copy.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        auto project = parseProject(std::string_view(content.constData(), static_cast<size_t>(content.size())),
                                    copy.filePath().toStdString());
        if (!project)
            continue;  // unreadable: nothing to offer (the file stays for inspection)
        QFile origin(pathOf(session, ".origin"));
        QString originalPath;
        if (origin.open(QIODevice::ReadOnly))
            originalPath = QString::fromUtf8(origin.readAll());
        found.push_back({session, std::move(project).value(), originalPath, copy.lastModified(), std::move(claim)});
    }
    std::sort(found.begin(), found.end(), [](const Recovery &a, const Recovery &b) { return a.savedAt > b.savedAt; });
    return found;
}

void RecoveryStore::discard(Recovery &recovery)
{
    removeCopy(recovery.session);
    if (recovery.claim) {
        recovery.claim->unlock();  // removes the lock file
        recovery.claim.reset();
    }
}

} // namespace headroom::designer

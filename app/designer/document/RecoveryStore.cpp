#include "RecoveryStore.h"

#include "model/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace headroom::designer {

namespace {

QString projectPath()
{
    return RecoveryStore::folder() + QStringLiteral("/unsaved.headroom");
}

QString originPath()
{
    return RecoveryStore::folder() + QStringLiteral("/unsaved.origin");
}

bool writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

} // namespace

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
    return writeAtomically(originPath(), originalPath.toUtf8())
           && writeAtomically(projectPath(), QByteArray::fromStdString(serializeProject(project)));
}

void RecoveryStore::clear()
{
    QFile::remove(projectPath());
    QFile::remove(originPath());
}

std::optional<RecoveryStore::Recovery> RecoveryStore::pending()
{
    QFile file(projectPath());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray content = file.readAll();
    auto project = parseProject(std::string_view(content.constData(), static_cast<size_t>(content.size())),
                                projectPath().toStdString());
    if (!project)
        return std::nullopt;  // unreadable: nothing to offer (the file stays for inspection)
    QFile origin(originPath());
    QString originalPath;
    if (origin.open(QIODevice::ReadOnly))
        originalPath = QString::fromUtf8(origin.readAll());
    return Recovery{std::move(project).value(), originalPath, QFileInfo(projectPath()).lastModified()};
}

} // namespace headroom::designer

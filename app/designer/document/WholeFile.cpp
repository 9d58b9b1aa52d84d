// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "WholeFile.h"

#include "model/core/BoundedFile.h"
#include "model/io/ProjectFile.h"

#include <QFile>

namespace headroom::designer {

Expected<std::string> readWholeFile(const QString &path, std::uintmax_t maxBytes)
{
    if (path.startsWith(u':')) {
        QFile resource(path);
        ModelError error;
        error.file = path.toStdString();
        if (!resource.open(QIODevice::ReadOnly)) {
            error.message = "cannot open the file: " + resource.errorString().toStdString();
            return error;
        }
        const QByteArray content = resource.readAll();
        return std::string(content.constData(), static_cast<size_t>(content.size()));
    }
    Expected<std::string> content = readBoundedFile(QFile::encodeName(path).toStdString(), maxBytes);
    if (!content) {
        ModelError error = content.error();
        error.file = path.toStdString();  // as the user knows it, whatever the local encoding
        return error;
    }
    return content;
}

std::optional<QString> writeWholeFile(const QString &path, std::string_view bytes)
{
    if (auto error = writeFileAtomically(QFile::encodeName(path).toStdString(), std::string(bytes))) {
        error->file = path.toStdString();
        return QString::fromStdString(error->toString());
    }
    return std::nullopt;
}

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/core/Expected.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Whole-file reads and writes for the designer, with the care the command line takes
// (model/core/BoundedFile.h, model/io/ProjectFile.h): Qt's QFile::readAll blocks on a FIFO and
// allocates the size of /dev/zero, and Qt 6.4's QSaveFile renames its temporary over the file
// even when the last buffered write failed (ENOSPC), leaving a short or empty file.
namespace headroom::designer {

// The content of `path`. A Qt resource (":/…", compiled in) is read through QFile; any other
// path only when it is a regular file of at most `maxBytes` (a pipe, a device, a folder or a
// larger file is refused at once). The error names the path and says why.
Expected<std::string> readWholeFile(const QString &path, std::uintmax_t maxBytes);

// Writes `bytes` to `path` through writeFileAtomically: a unique temporary beside it, every
// write checked, flushed to disk and its size verified before it is renamed over `path`. On
// failure (a full disk, a file-size limit, a missing or read-only folder) `path` keeps its
// previous bytes and the error names it and the reason ("…: write failed (No space left on
// device); the previous file is unchanged"). Call it from the GUI thread only (it reads the
// umask).
std::optional<QString> writeWholeFile(const QString &path, std::string_view bytes);

} // namespace headroom::designer

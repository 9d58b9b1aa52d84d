// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

#include <optional>
#include <string>

class QGraphicsScene;

namespace headroom::designer {

// The canvas as a picture: PNG at twice the scene's resolution (crisp on high-DPI screens),
// SVG as vectors. Both cover every item with a margin. Return the error, if any.
// These and writeTextFile write through writeWholeFile: a write that fails (a full disk, a size
// limit) is an error naming the file and the reason, and the previous file stays byte for byte
// (Qt 6.4's QSaveFile renamed a short file over it when the last buffered write failed).
std::optional<QString> exportScenePng(QGraphicsScene &scene, const QString &path);
std::optional<QString> exportSceneSvg(QGraphicsScene &scene, const QString &path, const QString &title);

// Writes `text` to `path`.
std::optional<QString> writeTextFile(const QString &path, const std::string &text);

} // namespace headroom::designer

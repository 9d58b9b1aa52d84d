// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/core/ModelError.h"

#include <optional>
#include <string>

namespace headroom {

// Writes `text` to `path` through a unique temporary file in the same folder and an atomic
// rename, so that a failed write leaves the previous file intact byte for byte. On POSIX every
// write is checked, the file is flushed to disk (fsync) and its size verified before the rename,
// and the folder is flushed after it; an existing file keeps its permissions; a symbolic link is
// written through (its target changes, the link stays). Returns the error, if any. (The umask is
// read by setting it back at once: call it from one thread, as the CLI does.)
std::optional<ModelError> writeFileAtomically(const std::string &path, const std::string &text);

} // namespace headroom

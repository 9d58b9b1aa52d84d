// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/core/Expected.h"

#include <cstdint>
#include <optional>
#include <string>

namespace headroom {

// The whole content of `path`, read only when it is a regular file of at most `maxBytes`
// bytes: a FIFO, a device, a directory or an oversized file is an error naming the path
// (never a hang on a pipe or an allocation the size of /dev/zero).
Expected<std::string> readBoundedFile(const std::string &path, std::uintmax_t maxBytes);

// An error naming `path` unless it is a regular file that exists: for inputs read as a stream
// with no size limit (an AWS offer file runs to gigabytes), so that a FIFO cannot block and a
// folder or a device is refused before it is opened.
std::optional<ModelError> notARegularFile(const std::string &path);

// "256 MiB", "16 MiB": a byte limit as people write it.
std::string byteLimitText(std::uintmax_t bytes);

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/core/BoundedFile.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

namespace headroom {

namespace {

ModelError fileError(const std::string &path, std::string message)
{
    ModelError error;
    error.file = path;
    error.message = std::move(message);
    return error;
}

} // namespace

std::string byteLimitText(std::uintmax_t bytes)
{
    constexpr std::uintmax_t kMiB = 1024 * 1024;
    if (bytes >= kMiB && bytes % kMiB == 0)
        return std::to_string(bytes / kMiB) + " MiB";
    return std::to_string(bytes) + " bytes";
}

std::optional<ModelError> notARegularFile(const std::string &path)
{
    namespace fs = std::filesystem;
    std::error_code code;
    const fs::file_status status = fs::status(path, code);
    if (code || !fs::exists(status))
        return fileError(path, "no such file");
    if (fs::is_directory(status))
        return fileError(path, "is a folder, not a file");
    if (!fs::is_regular_file(status))
        return fileError(path, "is not a regular file (a pipe or a device cannot be read as one)");
    return std::nullopt;
}

Expected<std::string> readBoundedFile(const std::string &path, std::uintmax_t maxBytes)
{
    namespace fs = std::filesystem;
    if (auto refused = notARegularFile(path))
        return *refused;
    std::error_code code;
    const std::uintmax_t size = fs::file_size(path, code);
    if (code)
        return fileError(path, "cannot read its size: " + code.message());
    if (size > maxBytes)
        return fileError(path, "is " + std::to_string(size) + " bytes, more than the " + byteLimitText(maxBytes)
                                   + " Headroom reads");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fileError(path, "cannot open the file for reading");
    std::string content;
    content.reserve(static_cast<size_t>(size));
    // Read at most one byte past the limit: a file that grows while it is read stays bounded.
    char buffer[65536];
    while (in && content.size() <= maxBytes) {
        in.read(buffer, sizeof buffer);
        content.append(buffer, static_cast<size_t>(in.gcount()));
    }
    if (in.bad())
        return fileError(path, "read error");
    if (content.size() > maxBytes)
        return fileError(path, "grew past the " + byteLimitText(maxBytes) + " Headroom reads while it was read");
    return content;
}

} // namespace headroom

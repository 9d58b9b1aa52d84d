// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/core/AtomicFile.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace headroom {

std::optional<ModelError> writeFileAtomically(const std::string &path, const std::string &text)
{
    namespace fs = std::filesystem;
    ModelError error;
    error.file = path;
    std::error_code code;
    // A link is written through, never replaced by a file: the link's target is what changes.
    fs::path target(path);
    if (fs::is_symlink(fs::symlink_status(target, code)))
        target = fs::weakly_canonical(target, code);
    if (fs::is_directory(fs::status(target, code))) {
        error.message = "is a folder, not a file";
        return error;
    }
#if defined(__unix__) || defined(__APPLE__)
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    // A unique temporary beside the file (two writers never share one), made with mkstemp.
    std::string pattern = (folder / ("." + target.filename().string() + ".saving-XXXXXX")).string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
        error.message = std::string("cannot write next to the file (folder missing or read-only?): ") + std::strerror(errno);
        return error;
    }
    auto failWith = [&](const std::string &message) {
        ::close(fd);
        ::unlink(pattern.c_str());
        error.message = message + "; the previous file is unchanged";
        return error;
    };
    // Keep an existing file's permissions (a private 0600 file stays private); a new file
    // gets what the umask allows of 0666, as any editor would create it.
    struct stat existing {};
    mode_t mode = 0;
    if (::stat(target.c_str(), &existing) == 0) {
        mode = existing.st_mode & 07777;
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    if (::fchmod(fd, mode) != 0)
        return failWith(std::string("cannot set the file's permissions: ") + std::strerror(errno));
    size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return failWith(std::string("write failed (") + std::strerror(n < 0 ? errno : ENOSPC) + ")");
        written += static_cast<size_t>(n);
    }
    struct stat saved {};
    if (::fsync(fd) != 0)
        return failWith(std::string("write failed when flushed to disk (") + std::strerror(errno) + ")");
    if (::fstat(fd, &saved) != 0 || static_cast<size_t>(saved.st_size) != text.size())
        return failWith("the written file is not the size it should be");
    if (::close(fd) != 0) {
        ::unlink(pattern.c_str());
        error.message = std::string("write failed when closed (") + std::strerror(errno) + "); the previous file is unchanged";
        return error;
    }
    if (::rename(pattern.c_str(), target.c_str()) != 0) {
        const int why = errno;
        ::unlink(pattern.c_str());
        error.message = std::string("cannot replace the file: ") + std::strerror(why) + "; the previous file is unchanged";
        return error;
    }
    // The rename itself is durable once the folder is flushed.
    if (const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return std::nullopt;
#else
    fs::path temporary = target;
    temporary += ".saving";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) {
            error.message = "cannot write next to the file (folder missing or read-only?)";
            return error;
        }
        out << text;
        out.flush();
        if (!out) {
            out.close();
            std::error_code ignored;
            fs::remove(temporary, ignored);
            error.message = "write failed (disk full?); the previous file is unchanged";
            return error;
        }
    }
    fs::rename(temporary, target, code);
    if (code) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        error.message = "cannot replace the file: " + code.message() + "; the previous file is unchanged";
        return error;
    }
    return std::nullopt;
#endif
}

} // namespace headroom

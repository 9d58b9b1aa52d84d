// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ReportLauncher.h"

#include "CliSupport.h"

#include <filesystem>
#include <iostream>
#include <system_error>
#include <vector>

#ifdef _WIN32
#include <process.h>
#include <windows.h>
#else
#include <cerrno>
#include <cstring>
#include <unistd.h>
#endif

namespace headroom::cli {

namespace {

namespace fs = std::filesystem;

#ifdef _WIN32
constexpr const char *kToolName = "headroom-report.exe";
#else
constexpr const char *kToolName = "headroom-report";
#endif

// The folder holding the running executable; empty when it cannot be told.
fs::path executableFolder(const char *argv0)
{
    std::error_code error;
#ifdef _WIN32
    char buffer[MAX_PATH];
    const DWORD length = GetModuleFileNameA(nullptr, buffer, MAX_PATH);
    if (length > 0 && length < MAX_PATH)
        return fs::path(std::string(buffer, length)).parent_path();
#else
    const fs::path self = fs::read_symlink("/proc/self/exe", error);
    if (!error)
        return self.parent_path();
#endif
    // Without /proc: argv[0], when it names a path rather than a PATH lookup.
    const fs::path named = argv0 ? fs::path(argv0) : fs::path();
    if (named.has_parent_path())
        return fs::absolute(named, error).parent_path();
    return {};
}

// Beside the executable (a build tree, a Windows install), else the installed libexec folder.
fs::path findReportTool(const fs::path &folder)
{
    const fs::path candidates[] = {folder / kToolName, folder.parent_path() / "libexec" / "headroom" / kToolName};
    for (const fs::path &candidate : candidates) {
        std::error_code error;
        if (fs::is_regular_file(candidate, error))
            return candidate;
    }
    return candidates[0];
}

} // namespace

int launchReportTool(int argc, char **argv, std::ostream &err)
{
    const fs::path folder = executableFolder(argc > 0 ? argv[0] : nullptr);
    const fs::path tool = findReportTool(folder);
    const std::string path = tool.string();
    std::vector<char *> arguments(argv, argv + argc);
    arguments.at(0) = const_cast<char *>(path.c_str());
    arguments.push_back(nullptr);
    std::cout.flush();
    err.flush();
#ifdef _WIN32
    const intptr_t code = _spawnv(_P_WAIT, path.c_str(), arguments.data());
    if (code != -1)
        return static_cast<int>(code);
    const std::string reason = "it could not be started";
#else
    execv(path.c_str(), arguments.data());
    const std::string reason = std::strerror(errno);
#endif
    return inputError(err, "cannot run the report renderer " + path + " (" + reason
                               + "); it is installed with headroom-cli");
}

} // namespace headroom::cli

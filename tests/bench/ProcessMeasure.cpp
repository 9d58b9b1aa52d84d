// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ProcessMeasure.h"

#include <algorithm>
#include <chrono>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace headroom::bench {

ProcessCost runMeasured(const std::vector<std::string> &arguments, const std::vector<std::string> &extraEnvironment)
{
    std::vector<char *> argv;
    for (const std::string &argument : arguments)
        argv.push_back(const_cast<char *>(argument.c_str()));
    argv.push_back(nullptr);
    std::vector<std::string> environment(extraEnvironment);
    for (char **variable = environ; *variable; ++variable)
        environment.emplace_back(*variable);
    std::vector<char *> envp;
    for (const std::string &variable : environment)
        envp.push_back(const_cast<char *>(variable.c_str()));
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", 1 /* O_WRONLY */, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", 1, 0);
    ProcessCost cost;
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data()) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return cost;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    cost.wallMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    cost.peakRssKb = usage.ru_maxrss;
    const auto ms = [](const timeval &t) { return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3; };
    cost.cpuMs = ms(usage.ru_utime) + ms(usage.ru_stime);
    cost.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    posix_spawn_file_actions_destroy(&actions);
    return cost;
}

ProcessCost medianOf(int runs, const std::vector<std::string> &arguments, const std::vector<std::string> &extraEnvironment)
{
    std::vector<ProcessCost> costs;
    for (int i = 0; i < runs; ++i)
        costs.push_back(runMeasured(arguments, extraEnvironment));
    std::sort(costs.begin(), costs.end(), [](const ProcessCost &a, const ProcessCost &b) { return a.wallMs < b.wallMs; });
    ProcessCost median = costs[costs.size() / 2];
    for (const ProcessCost &cost : costs)
        median.peakRssKb = std::max(median.peakRssKb, cost.peakRssKb);  // report the worst memory
    return median;
}

} // namespace headroom::bench

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <chrono>
#include <ostream>
#include <string>

namespace headroom::cli {

// A long search's progress on standard error, and Ctrl+C as a request to stop it: passed as the
// search's progress callback (fraction done, 0 to 1; returns false to stop). Quiet for the first
// second, so that quick runs print nothing; then one line at most every two seconds,
// "rightsize: 37.4 % done (Ctrl+C stops)". The first Ctrl+C asks the search to stop at its next
// step; a second one ends the process as usual. One at a time per process (it owns SIGINT while
// it lives).
// "37.4 %": a fraction done, floored to a tenth of a per cent, '.' in every locale.
std::string percentDone(double fraction);

class SearchProgress
{
public:
    SearchProgress(std::ostream &err, std::string what);
    ~SearchProgress();
    SearchProgress(const SearchProgress &) = delete;
    SearchProgress &operator=(const SearchProgress &) = delete;

    bool operator()(double fractionDone);
    bool stopRequested() const;
    double lastFraction() const { return m_fraction; }

private:
    using Clock = std::chrono::steady_clock;
    std::ostream &m_err;
    std::string m_what;
    Clock::time_point m_started = Clock::now();
    Clock::time_point m_lastLine = m_started;
    double m_fraction = 0.0;
    void (*m_previousHandler)(int) = nullptr;
};

} // namespace headroom::cli

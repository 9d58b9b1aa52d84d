// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "SearchProgress.h"

#include <algorithm>
#include <cmath>
#include <csignal>

namespace headroom::cli {

namespace {

volatile std::sig_atomic_t stopAsked = 0;

extern "C" void askToStop(int)
{
    stopAsked = 1;
    std::signal(SIGINT, SIG_DFL);  // a second Ctrl+C ends the process at once
}

} // namespace

std::string percentDone(double fraction)
{
    // One decimal: a long search moves a tenth of a per cent between lines.
    const double tenths = std::floor(std::clamp(fraction, 0.0, 1.0) * 1000.0);
    return std::to_string(static_cast<int>(tenths) / 10) + "." + std::to_string(static_cast<int>(tenths) % 10) + " %";
}

SearchProgress::SearchProgress(std::ostream &err, std::string what) : m_err(err), m_what(std::move(what))
{
    stopAsked = 0;
    m_previousHandler = std::signal(SIGINT, askToStop);
}

SearchProgress::~SearchProgress()
{
    std::signal(SIGINT, m_previousHandler == SIG_ERR ? SIG_DFL : m_previousHandler);
}

bool SearchProgress::stopRequested() const
{
    return stopAsked != 0;
}

bool SearchProgress::operator()(double fractionDone)
{
    m_fraction = fractionDone;
    if (stopAsked)
        return false;
    const Clock::time_point now = Clock::now();
    if (now - m_started >= std::chrono::seconds(1) && now - m_lastLine >= std::chrono::seconds(2)) {
        m_lastLine = now;
        m_err << m_what << ": " << percentDone(fractionDone) << " done (Ctrl+C stops)" << std::endl;
    }
    return true;
}

} // namespace headroom::cli

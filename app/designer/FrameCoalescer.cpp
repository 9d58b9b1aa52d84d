// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "FrameCoalescer.h"

#include <algorithm>

namespace headroom::designer {

FrameCoalescer::FrameCoalescer(std::function<void()> work, QObject *parent) : QObject(parent), m_work(std::move(work))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);  // a coarse timer may round 16 ms up to 20 or more
    connect(&m_timer, &QTimer::timeout, this, &FrameCoalescer::run);
}

void FrameCoalescer::request()
{
    if (m_pending)
        return;  // already due: it will see the latest state
    m_pending = true;
    const qint64 since = m_sinceRun.isValid() ? m_sinceRun.elapsed() : kFrameMs;
    m_timer.start(static_cast<int>(std::max<qint64>(0, kFrameMs - since)));
}

void FrameCoalescer::flush()
{
    if (m_pending)
        run();
}

void FrameCoalescer::cancel()
{
    m_timer.stop();
    m_pending = false;
}

void FrameCoalescer::run()
{
    m_timer.stop();
    if (!m_pending)
        return;
    m_pending = false;
    m_sinceRun.start();
    ++m_runs;
    m_work();
}

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace headroom::designer {

// Runs a piece of work at most once per frame however often it is asked for: the first
// request after a quiet frame runs at the next event-loop turn; requests within a frame of the
// last run wait until that frame is over, then run it once. The work reads the state it acts
// on when it runs, so the latest request wins (a slider drag's queued moves: one evaluation,
// at the last position). flush() runs pending work now.
class FrameCoalescer : public QObject
{
public:
    static constexpr int kFrameMs = 16;  // one frame at 60 Hz

    explicit FrameCoalescer(std::function<void()> work, QObject *parent = nullptr);

    void request();
    bool isPending() const { return m_pending; }
    void flush();   // runs pending work now (and only then)
    void cancel();  // pending work is dropped: something else did it
    int runs() const { return m_runs; }  // how often the work ran (tests)

private:
    void run();

    std::function<void()> m_work;
    QTimer m_timer;
    QElapsedTimer m_sinceRun;  // invalid until the first run
    bool m_pending = false;
    int m_runs = 0;
};

} // namespace headroom::designer

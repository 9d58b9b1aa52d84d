// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "DesignResults.h"
#include "FrameCoalescer.h"
#include "document/ProjectDocument.h"

#include "model/compile/CompiledModel.h"
#include "pricing/PriceBook.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace headroom::designer {

// The one place that evaluates, and publishes each state as an immutable DesignResults that
// the canvas, the inspector, the status bar and the charts only render.
//
// When only the user count moves it re-evaluates (model and cost) at most once per frame
// (FrameCoalescer), at the latest count: a drag's moves queued within one frame cost one
// evaluation, and the canvas repaints once for them. When the design changes it recompiles
// once per event-loop turn, however many notifications the turn brought, publishes the new
// evaluation, and sweeps the curves for the charts (81 user counts and the stage table) on a worker thread; until the
// sweep arrives the results carry the previous curves and `curvesPending`. The sweep's answer
// is published as results that carry only the new curves (`onlyCurvesChanged`): nothing is
// evaluated or copied for it (a copy of 10,000 components' figures, and freeing it, cost tens
// of milliseconds). A sweep made stale by a newer edit is cancelled and its answer dropped.
class EvaluationController : public QObject
{
    Q_OBJECT

public:
    explicit EvaluationController(const PriceBook &prices, QObject *parent = nullptr);
    ~EvaluationController() override;

    void setDocument(ProjectDocument *document);
    const PriceBook &prices() const { return *m_prices; }
    // The latest results, curves included: after a sweep's answer, a copy of the latest
    // evaluation with the new curves, made on the first call (views never need it: the
    // charts get the curves with resultsChanged).
    DesignResultsPtr results() const;

    // Does a pending recompile, or a pending evaluation at a new user count, now instead of at
    // the next event-loop turn or frame: results() is then the document's as it is.
    void flush();
    // flush(), then blocks until the curves of the current design have been published
    // (tests, benchmarks, the report of the open design).
    void settle();
    bool isSettled() const { return !m_recompilePending && !m_usersEvaluation.isPending() && !m_curvesPending; }
    // How many evaluations at a new user count ran (tests: a drag's queued moves make one).
    int usersEvaluations() const { return m_usersEvaluation.runs(); }

    // Points in the charts' sweeps from 1 to 100 000 000 users.
    static constexpr int kCurvePoints = 81;

signals:
    void resultsChanged(headroom::designer::DesignResultsPtr results);

private:
    void onChanged(const DocumentChange &change);
    void scheduleRecompile();
    void recompile();
    void startSweep();
    void onSweepFinished();
    void publish();
    void publishCurves();  // the latest results with the swept curves (onlyCurvesChanged)

    std::shared_ptr<const PriceBook> m_prices;  // shared with the sweep thread
    ProjectDocument *m_document = nullptr;
    std::shared_ptr<const CompiledModel> m_model;
    std::optional<std::string> m_compileError;
    std::shared_ptr<const DesignCurves> m_curves;
    bool m_curvesPending = false;
    bool m_recompilePending = false;
    FrameCoalescer m_usersEvaluation;  // publish() at the latest user count, once per frame
    bool m_sweepQueued = false;  // a newer design waits for the running sweep to stop
    QFutureWatcher<std::shared_ptr<const DesignCurves>> m_sweep;
    DesignResultsPtr m_results;  // the latest evaluation, as the views got it
    mutable DesignResultsPtr m_withCurves;  // m_results with m_curves (results()), until either changes
    std::shared_ptr<DesignResults> m_latest;  // m_results, writable: the next spare
    // The results before m_results, which no one else holds: publish() evaluates into them.
    std::shared_ptr<DesignResults> m_spare;
};

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "EvaluationController.h"

#include "CurveSweep.h"

#include "model/core/ModelError.h"
#include "model/evaluation/Evaluator.h"

#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace headroom::designer {

EvaluationController::EvaluationController(const PriceBook &prices, QObject *parent)
    : QObject(parent), m_prices(std::make_shared<const PriceBook>(prices)), m_usersEvaluation([this] {
          if (m_document)
              publish();
      })
{
    connect(&m_sweep, &QFutureWatcherBase::finished, this, &EvaluationController::onSweepFinished);
}

EvaluationController::~EvaluationController()
{
    m_sweep.cancel();
    m_sweep.waitForFinished();  // the sweep holds its own copies; this only bounds its lifetime
}

void EvaluationController::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_usersEvaluation.cancel();  // the new document is evaluated below, at its own count
    if (!m_document)
        return;
    connect(m_document, &ProjectDocument::changed, this, &EvaluationController::onChanged);
    m_curves.reset();  // another project: the previous one's curves say nothing about it
    m_recompilePending = true;
    flush();  // a new project is evaluated before the window shows it
}

void EvaluationController::onChanged(const DocumentChange &change)
{
    if (!m_document || change.kind == ChangeKind::Geometry)
        return;  // positions change nothing the model computes
    if (change.kind == ChangeKind::Users && !m_recompilePending) {
        m_usersEvaluation.request();  // at the latest count, when this frame is over
        return;
    }
    scheduleRecompile();
}

void EvaluationController::scheduleRecompile()
{
    if (m_recompilePending)
        return;
    m_recompilePending = true;
    QMetaObject::invokeMethod(this, &EvaluationController::flush, Qt::QueuedConnection);
}

void EvaluationController::flush()
{
    if (!m_document)
        return;
    if (!m_recompilePending) {
        m_usersEvaluation.flush();
        return;
    }
    m_recompilePending = false;
    m_usersEvaluation.cancel();  // the recompile's evaluation is at the latest count
    recompile();
    publish();
}

void EvaluationController::settle()
{
    flush();
    while (!isSettled()) {
        m_sweep.waitForFinished();
        onSweepFinished();  // delivers now rather than through the queued signal
    }
}

void EvaluationController::recompile()
{
    auto compiled = compileModel(m_document->project());
    if (compiled) {
        m_model = std::make_shared<const CompiledModel>(std::move(compiled).value());
        m_compileError.reset();
        startSweep();
    } else {
        m_model.reset();
        // Named like the CLI names it ("FILE: /pointer: why"), never "<input>": the open file,
        // or the document's name while it has none.
        ModelError error = compiled.error();
        error.file = (m_document->filePath().isEmpty() ? m_document->displayName() : m_document->filePath()).toStdString();
        m_compileError = error.toString();
        m_sweep.cancel();
        m_sweepQueued = false;
        m_curves = std::make_shared<DesignCurves>();
        m_curvesPending = false;
    }
}

void EvaluationController::startSweep()
{
    m_curvesPending = true;
    if (m_sweep.isRunning()) {
        m_sweep.cancel();  // its answer is dropped; the newest design is swept once it stops
        m_sweepQueued = true;
        return;
    }
    m_sweepQueued = false;
    m_sweep.setFuture(
        QtConcurrent::run(sweepCurves, CurveSweepInput::of(m_model, m_prices, m_document->project(), kCurvePoints)));
}

void EvaluationController::onSweepFinished()
{
    if (m_sweep.isRunning())
        return;
    const QFuture<std::shared_ptr<const DesignCurves>> future = m_sweep.future();
    if (m_sweepQueued) {
        m_sweepQueued = false;
        if (m_model)
            startSweep();
        return;
    }
    if (!m_curvesPending)
        return;
    if (future.isCanceled() || future.resultCount() == 0) {
        m_curvesPending = false;  // nothing newer is coming: the charts keep the last curves
        return;
    }
    m_curves = future.result();
    m_curvesPending = false;
    publishCurves();
}

void EvaluationController::publishCurves()
{
    if (!m_results || m_results->compileError || m_results->model != m_model) {
        publish();
        return;
    }
    // The design and the user count are those of the latest results (a newer design would
    // have cancelled this sweep): only the curves are new, and only they are published.
    auto curves = std::make_shared<DesignResults>();
    curves->users = m_results->users;
    curves->model = m_results->model;
    curves->curves = m_curves;
    curves->curvesPending = false;
    curves->onlyCurvesChanged = true;
    m_withCurves.reset();
    emit resultsChanged(curves);
}

DesignResultsPtr EvaluationController::results() const
{
    if (!m_results || (m_results->curves == m_curves && m_results->curvesPending == m_curvesPending))
        return m_results;
    if (!m_withCurves) {
        auto merged = std::make_shared<DesignResults>(*m_results);
        merged->curves = m_curves;
        merged->curvesPending = m_curvesPending;
        m_withCurves = std::move(merged);
    }
    return m_withCurves;
}

void EvaluationController::publish()
{
    // The results before the latest, once no view holds them, are the storage of these: the
    // evaluation is made in place (evaluate's overload that reuses its vectors), and the
    // GUI thread neither frees nor allocates 10,000 components' figures for it.
    std::shared_ptr<DesignResults> results;
    if (m_spare && m_spare.use_count() == 1)
        results = std::move(m_spare);
    else
        results = std::make_shared<DesignResults>();
    m_spare.reset();
    const Project &project = m_document->project();
    results->users = project.workload.users;
    results->compileError.reset();
    results->curves = m_curves;
    results->curvesPending = m_curvesPending;
    results->onlyCurvesChanged = false;
    results->model = m_model;
    if (m_model) {
        evaluate(*m_model, results->users, results->evaluation);
        results->cost = costOf(*m_model, results->users, *m_prices, project.purchaseOption);
        results->bottleneck = bottleneckOf(*m_model, results->evaluation);
    } else {
        results->compileError = m_compileError;
        results->evaluation = {};
        results->cost = {};
        results->bottleneck = {};
    }
    std::shared_ptr<DesignResults> previous = std::exchange(m_latest, results);
    m_results = std::move(results);
    m_withCurves.reset();
    emit resultsChanged(m_results);
    // Every view holds the new results now. When none kept the previous ones they are the
    // next publish's storage (their model let go at once); otherwise the views free them.
    if (previous && previous.use_count() == 1) {
        previous->model.reset();
        m_spare = std::move(previous);
    }
}

} // namespace headroom::designer

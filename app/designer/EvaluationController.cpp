// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "EvaluationController.h"

#include "model/evaluation/Evaluator.h"
#include "model/math/Availability.h"
#include "model/analysis/Sweep.h"

namespace headroom::designer {

EvaluationController::EvaluationController(const PriceBook &prices, QObject *parent)
    : QObject(parent), m_prices(prices)
{
}

void EvaluationController::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ProjectDocument::changed, this, &EvaluationController::onChanged);
    onChanged(ChangeKind::Everything);
}

void EvaluationController::onChanged(ChangeKind kind)
{
    if (!m_document)
        return;
    if (kind == ChangeKind::Geometry)
        return;  // positions change nothing the model computes
    if (kind != ChangeKind::Users)
        recompile();
    publish();
}

void EvaluationController::recompile()
{
    auto compiled = compileModel(m_document->project());
    if (compiled) {
        m_model = std::move(compiled).value();
        m_compileError.reset();
        m_curves = computeCurves();
    } else {
        m_model.reset();
        m_compileError = compiled.error().toString();
        m_curves = std::make_shared<DesignCurves>();
    }
}

void EvaluationController::publish()
{
    auto results = std::make_shared<DesignResults>();
    const Project &project = m_document->project();
    results->users = project.workload.users;
    results->curves = m_curves;
    if (m_model) {
        results->evaluation = evaluate(*m_model, results->users);
        results->cost = costOf(*m_model, results->users, m_prices, project.purchaseOption);
    } else {
        results->compileError = m_compileError;
    }
    m_results = std::move(results);
    emit resultsChanged(m_results);
}

std::shared_ptr<const DesignCurves> EvaluationController::computeCurves() const
{
    auto curves = std::make_shared<DesignCurves>();
    const Project &project = m_document->project();
    std::vector<size_t> indices;
    for (size_t i = 0; i < m_model->nodes.size(); ++i)
        if (m_model->nodes[i].behaviour != Behaviour::Entry) {
            indices.push_back(i);
            curves->componentIds.push_back(project.components[i].id);
            curves->componentLabels.push_back(project.components[i].label);
        }
    for (double users : logSpacedUsers(1.0, 1e8, kCurvePoints)) {
        const Evaluation evaluation = evaluate(*m_model, users);
        CurvePoint point;
        point.users = users;
        point.monthlyUsd = costOf(*m_model, users, m_prices, project.purchaseOption).monthlyUsd;
        point.availability = evaluation.availability;
        point.nines = evaluation.nines;
        point.slaNines = ninesOf(1.0 - evaluation.slaAvailability);
        point.responseTimeMs = evaluation.responseTimeMs;
        for (size_t index : indices)
            point.utilizationByComponent.push_back(evaluation.components[index].utilization);
        curves->points.push_back(std::move(point));
    }
    curves->stages = stageTable(*m_model, project.stages, m_prices, project.purchaseOption);
    return curves;
}

} // namespace headroom::designer

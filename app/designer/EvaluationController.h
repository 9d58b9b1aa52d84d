// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "DesignResults.h"
#include "document/ProjectDocument.h"

#include "model/compile/CompiledModel.h"
#include "pricing/PriceBook.h"

#include <QObject>

#include <memory>
#include <optional>

namespace headroom::designer {

// The one place that evaluates. It compiles the document's project when the design changes,
// re-evaluates (model and cost) when only the user count moves, recomputes the curves for
// the charts when the design changes, and publishes each state as an immutable DesignResults.
// The canvas, the inspector, the status bar and the charts only render what it publishes.
class EvaluationController : public QObject
{
    Q_OBJECT

public:
    explicit EvaluationController(const PriceBook &prices, QObject *parent = nullptr);

    void setDocument(ProjectDocument *document);
    const PriceBook &prices() const { return m_prices; }
    DesignResultsPtr results() const { return m_results; }

    // Points in the charts' sweeps from 1 to 100 000 000 users.
    static constexpr int kCurvePoints = 81;

signals:
    void resultsChanged(headroom::designer::DesignResultsPtr results);

private:
    void onChanged(ChangeKind kind);
    void recompile();
    void publish();
    std::shared_ptr<const DesignCurves> computeCurves() const;

    PriceBook m_prices;
    ProjectDocument *m_document = nullptr;
    std::optional<CompiledModel> m_model;
    std::optional<std::string> m_compileError;
    std::shared_ptr<const DesignCurves> m_curves;
    DesignResultsPtr m_results;
};

} // namespace headroom::designer

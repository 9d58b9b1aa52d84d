// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "DesignResults.h"

#include "model/compile/CompiledModel.h"
#include "model/design/Project.h"
#include "pricing/PriceBook.h"

#include <QPromise>

#include <memory>
#include <string>
#include <vector>

namespace headroom::designer {

// What a sweep reads: immutable, shared or copied, so that it can run on a worker thread
// while the document goes on changing.
struct CurveSweepInput
{
    std::shared_ptr<const CompiledModel> model;
    std::shared_ptr<const PriceBook> prices;
    std::vector<std::string> componentIds;     // parallel to model->nodes
    std::vector<std::string> componentLabels;  // parallel to model->nodes
    std::vector<Stage> stages;
    PurchaseOption purchaseOption = PurchaseOption::OnDemand;
    int points = 81;

    static CurveSweepInput of(std::shared_ptr<const CompiledModel> model, std::shared_ptr<const PriceBook> prices,
                              const Project &project, int points);
};

// The design evaluated and priced at `points` log-spaced user counts from 1 to 100 000 000,
// and its stage table. Stops early, adding no result, once `promise` is cancelled.
void sweepCurves(QPromise<std::shared_ptr<const DesignCurves>> &promise, const CurveSweepInput &input);

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/compile/CompiledModel.h"
#include "model/evaluation/Evaluation.h"

namespace headroom {

// The model at `users` users: every component's load, limits, response time and
// availability, and the system's totals. Pure: the same model and users give the same
// figures in the designer, the CLI and the report.
Evaluation evaluate(const CompiledModel &model, double users);
// The same into `evaluation`, whatever it held, reusing its storage: what a sweep calls point
// after point (the figures are evaluate()'s, to the last bit).
void evaluate(const CompiledModel &model, double users, Evaluation &evaluation);

} // namespace headroom

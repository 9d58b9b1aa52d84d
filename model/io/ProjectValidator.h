// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/core/ModelError.h"
#include "model/design/Project.h"

#include <optional>

namespace headroom {

// The first rule the project breaks, with the JSON pointer of the offending value
// ("/components/3/params/instances: must be ≥ 0"), or nothing when it is valid.
// Checks the workload, the stages, every component against the catalog (known type,
// known parameters of the right kind and range, known instance types) and every
// connection (existing ends, nothing calls a `users` entry, calls ≥ 0).
std::optional<ModelError> validateProject(const Project &project);

} // namespace headroom

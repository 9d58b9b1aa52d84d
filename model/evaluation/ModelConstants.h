// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/compile/CompiledModel.h"

#include <optional>
#include <string>
#include <vector>

namespace headroom {

// What evaluation needs that follows from the model alone, at no particular user count: the
// same at every point of a sweep and every step of a slider, so found once per compiled model
// (kept in CompiledModel::derived) instead of at every evaluation.
struct ModelConstants
{
    // Per component, per dimension that evaluateComponent reports (in its order): the user count
    // at which it reaches 1 for the dimensions that grow in proportion to users (an Auto Scaling
    // group once it runs max_instances); empty when it never does.
    std::vector<std::vector<std::optional<double>>> usersAtSaturation;
    // Databases: the user count at which connection demand reaches max_connections
    // (ConnectionLimits::usersAtLimit); empty for the others and when it never does.
    std::vector<std::optional<double>> connectionsUsersAtLimit;
    // The edges into each database (ConnectionLimits::incomingEdges).
    std::vector<std::vector<int>> incomingEdges;
    // Zone outages (ZoneOutages.h): every zone name the components use, in sorted order, with
    // the downtime cause it is reported as ("zone outage (a)"), and for each component the index
    // of each of its zones in that list.
    std::vector<std::string> zoneCauses;
    std::vector<std::vector<int>> zoneIndex;
};

// The model's constants: kept with a compiled model after the first call (thread-safe), derived
// into `scratch` for a model built by hand (no CompiledModel::derived).
const ModelConstants &modelConstants(const CompiledModel &model, ModelConstants &scratch);

} // namespace headroom

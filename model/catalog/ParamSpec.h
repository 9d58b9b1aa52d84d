// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/design/Project.h"

#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace headroom {

enum class ParamKind {
    Number,        // any finite real within [minimum, maximum]
    Count,         // a whole number within [minimum, maximum]
    Fraction,      // a real in [minimum, maximum] ⊆ [0, 1]; shown as a percentage
    Flag,          // true or false
    Choice,        // one of `choices`
    InstanceType,  // a name from the instance-type table of `instanceFamily`
};

// One parameter of a component type: its meaning, its default and where that default
// comes from. The catalog is data: the inspector, the validator and the report all read it.
struct ParamSpec
{
    std::string name;          // the key in the project file, e.g. "service_time_ms"
    ParamKind kind = ParamKind::Number;
    std::optional<ParamValue> defaultValue;  // empty: optional, with no value unless set
    double minimum = 0.0;
    double maximum = std::numeric_limits<double>::max();  // the builders set a finite one (CatalogParams.h)
    bool minimumExclusive = false;            // true: must be > minimum
    std::vector<std::string> choices;         // for ParamKind::Choice
    std::string instanceFamily;               // for ParamKind::InstanceType: "ec2", "rds", ...
    std::string unit;                         // "ms", "instances", "rps", "" for none
    std::string description;                  // what it means, one sentence
    std::string source;                       // where the default comes from, or "assumption: ..."
};

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/design/Project.h"

#include <QString>

#include <optional>

namespace headroom::designer {

// Why the model could not use a new connection from `from` to `to`, or nothing when it can:
// a call into a users entry, a component calling itself at one call per request (a loop that
// never ends), a second connection between the same pair, or anything the model refuses
// (for example a loop that amplifies traffic without bound).
std::optional<QString> connectionProblem(const Project &project, const std::string &from, const std::string &to);

} // namespace headroom::designer

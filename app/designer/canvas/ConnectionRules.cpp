// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ConnectionRules.h"

#include "model/compile/CompiledModel.h"

#include <QObject>

namespace headroom::designer {

std::optional<QString> connectionProblem(const Project &project, const std::string &from, const std::string &to)
{
    const Component *target = nullptr;
    for (const Component &component : project.components)
        if (component.id == to)
            target = &component;
    if (!target)
        return QObject::tr("Drop the connection on another component.");
    if (target->type == "users")
        return QObject::tr("Users are where traffic enters; nothing can call them.");
    if (from == to)
        return QObject::tr("A component cannot call itself at one call per request: every request would loop forever. "
                           "Model retries with a loop and calls per request below 1.");
    for (const Connection &connection : project.connections)
        if (connection.from == from && connection.to == to)
            return QObject::tr("These components are already connected; change that connection's calls per request instead.");
    Project trial = project;
    trial.connections.push_back({from, to, 1.0, TrafficClass::All, false});
    const auto compiled = compileModel(trial);
    if (!compiled)
        return QObject::tr("The model cannot use this connection: %1").arg(QString::fromStdString(compiled.error().message));
    return std::nullopt;
}

} // namespace headroom::designer

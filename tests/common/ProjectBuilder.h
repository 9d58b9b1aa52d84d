// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Builds projects in code for tests: users → components → connections, with the
// workload set so that a chosen user count gives a round entry rate.

#include "model/compile/CompiledModel.h"
#include "model/design/Project.h"

#include <QTest>

#include <string>

namespace headroom::test {

class ProjectBuilder
{
public:
    ProjectBuilder()
    {
        // 86 400 requests per user per day at peak/average 1: λ₀ = users requests per second.
        m_project.name = "test";
        m_project.workload.requestsPerUserPerDay = 86400.0;
        m_project.workload.peakToAverage = 1.0;
        m_project.workload.readFraction = 0.8;
        m_project.stages = Project::defaultStages();
    }

    ProjectBuilder &readFraction(double fraction)
    {
        m_project.workload.readFraction = fraction;
        return *this;
    }

    ProjectBuilder &add(const std::string &id, const std::string &type, ParamMap params = {})
    {
        m_project.components.push_back({id, type, id, {}, std::move(params)});
        return *this;
    }

    ProjectBuilder &connect(const std::string &from, const std::string &to, double calls = 1.0,
                            TrafficClass trafficClass = TrafficClass::All, bool async = false)
    {
        m_project.connections.push_back({from, to, calls, trafficClass, async});
        return *this;
    }

    const Project &project() const { return m_project; }

    // Compiles, failing the calling test (by returning an empty model) on an error.
    CompiledModel compile() const
    {
        auto model = compileModel(m_project);
        if (!model) {
            QTest::qFail(model.error().toString().c_str(), __FILE__, __LINE__);
            return {};
        }
        return std::move(model).value();
    }

private:
    Project m_project;
};

inline int indexOf(const CompiledModel &model, const std::string &id)
{
    for (size_t i = 0; i < model.nodes.size(); ++i)
        if (model.nodes[i].id == id)
            return static_cast<int>(i);
    return -1;
}

} // namespace headroom::test

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/catalog/InstanceTypes.h"

#include <nlohmann/json.hpp>

namespace headroom {
namespace embedded {
extern const std::string_view instanceTypesJson;
}

const InstanceTypes &InstanceTypes::builtIn()
{
    static const InstanceTypes table = [] {
        InstanceTypes types;
        // The embedded file is checked by the build's own tests; a malformed one is a
        // build defect, so parse errors throw here rather than being reported to users.
        const auto json = nlohmann::json::parse(embedded::instanceTypesJson);
        for (const auto &row : json.at("instance_types")) {
            types.m_types.push_back({row.at("family").get<std::string>(),
                                     row.at("name").get<std::string>(),
                                     row.at("vcpus").get<double>(),
                                     row.at("memory_gib").get<double>(),
                                     row.at("source").get<std::string>()});
        }
        return types;
    }();
    return table;
}

const InstanceType *InstanceTypes::find(std::string_view family, std::string_view name) const
{
    for (const InstanceType &type : m_types)
        if (type.family == family && type.name == name)
            return &type;
    return nullptr;
}

std::vector<const InstanceType *> InstanceTypes::ofFamily(std::string_view family) const
{
    std::vector<const InstanceType *> found;
    for (const InstanceType &type : m_types)
        if (type.family == family)
            found.push_back(&type);
    return found;
}

} // namespace headroom

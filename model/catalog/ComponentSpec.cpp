// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/catalog/ComponentSpec.h"

namespace headroom {

const ParamSpec *ComponentSpec::param(const std::string &name) const
{
    for (const ParamSpec &spec : params)
        if (spec.name == name)
            return &spec;
    return nullptr;
}

const ParamValue *paramOrDefault(const Component &component, const ComponentSpec *spec, const std::string &name)
{
    if (const auto found = component.params.find(name); found != component.params.end())
        return &found->second;
    const ParamSpec *param = spec ? spec->param(name) : nullptr;
    return param && param->defaultValue ? &*param->defaultValue : nullptr;
}

const char *categoryName(Category category)
{
    switch (category) {
    case Category::Entry: return "Entry";
    case Category::EdgeAndNetwork: return "Edge & network";
    case Category::Compute: return "Compute";
    case Category::Data: return "Data";
    case Category::Messaging: return "Messaging";
    case Category::Storage: return "Storage";
    }
    return "";
}

} // namespace headroom

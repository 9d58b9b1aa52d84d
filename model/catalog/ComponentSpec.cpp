// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/catalog/ComponentSpec.h"

namespace headroom {

const ParamSpec *ComponentSpec::param(std::string_view name) const
{
    for (const ParamSpec &spec : params)
        if (spec.name == name)
            return &spec;
    return nullptr;
}

const ParamValue *paramOrDefault(const Component &component, const ComponentSpec *spec, std::string_view name)
{
    // A file sets a few parameters at most: a walk over them in order costs less than making a
    // std::string of `name` to look it up (the map's comparison takes only std::string).
    for (const auto &[key, value] : component.params) {
        const int order = std::string_view(key).compare(name);
        if (order == 0)
            return &value;
        if (order > 0)
            break;
    }
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

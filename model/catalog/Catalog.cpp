// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/catalog/Catalog.h"

namespace headroom {

const Catalog &Catalog::builtIn()
{
    static const Catalog catalog = [] {
        Catalog built;
        for (auto part : {edgeComponentSpecs, computeComponentSpecs, dataComponentSpecs,
                          messagingAndStorageComponentSpecs}) {
            for (ComponentSpec &spec : part())
                built.m_specs.push_back(std::move(spec));
        }
        return built;
    }();
    return catalog;
}

const ComponentSpec *Catalog::find(std::string_view type) const
{
    for (const ComponentSpec &spec : m_specs)
        if (spec.type == type)
            return &spec;
    return nullptr;
}

} // namespace headroom

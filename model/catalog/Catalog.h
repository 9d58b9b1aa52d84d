// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/catalog/ComponentSpec.h"

#include <string_view>
#include <vector>

namespace headroom {

// Every component type Headroom models, with its parameters and their sourced defaults.
class Catalog
{
public:
    static const Catalog &builtIn();

    const ComponentSpec *find(std::string_view type) const;
    const std::vector<ComponentSpec> &all() const { return m_specs; }

private:
    std::vector<ComponentSpec> m_specs;
};

// The catalog is assembled from one function per category (CatalogEdge.cpp, ...).
std::vector<ComponentSpec> edgeComponentSpecs();
std::vector<ComponentSpec> computeComponentSpecs();
std::vector<ComponentSpec> dataComponentSpecs();
std::vector<ComponentSpec> messagingAndStorageComponentSpecs();

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace headroom {

struct InstanceType
{
    std::string family;   // "ec2", "rds", "elasticache", "opensearch"
    std::string name;     // "m6i.large", "db.r6g.xlarge", ...
    double vcpus = 0.0;
    double memoryGiB = 0.0;
    std::string source;
};

// The instance-type table from resources/catalog/instance-types.json, compiled into the
// model so that it needs no resource path at run time.
class InstanceTypes
{
public:
    static const InstanceTypes &builtIn();

    const InstanceType *find(std::string_view family, std::string_view name) const;
    std::vector<const InstanceType *> ofFamily(std::string_view family) const;
    const std::vector<InstanceType> &all() const { return m_types; }

private:
    std::vector<InstanceType> m_types;
};

} // namespace headroom

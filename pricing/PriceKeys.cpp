// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "pricing/PriceKeys.h"

#include <initializer_list>

namespace headroom::price_keys {

namespace {

std::string joined(std::initializer_list<std::string_view> parts)
{
    std::string key;
    for (std::string_view part : parts) {
        if (!key.empty())
            key += '/';
        key += part;
    }
    return key;
}

} // namespace

std::string_view deploymentKey(Deployment deployment)
{
    return deployment == Deployment::MultiAz ? "multi-az" : "single-az";
}

std::string ec2Instance(std::string_view instanceType) { return joined({"ec2", instanceType}); }

std::string rdsInstance(std::string_view engine, std::string_view instanceClass, Deployment deployment)
{
    return joined({"rds", engine, instanceClass, deploymentKey(deployment)});
}

std::string rdsStorage(Deployment deployment) { return joined({"rds/storage/gp3", deploymentKey(deployment)}); }

std::string auroraInstance(std::string_view engine, std::string_view instanceClass)
{
    return joined({"aurora", engine, instanceClass});
}

std::string elastiCacheNode(std::string_view engine, std::string_view nodeType)
{
    return joined({"elasticache", engine, nodeType});
}

std::string openSearchInstance(std::string_view instanceType) { return joined({"opensearch", instanceType}); }

} // namespace headroom::price_keys

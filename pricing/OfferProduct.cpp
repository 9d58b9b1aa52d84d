// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "OfferProduct.h"

#include "pricing/PriceKeys.h"

#include <array>
#include <utility>

namespace headroom {

namespace {

// Region names of offer files that predate the regionCode attribute.
constexpr std::array<std::pair<std::string_view, std::string_view>, 10> regionNames{{
    {"US East (N. Virginia)", "us-east-1"},
    {"US East (Ohio)", "us-east-2"},
    {"US West (N. California)", "us-west-1"},
    {"US West (Oregon)", "us-west-2"},
    {"EU (Ireland)", "eu-west-1"},
    {"EU (London)", "eu-west-2"},
    {"EU (Frankfurt)", "eu-central-1"},
    {"Asia Pacific (Tokyo)", "ap-northeast-1"},
    {"Asia Pacific (Singapore)", "ap-southeast-1"},
    {"Asia Pacific (Sydney)", "ap-southeast-2"},
}};

bool contains(std::string_view text, std::string_view part)
{
    return text.find(part) != std::string_view::npos;
}

// A region's own capacity only: Local Zones, Wavelength and Outposts price differently.
bool inRegion(const OfferProduct &product, std::string_view region)
{
    if (!product.locationType.empty() && product.locationType != "AWS Region")
        return false;
    if (!product.regionCode.empty())
        return product.regionCode == region;
    for (const auto &[name, code] : regionNames)
        if (product.location == name)
            return code == region;
    return false;
}

std::optional<OfferPriceItem> classifyEc2(const OfferProduct &p)
{
    if (p.productFamily != "Compute Instance" || p.operatingSystem != "Linux" || p.tenancy != "Shared"
        || p.preInstalledSw != "NA" || p.capacityStatus != "Used" || p.instanceType.empty())
        return std::nullopt;
    if (!p.licenseModel.empty() && p.licenseModel != "No License required")
        return std::nullopt;
    if (!p.marketOption.empty() && p.marketOption != "OnDemand")
        return std::nullopt;
    return OfferPriceItem{price_keys::ec2Instance(p.instanceType), p.instanceType + ", Linux, on-demand",
                          "instance-hour", "ec2"};
}

// "single-az", "multi-az", or empty for deployments Headroom does not price (Multi-AZ DB
// clusters, I/O-Optimized Aurora, ...). usagetype decides; deploymentOption must agree.
std::string rdsDeployment(const OfferProduct &p)
{
    std::string deployment;
    if (contains(p.usageType, "Multi-AZUsage:"))
        deployment = "multi-az";
    else if (contains(p.usageType, "InstanceUsage:"))
        deployment = "single-az";
    else if (p.usageType.empty() && p.deploymentOption == "Single-AZ")
        deployment = "single-az";
    else if (p.usageType.empty() && p.deploymentOption == "Multi-AZ")
        deployment = "multi-az";
    const bool agrees = p.deploymentOption.empty()
                        || (deployment == "single-az" && p.deploymentOption == "Single-AZ")
                        || (deployment == "multi-az" && p.deploymentOption == "Multi-AZ");
    return agrees ? deployment : std::string();
}

std::optional<OfferPriceItem> classifyRds(const OfferProduct &p)
{
    if (p.productFamily != "Database Instance" || !p.instanceType.starts_with("db."))
        return std::nullopt;
    const std::string deployment = rdsDeployment(p);
    if (deployment.empty())
        return std::nullopt;
    const std::string &type = p.instanceType;
    const auto placement =
        deployment == "multi-az" ? price_keys::Deployment::MultiAz : price_keys::Deployment::SingleAz;
    const char *az = deployment == "multi-az" ? "Multi-AZ" : "Single-AZ";
    if (p.operation == "CreateDBInstance:0014")
        return OfferPriceItem{price_keys::rdsInstance("postgres", type, placement),
                              type + ", PostgreSQL, " + az + ", on-demand", "instance-hour", "rds"};
    if (p.operation == "CreateDBInstance:0002")
        return OfferPriceItem{price_keys::rdsInstance("mysql", type, placement),
                              type + ", MySQL, " + az + ", on-demand", "instance-hour", "rds"};
    // An Aurora cluster prices each instance; its storage spans zones, so there is no Multi-AZ row.
    if (p.operation == "CreateDBInstance:0021" && deployment == "single-az")
        return OfferPriceItem{price_keys::auroraInstance("postgres", type), type + ", Aurora PostgreSQL, on-demand",
                              "instance-hour", "aurora"};
    return std::nullopt;
}

std::optional<OfferPriceItem> classifyElastiCache(const OfferProduct &p)
{
    if (p.productFamily != "Cache Instance" || !contains(p.usageType, "NodeUsage:")
        || !p.instanceType.starts_with("cache."))
        return std::nullopt;
    std::string engine;
    if (p.cacheEngine == "Redis")
        engine = "redis";
    else if (p.cacheEngine == "Valkey")
        engine = "valkey";
    else
        return std::nullopt;
    return OfferPriceItem{price_keys::elastiCacheNode(engine, p.instanceType),
                          p.instanceType + ", " + p.cacheEngine + ", on-demand", "node-hour", "elasticache"};
}

} // namespace

bool OfferProduct::setAttribute(std::string_view name, std::string &&value)
{
    const std::pair<std::string_view, std::string OfferProduct::*> fields[] = {
        {"regionCode", &OfferProduct::regionCode},
        {"location", &OfferProduct::location},
        {"locationType", &OfferProduct::locationType},
        {"instanceType", &OfferProduct::instanceType},
        {"operatingSystem", &OfferProduct::operatingSystem},
        {"tenancy", &OfferProduct::tenancy},
        {"preInstalledSw", &OfferProduct::preInstalledSw},
        {"capacitystatus", &OfferProduct::capacityStatus},
        {"licenseModel", &OfferProduct::licenseModel},
        {"marketoption", &OfferProduct::marketOption},
        {"usagetype", &OfferProduct::usageType},
        {"operation", &OfferProduct::operation},
        {"deploymentOption", &OfferProduct::deploymentOption},
        {"cacheEngine", &OfferProduct::cacheEngine},
    };
    for (const auto &[attribute, member] : fields)
        if (name == attribute) {
            this->*member = std::move(value);
            return true;
        }
    return false;
}

bool isSupportedOfferCode(std::string_view offerCode)
{
    return offerCode == "AmazonEC2" || offerCode == "AmazonRDS" || offerCode == "AmazonElastiCache";
}

std::optional<OfferPriceItem> classifyOfferProduct(const OfferProduct &product, std::string_view offerCode,
                                                   std::string_view region)
{
    if (!inRegion(product, region))
        return std::nullopt;
    if (offerCode == "AmazonEC2")
        return classifyEc2(product);
    if (offerCode == "AmazonRDS")
        return classifyRds(product);
    if (offerCode == "AmazonElastiCache")
        return classifyElastiCache(product);
    return std::nullopt;
}

} // namespace headroom

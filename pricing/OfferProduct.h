// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace headroom {

// The few fields of one product of an AWS Price List offer file that decide whether Headroom
// prices it and under which key. The importer fills it while streaming and drops every other
// attribute, so a product costs a handful of short strings however large the file.
struct OfferProduct
{
    std::string sku;
    std::string productFamily;
    std::string regionCode;
    std::string location;     // "US East (N. Virginia)": older files have no regionCode
    std::string locationType; // "AWS Region", "AWS Local Zone", ...
    std::string instanceType; // "m6i.large", "db.r6g.large", "cache.r7g.large"
    std::string operatingSystem;
    std::string tenancy;
    std::string preInstalledSw;
    std::string capacityStatus;
    std::string licenseModel;
    std::string marketOption;
    std::string usageType;        // "BoxUsage:m6i.large", "Multi-AZUsage:db.r6g.large", ...
    std::string operation;        // "RunInstances", "CreateDBInstance:0014", ...
    std::string deploymentOption; // "Single-AZ", "Multi-AZ", "Multi-AZ (readable standbys)"
    std::string cacheEngine;      // "Redis", "Valkey", "Memcached"

    // Keeps `value` when `name` is one of the attributes above (spelled as AWS spells it);
    // returns false and ignores it otherwise.
    bool setAttribute(std::string_view name, std::string &&value);
};

// What a kept product becomes in the price book.
struct OfferPriceItem
{
    std::string key;         // "ec2/m6i.large", "rds/postgres/db.r6g.large/multi-az", ...
    std::string description; // "m6i.large, Linux, on-demand"
    std::string unit;        // "instance-hour" or "node-hour"
    std::string service;     // the commitment service: "ec2", "rds", "aurora", "elasticache"
};

// True for the offer codes Headroom imports: AmazonEC2, AmazonRDS, AmazonElastiCache.
bool isSupportedOfferCode(std::string_view offerCode);

// The price-book item a product of offer `offerCode` becomes in `region`, or nothing for the
// products Headroom does not price (other families, regions, operating systems, engines,
// deployments). The filters are those of OfferImporter.h.
std::optional<OfferPriceItem> classifyOfferProduct(const OfferProduct &product, std::string_view offerCode,
                                                   std::string_view region);

} // namespace headroom

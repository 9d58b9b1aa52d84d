// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <string>
#include <string_view>

namespace headroom::price_keys {

// The one place that spells the price book's instance keys (pricing/README.md, "Keys the cost
// model reads"). The cost model asks the book with these, the offer-file importer writes them,
// the right-sizer and the designer's inspector look prices up with them.

// How an RDS instance is deployed: one zone, or a primary with a synchronous standby in another.
enum class Deployment { SingleAz, MultiAz };

// "single-az" or "multi-az", the last part of the RDS keys.
std::string_view deploymentKey(Deployment deployment);

std::string ec2Instance(std::string_view instanceType);  // "ec2/m6i.large"
// "rds/postgres/db.r6g.large/multi-az"; RDS read replicas are Single-AZ instances.
std::string rdsInstance(std::string_view engine, std::string_view instanceClass, Deployment deployment);
std::string rdsStorage(Deployment deployment);           // "rds/storage/gp3/single-az", per GB-month
std::string auroraInstance(std::string_view engine, std::string_view instanceClass);  // "aurora/postgres/db.r6g.large"
std::string elastiCacheNode(std::string_view engine, std::string_view nodeType);      // "elasticache/redis/cache.r6g.large"
std::string openSearchInstance(std::string_view instanceType);  // "opensearch/r6g.large.search"

} // namespace headroom::price_keys

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "PriceBook.h"

#include <istream>
#include <string>

namespace headroom {

// What an import did: how many products it kept and skipped, and why it failed if it did.
struct OfferImportReport
{
    std::string offerCode;            // "AmazonEC2", "AmazonRDS", "AmazonElastiCache"
    std::string publicationDate;
    long long productsKept = 0;       // products that became price entries
    long long productsSkipped = 0;    // other regions, operating systems, families, ...
    long long committedRates = 0;     // committed prices kept (per product and term)
    bool ok = false;
    std::string error;                // "offer.json: byte 1234: syntax error ..." when !ok
};

// Reads an AWS Price List bulk offer file (JSON; see shared/reference/README.md) for EC2, RDS
// or ElastiCache as a stream (nlohmann's SAX interface), so memory stays proportional to the
// products kept, not the file, and adds to `book`:
//  - EC2: Linux, shared tenancy, no pre-installed software, capacitystatus Used, on-demand
//    instance-hour prices, as "ec2/<instanceType>";
//  - RDS: PostgreSQL (CreateDBInstance:0014), MySQL (:0002) Single-AZ and Multi-AZ instance
//    hours as "rds/<engine>/<class>/single-az|multi-az", Aurora PostgreSQL (:0021) as
//    "aurora/postgres/<class>";
//  - ElastiCache: node hours as "elasticache/redis|valkey/<node type>";
// for `region` only. Each entry carries its own SKU's Reserved terms (standard, No Upfront,
// 1yr and 3yr; effective hourly = recurring + upfront ÷ term hours) as committed rates, with the
// offer file as their source: no size's price is derived from another's.
OfferImportReport importOfferFile(std::istream &in, const std::string &fileName,
                                  const std::string &region, PriceBook &book);

} // namespace headroom

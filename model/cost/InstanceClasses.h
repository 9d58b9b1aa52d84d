// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/compile/CompiledModel.h"
#include "model/catalog/InstanceTypes.h"

#include "pricing/PriceBook.h"

#include <string>
#include <string_view>
#include <vector>

namespace headroom {

// Instance classes read as series: the same family and generation in different sizes.
// "m6i.large" and "m6i.4xlarge" are one series ("m6i.*"), as are "db.r6g.large" and
// "db.r6g.16xlarge" ("db.r6g.*") and "r6g.large.search" and "r6g.xlarge.search" ("r6g.*.search").
std::string instanceSeries(const std::string &name);

// The generation token: "m6i" for "m6i.large", "r6g" for "db.r6g.xlarge".
std::string instanceGeneration(const std::string &name);

// Burstable classes (t3, t4g, db.t4g, cache.t4g, t3.*.search) run on CPU credits, which the
// model does not follow: sustained load above their baseline is throttled or billed extra.
bool isBurstable(const std::string &name);

// Graviton (Arm) classes: the generation ends in "g" (m6g, c7g, r7g, t4g, db.r6g, ...).
bool isArm(const std::string &name);

// The classes of `name`'s series that are larger (more vCPUs, then more memory), smallest first.
std::vector<const InstanceType *> largerInSeries(const std::string &family, const std::string &name);

// The price-book key of one instance-hour of `instanceType` for a component of type
// `componentType` (pricing/README.md, "Keys the cost model reads"): ec2/<type> for ec2 and asg,
// rds/<engine>/<class>/<single-az|multi-az> by `multiAz`, aurora/<engine>/<class>,
// elasticache/<engine>/<node type>, opensearch/<type>. Empty for types priced otherwise
// (Lambda, Fargate, managed services). The keys are spelled by pricing/PriceKeys.h.
std::string instancePriceKey(std::string_view componentType, std::string_view engine, bool multiAz,
                             std::string_view instanceType);
std::string instancePriceKey(const CompiledNode &node, const std::string &instanceType);

// Whether the book prices `instanceType` for `node`.
bool hasInstancePrice(const CompiledNode &node, const std::string &instanceType, const PriceBook &book);

} // namespace headroom

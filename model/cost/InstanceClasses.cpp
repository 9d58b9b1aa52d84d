// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/cost/InstanceClasses.h"

#include "pricing/PriceKeys.h"

#include <algorithm>
#include <sstream>

namespace headroom {

namespace {

std::vector<std::string> tokens(const std::string &name)
{
    std::vector<std::string> parts;
    std::stringstream in(name);
    std::string part;
    while (std::getline(in, part, '.'))
        parts.push_back(part);
    return parts;
}

bool isPrefixToken(const std::string &token) { return token == "db" || token == "cache"; }

// Index of the generation token: the first that is not "db" or "cache".
size_t generationIndex(const std::vector<std::string> &parts)
{
    size_t index = 0;
    while (index < parts.size() && isPrefixToken(parts[index]))
        ++index;
    return index;
}

} // namespace

std::string instanceGeneration(const std::string &name)
{
    const auto parts = tokens(name);
    const size_t index = generationIndex(parts);
    return index < parts.size() ? parts[index] : std::string();
}

std::string instanceSeries(const std::string &name)
{
    auto parts = tokens(name);
    const size_t size = generationIndex(parts) + 1;  // the size follows the generation
    if (size < parts.size())
        parts[size] = std::string("*");
    std::string series;
    for (const std::string &part : parts) {
        if (!series.empty())
            series.push_back('.');
        series.append(part);
    }
    return series;
}

bool isBurstable(const std::string &name)
{
    const std::string generation = instanceGeneration(name);
    return !generation.empty() && generation.front() == 't';
}

bool isArm(const std::string &name)
{
    const std::string generation = instanceGeneration(name);
    return generation.size() > 1 && generation.back() == 'g';
}

std::vector<const InstanceType *> largerInSeries(const std::string &family, const std::string &name)
{
    const InstanceType *current = InstanceTypes::builtIn().find(family, name);
    std::vector<const InstanceType *> larger;
    if (!current)
        return larger;
    const std::string series = instanceSeries(name);
    for (const InstanceType *type : InstanceTypes::builtIn().ofFamily(family))
        if (instanceSeries(type->name) == series
            && (type->vcpus > current->vcpus
                || (type->vcpus == current->vcpus && type->memoryGiB > current->memoryGiB)))
            larger.push_back(type);
    std::sort(larger.begin(), larger.end(), [](const InstanceType *a, const InstanceType *b) {
        return a->vcpus != b->vcpus ? a->vcpus < b->vcpus : a->memoryGiB < b->memoryGiB;
    });
    return larger;
}

std::string instancePriceKey(std::string_view componentType, std::string_view engine, bool multiAz,
                             std::string_view instanceType)
{
    using price_keys::Deployment;
    if (componentType == "ec2" || componentType == "asg")
        return price_keys::ec2Instance(instanceType);
    if (componentType == "rds")
        return price_keys::rdsInstance(engine, instanceType, multiAz ? Deployment::MultiAz : Deployment::SingleAz);
    if (componentType == "aurora")
        return price_keys::auroraInstance(engine, instanceType);
    if (componentType == "elasticache")
        return price_keys::elastiCacheNode(engine, instanceType);
    if (componentType == "opensearch")
        return price_keys::openSearchInstance(instanceType);
    return {};
}

std::string instancePriceKey(const CompiledNode &node, const std::string &instanceType)
{
    return instancePriceKey(node.type, node.engine, node.multiAz, instanceType);
}

bool hasInstancePrice(const CompiledNode &node, const std::string &instanceType, const PriceBook &book)
{
    const std::string key = instancePriceKey(node, instanceType);
    if (key.empty() || !book.find(key))
        return false;
    // RDS replicas are billed at the Single-AZ rate, so a Multi-AZ primary needs both.
    if (node.type == "rds" && node.multiAz)
        return book.find(price_keys::rdsInstance(node.engine, instanceType, price_keys::Deployment::SingleAz))
               != nullptr;
    return true;
}

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/import/TerraformEvidence.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <set>

namespace headroom::terraform {

namespace {

// The attributes that name a resource of a type and that others write to point at it:
// every resource's id and arn, and what each type is addressed by. Names that need not be
// unique (tags, an ALB's zone_id, which is its region's load-balancer zone) are left out.
std::vector<const char *> identityKeys(std::string_view type)
{
    static const std::map<std::string_view, std::vector<const char *>> byType = {
        { "aws_lb", { "dns_name" } },
        { "aws_alb", { "dns_name" } },
        { "aws_db_instance", { "address", "endpoint", "identifier" } },
        { "aws_rds_cluster", { "endpoint", "reader_endpoint", "cluster_identifier" } },
        { "aws_rds_cluster_instance", { "endpoint", "identifier" } },
        { "aws_elasticache_replication_group",
          { "primary_endpoint_address", "configuration_endpoint_address", "reader_endpoint_address", "replication_group_id" } },
        { "aws_elasticache_cluster", { "cluster_id", "cluster_address", "configuration_endpoint" } },
        { "aws_s3_bucket", { "bucket", "bucket_regional_domain_name", "bucket_domain_name" } },
        { "aws_lambda_function", { "function_name", "invoke_arn", "qualified_arn" } },
        { "aws_sqs_queue", { "url" } },
        { "aws_cloudfront_distribution", { "domain_name" } },
        { "aws_route53_zone", { "zone_id" } },
        { "aws_db_proxy", { "name", "endpoint" } },
        { "aws_api_gateway_rest_api", { "execution_arn" } },
        { "aws_apigatewayv2_api", { "api_endpoint", "execution_arn" } },
        { "aws_opensearch_domain", { "endpoint" } },
        { "aws_elasticsearch_domain", { "endpoint" } },
        { "aws_launch_template", { "name" } },
        { "aws_launch_configuration", { "name" } },
        { "aws_autoscaling_group", { "name" } },
        { "aws_dynamodb_table", { "stream_arn" } },
    };
    std::vector<const char *> keys = { "id", "arn" };
    if (const auto found = byType.find(type); found != byType.end())
        keys.insert(keys.end(), found->second.begin(), found->second.end());
    return keys;
}

// Short or generic strings ("true", "80", "tcp", "default") would match by accident.
bool distinctive(const std::string &value)
{
    if (value.size() < 6)
        return false;
    return std::any_of(value.begin(), value.end(), [](char c) { return c == '-' || c == '.' || c == ':' || c == '/' || c == '_'; })
        || std::any_of(value.begin(), value.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

void walkStrings(const Json &node, const std::string &path,
                 const std::function<void(const std::string &path, const std::string &value)> &visit)
{
    if (node.is_string()) {
        visit(path, node.get<std::string>());
    } else if (node.is_array()) {
        for (size_t i = 0; i < node.size(); ++i)
            walkStrings(node[i], path + "." + std::to_string(i), visit);
    } else if (node.is_object()) {
        for (const auto &[key, child] : node.items())
            if (key != "tags" && key != "tags_all")
                walkStrings(child, path.empty() ? key : path + "." + key, visit);
    }
}

std::string shortAddress(const PlanResource &resource) { return resource.address; }

} // namespace

std::string normalizedIdentity(std::string value)
{
    std::transform(value.begin(), value.end(), value.begin(), [](unsigned char c) { return std::tolower(c); });
    for (const char *scheme : { "https://", "http://" })
        if (value.rfind(scheme, 0) == 0 && value.find('/', std::string_view(scheme).size()) == std::string::npos)
            value.erase(0, std::string_view(scheme).size());
    while (!value.empty() && value.back() == '.')
        value.pop_back();
    if (value.rfind("dualstack.", 0) == 0)
        value.erase(0, 10);
    // A host name with a port ("db.abc.rds.amazonaws.com:5432"); ARNs keep their colons.
    if (value.rfind("arn:", 0) != 0)
        if (const size_t colon = value.rfind(':'); colon != std::string::npos && colon + 1 < value.size()
            && std::all_of(value.begin() + static_cast<long>(colon) + 1, value.end(),
                           [](unsigned char c) { return std::isdigit(c); }))
            value.erase(colon);
    return value;
}

EvidenceGraph::EvidenceGraph(const Plan &plan) : m_plan(plan)
{
    const std::vector<PlanResource> &resources = plan.resources();
    m_links.resize(resources.size());
    std::map<std::string, std::vector<size_t>> byConfig;
    for (size_t i = 0; i < resources.size(); ++i)
        byConfig[resources[i].configAddress].push_back(i);

    std::set<std::pair<size_t, size_t>> linked;
    auto add = [&](size_t from, size_t to, std::string attribute, std::string how) {
        if (from == to || !linked.insert({ from, to }).second)
            return;
        Evidence evidence{ from, to, std::move(attribute), std::move(how) };
        m_links[from].push_back(evidence);
        m_links[to].push_back(std::move(evidence));
    };

    // 1. Configuration references. A reference names every instance of a counted resource:
    // the configuration does not say which; instances of one module instance keep to theirs.
    for (size_t i = 0; i < resources.size(); ++i)
        for (const ConfigReference &reference : plan.referencesOf(resources[i].configAddress)) {
            const auto targets = byConfig.find(reference.targetConfigAddress);
            if (targets == byConfig.end())
                continue;
            for (size_t target : targets->second) {
                const std::string &ownModule = resources[i].moduleAddress;
                const std::string &theirModule = resources[target].moduleAddress;
                if (withoutInstanceKeys(ownModule) == withoutInstanceKeys(theirModule) && ownModule != theirModule)
                    continue;
                add(i, target, reference.attribute, "configuration reference (" + (reference.attribute.empty() ? std::string("an expression")
                                                                                            : reference.attribute) + ")");
            }
        }

    // 2. Known values: hash every identity, then look every string value up once.
    // A value two resources both claim (a listener's id is its ARN) names neither for sure.
    std::set<std::string> ambiguous;
    for (size_t i = 0; i < resources.size(); ++i) {
        for (const char *key : identityKeys(resources[i].type))
            if (const Json *value = valueAt(*resources[i].values, key); value && value->is_string()) {
                const std::string normalized = normalizedIdentity(value->get<std::string>());
                if (!distinctive(normalized) || ambiguous.contains(normalized))
                    continue;
                const auto [at, inserted] = m_identities.try_emplace(normalized, i, key);
                if (!inserted && at->second.first != i) {
                    m_identities.erase(at);
                    ambiguous.insert(normalized);
                }
            }
    }
    for (size_t i = 0; i < resources.size(); ++i)
        walkStrings(*resources[i].values, "", [&](const std::string &path, const std::string &value) {
            const auto found = m_identities.find(normalizedIdentity(value));
            if (found == m_identities.end() || found->second.first == i)
                return;
            add(i, found->second.first, path, "value match: " + path + " is " + shortAddress(resources[found->second.first])
                                            + "'s " + found->second.second);
        });
}

std::vector<size_t> EvidenceGraph::linkedOfType(size_t index, std::string_view type) const
{
    std::vector<size_t> result;
    for (const Evidence &evidence : m_links[index]) {
        const size_t other = evidence.from == index ? evidence.to : evidence.from;
        if (m_plan.resources()[other].type == type && std::find(result.begin(), result.end(), other) == result.end())
            result.push_back(other);
    }
    std::sort(result.begin(), result.end());
    return result;
}

long long EvidenceGraph::resourceWithIdentity(const std::string &value) const
{
    const auto found = m_identities.find(normalizedIdentity(value));
    return found == m_identities.end() ? -1 : static_cast<long long>(found->second.first);
}

} // namespace headroom::terraform

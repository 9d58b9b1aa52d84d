// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/import/TerraformConnections.h"

#include "model/core/NumberText.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>

namespace headroom::terraform {

namespace {

bool isDataTier(const std::string &type) { return flowRank(type) >= 9; }

bool isCompute(const std::string &type)
{
    return type == "ec2" || type == "asg" || type == "ecs_fargate" || type == "service" || type == "lambda";
}

bool isDatabase(const std::string &type) { return type == "rds" || type == "aurora" || type == "rds_proxy"; }

class Inference
{
public:
    Inference(const Plan &plan, const EvidenceGraph &evidence, const ComponentMapping &mapping)
        : m_plan(plan), m_evidence(evidence), m_mapping(mapping)
    {
    }

    std::vector<InferredConnection> run()
    {
        for (size_t c = 0; c < m_mapping.components.size(); ++c)
            linksFrom(c);
        for (size_t i = 0; i < m_plan.resources().size(); ++i) {
            const std::string &type = m_plan.resources()[i].type;
            if (type == "aws_security_group")
                inlineRules(i);
            else if (type == "aws_security_group_rule" || type == "aws_vpc_security_group_ingress_rule")
                separateRule(i);
            else if (type == "aws_lambda_event_source_mapping")
                eventSourceMapping(i);
        }
        preferProxy();
        cacheAside();
        std::vector<InferredConnection> result;
        for (auto &[pair, connection] : m_connections)
            result.push_back(std::move(connection));
        std::sort(result.begin(), result.end(), [](const InferredConnection &a, const InferredConnection &b) {
            return std::pair(a.from, a.to) < std::pair(b.from, b.to);
        });
        return result;
    }

private:
    const Plan &m_plan;
    const EvidenceGraph &m_evidence;
    const ComponentMapping &m_mapping;
    std::map<std::pair<size_t, size_t>, InferredConnection> m_connections;
    std::set<std::pair<size_t, size_t>> m_refused;  // pairs an explicit rule turned around

    const std::string &typeOf(size_t component) const { return m_mapping.components[component].component.type; }

    void connect(size_t from, size_t to, const std::string &how)
    {
        if (from == to || typeOf(to) == "users" || m_refused.contains({ from, to }))
            return;
        InferredConnection &connection = m_connections[{ from, to }];
        connection.from = from;
        connection.to = to;
        // A chain found from both ends lists its steps in either order: keep one of them.
        const std::string key = chainKey(how);
        if (std::none_of(connection.evidence.begin(), connection.evidence.end(),
                         [&](const std::string &known) { return chainKey(known) == key; }))
            connection.evidence.push_back(how);
    }

    static std::string chainKey(const std::string &how)
    {
        std::vector<std::string> steps;
        size_t start = 0;
        while (true) {
            const size_t end = how.find("; ", start);
            steps.push_back(how.substr(start, end == std::string::npos ? std::string::npos : end - start));
            if (end == std::string::npos)
                break;
            start = end + 2;
        }
        std::sort(steps.begin(), steps.end());
        std::string key;
        for (const std::string &step : steps)
            key += step + "\n";
        return key;
    }

    // Decides the direction of a link between two components from their place in the flow.
    void link(size_t a, size_t b, bool aNamesB, bool direct, const std::string &how)
    {
        const int rankA = flowRank(typeOf(a)), rankB = flowRank(typeOf(b));
        if (rankA == rankB) {
            if (!direct || isDataTier(typeOf(a)))
                return;  // two services, two stores: only a reference says who calls whom
            if (aNamesB)
                connect(a, b, how);
            else
                connect(b, a, how);
            return;
        }
        const size_t caller = rankA < rankB ? a : b, callee = rankA < rankB ? b : a;
        if (isDataTier(typeOf(caller)))
            return;  // data stores do not call each other (a replica is folded into its source)
        connect(caller, callee, how);
    }

    // Breadth-first from each resource of component `c` through pass-through resources to
    // the next components: A names B, or A → listener → target group → B.
    void linksFrom(size_t c)
    {
        struct Step
        {
            size_t resource;
            std::string how;
            bool named;   // the first step: c's resource names the next
            int depth;
        };
        for (size_t start : m_mapping.components[c].resources) {
            std::deque<Step> queue{ { start, "", false, 0 } };
            std::set<size_t> visited{ start };
            while (!queue.empty()) {
                const Step step = queue.front();
                queue.pop_front();
                for (const Evidence &evidence : m_evidence.of(step.resource)) {
                    const size_t next = evidence.from == step.resource ? evidence.to : evidence.from;
                    if (!visited.insert(next).second)
                        continue;
                    const std::string how = step.how.empty() ? describe(evidence) : step.how + "; " + describe(evidence);
                    const bool named = step.depth == 0 ? evidence.from == step.resource : step.named;
                    const long long component = m_mapping.componentOf[next];
                    if (component >= 0) {
                        if (static_cast<size_t>(component) != c)
                            link(c, static_cast<size_t>(component), named, step.depth == 0, how);
                        continue;
                    }
                    if (m_mapping.role[next] == ResourceRole::PassThrough && step.depth < 4)
                        queue.push_back({ next, how, named, step.depth + 1 });
                }
            }
        }
    }

    std::string describe(const Evidence &evidence) const
    {
        return m_plan.resources()[evidence.from].address + " → " + m_plan.resources()[evidence.to].address + " by "
            + evidence.how;
    }

    // The components a security group's resource is attached to.
    std::vector<size_t> membersOf(size_t group) const
    {
        std::vector<size_t> members;
        for (const Evidence &evidence : m_evidence.of(group)) {
            const size_t other = evidence.from == group ? evidence.to : evidence.from;
            const long long component = m_mapping.componentOf[other];
            if (component >= 0 && evidence.from == other
                && std::find(members.begin(), members.end(), static_cast<size_t>(component)) == members.end())
                members.push_back(static_cast<size_t>(component));
        }
        return members;
    }

    // The security group `rule` names in `attribute` (by known ID or configuration reference).
    long long groupNamedBy(size_t rule, std::string_view attribute) const
    {
        for (const Evidence &evidence : m_evidence.of(rule))
            if (evidence.from == rule && m_plan.resources()[evidence.to].type == "aws_security_group"
                && evidence.attribute.rfind(attribute, 0) == 0)
                return static_cast<long long>(evidence.to);
        return -1;
    }

    void allow(size_t sourceGroup, size_t targetGroup, const Json *port, const std::string &ruleAddress)
    {
        std::string portText;
        if (port && port->is_number())
            portText = " port " + plainText(port->get<double>()) + " (" + protocolHint(port->get<double>()) + ")";
        const std::string how = "security group rule " + ruleAddress + ": " + m_plan.resources()[sourceGroup].address
            + " may reach " + m_plan.resources()[targetGroup].address + portText;
        for (size_t caller : membersOf(sourceGroup))
            for (size_t callee : membersOf(targetGroup))
                if (caller != callee && flowRank(typeOf(caller)) <= flowRank(typeOf(callee)) && !isDataTier(typeOf(caller)))
                    connect(caller, callee, how);
    }

    void inlineRules(size_t group)
    {
        const Json *ingress = valueAt(*m_plan.resources()[group].values, "ingress");
        if (!ingress || !ingress->is_array())
            return;
        for (const Json &rule : *ingress) {
            const Json *sources = valueAt(rule, "security_groups");
            if (!sources || !sources->is_array())
                continue;
            for (const Json &source : *sources) {
                if (!source.is_string())
                    continue;
                const long long from = m_evidence.resourceWithIdentity(source.get<std::string>());
                if (from >= 0 && static_cast<size_t>(from) != group)
                    allow(static_cast<size_t>(from), group, valueAt(rule, "from_port"), m_plan.resources()[group].address);
            }
        }
    }

    void separateRule(size_t rule)
    {
        const PlanResource &resource = m_plan.resources()[rule];
        if (resource.type == "aws_security_group_rule") {
            const Json *direction = valueAt(*resource.values, "type");
            if (!direction || !direction->is_string() || direction->get<std::string>() != "ingress")
                return;
        }
        const long long target = groupNamedBy(rule, "security_group_id");
        const long long source = groupNamedBy(rule, resource.type == "aws_security_group_rule" ? "source_security_group_id"
                                                                                                 : "referenced_security_group_id");
        if (target >= 0 && source >= 0 && target != source)
            allow(static_cast<size_t>(source), static_cast<size_t>(target), valueAt(*resource.values, "from_port"),
                  resource.address);
    }

    // A queue (or stream) that invokes a function: the one link whose direction is written down.
    void eventSourceMapping(size_t mapping)
    {
        long long source = -1, function = -1;
        for (const Evidence &evidence : m_evidence.of(mapping)) {
            if (evidence.from != mapping)
                continue;
            const long long component = m_mapping.componentOf[evidence.to];
            if (evidence.attribute.rfind("event_source_arn", 0) == 0)
                source = component;
            else if (evidence.attribute.rfind("function_name", 0) == 0)
                function = component;
        }
        if (source < 0 || function < 0)
            return;
        const size_t from = static_cast<size_t>(source), to = static_cast<size_t>(function);
        m_connections.erase({ to, from });  // the function does not call its own trigger
        m_refused.insert({ to, from });
        connect(from, to, "event source mapping " + m_plan.resources()[mapping].address);
    }

    // A service that reaches a database both through its RDS Proxy and around it (a security
    // group that lets it reach both) is taken to use the proxy.
    void preferProxy()
    {
        std::vector<std::pair<size_t, size_t>> bypasses;
        for (const auto &[pair, connection] : m_connections) {
            if (typeOf(pair.first) != "rds_proxy")
                continue;
            for (const auto &[other, unused] : m_connections)
                if (other.second == pair.first && m_connections.contains({ other.first, pair.second }))
                    bypasses.push_back({ other.first, pair.second });
        }
        for (const auto &bypass : bypasses) {
            m_connections.erase(bypass);
            m_refused.insert(bypass);
        }
    }

    // A service that reaches a cache and a database reads through the cache: hits end there,
    // misses go on to the database; writes go to the database.
    void cacheAside()
    {
        std::vector<std::pair<size_t, size_t>> serviceCache;
        for (const auto &[pair, connection] : m_connections)
            if (isCompute(typeOf(pair.first)) && typeOf(pair.second) == "elasticache")
                serviceCache.push_back(pair);
        for (const auto &[service, cache] : serviceCache)
            for (auto &[pair, connection] : m_connections) {
                if (pair.first != service || !isDatabase(typeOf(pair.second)))
                    continue;
                const size_t database = pair.second;
                connection.trafficClass = TrafficClass::Write;
                connection.evidence.push_back("assumed: writes go straight to the database (cache-aside)");
                m_connections[{ service, cache }].trafficClass = TrafficClass::Read;
                m_connections[{ service, cache }].evidence.push_back("assumed: reads go to the cache first (cache-aside)");
                InferredConnection &miss = m_connections[{ cache, database }];
                miss.from = cache;
                miss.to = database;
                miss.evidence.push_back("assumed: cache misses read the database (cache-aside)");
            }
        for (auto &[pair, connection] : m_connections)
            if (typeOf(pair.second) == "sqs" && isCompute(typeOf(pair.first))) {
                connection.async = true;
                connection.evidence.push_back("assumed: sending to a queue is off the request path (async)");
            }
    }
};

} // namespace

std::string protocolHint(double port)
{
    static const std::map<int, const char *> known = {
        { 80, "HTTP" },     { 443, "HTTPS" },        { 8080, "HTTP" },       { 8443, "HTTPS" },
        { 3306, "MySQL" },  { 5432, "PostgreSQL" },  { 6379, "Redis" },      { 11211, "Memcached" },
        { 9200, "OpenSearch" }, { 1433, "SQL Server" }, { 1521, "Oracle" }, { 27017, "MongoDB" },
    };
    const auto found = known.find(static_cast<int>(port));
    return found == known.end() ? "TCP" : found->second;
}

std::vector<InferredConnection> inferConnections(const Plan &plan, const EvidenceGraph &evidence,
                                                 const ComponentMapping &mapping)
{
    return Inference(plan, evidence, mapping).run();
}

} // namespace headroom::terraform

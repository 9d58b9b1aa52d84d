// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/import/TerraformComponents.h"

#include "model/catalog/Catalog.h"
#include "model/catalog/InstanceTypes.h"
#include "model/core/NumberText.h"
#include "model/core/TextLimits.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <set>

namespace headroom::terraform {

namespace {

bool startsWith(std::string_view text, std::string_view prefix) { return text.rfind(prefix, 0) == 0; }

// Resources that carry traffic from one component to another without being one.
bool passesThrough(std::string_view type)
{
    static const std::set<std::string_view> types = {
        "aws_lb_listener", "aws_lb_listener_rule", "aws_lb_target_group", "aws_lb_target_group_attachment",
        "aws_alb_listener", "aws_alb_listener_rule", "aws_alb_target_group", "aws_alb_target_group_attachment",
        "aws_autoscaling_attachment", "aws_route53_record", "aws_db_proxy_target", "aws_db_proxy_default_target_group",
        "aws_lambda_permission",
    };
    if (types.contains(type))
        return true;
    return (startsWith(type, "aws_api_gateway_") || startsWith(type, "aws_apigatewayv2_")) && type != "aws_api_gateway_rest_api"
        && type != "aws_apigatewayv2_api";
}

bool isWiring(std::string_view type)
{
    static const std::set<std::string_view> types = {
        "aws_launch_template", "aws_launch_configuration", "aws_security_group", "aws_security_group_rule",
        "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule", "aws_lambda_event_source_mapping",
    };
    return types.contains(type);
}

std::string jsonPointerPath(std::string_view path)
{
    std::string pointer;
    for (char c : path)
        pointer += c == '.' ? '/' : c;
    return "/" + pointer;
}

// Reads a resource's planned values, never one that is unknown until apply or sensitive:
// those are warnings naming their place, and the caller's default stands in.
class ValueReader
{
public:
    ValueReader(const PlanResource &resource, const std::string &fileName, std::vector<std::string> &warnings)
        : m_resource(resource), m_fileName(fileName), m_warnings(warnings)
    {
    }

    // A value the plan leaves to AWS (a computed default such as a root volume's size or a
    // standalone cluster's empty replication group) is read quietly: its absence is no news.
    const Json *optional(std::string_view path)
    {
        if (markedAt(m_resource.sensitive, path))
            return nullptr;
        const Json *value = valueAt(*m_resource.values, path);
        return value && !value->is_null() ? value : nullptr;
    }

    std::optional<std::string> optionalText(std::string_view path)
    {
        const Json *value = optional(path);
        if (value && value->is_string() && !value->get<std::string>().empty())
            return value->get<std::string>();
        return std::nullopt;
    }

    std::optional<double> optionalNumber(std::string_view path)
    {
        const Json *value = optional(path);
        if (value && value->is_number() && std::isfinite(value->get<double>()))
            return value->get<double>();
        return std::nullopt;
    }

    const Json *at(std::string_view path, std::string_view standIn)
    {
        if (markedAt(m_resource.sensitive, path)) {
            warn(m_resource.pointer + "/sensitive_values" + jsonPointerPath(path),
                 std::string(path) + " is sensitive and is not read; " + std::string(standIn) + " stands in");
            return nullptr;
        }
        const Json *value = valueAt(*m_resource.values, path);
        if ((!value || value->is_null()) && markedAt(m_resource.unknown, path)) {
            warn((m_resource.changePointer.empty() ? m_resource.pointer : m_resource.changePointer + "/after_unknown")
                     + jsonPointerPath(path),
                 std::string(path) + " is known only after apply; " + std::string(standIn) + " stands in");
            return nullptr;
        }
        return value && !value->is_null() ? value : nullptr;
    }

    std::optional<std::string> text(std::string_view path, std::string_view standIn)
    {
        const Json *value = at(path, standIn);
        if (value && value->is_string() && !value->get<std::string>().empty())
            return value->get<std::string>();
        return std::nullopt;
    }

    std::optional<double> number(std::string_view path, std::string_view standIn)
    {
        const Json *value = at(path, standIn);
        if (value && value->is_number() && std::isfinite(value->get<double>()))
            return value->get<double>();
        if (value && value->is_string()) {  // Terraform writes some numbers as strings
            try {
                size_t used = 0;
                const double parsed = std::stod(value->get<std::string>(), &used);
                if (used == value->get<std::string>().size() && std::isfinite(parsed))
                    return parsed;
            } catch (...) {
            }
        }
        return std::nullopt;
    }

    std::optional<bool> flag(std::string_view path, std::string_view standIn)
    {
        const Json *value = at(path, standIn);
        if (value && value->is_boolean())
            return value->get<bool>();
        return std::nullopt;
    }

    void warn(const std::string &pointer, const std::string &message)
    {
        m_warnings.push_back(m_fileName + ": " + pointer + ": " + m_resource.address + ": " + message);
    }

private:
    const PlanResource &m_resource;
    const std::string &m_fileName;
    std::vector<std::string> &m_warnings;
};

std::string catalogDefaultText(const std::string &componentType, const std::string &param)
{
    const ComponentSpec *spec = Catalog::builtIn().find(componentType);
    const ParamSpec *paramSpec = spec ? spec->param(param) : nullptr;
    if (!paramSpec || !paramSpec->defaultValue)
        return "the catalog's default";
    if (const auto *text = std::get_if<std::string>(&*paramSpec->defaultValue))
        return *text + " (the catalog's default)";
    if (const auto *number = std::get_if<double>(&*paramSpec->defaultValue))
        return plainText(*number) + " (the catalog's default)";
    return "the catalog's default";
}

class Mapper
{
public:
    Mapper(const Plan &plan, const EvidenceGraph &evidence, const std::string &fileName)
        : m_plan(plan), m_evidence(evidence), m_fileName(fileName)
    {
        const size_t count = plan.resources().size();
        m_result.componentOf.assign(count, -1);
        m_result.role.assign(count, ResourceRole::Unmodelled);
        m_result.unmodelledReason.assign(count, "");
    }

    ComponentMapping run()
    {
        const auto &resources = m_plan.resources();
        // Primaries before what folds into them: replicas, cluster instances, cache members.
        for (size_t i = 0; i < resources.size(); ++i)
            mapResource(i);
        for (size_t i = 0; i < resources.size(); ++i)
            foldResource(i);
        for (size_t i = 0; i < resources.size(); ++i)
            if (m_result.role[i] == ResourceRole::Unmodelled && m_result.unmodelledReason[i].empty())
                m_result.unmodelledReason[i] = "not a component Headroom models";
        return std::move(m_result);
    }

private:
    const Plan &m_plan;
    const EvidenceGraph &m_evidence;
    const std::string &m_fileName;
    ComponentMapping m_result;
    std::set<std::string> m_ids;
    std::map<std::string, size_t> m_instanceGroups;  // (module, config address, type) → component

    ValueReader reader(size_t index) { return ValueReader(m_plan.resources()[index], m_fileName, m_result.warnings); }

    std::string uniqueId(const PlanResource &resource, const std::string &componentType)
    {
        auto clean = [](const std::string &text) {
            std::string id;
            for (unsigned char c : text)
                id += std::isalnum(c) ? static_cast<char>(std::tolower(c)) : '-';
            while (id.find("--") != std::string::npos)
                id.erase(id.find("--"), 1);
            while (!id.empty() && id.front() == '-')
                id.erase(0, 1);
            while (!id.empty() && id.back() == '-')
                id.pop_back();
            // Short enough for the file format with a "-2" suffix (TextLimits.h); ids are ASCII.
            return id.empty() ? std::string("component") : id.substr(0, kMaxNameLength - 20);
        };
        std::string id = clean(resource.name);
        if (m_ids.contains(id) && !resource.moduleAddress.empty())
            id = clean(withoutInstanceKeys(resource.moduleAddress).substr(7) + "-" + resource.name);
        if (m_ids.contains(id))
            id = clean(resource.name + "-" + componentType);
        const std::string base = id;
        for (int n = 2; m_ids.contains(id); ++n)
            id = base + "-" + std::to_string(n);
        m_ids.insert(id);
        return id;
    }

    std::string labelOf(size_t index)
    {
        const PlanResource &resource = m_plan.resources()[index];
        if (!markedAt(resource.sensitive, "tags"))
            if (const Json *name = valueAt(*resource.values, "tags.Name"); name && name->is_string()
                && !name->get<std::string>().empty())
                return name->get<std::string>();
        if (resource.type == "aws_route53_zone")  // a zone is known by its domain
            if (const Json *domain = valueAt(*resource.values, "name"); domain && domain->is_string()
                && !domain->get<std::string>().empty())
                return domain->get<std::string>();
        return resource.name;
    }

    size_t addComponent(size_t index, const std::string &type)
    {
        const PlanResource &resource = m_plan.resources()[index];
        ImportedComponent imported;
        imported.component.id = uniqueId(resource, type);
        imported.component.type = type;
        imported.component.label = truncatedToCharacters(labelOf(index), kMaxNameLength);
        imported.group = truncatedToCharacters(resource.moduleAddress, kMaxNameLength);
        imported.resources.push_back(index);
        m_result.components.push_back(std::move(imported));
        const size_t component = m_result.components.size() - 1;
        m_result.componentOf[index] = static_cast<long long>(component);
        m_result.role[index] = ResourceRole::Component;
        return component;
    }

    ImportedComponent &component(size_t index) { return m_result.components[index]; }

    // Sets instance_type when Headroom's table knows it; otherwise the default stands in, said so.
    void setInstanceType(size_t componentIndex, size_t resourceIndex, const std::optional<std::string> &name,
                         const std::string &family, const std::string &attribute)
    {
        ImportedComponent &imported = component(componentIndex);
        if (!name)
            return;
        if (InstanceTypes::builtIn().find(family, *name)) {
            imported.component.params["instance_type"] = *name;
            return;
        }
        reader(resourceIndex).warn(m_plan.resources()[resourceIndex].pointer + "/values/" + attribute,
                                   attribute + " \"" + *name + "\" is not in Headroom's instance-type table; "
                                       + catalogDefaultText(imported.component.type, "instance_type")
                                       + " stands in (set instance_type and vcpus in the usage file)");
    }

    void setCount(size_t componentIndex, const char *param, std::optional<double> value)
    {
        if (value && *value >= 0.0 && std::floor(*value) == *value)
            component(componentIndex).component.params[param] = *value;
    }

    void mapResource(size_t i)
    {
        const PlanResource &resource = m_plan.resources()[i];
        const std::string &type = resource.type;
        if (passesThrough(type)) {
            m_result.role[i] = ResourceRole::PassThrough;
            return;
        }
        if (isWiring(type)) {
            m_result.role[i] = ResourceRole::Wiring;
            return;
        }
        ValueReader values = reader(i);
        if (type == "aws_instance") {
            mapInstance(i);
        } else if (type == "aws_autoscaling_group") {
            mapAutoScalingGroup(i);
        } else if (type == "aws_lb" || type == "aws_alb") {
            const std::string kind = values.text("load_balancer_type", "application").value_or("application");
            if (kind == "application") {
                addComponent(i, "alb");
            } else {
                m_result.role[i] = ResourceRole::PassThrough;
                m_result.unmodelledReason[i] = "a " + kind + " load balancer: Headroom models Application Load Balancers; "
                                               "its connections pass through it, and it is not priced";
            }
        } else if (type == "aws_db_instance") {
            if (values.optionalText("replicate_source_db").has_value())
                return;  // a read replica, folded into its source below
            mapDatabaseInstance(i);
        } else if (type == "aws_rds_cluster") {
            mapCluster(i);
        } else if (type == "aws_rds_cluster_instance") {
            return;  // folded into its cluster below
        } else if (type == "aws_elasticache_replication_group") {
            const size_t c = addComponent(i, "elasticache");
            setInstanceType(c, i, values.text("node_type", "the catalog's node type"), "elasticache", "node_type");
            std::optional<double> nodes = values.number("num_cache_clusters", "one node");
            if (!nodes) {
                const auto groups = values.number("num_node_groups", "one shard");
                const auto replicas = values.number("replicas_per_node_group", "no replicas");
                if (groups)
                    nodes = *groups * (1.0 + replicas.value_or(0.0));
            }
            setCount(c, "instances", nodes);
            setCacheEngine(c, i);
        } else if (type == "aws_elasticache_cluster") {
            if (values.optionalText("replication_group_id").has_value())
                return;  // a member of a replication group, folded below
            const size_t c = addComponent(i, "elasticache");
            setInstanceType(c, i, values.text("node_type", "the catalog's node type"), "elasticache", "node_type");
            setCount(c, "instances", values.number("num_cache_nodes", "one node"));
            setCacheEngine(c, i);
        } else if (type == "aws_sqs_queue") {
            const size_t c = addComponent(i, "sqs");
            if (values.flag("fifo_queue", "a standard queue").value_or(false))
                component(c).component.params["fifo"] = true;
        } else if (type == "aws_lambda_function") {
            const size_t c = addComponent(i, "lambda");
            if (const auto memory = values.number("memory_size", "512 MB (the catalog's default)"))
                component(c).component.params["memory_mb"] = *memory;
            if (const auto architecture = values.text("architectures.0", "x86_64"))
                if (*architecture == "arm64" || *architecture == "x86_64")
                    component(c).component.params["architecture"] = *architecture;
        } else if (type == "aws_s3_bucket") {
            addComponent(i, "s3");
        } else if (type == "aws_cloudfront_distribution") {
            addComponent(i, "cloudfront");
        } else if (type == "aws_route53_zone") {
            addComponent(i, "route53");
        } else if (type == "aws_dynamodb_table") {
            mapDynamoTable(i);
        } else if (type == "aws_opensearch_domain" || type == "aws_elasticsearch_domain") {
            const size_t c = addComponent(i, "opensearch");
            setInstanceType(c, i, values.text("cluster_config.0.instance_type", "the catalog's node type"), "opensearch",
                            "cluster_config.0.instance_type");
            setCount(c, "instances", values.number("cluster_config.0.instance_count", "two nodes"));
            if (const auto size = values.number("ebs_options.0.volume_size", "20 GB"))
                component(c).component.params["storage_gb"] = *size;
        } else if (type == "aws_db_proxy") {
            addComponent(i, "rds_proxy");
        } else if (type == "aws_nat_gateway") {
            addComponent(i, "nat_gateway");
        } else if (type == "aws_api_gateway_rest_api") {
            const size_t c = addComponent(i, "api_gateway");
            component(c).component.params["api_type"] = std::string("rest");
        } else if (type == "aws_apigatewayv2_api") {
            const std::string protocol = values.text("protocol_type", "HTTP").value_or("HTTP");
            if (protocol == "WEBSOCKET") {
                m_result.unmodelledReason[i] = "a WebSocket API: Headroom models REST and HTTP APIs";
                return;
            }
            const size_t c = addComponent(i, "api_gateway");
            component(c).component.params["api_type"] = std::string("http");
        }
    }

    void setCacheEngine(size_t c, size_t i)
    {
        const std::string engine = reader(i).text("engine", "Redis OSS").value_or("redis");
        if (engine == "valkey") {
            component(c).component.params["engine"] = engine;
        } else if (engine == "memcached") {
            component(c).notes.push_back("Memcached nodes are priced at Redis OSS node rates (AWS lists the same "
                                         "on-demand node-hour prices for both)");
        }
    }

    void mapInstance(size_t i)
    {
        const PlanResource &resource = m_plan.resources()[i];
        ValueReader values = reader(i);
        const std::optional<std::string> instanceType = values.text("instance_type", catalogDefaultText("ec2", "instance_type"));
        // count and for_each instances of one resource with one size are one pool of instances.
        const std::string key = resource.moduleAddress + "|" + resource.configAddress + "|" + instanceType.value_or("");
        if (const auto pool = m_instanceGroups.find(key); pool != m_instanceGroups.end()) {
            ImportedComponent &imported = component(pool->second);
            imported.resources.push_back(i);
            imported.component.params["instances"] = static_cast<double>(imported.resources.size());
            m_result.componentOf[i] = static_cast<long long>(pool->second);
            m_result.role[i] = ResourceRole::Component;
            return;
        }
        const size_t c = addComponent(i, "ec2");
        m_instanceGroups[key] = c;
        component(c).component.params["instances"] = 1.0;
        setInstanceType(c, i, instanceType, "ec2", "instance_type");
        if (const auto volume = values.optionalNumber("root_block_device.0.volume_size"))
            component(c).component.params["ebs_gb"] = *volume;
    }

    void mapAutoScalingGroup(size_t i)
    {
        ValueReader values = reader(i);
        const size_t c = addComponent(i, "asg");
        const auto low = values.number("min_size", "2 (the catalog's default)");
        const auto high = values.number("max_size", "10 (the catalog's default)");
        setCount(c, "min_instances", low);
        setCount(c, "max_instances", high);
        if (const auto desired = values.number("desired_capacity", "none"))
            component(c).notes.push_back("desired capacity " + plainText(*desired)
                                         + " read; the model scales the group between its minimum and maximum");
        // The instance type comes from the launch template or configuration the group names.
        std::vector<size_t> templates = m_evidence.linkedOfType(i, "aws_launch_template");
        for (size_t other : m_evidence.linkedOfType(i, "aws_launch_configuration"))
            templates.push_back(other);
        if (templates.empty()) {
            if (const auto mixed = values.text("mixed_instances_policy.0.launch_template.0.override.0.instance_type",
                                               catalogDefaultText("asg", "instance_type")))
                setInstanceType(c, i, mixed, "ec2", "mixed_instances_policy.0.launch_template.0.override.0.instance_type");
            else
                values.warn(m_plan.resources()[i].pointer + "/values/launch_template",
                            "no launch template or configuration found for the group; "
                                + catalogDefaultText("asg", "instance_type") + " stands in");
            return;
        }
        const size_t source = templates.front();
        component(c).resources.push_back(source);
        m_result.componentOf[source] = static_cast<long long>(c);
        setInstanceType(c, source, reader(source).text("instance_type", catalogDefaultText("asg", "instance_type")), "ec2",
                        "instance_type");
        component(c).notes.push_back("instance type from " + m_plan.resources()[source].address);
    }

    void mapDatabaseInstance(size_t i)
    {
        ValueReader values = reader(i);
        const std::string engine = values.text("engine", "PostgreSQL").value_or("postgres");
        const bool aurora = startsWith(engine, "aurora");
        const size_t c = addComponent(i, aurora ? "aurora" : "rds");
        setEngine(c, i, engine);
        setInstanceType(c, i, values.text("instance_class", catalogDefaultText("rds", "instance_type")), "rds",
                        "instance_class");
        if (values.flag("multi_az", "Single-AZ").value_or(false))
            component(c).component.params["multi_az"] = true;
        if (const auto storage = values.number("allocated_storage", "20 GB (the catalog's default)"))
            component(c).component.params["storage_gb"] = *storage;
    }

    void setEngine(size_t c, size_t i, const std::string &engine)
    {
        ImportedComponent &imported = component(c);
        if (engine.find("postgres") != std::string::npos) {
            imported.component.params["engine"] = std::string("postgres");
        } else if (engine.find("mysql") != std::string::npos || engine == "aurora") {
            imported.component.params["engine"] = std::string("mysql");
        } else if (engine == "mariadb") {
            imported.component.params["engine"] = std::string("mysql");
            imported.notes.push_back("MariaDB is modelled and priced as MySQL (AWS lists the same instance prices)");
        } else {
            reader(i).warn(m_plan.resources()[i].pointer + "/values/engine",
                           "engine \"" + engine + "\" is not in Headroom's price book; it is modelled and priced as "
                           "PostgreSQL (licence-included prices are higher)");
        }
    }

    void mapCluster(size_t i)
    {
        ValueReader values = reader(i);
        const std::string engine = values.text("engine", "Aurora MySQL").value_or("aurora");
        const bool aurora = startsWith(engine, "aurora");
        const size_t c = addComponent(i, aurora ? "aurora" : "rds");
        setEngine(c, i, engine);
        if (!aurora) {
            // A Multi-AZ DB cluster: a writer and two readable standbys.
            component(c).component.params["multi_az"] = true;
            component(c).notes.push_back("a Multi-AZ DB cluster, modelled as a Multi-AZ instance");
        }
        if (const auto storage = values.optionalNumber("allocated_storage"))  // Aurora's grows by itself
            component(c).component.params["storage_gb"] = *storage;
    }

    void mapDynamoTable(size_t i)
    {
        ValueReader values = reader(i);
        const size_t c = addComponent(i, "dynamodb");
        if (values.text("billing_mode", "PAY_PER_REQUEST").value_or("PAY_PER_REQUEST") == "PROVISIONED") {
            if (const auto reads = values.number("read_capacity", "the on-demand quota"); reads && *reads > 0)
                component(c).component.params["table_read_units_per_s"] = *reads;
            if (const auto writes = values.number("write_capacity", "the on-demand quota"); writes && *writes > 0)
                component(c).component.params["table_write_units_per_s"] = *writes;
            component(c).notes.push_back("provisioned capacity read as the table's limit; requests are priced at "
                                         "on-demand rates");
        }
    }

    // The component of the resource of `type` that `index` names (or is named by), or -1.
    long long linkedComponent(size_t index, std::string_view type)
    {
        for (size_t other : m_evidence.linkedOfType(index, type))
            if (m_result.componentOf[other] >= 0)
                return m_result.componentOf[other];
        return -1;
    }

    void foldInto(size_t i, long long c, const std::string &note)
    {
        ImportedComponent &imported = component(static_cast<size_t>(c));
        imported.resources.push_back(i);
        if (!note.empty())
            imported.notes.push_back(note);
        m_result.componentOf[i] = c;
        m_result.role[i] = ResourceRole::Component;
    }

    void foldResource(size_t i)
    {
        const PlanResource &resource = m_plan.resources()[i];
        if (resource.type == "aws_db_instance" && m_result.componentOf[i] < 0) {
            long long source = linkedComponent(i, "aws_db_instance");
            if (source < 0) {
                reader(i).warn(resource.pointer + "/values/replicate_source_db",
                               "the replica's source database is not in the plan; it is imported as a database of its own");
                mapDatabaseInstance(i);
                return;
            }
            Component &primary = component(static_cast<size_t>(source)).component;
            const auto found = primary.params.find("read_replicas");
            const double replicas = found == primary.params.end() ? 0.0 : std::get<double>(found->second);
            primary.params["read_replicas"] = replicas + 1.0;
            const std::string &sourceRegion = m_plan.resources()[component(static_cast<size_t>(source)).resources.front()].region;
            foldInto(i, source, "read replica " + resource.address
                                    + (resource.region == sourceRegion
                                           ? std::string()
                                           : " (in " + resource.region + "; counted and priced with its source in "
                                                 + sourceRegion + ")"));
        } else if (resource.type == "aws_rds_cluster_instance") {
            const long long cluster = linkedComponent(i, "aws_rds_cluster");
            if (cluster < 0) {
                m_result.unmodelledReason[i] = "a cluster instance whose cluster is not in the plan";
                return;
            }
            ImportedComponent &imported = component(static_cast<size_t>(cluster));
            const bool first = std::none_of(imported.resources.begin(), imported.resources.end(), [&](size_t r) {
                return m_plan.resources()[r].type == "aws_rds_cluster_instance";
            });
            foldInto(i, cluster, "");
            if (first) {
                setInstanceType(static_cast<size_t>(cluster), i,
                                reader(i).text("instance_class", catalogDefaultText("aurora", "instance_type")), "rds",
                                "instance_class");
            } else {
                Component &writer = imported.component;
                const auto found = writer.params.find("read_replicas");
                writer.params["read_replicas"] = (found == writer.params.end() ? 0.0 : std::get<double>(found->second)) + 1.0;
            }
        } else if (resource.type == "aws_elasticache_cluster" && m_result.componentOf[i] < 0) {
            const long long group = linkedComponent(i, "aws_elasticache_replication_group");
            if (group >= 0)
                foldInto(i, group, "");
            else
                m_result.unmodelledReason[i] = "a member of a replication group that is not in the plan";
        }
    }
};

} // namespace

int flowRank(const std::string &componentType)
{
    static const std::map<std::string, int> ranks = {
        { "users", 0 },       { "route53", 1 },  { "cloudfront", 2 }, { "waf", 3 },         { "api_gateway", 4 },
        { "alb", 5 },         { "ec2", 6 },      { "asg", 6 },        { "ecs_fargate", 6 }, { "service", 6 },
        { "lambda", 6 },      { "sqs", 7 },      { "rds_proxy", 8 },  { "nat_gateway", 8 }, { "elasticache", 9 },
        { "opensearch", 9 },  { "dynamodb", 9 }, { "s3", 9 },         { "rds", 10 },        { "aurora", 10 },
    };
    const auto found = ranks.find(componentType);
    return found == ranks.end() ? 6 : found->second;
}

ComponentMapping mapComponents(const Plan &plan, const EvidenceGraph &evidence, const std::string &fileName)
{
    return Mapper(plan, evidence, fileName).run();
}

} // namespace headroom::terraform

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/import/TerraformPlan.h"

#include "model/io/StrictJson.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <set>

namespace headroom::terraform {

namespace {

ModelError planError(const std::string &fileName, std::string pointer, std::string message)
{
    ModelError error = ModelError::at(std::move(pointer), std::move(message));
    error.file = fileName;
    return error;
}

std::string stringOr(const Json &object, const char *key, std::string fallback = {})
{
    if (object.is_object()) {
        const auto found = object.find(key);
        if (found != object.end() && found->is_string())
            return found->get<std::string>();
    }
    return fallback;
}

const Json &emptyObject()
{
    static const Json empty = Json::object();
    return empty;
}

// The region in an ARN ("arn:aws:rds:us-west-2:123456789012:db:main"), or empty.
std::string regionOfArn(const std::string &arn)
{
    if (arn.rfind("arn:", 0) != 0)
        return {};
    size_t start = 0;
    for (int field = 0; field < 3; ++field) {
        start = arn.find(':', start);
        if (start == std::string::npos)
            return {};
        ++start;
    }
    const size_t end = arn.find(':', start);
    return end == std::string::npos ? std::string() : arn.substr(start, end - start);
}

} // namespace

std::string withoutInstanceKeys(std::string_view address)
{
    std::string result;
    int depth = 0;
    bool quoted = false;
    for (size_t i = 0; i < address.size(); ++i) {
        const char c = address[i];
        if (depth > 0) {
            if (quoted && c == '\\' && i + 1 < address.size())
                ++i;
            else if (c == '"')
                quoted = !quoted;
            else if (!quoted && c == ']')
                --depth;
            continue;
        }
        if (c == '[')
            ++depth;
        else
            result += c;
    }
    return result;
}

namespace {

// One step down a value: an object's key, or an array's index written in decimal. A key that
// is not a valid index (letters, or digits past size_t) finds nothing rather than throwing.
const Json *childAt(const Json &node, std::string_view key)
{
    if (node.is_object()) {
        const auto found = node.find(std::string(key));
        return found == node.end() ? nullptr : &*found;
    }
    if (!node.is_array() || key.empty())
        return nullptr;
    size_t index = 0;
    const auto [end, code] = std::from_chars(key.data(), key.data() + key.size(), index);
    if (code != std::errc() || end != key.data() + key.size() || index >= node.size())
        return nullptr;
    return &node[index];
}

// The dot-separated segments of `path`, in order, until `visit` returns false.
template <typename Visit>
void forEachSegment(std::string_view path, Visit &&visit)
{
    size_t start = 0;
    while (true) {
        const size_t dot = path.find('.', start);
        if (!visit(path.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start)))
            return;
        if (dot == std::string_view::npos)
            return;
        start = dot + 1;
    }
}

} // namespace

const Json *valueAt(const Json &values, std::string_view path)
{
    const Json *at = &values;
    forEachSegment(path, [&](std::string_view key) {
        at = childAt(*at, key);
        return at != nullptr;
    });
    return at;
}

bool markedAt(const Json *marks, std::string_view path)
{
    // A mark may stand for a whole subtree: `true` at any prefix of the path marks it.
    const Json *at = marks;
    bool marked = false;
    forEachSegment(path, [&](std::string_view key) {
        if (!at || at->is_boolean())
            return false;
        at = childAt(*at, key);
        return true;
    });
    if (at && at->is_boolean())
        marked = at->get<bool>();
    return marked;
}

// Reads one plan: the resources of planned_values, their changes, their configuration's
// references and their regions.
class PlanReader
{
public:
    PlanReader(Plan &plan, std::string fileName) : m_plan(plan), m_fileName(std::move(fileName)) {}

    std::optional<ModelError> read()
    {
        const Json &root = *m_plan.m_root;
        if (!root.is_object())
            return planError(m_fileName, "", "not a Terraform plan: the file holds no JSON object "
                                             "(write one with terraform show -json PLANFILE)");
        if (!root.contains("format_version"))
            return planError(m_fileName, "/format_version",
                             "not a Terraform plan: no format_version (write one with terraform show -json PLANFILE)");
        if (!root["format_version"].is_string())
            return planError(m_fileName, "/format_version", "must be a string such as \"1.2\"");
        m_plan.m_formatVersion = root["format_version"].get<std::string>();
        m_plan.m_terraformVersion = stringOr(root, "terraform_version");
        const std::string major = m_plan.m_formatVersion.substr(0, m_plan.m_formatVersion.find('.'));
        if (major != "1" && major != "0")
            return planError(m_fileName, "/format_version",
                             "format version " + m_plan.m_formatVersion
                                 + " is not supported: Headroom reads Terraform's JSON plan format 1.x");
        if (major == "0")
            m_plan.m_notes.push_back("plan format " + m_plan.m_formatVersion
                                     + " (Terraform before 1.0) read as format 1.x");
        if (!root.contains("planned_values")) {
            if (root.contains("values"))
                return planError(m_fileName, "/planned_values",
                                 "this is Terraform state, not a plan: run terraform plan -out=PLANFILE, "
                                 "then terraform show -json PLANFILE");
            return planError(m_fileName, "/planned_values", "not a Terraform plan: no planned_values");
        }
        const Json &planned = root["planned_values"];
        if (!planned.is_object())
            return planError(m_fileName, "/planned_values", "must be an object");
        indexChanges(root);
        indexProviders(root);
        if (planned.contains("root_module")) {
            if (auto error = readModule(planned["root_module"], "/planned_values/root_module"))
                return error;
        }
        if (root.contains("configuration") && root["configuration"].is_object()
            && root["configuration"].contains("root_module"))
            indexConfiguration(root["configuration"]["root_module"], "", nullptr);
        resolveReferences();
        assignRegions();
        return std::nullopt;
    }

private:
    struct ModuleConfig
    {
        const Json *module = nullptr;       // the configuration module object
        std::string prefix;                 // "module.app.module.db." ("" at the root)
        const ModuleConfig *parent = nullptr;
        const Json *call = nullptr;         // the module_call that made it (its input expressions)
    };

    struct ResourceConfig
    {
        const Json *object = nullptr;
        const ModuleConfig *module = nullptr;
    };

    Plan &m_plan;
    std::string m_fileName;
    std::map<std::string, std::pair<const Json *, std::string>> m_changes;  // address → (change, pointer)
    std::map<std::string, std::string> m_providerRegion;                    // provider config key → region
    std::map<std::string, ResourceConfig> m_configs;                        // config address → configuration
    std::vector<std::unique_ptr<ModuleConfig>> m_modules;

    void indexChanges(const Json &root)
    {
        const auto changes = root.find("resource_changes");
        if (changes == root.end() || !changes->is_array())
            return;
        for (size_t i = 0; i < changes->size(); ++i) {
            const Json &change = (*changes)[i];
            const std::string address = stringOr(change, "address");
            if (!address.empty() && change.contains("change") && change["change"].is_object())
                m_changes[address] = { &change["change"], "/resource_changes/" + std::to_string(i) + "/change" };
        }
    }

    std::string rootVariable(const std::string &name) const
    {
        const Json &root = *m_plan.m_root;
        if (const Json *value = valueAt(root, "variables." + name + ".value"); value && value->is_string())
            return value->get<std::string>();
        if (const Json *value = valueAt(root, "configuration.root_module.variables." + name + ".default");
            value && value->is_string())
            return value->get<std::string>();
        return {};
    }

    void indexProviders(const Json &root)
    {
        const Json *providers = valueAt(root, "configuration.provider_config");
        if (!providers || !providers->is_object())
            return;
        for (const auto &[key, provider] : providers->items()) {
            if (stringOr(provider, "name") != "aws")
                continue;
            const Json *region = valueAt(provider, "expressions.region");
            std::string name;
            if (region && region->contains("constant_value") && (*region)["constant_value"].is_string())
                name = (*region)["constant_value"].get<std::string>();
            else if (const Json *refs = region ? valueAt(*region, "references") : nullptr; refs && refs->is_array())
                for (const Json &ref : *refs)
                    if (ref.is_string() && ref.get<std::string>().rfind("var.", 0) == 0
                        && stringOr(provider, "module_address").empty() && name.empty())
                        name = rootVariable(ref.get<std::string>().substr(4));
            if (!name.empty())
                m_providerRegion[key] = name;
        }
    }

    std::optional<ModelError> readModule(const Json &module, const std::string &pointer)
    {
        if (!module.is_object())
            return planError(m_fileName, pointer, "must be an object");
        if (const auto resources = module.find("resources"); resources != module.end()) {
            if (!resources->is_array())
                return planError(m_fileName, pointer + "/resources", "must be an array");
            for (size_t i = 0; i < resources->size(); ++i)
                if (auto error = readResource((*resources)[i], pointer + "/resources/" + std::to_string(i)))
                    return error;
        }
        if (const auto children = module.find("child_modules"); children != module.end()) {
            if (!children->is_array())
                return planError(m_fileName, pointer + "/child_modules", "must be an array");
            for (size_t i = 0; i < children->size(); ++i)
                if (auto error = readModule((*children)[i], pointer + "/child_modules/" + std::to_string(i)))
                    return error;
        }
        return std::nullopt;
    }

    std::optional<ModelError> readResource(const Json &object, const std::string &pointer)
    {
        if (!object.is_object())
            return planError(m_fileName, pointer, "must be an object");
        if (stringOr(object, "mode", "managed") != "managed")
            return std::nullopt;  // data sources are read, not run
        PlanResource resource;
        resource.address = stringOr(object, "address");
        resource.type = stringOr(object, "type");
        resource.name = stringOr(object, "name");
        if (resource.address.empty())
            return planError(m_fileName, pointer + "/address", "is required (a resource's address)");
        if (resource.type.empty())
            return planError(m_fileName, pointer + "/type", "is required (a resource's type)");
        resource.configAddress = withoutInstanceKeys(resource.address);
        const std::string suffix = resource.type + "." + resource.name;
        const std::string bare = withoutInstanceKeys(resource.address);
        if (bare.size() > suffix.size() + 1 && bare.compare(bare.size() - suffix.size(), suffix.size(), suffix) == 0) {
            // The module part keeps its instance keys: module.app["a"] is a group of its own.
            const size_t cut = resource.address.rfind("." + resource.type + ".");
            resource.moduleAddress = cut == std::string::npos ? std::string() : resource.address.substr(0, cut);
        }
        resource.pointer = pointer;
        const auto values = object.find("values");
        resource.values = values != object.end() && values->is_object() ? &*values : &emptyObject();
        if (const auto sensitive = object.find("sensitive_values"); sensitive != object.end())
            resource.sensitive = &*sensitive;
        if (const auto change = m_changes.find(resource.address); change != m_changes.end()) {
            resource.changePointer = change->second.second;
            const Json &body = *change->second.first;
            if (const auto unknown = body.find("after_unknown"); unknown != body.end())
                resource.unknown = &*unknown;
            if (!resource.sensitive)
                if (const auto sensitive = body.find("after_sensitive"); sensitive != body.end())
                    resource.sensitive = &*sensitive;
        }
        m_plan.m_resources.push_back(std::move(resource));
        return std::nullopt;
    }

    void indexConfiguration(const Json &module, const std::string &prefix, const ModuleConfig *parent,
                            const Json *call = nullptr)
    {
        auto config = std::make_unique<ModuleConfig>();
        config->module = &module;
        config->prefix = prefix;
        config->parent = parent;
        config->call = call;
        const ModuleConfig *self = config.get();
        m_modules.push_back(std::move(config));
        if (const Json *resources = valueAt(module, "resources"); resources && resources->is_array())
            for (const Json &resource : *resources) {
                const std::string address = stringOr(resource, "address");
                if (!address.empty() && stringOr(resource, "mode", "managed") == "managed")
                    m_configs[prefix + address] = { &resource, self };
            }
        if (const Json *calls = valueAt(module, "module_calls"); calls && calls->is_object())
            for (const auto &[name, moduleCall] : calls->items())
                if (const Json *child = valueAt(moduleCall, "module"); child && child->is_object())
                    indexConfiguration(*child, prefix + "module." + name + ".", self, &moduleCall);
    }

    // Every references array in an expression tree, with the attribute path leading to it
    // ("environment.variables.DB_HOST"; nested blocks' array positions are left out).
    static void collectReferences(const Json &node, const std::string &attribute,
                                  std::vector<std::pair<std::string, std::string>> &out)
    {
        if (node.is_array()) {
            for (const Json &child : node)
                collectReferences(child, attribute, out);
            return;
        }
        if (!node.is_object())
            return;
        if (const auto refs = node.find("references"); refs != node.end() && refs->is_array())
            for (const Json &ref : *refs)
                if (ref.is_string())
                    out.push_back({ ref.get<std::string>(), attribute });
        for (const auto &[key, child] : node.items()) {
            if (key == "references" || key == "constant_value")
                continue;
            const std::string next = key == "expressions" ? attribute : attribute.empty() ? key : attribute + "." + key;
            collectReferences(child, next, out);
        }
    }

    // The resources (config addresses) a reference written in `module` stands for.
    void resolve(const std::string &reference, const ModuleConfig &module, int depth, std::set<std::string> &out) const
    {
        if (depth > 32)
            return;  // a cycle of module outputs; Terraform would refuse it anyway
        const std::string bare = withoutInstanceKeys(reference);
        if (bare.rfind("module.", 0) == 0) {
            const size_t nameEnd = bare.find('.', 7);
            if (nameEnd == std::string::npos)
                return;  // "module.db" alone: its outputs are listed beside it
            const std::string name = bare.substr(7, nameEnd - 7);
            const size_t outputEnd = bare.find('.', nameEnd + 1);
            const std::string output = bare.substr(nameEnd + 1, outputEnd == std::string::npos ? std::string::npos
                                                                                                 : outputEnd - nameEnd - 1);
            for (const auto &child : m_modules)
                if (child->parent == &module && child->prefix == module.prefix + "module." + name + ".") {
                    std::vector<std::pair<std::string, std::string>> refs;
                    if (const Json *expression = valueAt(*child->module, "outputs." + output + ".expression"))
                        collectReferences(*expression, "", refs);
                    for (const auto &[ref, attribute] : refs)
                        resolve(ref, *child, depth + 1, out);
                }
            return;
        }
        if (bare.rfind("var.", 0) == 0) {
            if (!module.parent || !module.call)
                return;
            const std::string name = bare.substr(4, bare.find('.', 4) == std::string::npos ? std::string::npos
                                                                                             : bare.find('.', 4) - 4);
            std::vector<std::pair<std::string, std::string>> refs;
            if (const Json *expression = valueAt(*module.call, "expressions." + name))
                collectReferences(*expression, "", refs);
            for (const auto &[ref, attribute] : refs)
                resolve(ref, *module.parent, depth + 1, out);
            return;
        }
        for (const char *skip : { "data.", "local.", "each.", "count.", "path.", "self.", "terraform." })
            if (bare.rfind(skip, 0) == 0)
                return;
        const size_t typeEnd = bare.find('.');
        if (typeEnd == std::string::npos)
            return;
        const size_t nameEnd = bare.find('.', typeEnd + 1);
        const std::string address = module.prefix + bare.substr(0, nameEnd);
        if (m_configs.contains(address))
            out.insert(address);
    }

    void resolveReferences()
    {
        for (const auto &[address, config] : m_configs) {
            std::vector<std::pair<std::string, std::string>> refs;
            if (const Json *expressions = valueAt(*config.object, "expressions"))
                collectReferences(*expressions, "", refs);
            std::set<std::pair<std::string, std::string>> seen;
            std::vector<ConfigReference> &resolved = m_plan.m_references[address];
            for (const auto &[ref, attribute] : refs) {
                std::set<std::string> targets;
                resolve(ref, *config.module, 0, targets);
                for (const std::string &target : targets)
                    if (target != address && seen.insert({ target, attribute }).second)
                        resolved.push_back({ target, attribute });
            }
        }
    }

    std::string providerRegionOf(const std::string &configAddress) const
    {
        const auto config = m_configs.find(configAddress);
        std::string key = "aws";
        if (config != m_configs.end())
            key = stringOr(*config->second.object, "provider_config_key", "aws");
        if (const auto found = m_providerRegion.find(key); found != m_providerRegion.end())
            return found->second;
        // Older plans write "child:aws.west"; newer ones "module.child:aws.west" or the key alone.
        if (const size_t colon = key.rfind(':'); colon != std::string::npos)
            if (const auto found = m_providerRegion.find(key.substr(colon + 1)); found != m_providerRegion.end())
                return found->second;
        return {};
    }

    void assignRegions()
    {
        bool assumed = false;
        const auto rootRegion = m_providerRegion.find("aws");
        for (PlanResource &resource : m_plan.m_resources) {
            const std::string own = stringOr(*resource.values, "region");
            const std::string arnRegion = regionOfArn(stringOr(*resource.values, "arn"));
            const std::string provider = providerRegionOf(resource.configAddress);
            if (!own.empty()) {
                resource.region = own;
                resource.regionSource = "its region attribute";
            } else if (!provider.empty()) {
                resource.region = provider;
                resource.regionSource = "its provider configuration";
            } else if (!arnRegion.empty()) {
                resource.region = arnRegion;
                resource.regionSource = "its ARN";
            } else if (rootRegion != m_providerRegion.end()) {
                resource.region = rootRegion->second;
                resource.regionSource = "the root aws provider";
            } else {
                resource.region = "us-east-1";
                resource.regionSource = "assumed";
                assumed = true;
            }
        }
        if (assumed)
            m_plan.m_notes.push_back("no AWS region found in the plan for some resources; they are placed in "
                                     "us-east-1 (set the provider's region to a constant or a root variable)");
    }
};

const std::vector<ConfigReference> &Plan::referencesOf(const std::string &configAddress) const
{
    static const std::vector<ConfigReference> none;
    const auto found = m_references.find(configAddress);
    return found == m_references.end() ? none : found->second;
}

Expected<Plan> Plan::parse(std::string_view text, const std::string &fileName)
{
    Plan plan;
    auto root = std::make_shared<Json>();
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return planError(fileName, "", "the file is empty, not a Terraform plan "
                                       "(write one with terraform show -json PLANFILE)");
    // Strictly: a duplicate key is an error (Terraform never writes one), not the last one winning.
    Expected<Json> parsed = parseStrictJson(text, fileName);
    if (!parsed)
        return parsed.error();
    *root = std::move(parsed).value();
    plan.m_root = std::move(root);
    PlanReader reader(plan, fileName);
    if (auto error = reader.read())
        return *error;
    return plan;
}

} // namespace headroom::terraform

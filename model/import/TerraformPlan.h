// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// The JSON of `terraform show -json PLANFILE`, read into the resources it plans and the
// references between them. Internal to model/import/ (it exposes nlohmann::json).
//
// Format: Terraform's "JSON Output Format" (developer.hashicorp.com/terraform/internals/
// json-format): format_version "1.x", planned_values.root_module with child_modules,
// resource_changes, configuration with expression references, variables, provider_config.

#include "model/core/Expected.h"

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace headroom::terraform {

using Json = nlohmann::json;

// One managed resource instance the plan leaves in place or creates.
struct PlanResource
{
    std::string address;        // as planned: module.app["a"].aws_instance.web[0]
    std::string configAddress;  // without instance keys: module.app.aws_instance.web
    std::string moduleAddress;  // module.app["a"]; empty at the root
    std::string type;           // aws_instance
    std::string name;           // web
    std::string pointer;        // JSON pointer of its planned_values entry
    std::string changePointer;  // JSON pointer of its resource_changes entry; may be empty
    const Json *values = nullptr;     // planned attribute values (an object; never null)
    const Json *unknown = nullptr;    // after_unknown: attributes known only after apply; may be null
    const Json *sensitive = nullptr;  // sensitive_values: attributes Headroom must not read; may be null
    std::string region;               // the AWS region it is in
    std::string regionSource;         // how the region was found, for the import summary
};

// A reference found in a resource's configuration: the resource it names, and the
// attribute whose expression names it (for "how it was found").
struct ConfigReference
{
    std::string targetConfigAddress;  // module.db.aws_db_instance.main
    std::string attribute;            // environment.variables.DB_HOST
};

class Plan
{
public:
    // Parses and checks the plan. Errors name `fileName` and the place (line and column for
    // JSON syntax, a JSON pointer for structure).
    static Expected<Plan> parse(std::string_view text, const std::string &fileName);

    const std::vector<PlanResource> &resources() const { return m_resources; }
    // The references each resource's configuration makes (by config address), module
    // outputs and inputs resolved to the resources behind them.
    const std::vector<ConfigReference> &referencesOf(const std::string &configAddress) const;
    // Notes made while reading (regions assumed, older format versions), in order.
    const std::vector<std::string> &notes() const { return m_notes; }
    const std::string &formatVersion() const { return m_formatVersion; }
    const std::string &terraformVersion() const { return m_terraformVersion; }

private:
    std::shared_ptr<const Json> m_root;  // owns what the resources point into
    std::vector<PlanResource> m_resources;
    std::map<std::string, std::vector<ConfigReference>> m_references;
    std::vector<std::string> m_notes;
    std::string m_formatVersion;
    std::string m_terraformVersion;

    friend class PlanReader;
};

// "module.app[\"a\"].aws_instance.web[0]" → "module.app.aws_instance.web".
std::string withoutInstanceKeys(std::string_view address);

// The string at `path` ("cluster_config.0.instance_type": object keys and array indices)
// in `values`, or nullptr.
const Json *valueAt(const Json &values, std::string_view path);

// True when `path` is marked (itself or an enclosing value) in an after_unknown or
// sensitive_values tree.
bool markedAt(const Json *marks, std::string_view path);

} // namespace headroom::terraform

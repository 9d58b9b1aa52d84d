// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/import/TerraformImport.h"

#include "model/catalog/Catalog.h"
#include "model/core/BoundedFile.h"
#include "model/core/NumberText.h"
#include "model/core/TextLimits.h"
#include "model/import/TerraformConnections.h"
#include "model/io/ProjectValidator.h"
#include "model/layout/ProjectLayout.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

namespace headroom {

using namespace terraform;

namespace {

ModelError importError(const std::string &file, std::string message, std::string pointer = {})
{
    ModelError error = ModelError::at(std::move(pointer), std::move(message));
    error.file = file;
    return error;
}

bool isGlobal(const std::string &componentType)
{
    return componentType == "route53" || componentType == "cloudfront" || componentType == "users";
}

bool isEntryType(const std::string &componentType)
{
    return componentType == "route53" || componentType == "cloudfront" || componentType == "api_gateway"
        || componentType == "alb";
}

// Regions: a design in us-east-1 alone stays a one-region design (priced from the bundled
// us-east-1 book); any other region, or several, become regions of the project, each priced
// from its own book.
void placeInRegions(const Plan &plan, const ComponentMapping &mapping, Project &project,
                    std::vector<TerraformImportSummary::ImportedFrom> &from)
{
    std::vector<std::string> names;
    for (size_t c = 0; c < mapping.components.size(); ++c) {
        const ImportedComponent &imported = mapping.components[c];
        if (isGlobal(imported.component.type))
            continue;
        const std::string &region = plan.resources()[imported.resources.front()].region;
        if (std::find(names.begin(), names.end(), region) == names.end())
            names.push_back(region);
    }
    const bool regional = !(names.empty() || (names.size() == 1 && names.front() == "us-east-1"));
    for (const std::string &name : regional ? names : std::vector<std::string>{}) {
        Region region;
        region.id = name;
        region.name = name;
        project.regions.push_back(region);
    }
    for (size_t c = 0; c < mapping.components.size(); ++c) {
        const ImportedComponent &imported = mapping.components[c];
        if (isGlobal(imported.component.type))
            continue;
        const PlanResource &main = plan.resources()[imported.resources.front()];
        from[c].region = main.region;
        from[c].regionSource = main.regionSource;
        if (regional)
            project.components[c].region = main.region;
    }
}

// Users in front of the entry points: the Route 53 zones that lead somewhere, else the
// CloudFront distributions, API gateways and internet-facing load balancers nothing calls,
// else (one box) the instances nothing calls. Several entries share the workload equally.
std::vector<size_t> entryPoints(const Project &project, const Plan &plan, const ComponentMapping &mapping)
{
    std::set<std::string> called, calling;
    for (const Connection &connection : project.connections) {
        called.insert(connection.to);
        calling.insert(connection.from);
    }
    std::vector<size_t> zones, edges, boxes;
    for (size_t c = 0; c < project.components.size(); ++c) {
        const Component &component = project.components[c];
        if (called.contains(component.id))
            continue;
        if (component.type == "route53" && calling.contains(component.id))
            zones.push_back(c);
        else if (isEntryType(component.type) && component.type != "route53") {
            const Json *internal = valueAt(*plan.resources()[mapping.components[c].resources.front()].values, "internal");
            if (!(internal && internal->is_boolean() && internal->get<bool>()))
                edges.push_back(c);
        } else if (component.type == "ec2" || component.type == "asg" || component.type == "ecs_fargate")
            boxes.push_back(c);
    }
    if (!zones.empty())
        return zones;
    if (!edges.empty())
        return edges;
    return boxes;
}

const ImportedComponent *componentWithAddress(const Plan &plan, const ComponentMapping &mapping,
                                              const std::string &address, size_t &index)
{
    for (size_t c = 0; c < mapping.components.size(); ++c)
        for (size_t resource : mapping.components[c].resources) {
            const PlanResource &planned = plan.resources()[resource];
            if (planned.address == address || planned.configAddress == address) {
                index = c;
                return &mapping.components[c];
            }
        }
    return nullptr;
}

std::optional<ModelError> applyUsage(const UsageSettings &usage, const Plan &plan, const ComponentMapping &mapping,
                                     Project &project)
{
    Workload &workload = project.workload;
    workload.users = usage.users.value_or(workload.users);
    workload.requestsPerUserPerDay = usage.requestsPerUserPerDay.value_or(workload.requestsPerUserPerDay);
    workload.peakToAverage = usage.peakToAverage.value_or(workload.peakToAverage);
    workload.readFraction = usage.readFraction.value_or(workload.readFraction);
    workload.responseKb = usage.responseKb.value_or(workload.responseKb);
    for (const auto &[address, params] : usage.resourceParams) {
        size_t index = 0;
        if (!componentWithAddress(plan, mapping, address, index))
            return importError(usage.fileName, "no component was imported from a resource \"" + address
                                                   + "\" (the import summary lists the addresses)",
                               "/resource_usage/" + address);
        const ComponentSpec *spec = Catalog::builtIn().find(project.components[index].type);
        for (const auto &[name, value] : params) {
            if (spec && !spec->param(name))
                return importError(usage.fileName, "\"" + name + "\" is not a parameter of a "
                                                       + project.components[index].type + " component",
                                   "/resource_usage/" + address + "/" + name);
            project.components[index].params[name] = value;
        }
        // Each value within its range, checked here so that an error names the usage file's place.
        Project alone;
        alone.components.push_back(project.components[index]);
        alone.components.back().region.clear();
        alone.components.back().zone.clear();
        if (auto error = validateProject(alone)) {
            const std::string param = error->pointer.substr(error->pointer.rfind('/') + 1);
            return importError(usage.fileName, error->message, "/resource_usage/" + address + "/" + param);
        }
    }
    for (const auto &[pair, calls] : usage.callsPerRequest) {
        size_t from = 0, to = 0;
        const bool known = componentWithAddress(plan, mapping, pair.first, from)
            && componentWithAddress(plan, mapping, pair.second, to);
        Connection *found = nullptr;
        if (known)
            for (Connection &connection : project.connections)
                if (connection.from == project.components[from].id && connection.to == project.components[to].id)
                    found = &connection;
        if (!found)
            return importError(usage.fileName, "the import found no connection from " + pair.first + " to "
                                                   + pair.second,
                               "/calls/" + pair.first + " -> " + pair.second);
        found->callsPerRequest = calls;
    }
    return std::nullopt;
}

// What the plan cannot say, and the defaults that stand in for it until the user sets them.
std::vector<std::string> assumptionsOf(const Project &project, const UsageSettings &usage)
{
    std::vector<std::string> assumptions;
    auto workloadLine = [&](const char *key, double value, bool given, const char *unit) {
        assumptions.push_back(std::string("workload.") + key + " = " + plainText(value) + unit
                              + (given ? " (from the usage file)" : " (the project default; set it in the usage file)"));
    };
    workloadLine("users", project.workload.users, usage.users.has_value(), " users");
    workloadLine("requests_per_user_per_day", project.workload.requestsPerUserPerDay,
                 usage.requestsPerUserPerDay.has_value(), "");
    workloadLine("peak_to_average", project.workload.peakToAverage, usage.peakToAverage.has_value(), "");
    workloadLine("read_fraction", project.workload.readFraction, usage.readFraction.has_value(), "");
    workloadLine("response_kb", project.workload.responseKb, usage.responseKb.has_value(), " KiB");
    // Per-request figures the plan has no word for, by parameter.
    static const std::vector<std::pair<const char *, std::vector<const char *>>> perRequest = {
        { "service_time_ms", { "ec2", "asg", "ecs_fargate", "opensearch", "rds", "aurora" } },
        { "duration_ms", { "lambda" } },
        { "hit_ratio", { "elasticache", "cloudfront" } },
    };
    for (const auto &[param, types] : perRequest) {
        std::string ids;
        for (const Component &component : project.components)
            if (std::find_if(types.begin(), types.end(), [&](const char *t) { return component.type == t; }) != types.end()
                && !component.params.contains(param))
                ids += (ids.empty() ? "" : ", ") + component.id;
        if (!ids.empty())
            assumptions.push_back(std::string(param) + ": the catalog's default on " + ids
                                  + " (set it per resource under resource_usage)");
    }
    size_t defaultCalls = 0;
    for (const Connection &connection : project.connections)
        if (connection.callsPerRequest == 1.0)
            ++defaultCalls;
    if (defaultCalls > 0)
        assumptions.push_back("calls per request: 1 on " + std::to_string(defaultCalls)
                              + " connections (set them under calls: \"FROM -> TO\": N)");
    return assumptions;
}

} // namespace

Expected<TerraformImport> importTerraformPlan(std::string_view planText, const std::string &planFileName,
                                              const UsageSettings &usage)
{
    Expected<Plan> parsed = Plan::parse(planText, planFileName);
    if (!parsed)
        return parsed.error();
    const Plan &plan = *parsed;
    const EvidenceGraph evidence(plan);
    ComponentMapping mapping = mapComponents(plan, evidence, planFileName);
    if (mapping.components.empty()) {
        std::map<std::string, int> found;
        for (const PlanResource &resource : plan.resources())
            ++found[resource.type];
        std::string list;
        for (const auto &[type, count] : found)
            list += (list.empty() ? "" : ", ") + std::to_string(count) + " " + type;
        return importError(planFileName, "nothing in the plan is a component Headroom models"
                                             + (list.empty() ? std::string(" (it plans no resources)")
                                                             : " (it plans " + list + ")"));
    }
    const std::vector<InferredConnection> inferred = inferConnections(plan, evidence, mapping);

    TerraformImport result;
    TerraformImportSummary &summary = result.summary;
    summary.planFile = planFileName;
    summary.terraformVersion = plan.terraformVersion();
    summary.formatVersion = plan.formatVersion();
    Project &project = result.project;
    const std::string stem = std::filesystem::path(planFileName).stem().string();
    project.name = truncatedToCharacters(stem.empty() ? std::string("Imported plan") : stem, kMaxNameLength);
    project.description = "Imported from the Terraform plan " + std::filesystem::path(planFileName).filename().string()
        + (plan.terraformVersion().empty() ? std::string() : " (Terraform " + plan.terraformVersion() + ")");
    project.stages = Project::defaultStages();
    for (const ImportedComponent &imported : mapping.components) {
        Component component = imported.component;
        component.group = imported.group;
        project.components.push_back(std::move(component));
        TerraformImportSummary::ImportedFrom from;
        from.componentId = imported.component.id;
        from.label = imported.component.label;
        for (size_t resource : imported.resources)
            from.addresses.push_back(plan.resources()[resource].address);
        from.notes = imported.notes;
        summary.components.push_back(std::move(from));
    }
    placeInRegions(plan, mapping, project, summary.components);
    for (const InferredConnection &link : inferred) {
        Connection connection;
        connection.from = project.components[link.from].id;
        connection.to = project.components[link.to].id;
        connection.trafficClass = link.trafficClass;
        connection.async = link.async;
        connection.callsPerRequest = link.callsPerRequest;
        project.connections.push_back(connection);
        summary.connections.push_back({ connection.from, connection.to, link.evidence });
    }

    const std::vector<size_t> entries = entryPoints(project, plan, mapping);
    for (size_t e = 0; e < entries.size(); ++e) {
        Component users;
        users.id = entries.size() == 1 ? std::string("users") : "users-" + project.components[entries[e]].id;
        users.type = "users";
        users.id = truncatedToCharacters(users.id, kMaxNameLength);
        users.label = truncatedToCharacters(
            entries.size() == 1 ? std::string("Users") : "Users of " + displayName(project.components[entries[e]]), kMaxNameLength);
        project.connections.push_back({ users.id, project.components[entries[e]].id });
        summary.connections.push_back(
            { users.id, project.components[entries[e]].id,
              { "added: the workload enters here (nothing in the plan calls " + project.components[entries[e]].id + ")" } });
        project.components.push_back(std::move(users));
    }
    if (entries.size() > 1)
        summary.assumptions.push_back("the workload is shared equally by the " + std::to_string(entries.size())
                                      + " entry points (set share on each Users component)");
    if (entries.empty())
        summary.warnings.push_back(planFileName + ": nothing in the plan takes user traffic (no Route 53 zone, "
                                                  "CloudFront, API Gateway, load balancer or instance that nothing "
                                                  "calls); connect Users to the component people reach");

    if (auto error = applyUsage(usage, plan, mapping, project))
        return *error;

    std::set<std::string> linked;
    for (const Connection &connection : project.connections) {
        linked.insert(connection.from);
        linked.insert(connection.to);
    }
    for (const Component &component : project.components)
        if (!linked.contains(component.id))
            summary.unconnected.push_back(component.id);
    for (size_t i = 0; i < plan.resources().size(); ++i) {
        const PlanResource &resource = plan.resources()[i];
        if (mapping.role[i] == ResourceRole::PassThrough && mapping.unmodelledReason[i].empty())
            ++summary.passThroughCount;
        else if (mapping.role[i] == ResourceRole::Wiring)
            ++summary.wiringCount;
        if (!mapping.unmodelledReason[i].empty() && mapping.componentOf[i] < 0)
            summary.unmodelled.push_back({ resource.address, resource.type, mapping.unmodelledReason[i] });
    }
    for (const std::string &note : plan.notes())
        summary.assumptions.push_back(note);
    for (const std::string &assumption : assumptionsOf(project, usage))
        summary.assumptions.push_back(assumption);
    summary.warnings.insert(summary.warnings.end(), mapping.warnings.begin(), mapping.warnings.end());

    const std::vector<Position> placed = flowPositions(project);
    for (size_t c = 0; c < project.components.size(); ++c)
        project.components[c].position = placed[c];

    if (auto error = validateProject(project))
        return importError(planFileName, "the imported design is not valid (" + error->pointer + ": " + error->message
                                             + "); please report this with the plan");
    return result;
}

Expected<TerraformImport> importTerraformPlanFile(const std::string &path, const UsageSettings &usage)
{
    Expected<std::string> text = readBoundedFile(path, kMaxPlanBytes);
    if (!text)
        return text.error();
    return importTerraformPlan(*text, path, usage);
}

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/advisor/RightSizerSearch.h"

#include "model/advisor/DesignChanges.h"
#include "model/cost/InstanceClasses.h"

#include <algorithm>
#include <cmath>

namespace headroom::rightsizing {

namespace {

constexpr long long kMaxReadReplicas = 15;
constexpr long long kExtraCounts = 8;    // counts tried above the least that meets utilization
// A change must save at least this much a month over the best so far: moving a component to
// another class for cents is not worth the migration.
constexpr double kMinimumSavingUsd = 1.0;

long long ceilCount(double value)
{
    return std::isfinite(value) ? static_cast<long long>(std::ceil(value - 1e-9)) : 0;
}

double paramMaximum(const CompiledNode &node, const char *name)
{
    const ParamSpec *param = node.spec->param(name);
    return param ? param->maximum : 1e15;
}

// One configuration of a component: its class and its counts (−1: not used by its type).
struct Config
{
    std::string instanceType;  // empty: the class stays
    long long count = -1;      // instances, nodes, tasks; max_instances for an ASG
    long long minInstances = -1;
    long long replicas = -1;
};

void setNumber(Component &component, const char *name, long long value)
{
    const auto current = numberParam(component, name);
    if (!current || std::llround(*current) != value)
        component.params[name] = static_cast<double>(value);
}

Project applied(const Project &project, int index, const Config &config)
{
    Project changed = project;
    Component &component = changed.components[static_cast<size_t>(index)];
    if (!config.instanceType.empty() && textParam(component, "instance_type") != config.instanceType)
        component.params["instance_type"] = config.instanceType;
    if (config.count >= 0)
        setNumber(component, component.type == "asg" ? "max_instances" : "instances", config.count);
    if (config.minInstances >= 0)
        setNumber(component, "min_instances", config.minInstances);
    if (config.replicas >= 0)
        setNumber(component, "read_replicas", config.replicas);
    return changed;
}

// The classes worth trying: the family's classes the book prices, without burstable classes
// (CPU credits are not modelled) unless the component already is one, and for instances that
// run your code (ec2, asg) only the current architecture (Arm builds differ from x86 ones).
std::vector<const InstanceType *> candidateTypes(const CompiledNode &node, const Component &component,
                                                 const PriceBook &book)
{
    std::vector<const InstanceType *> types;
    const ParamSpec *param = node.spec->param("instance_type");
    if (!param || component.params.contains("vcpus"))
        return types;  // counts only
    const bool burstable = isBurstable(node.instanceType);
    const bool arm = isArm(node.instanceType);
    const bool runsCode = node.type == "ec2" || node.type == "asg";
    for (const InstanceType *type : InstanceTypes::builtIn().ofFamily(param->instanceFamily)) {
        if (type->name == node.instanceType) {
            types.push_back(type);
            continue;
        }
        if (!hasInstancePrice(node, type->name, book) || (isBurstable(type->name) && !burstable)
            || (runsCode && isArm(type->name) != arm))
            continue;
        types.push_back(type);
    }
    return types;
}

class ComponentSearch
{
public:
    ComponentSearch(const Search &search, const Project &current, const MeasuredDesign &measured, int index)
        : m_search(search), m_current(current), m_measured(measured), m_index(index),
          m_node(measured.model.nodes[static_cast<size_t>(index)]),
          m_result(measured.evaluation.components[static_cast<size_t>(index)])
    {
        if (acceptable(measured))
            m_bestUsd = measured.cost.monthlyUsd;
    }

    std::optional<Project> run()
    {
        const Component &component = m_current.components[static_cast<size_t>(m_index)];
        std::vector<const InstanceType *> types = candidateTypes(m_node, component, m_search.book);
        if (types.empty())
            types.push_back(nullptr);  // the current class, counts only
        for (const InstanceType *type : types) {
            const double vcpus = type ? type->vcpus : static_cast<double>(std::max(1LL, m_node.vcpus));
            const std::string name = type ? type->name : std::string();
            switch (m_node.behaviour) {
            case Behaviour::Station: searchStation(name, vcpus, type); break;
            case Behaviour::Scaling: searchScaling(name, vcpus); break;
            case Behaviour::Database: searchDatabase(name); break;
            default: break;
            }
        }
        return m_best;
    }

private:
    double offeredLoad() const { return m_result.arrivalRatePerSecond * m_node.serviceTimeMs / 1000.0; }

    // Caches and search clusters hold data in memory: keep at least the start's total.
    long long countForMemory(const InstanceType *type) const
    {
        if (!type || (m_node.type != "elasticache" && m_node.type != "opensearch"))
            return 1;
        const CompiledNode &start = m_search.start.model.nodes[static_cast<size_t>(m_index)];
        const ParamSpec *param = start.spec->param("instance_type");
        const InstanceType *startType = InstanceTypes::builtIn().find(param->instanceFamily, start.instanceType);
        if (!startType || !(type->memoryGiB > 0.0))
            return 1;
        return ceilCount(static_cast<double>(start.instances) * startType->memoryGiB / type->memoryGiB);
    }

    void searchStation(const std::string &type, double vcpus, const InstanceType *instanceType)
    {
        const long long fromUtilization = ceilCount(offeredLoad() / (vcpus * m_search.targets.maxUtilization));
        const long long first = std::max({1LL, fromUtilization, countForMemory(instanceType)});
        const auto last = std::min(first + kExtraCounts, static_cast<long long>(paramMaximum(m_node, "instances")));
        for (long long count = first; count <= last; ++count)
            if (!tryConfig({type, count, -1, -1}))
                break;
    }

    void searchScaling(const std::string &type, double vcpus)
    {
        // max_instances keeps at least the start's ceiling in vCPUs, so right-sizing never
        // lowers the point where the group saturates; it costs nothing until it is used.
        const CompiledNode &start = m_search.start.model.nodes[static_cast<size_t>(m_index)];
        const double perInstance = vcpus * std::min(m_node.targetUtilization, m_search.targets.maxUtilization);
        const long long ceiling = ceilCount(static_cast<double>(start.maxInstances * start.vcpus) / vcpus);
        // min_instances from the start's down to 2 (never below, unless the start is: the
        // advisor's single-point-of-failure rule), a few values; the start's first, so that a
        // lower minimum is taken only where it saves money at this load.
        const long long startMin = start.minInstances;
        std::vector<long long> mins{startMin};
        for (long long m = std::min(startMin - 1, 5LL); m >= std::min(2LL, startMin); --m)
            mins.push_back(m);
        const auto limit = static_cast<long long>(paramMaximum(m_node, "max_instances"));
        for (long long minimum : mins) {
            const long long maximum = std::min(limit, std::max({minimum, ceilCount(offeredLoad() / perInstance), ceiling}));
            tryConfig({type, maximum, minimum, -1});  // cost falls with the minimum: try each
        }
    }

    void searchDatabase(const std::string &type)
    {
        for (long long replicas = 0; replicas <= kMaxReadReplicas; ++replicas)
            if (!tryConfig({type, -1, -1, replicas}))
                break;
    }

    // Measures one configuration; false when larger counts of this class need not be tried
    // (this one is acceptable, or already no cheaper than the best found).
    bool tryConfig(const Config &config)
    {
        Project candidate = applied(m_current, m_index, config);
        if (candidate == m_current)
            return !acceptable(m_measured);
        const auto measured = m_search.measure(candidate);
        if (!measured)
            return false;
        const double usd = measured->cost.monthlyUsd;
        if (m_bestUsd && usd > *m_bestUsd - kMinimumSavingUsd)
            return false;
        if (!acceptable(*measured))
            return true;
        m_bestUsd = usd;
        m_best = std::move(candidate);
        return false;
    }

    bool acceptable(const MeasuredDesign &design) const
    {
        const Targets &targets = m_search.targets;
        const auto i = static_cast<size_t>(m_index);
        const ComponentResult &result = design.evaluation.components[i];
        if (result.utilization > targets.maxUtilization + 1e-12)
            return false;
        const double startAvailability = m_search.start.evaluation.components[i].availability;
        if (result.onRequestPath && result.availability < std::min(targets.minAvailability, startAvailability) - 1e-12)
            return false;
        for (size_t j = 0; j < design.evaluation.components.size(); ++j)
            if (design.evaluation.components[j].utilization
                > std::max(targets.maxUtilization, m_measured.evaluation.components[j].utilization) + 1e-12)
                return false;
        // A class the book does not price would look free: never trade a price for a warning.
        return design.cost.warnings.size() <= m_measured.cost.warnings.size();
    }

    const Search &m_search;
    const Project &m_current;
    const MeasuredDesign &m_measured;
    int m_index;
    const CompiledNode &m_node;
    const ComponentResult &m_result;
    std::optional<double> m_bestUsd;
    std::optional<Project> m_best;
};

} // namespace

bool meetsTargets(const MeasuredDesign &design, const Targets &targets)
{
    return design.highestUtilization() <= targets.maxUtilization + 1e-12
           && design.evaluation.unavailability <= 1.0 - targets.minAvailability + 1e-12;
}

bool isSizable(const CompiledNode &node)
{
    return node.behaviour == Behaviour::Station || node.behaviour == Behaviour::Scaling
           || node.behaviour == Behaviour::Database;
}

std::optional<Project> cheapestConfiguration(const Search &search, const Project &current,
                                             const MeasuredDesign &measured, int index)
{
    if (!isSizable(measured.model.nodes[static_cast<size_t>(index)]))
        return std::nullopt;
    return ComponentSearch(search, current, measured, index).run();
}

std::optional<Project> oneMoreInstance(const Project &current, const MeasuredDesign &measured, int index)
{
    const CompiledNode &node = measured.model.nodes[static_cast<size_t>(index)];
    Config config;
    switch (node.behaviour) {
    case Behaviour::Station:
        config.count = node.instances + 1;
        if (static_cast<double>(config.count) > paramMaximum(node, "instances"))
            return std::nullopt;
        break;
    case Behaviour::Scaling:
        config.minInstances = node.minInstances + 1;
        config.count = std::max(node.maxInstances, config.minInstances);
        if (static_cast<double>(config.count) > paramMaximum(node, "max_instances"))
            return std::nullopt;
        break;
    case Behaviour::Database:
        if (!node.multiAz) {
            Project changed = withParam(current, node.id, "multi_az", true);
            return changed;
        }
        if (node.readReplicas >= kMaxReadReplicas)
            return std::nullopt;
        config.replicas = node.readReplicas + 1;
        break;
    default:
        return std::nullopt;
    }
    return applied(current, index, config);
}

} // namespace headroom::rightsizing

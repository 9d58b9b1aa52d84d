// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/catalog/Catalog.h"
#include "model/catalog/CatalogParams.h"

namespace headroom {

using namespace catalog;

namespace {

constexpr const char *kManualRecovery =
    "assumption: nothing replaces these instances by themselves; an alert, someone answering it, "
    "a diagnosis and a relaunch take four hours";
constexpr const char *kWeeklyDeploys = "assumption: a weekly deploy or patch";

std::vector<ParamSpec> instanceParams(const char *defaultType, double recoveryMinutes, const char *recoverySource)
{
    std::vector<ParamSpec> params = {
        instanceType("ec2", defaultType, "assumption: a general-purpose current-generation instance"),
        vcpusOverride(),
        serviceTime(50.0, kRuleOfThumbWeb),
        dbPoolSize(),
        number("ebs_gb", 8.0, 0.0, "GB", "EBS gp3 volume attached to each instance (priced per GB-month).",
               "assumption: an 8 GiB root volume"),
    };
    for (ParamSpec &failure : instanceFailureParams(recoveryMinutes, recoverySource, 52.0, kWeeklyDeploys))
        params.push_back(std::move(failure));
    return params;
}

// EC2 instance-level SLA for one instance or one zone; the Compute SLA's region-level figure
// for instances in two or more zones.
void computeSla(ComponentSpec &spec)
{
    spec.sla = 0.995;
    spec.slaSpread = 0.9999;
    spec.slaSource = std::string(kSlaCompute) + "; " + kSlaEc2Instance;
}

} // namespace

std::vector<ComponentSpec> computeComponentSpecs()
{
    std::vector<ComponentSpec> specs;

    ComponentSpec ec2{"ec2", "EC2 instances", Category::Compute, Behaviour::Station};
    ec2.holdsDbConnections = true;
    ec2.summary = "A fixed number of instances serving requests: an M/M/c queue of their vCPUs.";
    ec2.params = instanceParams("m6i.large", 240.0, kManualRecovery);
    computeSla(ec2);
    ec2.params.insert(ec2.params.begin(),
                      count("instances", 1, 0, 100000, "instances", "Number of instances.",
                            "assumption: one instance, the first stage of the road"));
    specs.push_back(ec2);

    ComponentSpec asg{"asg", "Auto Scaling group", Category::Compute, Behaviour::Scaling};
    asg.holdsDbConnections = true;
    asg.summary = "Instances that follow load: ceil(offered load / (vCPUs x target)), within min..max.";
    asg.params = instanceParams("m6i.large", 10.0,
                                "assumption: the group replaces a failed instance in about ten minutes "
                                "(health checks notice it, a new instance launches, boots and warms up)");
    computeSla(asg);
    asg.params.insert(asg.params.begin(), {
        count("min_instances", 2, 0, 100000, "instances", "Fewest instances the group runs.",
              "assumption: two, one per availability zone"),
        count("max_instances", 10, 1, 100000, "instances", "Most instances the group may run.",
              "assumption: change to your group's maximum"),
        fraction("target_utilization", 0.6, "CPU utilization the scaling policy keeps the group at.",
                 "assumption: 60 %, a common target-tracking setting"),
    });
    specs.push_back(asg);

    ComponentSpec fargate{"ecs_fargate", "ECS on Fargate", Category::Compute, Behaviour::Station};
    fargate.holdsDbConnections = true;
    fargate.summary = "Container tasks: an M/M/c queue of tasks x vCPUs per task.";
    fargate.params = {
        count("instances", 2, 0, 100000, "tasks", "Number of running tasks.",
              "assumption: two tasks, one per availability zone"),
        count("vcpus", 1, 1, 16, "vCPUs", "vCPUs per task (Fargate sizes 1, 2, 4, 8, 16).",
              "assumption: 1 vCPU tasks"),
        serviceTime(50.0, kRuleOfThumbWeb),
        dbPoolSize(),
        optional(positive("usd_per_task_hour", 0.05, "USD/hour",
                          "Price of one task-hour; the price book has no Fargate prices.",
                          "none: Fargate prices are not in the reference; enter yours")),
    };
    for (ParamSpec &failure : instanceFailureParams(
             5.0, "assumption: the ECS service starts a replacement task in about five minutes", 52.0,
             kWeeklyDeploys))
        fargate.params.push_back(std::move(failure));
    computeSla(fargate);
    specs.push_back(fargate);

    ComponentSpec lambda{"lambda", "Lambda", Category::Compute, Behaviour::Function};
    lambda.holdsDbConnections = false;
    lambda.summary = "Functions: concurrency = request rate x duration (Little's law) against a limit.";
    lambda.params = {
        positive("duration_ms", 100.0, "ms", "Mean billed duration of one invocation.",
                 "assumption: change to your function's measured duration"),
        count("memory_mb", 512, 128, 10240, "MB", "Memory configured for the function.",
              "assumption; AWS allows 128 to 10,240 MB"),
        count("concurrency_limit", 1000, 1, 10000000, "executions",
              "Concurrent executions available to this function.",
              "AWS Lambda quotas: 1,000 concurrent executions per Region by default (adjustable)"),
        choice("architecture", "x86_64", {"x86_64", "arm64"}, "Processor architecture (prices differ).",
               "assumption: x86_64"),
    };
    addServiceOutages(lambda, false, 0.9995, "Lambda SLA 99.95 % (reference slas[])");
    specs.push_back(lambda);

    ComponentSpec service{"service", "Generic service", Category::Compute, Behaviour::Station};
    service.holdsDbConnections = true;
    service.summary = "Any other queueing station: instances x vCPUs serving requests.";
    service.params = {
        count("instances", 1, 0, 100000, "instances", "Number of instances.", "assumption"),
        count("vcpus", 2, 1, 1024, "vCPUs", "vCPUs (servers) per instance.", "assumption"),
        serviceTime(10.0, "assumption: change to your service's measured CPU time per request"),
        dbPoolSize(),
        optional(positive("usd_per_instance_hour", 0.1, "USD/hour",
                          "Price of one instance-hour of this service.",
                          "none: a generic service has no list price; enter yours")),
    };
    for (ParamSpec &failure : instanceFailureParams(240.0, kManualRecovery, 52.0, kWeeklyDeploys))
        service.params.push_back(std::move(failure));
    computeSla(service);
    specs.push_back(service);

    return specs;
}

} // namespace headroom

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/cost/CostRules.h"

#include "pricing/PriceKeys.h"

#include <algorithm>
#include <cmath>

namespace headroom {

namespace {

constexpr double kKibPerGib = 1024.0 * 1024.0;

// "1M requests", "10K requests", "GB": how a quantity of `per` base units reads.
std::string unitLabel(const PriceEntry &entry)
{
    if (entry.per == 1.0)
        return entry.unit;
    const double per = entry.per;
    const std::string count = per >= 1e6 ? std::to_string(std::llround(per / 1e6)) + "M"
                              : per >= 1e3 ? std::to_string(std::llround(per / 1e3)) + "K"
                                           : std::to_string(std::llround(per));
    const std::string &unit = entry.unit;
    const bool y = !unit.empty() && unit.back() == 'y';  // "query" → "queries"
    return count + " " + (y ? unit.substr(0, unit.size() - 1) + "ies" : unit + "s");
}

// The entry's own committed rate for `term`, else the book's factor for the line's service,
// else none. Only a flat price can be committed.
std::optional<LineCommitment> lineCommitment(const PriceBook &book, const PriceEntry &entry,
                                             const std::string &service, const char *term)
{
    if (entry.tiers.size() != 1 || entry.tiers.front().upTo)
        return std::nullopt;
    if (const CommittedRate *rate = entry.committedRate(term))
        return LineCommitment{rate->usd, rate->payment, rate->source};
    if (service.empty())
        return std::nullopt;
    if (const Commitment *factor = book.commitment(service, term))
        return LineCommitment{entry.tiers.front().usd * factor->factor,
                              "the book's " + service + " factor " + std::to_string(factor->factor).substr(0, 5),
                              factor->source};
    return std::nullopt;
}

// The unit price lineCommitment gives, without its words: what a totals-only pricer needs.
std::optional<double> committedUnitPrice(const PriceBook &book, const PriceEntry &entry, const std::string &service,
                                         const char *term)
{
    if (entry.tiers.size() != 1 || entry.tiers.front().upTo)
        return std::nullopt;
    if (const CommittedRate *rate = entry.committedRate(term))
        return rate->usd;
    if (service.empty())
        return std::nullopt;
    if (const Commitment *factor = book.commitment(service, term))
        return entry.tiers.front().usd * factor->factor;
    return std::nullopt;
}

double monthly(double perSecond) { return perSecond * kSecondsPerMonth; }

double gibPerMonth(double requestsPerSecond, double kibPerRequest)
{
    return monthly(requestsPerSecond) * kibPerRequest / kKibPerGib;
}

// Quantities as functions of the load: the rules say once what each line is and how its quantity
// follows the load, and Pricer either prices it at the load it has (costOf) or keeps the rule for
// every user count of a sweep (MonthlyCost).
LineQuantity fixed(double quantity)
{
    return [quantity](const AverageLoad &) { return quantity; };
}

// instances × hours a month, `instances` the running instances at the load.
LineQuantity runningHours()
{
    return [](const AverageLoad &load) { return static_cast<double>(load.runningInstances) * kHoursPerMonth; };
}

void priceCustomHours(const CompiledNode &node, const char *priceName, Pricer &pricer)
{
    if (node.customHourlyUsd)
        pricer.addCustom(node.type + " instance-hours (your price)", runningHours(), "instance-hour",
                         *node.customHourlyUsd);
    else
        pricer.warn(std::string("no price for ") + node.spec->displayName + " in the price book; set "
                    + priceName + " to price it");
}

void priceDatabase(const CompiledNode &node, Pricer &pricer)
{
    const double replicas = static_cast<double>(node.readReplicas);
    if (node.type == "aurora") {
        // Aurora's Multi-AZ needs a replica in a second zone to fail over to: with none modelled,
        // one is priced as the failover target.
        const double readers = std::max(replicas, node.multiAz ? 1.0 : 0.0);
        pricer.add(price_keys::auroraInstance(node.engine, node.instanceType),
                   node.instanceType + " instance-hours (writer + " + std::to_string(static_cast<int>(readers))
                       + (replicas < readers ? " failover reader)" : " replicas)"),
                   fixed((1.0 + readers) * kHoursPerMonth), "aurora");
        pricer.add("aurora/storage", "Aurora storage", fixed(node.storageGb));
        pricer.add("aurora/io-requests", "Aurora I/O requests", [ioPerWrite = node.ioPerWrite](const AverageLoad &load) {
            return monthly(load.writesPerSecond) * ioPerWrite;
        });
        return;
    }
    using price_keys::Deployment;
    const Deployment deployment = node.multiAz ? Deployment::MultiAz : Deployment::SingleAz;
    pricer.add(price_keys::rdsInstance(node.engine, node.instanceType, deployment),
               node.instanceType + (node.multiAz ? " Multi-AZ" : " Single-AZ") + " instance-hours",
               fixed(1.0 * kHoursPerMonth), "rds");
    pricer.add(price_keys::rdsStorage(deployment), "Storage (gp3)", fixed(node.storageGb));
    if (node.readReplicas > 0) {
        pricer.add(price_keys::rdsInstance(node.engine, node.instanceType, Deployment::SingleAz),
                   node.instanceType + " read replica instance-hours", fixed(replicas * kHoursPerMonth), "rds");
        pricer.add(price_keys::rdsStorage(Deployment::SingleAz), "Read replica storage (gp3)",
                   fixed(node.storageGb * replicas));
    }
}

// ALB capacity units: the highest of new connections/s ÷ 25, active connections ÷ 3 000,
// processed GB/hour ÷ 1 and rule evaluations/s ÷ 1 000 (first 10 rules free), per the LCU
// definition in the price book's ALB entry.
double loadBalancerCapacityUnits(const CompiledNode &node, const AverageLoad &load)
{
    const double requests = load.requestsPerSecond();
    const double newConnections = requests / node.requestsPerConnection;
    const double activeConnections = newConnections * node.connectionDurationS;  // Little's law
    const double gibPerHour = requests * 3600.0 * load.responseKb / kKibPerGib;
    const double ruleEvaluations = requests * static_cast<double>(std::max(0LL, node.rules - 10));
    return std::max({newConnections / 25.0, activeConnections / 3000.0, gibPerHour / 1.0,
                     ruleEvaluations / 1000.0});
}

// Requests a month at the load, times `factor`.
LineQuantity monthlyRequests(double factor = 1.0)
{
    return [factor](const AverageLoad &load) { return monthly(load.requestsPerSecond()) * factor; };
}

void priceManaged(const CompiledModel &model, int index, Pricer &pricer)
{
    const CompiledNode &node = model.nodes[index];
    const LineQuantity requests = monthlyRequests();
    const LineQuantity reads = [](const AverageLoad &load) { return monthly(load.readsPerSecond); };
    const LineQuantity writes = [](const AverageLoad &load) { return monthly(load.writesPerSecond); };
    if (node.type == "alb") {
        pricer.add("alb/hour", "Load balancer hours", fixed(kHoursPerMonth));
        pricer.add("alb/lcu-hour", "Load balancer capacity unit hours", [&node](const AverageLoad &load) {
            return loadBalancerCapacityUnits(node, load) * kHoursPerMonth;
        });
    } else if (node.type == "nat_gateway") {
        pricer.add("nat_gateway/hour", "NAT gateway hours", fixed(kHoursPerMonth));
        pricer.add("nat_gateway/data-processed", "Data processed",
                   [](const AverageLoad &load) { return gibPerMonth(load.requestsPerSecond(), load.responseKb); });
    } else if (node.type == "cloudfront") {
        pricer.add("cloudfront/https-requests", "HTTPS requests", requests);
    } else if (node.type == "s3") {
        pricer.add("s3/standard-storage", "S3 Standard storage", fixed(node.storageGb));
        pricer.add("s3/get-requests", "GET requests", reads);
        pricer.add("s3/put-requests", "PUT requests", writes);
    } else if (node.type == "sqs") {
        // Each message is sent, received and deleted: three requests.
        pricer.add(node.fifo ? "sqs/fifo-requests" : "sqs/standard-requests", "Requests (send, receive, delete)",
                   [](const AverageLoad &load) { return 3.0 * monthly(load.requestsPerSecond()); });
    } else if (node.type == "dynamodb") {
        pricer.add("dynamodb/read-request-units", "Read request units",
                   [units = node.readUnitsPerRead](const AverageLoad &load) { return monthly(load.readsPerSecond) * units; });
        pricer.add("dynamodb/write-request-units", "Write request units",
                   [units = node.writeUnitsPerWrite](const AverageLoad &load) {
                       return monthly(load.writesPerSecond) * units;
                   });
        pricer.add("dynamodb/storage", "Storage", fixed(node.storageGb));
    } else if (node.type == "route53") {
        pricer.add("route53/hosted-zone", "Hosted zone", fixed(1.0));
        pricer.add("route53/standard-queries", "DNS queries", monthlyRequests(node.queriesPerRequest));
    } else if (node.type == "api_gateway") {
        pricer.add("api_gateway/" + node.variant + "-requests",
                   node.variant == "http" ? "HTTP API requests" : "REST API requests", requests);
    } else if (node.type == "waf") {
        pricer.add("waf/web-acl", "Web ACL", fixed(1.0));
        pricer.add("waf/rule", "Rules", fixed(static_cast<double>(node.rules)));
        pricer.add("waf/requests", "Requests inspected", requests);
    } else if (node.type == "rds_proxy") {
        pricer.add("rds_proxy/vcpu-hour", "vCPU-hours of the databases behind it",
                   fixed(proxiedVcpus(model, index) * kHoursPerMonth));
    }
}

} // namespace

void Pricer::add(const std::string &key, const std::string &what, const LineQuantity &quantity,
                 const std::string &commitmentService)
{
    if (!m_plan) {
        addAt(key, what, quantity(*m_load), commitmentService);
        return;
    }
    const PriceBook *book = m_book;
    const PriceEntry *entry = book ? book->find(key) : nullptr;
    if (!entry && m_fallback && (entry = m_fallback->find(key)))
        book = m_fallback;
    if (!entry)
        return;  // no line: the full path's warning
    PlannedLine line;
    line.entry = entry;
    line.quantity = quantity;
    // The option's committed price where the line has one, as applyPurchaseOption applies it.
    if (m_option != PurchaseOption::OnDemand)
        line.committedUnitPriceUsd =
            committedUnitPrice(*book, *entry, commitmentService, m_option == PurchaseOption::ThreeYear ? "3yr" : "1yr");
    m_plan->push_back(std::move(line));
}

void Pricer::addAt(const std::string &key, const std::string &what, double quantity,
                   const std::string &commitmentService)
{
    const PriceBook *book = m_book;
    const PriceEntry *entry = book ? book->find(key) : nullptr;
    std::string note;
    if (!entry && m_fallback && (entry = m_fallback->find(key))) {
        book = m_fallback;
        note = m_fallback->region + " rate (no " + m_region + " price)";
    }
    if (!entry) {
        m_cost->warnings.push_back("no price for " + key + " in " + m_region
                                   + (m_book ? std::string() : std::string(" (no price book for the region)")));
        return;
    }
    const PricedQuantity priced = priceOf(*entry, quantity);
    CostLine line;
    line.what = what;
    line.quantity = quantity / entry->per;
    line.unit = unitLabel(*entry);
    line.unitPriceUsd = line.onDemandUnitPriceUsd = priced.unitPriceUsd;
    line.monthlyUsd = priced.usd;
    line.onDemandMonthlyUsd = priced.usd;
    line.priceKey = key;
    line.commitmentService = commitmentService;
    line.priceRegion = book->region;
    line.fallbackPrice = !note.empty();
    line.priceNote = std::move(note);
    line.oneYear = lineCommitment(*book, *entry, commitmentService, "1yr");
    line.threeYear = lineCommitment(*book, *entry, commitmentService, "3yr");
    m_cost->lines.push_back(std::move(line));
}

void Pricer::addCustom(const std::string &what, const LineQuantity &quantity, const std::string &unit,
                       double unitPriceUsd)
{
    if (m_plan) {
        PlannedLine line;
        line.customUnitPriceUsd = unitPriceUsd;
        line.quantity = quantity;
        m_plan->push_back(std::move(line));
        return;
    }
    const double hours = quantity(*m_load);
    CostLine line;
    line.what = what;
    line.quantity = hours;
    line.unit = unit;
    line.unitPriceUsd = unitPriceUsd;
    line.monthlyUsd = line.onDemandMonthlyUsd = hours * unitPriceUsd;
    m_cost->lines.push_back(std::move(line));
}

void Pricer::warn(std::string warning)
{
    if (!m_plan)
        m_cost->warnings.push_back(std::move(warning));
}

double PlannedLine::monthlyAt(const AverageLoad &load) const
{
    const double q = quantity(load);
    if (!entry)
        return q * customUnitPriceUsd;
    // applyPurchaseOption: quantity in the entry's units × the committed price, else on demand.
    return committedUnitPriceUsd ? q / entry->per * *committedUnitPriceUsd : priceOf(*entry, q).usd;
}

double proxiedVcpus(const CompiledModel &model, int proxy)
{
    double vcpus = 0.0;
    for (const CompiledEdge &edge : model.edges) {
        const CompiledNode &target = model.nodes[edge.to];
        if (edge.from == proxy && target.behaviour == Behaviour::Database)
            vcpus += static_cast<double>(target.vcpus * (1 + target.readReplicas));
    }
    return std::max(vcpus, 2.0);  // RDS Proxy bills at least 2 vCPUs
}

void priceComponent(const CompiledModel &model, int index, Pricer &pricer)
{
    const CompiledNode &node = model.nodes[index];
    if (node.type == "ec2" || node.type == "asg") {
        pricer.add(price_keys::ec2Instance(node.instanceType), node.instanceType + " instance-hours", runningHours(),
                   "ec2");
        if (node.ebsGbPerInstance > 0.0)
            pricer.add("ebs/gp3-storage", "EBS gp3 volumes", [gb = node.ebsGbPerInstance](const AverageLoad &load) {
                return static_cast<double>(load.runningInstances) * gb;
            });
    } else if (node.type == "ecs_fargate") {
        priceCustomHours(node, "usd_per_task_hour", pricer);
    } else if (node.type == "service") {
        priceCustomHours(node, "usd_per_instance_hour", pricer);
    } else if (node.type == "lambda") {
        pricer.add("lambda/requests", "Invocations", monthlyRequests());
        pricer.add(node.variant == "arm64" ? "lambda/arm-gb-second" : "lambda/x86-gb-second", "Compute (GB-seconds)",
                   [duration = node.durationMs, memory = node.memoryMb](const AverageLoad &load) {
                       const double invocations = monthly(load.requestsPerSecond());
                       return invocations * duration / 1000.0 * memory / 1024.0;
                   });
    } else if (node.type == "elasticache") {
        pricer.add(price_keys::elastiCacheNode(node.engine, node.instanceType), node.instanceType + " node-hours",
                   runningHours(), "elasticache");
    } else if (node.type == "opensearch") {
        pricer.add(price_keys::openSearchInstance(node.instanceType), node.instanceType + " instance-hours",
                   runningHours(), "opensearch");
        pricer.add("opensearch/gp3-storage", "EBS gp3 storage", [gb = node.storageGb](const AverageLoad &load) {
            return static_cast<double>(load.runningInstances) * gb;
        });
    } else if (node.behaviour == Behaviour::Database) {
        priceDatabase(node, pricer);
    } else if (node.behaviour == Behaviour::Managed) {
        priceManaged(model, index, pricer);
    }
}

} // namespace headroom

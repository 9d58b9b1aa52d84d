// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Importing a Terraform plan into a design (issue 18). The plans are the fixtures in
// tests/fixtures/terraform/, written in Terraform's documented JSON output format
// (developer.hashicorp.com/terraform/internals/json-format); their README says what each
// exercises and what a correct import makes of it.

#include "model/compile/CompiledModel.h"
#include "model/cost/CostModel.h"
#include "model/evaluation/Evaluator.h"
#include "model/import/TerraformImport.h"
#include "model/io/ProjectFile.h"
#include "pricing/PriceBookFile.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace headroom;

namespace {

std::string fixture(const char *name)
{
    return std::string(HEADROOM_SOURCE_DIR) + "/tests/fixtures/terraform/" + name;
}

TerraformImport imported(const char *name, const UsageSettings &usage = {})
{
    Expected<TerraformImport> result = importTerraformPlanFile(fixture(name), usage);
    if (!result)
        qFatal("%s", result.error().toString().c_str());
    return std::move(result).value();
}

// The component imported from `address` (its main resource or one folded into it).
const Component &from(const TerraformImport &import, const std::string &address)
{
    for (const TerraformImportSummary::ImportedFrom &source : import.summary.components)
        if (std::find(source.addresses.begin(), source.addresses.end(), address) != source.addresses.end())
            for (const Component &component : import.project.components)
                if (component.id == source.componentId)
                    return component;
    qFatal("no component imported from %s", address.c_str());
}

ParamValue param(const Component &component, const char *name)
{
    const auto found = component.params.find(name);
    if (found == component.params.end())
        qFatal("%s has no parameter %s", component.id.c_str(), name);
    return found->second;
}

// "dns → lb" for every connection, sorted, with component types instead of ids.
std::vector<std::string> flows(const TerraformImport &import)
{
    std::vector<std::string> result;
    auto typeOf = [&](const std::string &id) {
        for (const Component &component : import.project.components)
            if (component.id == id)
                return component.type;
        return std::string("?");
    };
    for (const Connection &connection : import.project.connections)
        result.push_back(typeOf(connection.from) + " → " + typeOf(connection.to)
                         + (connection.trafficClass == TrafficClass::Read    ? " (read)"
                                : connection.trafficClass == TrafficClass::Write ? " (write)"
                                                                                 : "")
                         + (connection.async ? " async" : ""));
    std::sort(result.begin(), result.end());
    return result;
}

const Connection *connectionBetween(const TerraformImport &import, const Component &a, const Component &b)
{
    for (const Connection &connection : import.project.connections)
        if (connection.from == a.id && connection.to == b.id)
            return &connection;
    return nullptr;
}

const TerraformImportSummary::FoundConnection *evidenceOf(const TerraformImport &import, const Component &a,
                                                          const Component &b)
{
    for (const TerraformImportSummary::FoundConnection &connection : import.summary.connections)
        if (connection.from == a.id && connection.to == b.id)
            return &connection;
    return nullptr;
}

bool anyContains(const std::vector<std::string> &lines, const std::string &part)
{
    return std::any_of(lines.begin(), lines.end(), [&](const std::string &line) { return line.find(part) != std::string::npos; });
}

} // namespace

class TestTerraformImport : public QObject
{
    Q_OBJECT

private slots:
    void albBehindRoute53WithAutoScaling();
    void importedDesignEvaluatesAndPrices();
    void everyResourceType();
    void everyResourceConnections();
    void modulesForEachAndProviderAlias();
    void securityGroupRules();
    void unknownValuesAreNamedAndDefaulted();
    void sensitiveValuesAreNotRead();
    void deletedResourcesAreNotImported();
    void badInputs_data();
    void badInputs();
    void duplicateKeysAreRefused();
    void aHostileIndexFindsNothing();
    void usageSetsWhatAPlanCannotSay();
    void usageNamingWhatThePlanLacksIsAnError();
    void importedDesignRoundTrips();
    void layoutRunsLeftToRightByFlow();
};

void TestTerraformImport::albBehindRoute53WithAutoScaling()
{
    const TerraformImport import = imported("alb-asg-route53.json");
    const Component &zone = from(import, "aws_route53_zone.main");
    const Component &balancer = from(import, "aws_lb.web");
    const Component &group = from(import, "aws_autoscaling_group.app");
    const Component &database = from(import, "aws_db_instance.main");
    const Component &function = from(import, "aws_lambda_function.thumbnailer");
    QCOMPARE(zone.type, std::string("route53"));
    QCOMPARE(balancer.type, std::string("alb"));
    QCOMPARE(group.type, std::string("asg"));
    QCOMPARE(std::get<std::string>(param(group, "instance_type")), std::string("m7g.large"));
    QCOMPARE(std::get<double>(param(group, "min_instances")), 2.0);
    QCOMPARE(std::get<double>(param(group, "max_instances")), 6.0);
    QCOMPARE(database.type, std::string("rds"));
    QCOMPARE(std::get<std::string>(param(database, "instance_type")), std::string("db.r6g.large"));
    QCOMPARE(std::get<std::string>(param(database, "engine")), std::string("postgres"));
    QCOMPARE(std::get<bool>(param(database, "multi_az")), true);
    QCOMPARE(std::get<double>(param(database, "storage_gb")), 100.0);
    QCOMPARE(std::get<double>(param(function, "memory_mb")), 1024.0);
    QCOMPARE(std::get<std::string>(param(function, "architecture")), std::string("arm64"));

    // Users → Route 53 → ALB → ASG → RDS, and the Lambda on its own.
    const std::vector<std::string> expected = { "alb → asg", "asg → rds", "route53 → alb", "users → route53" };
    QCOMPARE(flows(import), expected);
    const auto *alias = evidenceOf(import, zone, balancer);
    QVERIFY(alias);
    QVERIFY(anyContains(alias->evidence, "aws_route53_record.www"));
    QVERIFY(anyContains(alias->evidence, "alias.name"));
    const auto *listener = evidenceOf(import, balancer, group);
    QVERIFY(listener);
    // The target group names its load balancer itself (load_balancer_arns), so the shortest
    // chain goes through it rather than the listener.
    QVERIFY(anyContains(listener->evidence, "aws_lb_target_group.app"));
    const auto *rule = evidenceOf(import, group, database);
    QVERIFY(rule);
    QVERIFY(anyContains(rule->evidence, "port 5432 (PostgreSQL)"));
    QCOMPARE(import.summary.unconnected, std::vector<std::string>{ function.id });
    QVERIFY(import.project.regions.empty());  // us-east-1 alone: a one-region design
    QVERIFY(import.summary.warnings.empty());
}

void TestTerraformImport::importedDesignEvaluatesAndPrices()
{
    const TerraformImport import = imported("alb-asg-route53.json");
    auto model = compileModel(import.project);
    QVERIFY2(model.ok(), model.ok() ? "" : model.error().toString().c_str());
    const Evaluation evaluation = evaluate(*model, import.project.workload.users);
    QVERIFY(std::isfinite(evaluation.availability) && evaluation.availability < 1.0);
    const SystemCost cost = costOf(*model, import.project.workload.users, bundledPriceBook(), PurchaseOption::OnDemand);
    QVERIFY(cost.complete);
    // The RDS line: db.r6g.large PostgreSQL Multi-AZ is priced, so the total is well above the ASG's floor.
    QVERIFY(cost.monthlyUsd > 300.0);
}

void TestTerraformImport::everyResourceType()
{
    const TerraformImport import = imported("every-resource.json");
    const Component &workers = from(import, "aws_instance.worker[1]");
    QCOMPARE(workers.type, std::string("ec2"));
    QCOMPARE(std::get<double>(param(workers, "instances")), 2.0);  // count = 2, one pool
    QCOMPARE(std::get<std::string>(param(workers, "instance_type")), std::string("c7i.xlarge"));
    // m5.large is not in Headroom's instance-type table: the default stands in, said with its place.
    const Component &legacy = from(import, "aws_autoscaling_group.legacy");
    QVERIFY(!legacy.params.contains("instance_type"));
    QVERIFY(anyContains(import.summary.warnings, "/planned_values/root_module/resources/9/values/instance_type: "
                                                 "aws_launch_configuration.legacy: instance_type \"m5.large\" is not in "
                                                 "Headroom's instance-type table"));
    QCOMPARE(std::get<double>(param(legacy, "min_instances")), 1.0);
    QCOMPARE(std::get<double>(param(legacy, "max_instances")), 4.0);
    QCOMPARE(from(import, "aws_alb.web").type, std::string("alb"));
    const Component &mysql = from(import, "aws_db_instance.primary");
    QCOMPARE(std::get<std::string>(param(mysql, "engine")), std::string("mysql"));
    QCOMPARE(std::get<std::string>(param(mysql, "instance_type")), std::string("db.r6g.xlarge"));
    QCOMPARE(std::get<double>(param(mysql, "read_replicas")), 1.0);
    QCOMPARE(from(import, "aws_db_instance.replica").id, mysql.id);
    const Component &orders = from(import, "aws_rds_cluster.orders");
    QCOMPARE(orders.type, std::string("aurora"));
    QCOMPARE(std::get<std::string>(param(orders, "engine")), std::string("postgres"));
    QCOMPARE(std::get<std::string>(param(orders, "instance_type")), std::string("db.r6g.large"));
    QCOMPARE(std::get<double>(param(orders, "read_replicas")), 1.0);  // two instances: writer + reader
    const Component &sessions = from(import, "aws_elasticache_replication_group.sessions");
    QCOMPARE(std::get<double>(param(sessions, "instances")), 3.0);
    QCOMPARE(std::get<std::string>(param(sessions, "instance_type")), std::string("cache.r6g.large"));
    const Component &fragments = from(import, "aws_elasticache_cluster.fragments");
    QCOMPARE(std::get<double>(param(fragments, "instances")), 2.0);
    QCOMPARE(std::get<bool>(param(from(import, "aws_sqs_queue.orders"), "fifo")), true);
    QVERIFY(!from(import, "aws_sqs_queue.events").params.contains("fifo"));
    QCOMPARE(std::get<double>(param(from(import, "aws_lambda_function.api"), "memory_mb")), 1769.0);
    QCOMPARE(from(import, "aws_s3_bucket.assets").type, std::string("s3"));
    QCOMPARE(from(import, "aws_cloudfront_distribution.cdn").type, std::string("cloudfront"));
    QCOMPARE(from(import, "aws_route53_zone.public").type, std::string("route53"));
    QVERIFY(!from(import, "aws_dynamodb_table.carts").params.contains("table_read_units_per_s"));
    const Component &catalog = from(import, "aws_dynamodb_table.catalog");
    QCOMPARE(std::get<double>(param(catalog, "table_read_units_per_s")), 20.0);
    QCOMPARE(std::get<double>(param(catalog, "table_write_units_per_s")), 10.0);
    const Component &search = from(import, "aws_opensearch_domain.search");
    QCOMPARE(std::get<double>(param(search, "instances")), 3.0);
    QCOMPARE(std::get<std::string>(param(search, "instance_type")), std::string("r6g.large.search"));
    QCOMPARE(std::get<double>(param(search, "storage_gb")), 100.0);
    QCOMPARE(from(import, "aws_elasticsearch_domain.logs").type, std::string("opensearch"));
    QCOMPARE(from(import, "aws_db_proxy.mysql").type, std::string("rds_proxy"));
    QCOMPARE(from(import, "aws_nat_gateway.main").type, std::string("nat_gateway"));
    QCOMPARE(std::get<std::string>(param(from(import, "aws_api_gateway_rest_api.shop"), "api_type")), std::string("rest"));
    QCOMPARE(std::get<std::string>(param(from(import, "aws_apigatewayv2_api.http"), "api_type")), std::string("http"));

    // Not modelled, listed with their reason; the data source is not a resource at all.
    std::vector<std::string> unmodelled;
    for (const auto &resource : import.summary.unmodelled)
        unmodelled.push_back(resource.address);
    const std::vector<std::string> expected = { "aws_vpc.main", "aws_subnet.public_a", "aws_subnet.private_a",
                                                "aws_subnet.private_b", "aws_iam_role.lambda",
                                                "aws_cloudwatch_log_group.worker", "aws_lb.internal" };
    QCOMPARE(unmodelled, expected);
    QVERIFY(anyContains({ import.summary.unmodelled.back().reason }, "network load balancer"));
}

void TestTerraformImport::everyResourceConnections()
{
    const TerraformImport import = imported("every-resource.json");
    auto linked = [&](const char *a, const char *b) {
        return connectionBetween(import, from(import, a), from(import, b)) != nullptr;
    };
    QVERIFY(linked("aws_alb.web", "aws_autoscaling_group.legacy"));          // listener → target group
    QVERIFY(linked("aws_sqs_queue.orders", "aws_lambda_function.worker"));   // event source mapping
    QVERIFY(!linked("aws_lambda_function.worker", "aws_sqs_queue.orders"));
    QVERIFY(linked("aws_cloudfront_distribution.cdn", "aws_s3_bucket.assets"));  // origins
    QVERIFY(linked("aws_cloudfront_distribution.cdn", "aws_alb.web"));
    QVERIFY(linked("aws_route53_zone.public", "aws_cloudfront_distribution.cdn"));  // alias record
    QVERIFY(linked("aws_db_proxy.mysql", "aws_db_instance.primary"));       // proxy target
    QVERIFY(linked("aws_api_gateway_rest_api.shop", "aws_lambda_function.api"));  // integrations
    QVERIFY(linked("aws_apigatewayv2_api.http", "aws_lambda_function.api"));
    const auto *mapping = evidenceOf(import, from(import, "aws_sqs_queue.orders"), from(import, "aws_lambda_function.worker"));
    QVERIFY(anyContains(mapping->evidence, "event source mapping aws_lambda_event_source_mapping.orders"));
    // Users enter at the one Route 53 zone that leads somewhere.
    const Component &users = from(import, "aws_route53_zone.public");
    QVERIFY(std::any_of(import.project.connections.begin(), import.project.connections.end(),
                        [&](const Connection &c) { return c.from == "users" && c.to == users.id; }));
}

void TestTerraformImport::modulesForEachAndProviderAlias()
{
    const TerraformImport import = imported("modules.json");
    const Component &web = from(import, "module.app.aws_instance.web[\"a\"]");
    QCOMPARE(from(import, "module.app.aws_instance.web[\"b\"]").id, web.id);
    QCOMPARE(std::get<double>(param(web, "instances")), 2.0);
    QCOMPARE(std::get<std::string>(param(web, "instance_type")), std::string("m7i.large"));
    QCOMPARE(web.group, std::string("module.app"));
    const Component &database = from(import, "module.app.module.db.aws_db_instance.main");
    QCOMPARE(database.group, std::string("module.app.module.db"));
    QCOMPARE(database.region, std::string("eu-west-1"));
    QCOMPARE(web.region, std::string("eu-west-1"));
    QCOMPARE(std::get<double>(param(database, "read_replicas")), 1.0);  // the us-west-2 replica
    QCOMPARE(from(import, "module.dr.aws_db_instance.replica").id, database.id);
    QCOMPARE(from(import, "module.network.aws_nat_gateway.this").group, std::string("module.network"));
    // web → db through the module output, the DbHost tag and the security group.
    const auto *found = evidenceOf(import, web, database);
    QVERIFY(found);
    QVERIFY(anyContains(found->evidence, "configuration reference"));
    QVERIFY(anyContains(found->evidence, "port 5432"));
    QCOMPARE(import.project.regions.size(), size_t(1));
    QCOMPARE(import.project.regions.front().name, std::string("eu-west-1"));
}

void TestTerraformImport::securityGroupRules()
{
    const TerraformImport import = imported("security-groups.json");
    const Component &web = from(import, "aws_instance.web");
    const Component &cache = from(import, "aws_elasticache_cluster.cache");
    const Component &database = from(import, "aws_db_instance.db");
    QCOMPARE(web.region, std::string("us-east-2"));
    // The rules give web → cache (6379) and web → db (5432); a service with a cache and a
    // database reads through the cache (cache-aside, marked as assumed).
    const std::vector<std::string> expected = { "ec2 → elasticache (read)", "ec2 → rds (write)", "elasticache → rds",
                                                "users → ec2" };
    QCOMPARE(flows(import), expected);
    QVERIFY(anyContains(evidenceOf(import, web, cache)->evidence, "aws_security_group_rule.cache_from_web"));
    QVERIFY(anyContains(evidenceOf(import, web, cache)->evidence, "port 6379 (Redis)"));
    QVERIFY(anyContains(evidenceOf(import, web, database)->evidence, "aws_vpc_security_group_ingress_rule.db_from_web"));
    QVERIFY(anyContains(evidenceOf(import, cache, database)->evidence, "assumed: cache misses read the database"));
}

void TestTerraformImport::unknownValuesAreNamedAndDefaulted()
{
    const TerraformImport import = imported("unknown-values.json");
    const Component &batch = from(import, "aws_instance.batch");
    QVERIFY(!batch.params.contains("instance_type"));  // the catalog's default stands in
    QVERIFY(anyContains(import.summary.warnings, "/after_unknown/instance_type: aws_instance.batch: instance_type is known "
                                                 "only after apply; m6i.large (the catalog's default) stands in"));
    const Component &group = from(import, "aws_autoscaling_group.app");
    QCOMPARE(std::get<std::string>(param(group, "instance_type")), std::string("m7g.large"));
    QCOMPARE(std::get<double>(param(group, "min_instances")), 2.0);
    QVERIFY(anyContains(import.summary.warnings, "aws_autoscaling_group.app: desired_capacity is known only after apply"));
}

void TestTerraformImport::sensitiveValuesAreNotRead()
{
    const TerraformImport import = imported("sensitive.json");
    const Component &database = from(import, "aws_db_instance.main");
    QVERIFY(!database.params.contains("instance_type"));
    QVERIFY(anyContains(import.summary.warnings, "/sensitive_values/instance_class: aws_db_instance.main: instance_class "
                                                 "is sensitive and is not read"));
    const std::string saved = serializeProject(import.project);
    QVERIFY(saved.find("db.r6g.xlarge") == std::string::npos);
    const std::string summary = importSummaryText(import.summary);
    QVERIFY(summary.find("db.r6g.xlarge") == std::string::npos);
}

void TestTerraformImport::deletedResourcesAreNotImported()
{
    const TerraformImport import = imported("deleted.json");
    QCOMPARE(import.project.components.size(), size_t(1));  // the queue; no entry, so no users
    QCOMPARE(import.project.components.front().type, std::string("sqs"));
    QVERIFY(anyContains(import.summary.warnings, "nothing in the plan takes user traffic"));
}

void TestTerraformImport::badInputs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a Headroom project") << "not-a-plan.json"
                                         << "not-a-plan.json: /format_version: not a Terraform plan: no format_version";
    QTest::newRow("Terraform state") << "state.json" << "state.json: /planned_values: this is Terraform state, not a plan";
    QTest::newRow("format 2.0") << "future-version.json"
                                << "future-version.json: /format_version: format version 2.0 is not supported";
    QTest::newRow("nothing modelled") << "nothing-modelled.json"
                                      << "nothing-modelled.json: nothing in the plan is a component Headroom models "
                                         "(it plans 1 aws_iam_role, 1 aws_vpc)";
    QTest::newRow("truncated") << "truncated.json" << "invalid JSON: syntax error";
    QTest::newRow("empty") << "empty.json" << "empty.json: the file is empty, not a Terraform plan";
    QTest::newRow("a folder") << "." << "is a folder, not a file";
    QTest::newRow("missing") << "no-such-plan.json" << "no-such-plan.json: no such file";
}

void TestTerraformImport::badInputs()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const Expected<TerraformImport> result = importTerraformPlanFile(fixture(file.toStdString().c_str()));
    QVERIFY(!result.ok());
    const std::string message = result.error().toString();
    QVERIFY2(message.find(expected.toStdString()) != std::string::npos, message.c_str());
    if (file == QLatin1String("truncated.json"))
        QVERIFY(result.error().line > 1);
}

void TestTerraformImport::duplicateKeysAreRefused()
{
    // Terraform never writes a key twice; a plan that has one was edited, and the last value
    // must not win silently.
    const char *plan = R"({"format_version": "1.2", "planned_values": {"root_module": {"resources": [
        {"address": "aws_sqs_queue.jobs", "mode": "managed", "type": "aws_sqs_queue", "name": "jobs",
         "values": {"fifo_queue": false, "fifo_queue": true}}]}}})";
    const Expected<TerraformImport> result = importTerraformPlan(plan, "edited.json");
    QVERIFY(!result.ok());
    QVERIFY2(result.error().toString().find("edited.json: /planned_values/root_module/resources/0/values/fifo_queue") == 0,
             result.error().toString().c_str());
}

void TestTerraformImport::aHostileIndexFindsNothing()
{
    // A provider region naming var.<digits past size_t> where `variables` is an array: the
    // lookup once threw std::out_of_range out of the importer and aborted the CLI.
    const char *plan = R"({"format_version": "1.2", "variables": [1],
        "planned_values": {"root_module": {"resources": [
          {"address": "aws_sqs_queue.jobs", "mode": "managed", "type": "aws_sqs_queue", "name": "jobs", "values": {}}]}},
        "configuration": {"provider_config": {"aws": {"name": "aws",
          "expressions": {"region": {"references": ["var.99999999999999999999999"]}}}}}})";
    const Expected<TerraformImport> result = importTerraformPlan(plan, "hostile.json");
    QVERIFY(result.ok());
    QCOMPARE(result->project.components.front().type, std::string("sqs"));
    QVERIFY(anyContains(result->summary.assumptions, "no AWS region found in the plan"));
}

void TestTerraformImport::usageSetsWhatAPlanCannotSay()
{
    UsageSettings usage;
    usage.fileName = "usage.yml";
    usage.users = 50000.0;
    usage.readFraction = 0.9;
    usage.resourceParams["aws_autoscaling_group.app"]["service_time_ms"] = 35.0;
    usage.resourceParams["aws_lambda_function.thumbnailer"]["duration_ms"] = 250.0;
    usage.callsPerRequest[{ "aws_autoscaling_group.app", "aws_db_instance.main" }] = 4.0;
    const TerraformImport import = imported("alb-asg-route53.json", usage);
    QCOMPARE(import.project.workload.users, 50000.0);
    QCOMPARE(import.project.workload.readFraction, 0.9);
    const Component &group = from(import, "aws_autoscaling_group.app");
    QCOMPARE(std::get<double>(param(group, "service_time_ms")), 35.0);
    QCOMPARE(std::get<double>(param(from(import, "aws_lambda_function.thumbnailer"), "duration_ms")), 250.0);
    QCOMPARE(connectionBetween(import, group, from(import, "aws_db_instance.main"))->callsPerRequest, 4.0);
    QVERIFY(anyContains(import.summary.assumptions, "workload.users = 50000 users (from the usage file)"));
    QVERIFY(anyContains(import.summary.assumptions, "workload.peak_to_average = 3 (the project default"));
}

void TestTerraformImport::usageNamingWhatThePlanLacksIsAnError()
{
    UsageSettings unknownResource;
    unknownResource.fileName = "usage.yml";
    unknownResource.resourceParams["aws_instance.nope"]["instances"] = 2.0;
    auto result = importTerraformPlanFile(fixture("alb-asg-route53.json"), unknownResource);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().toString(), std::string("usage.yml: /resource_usage/aws_instance.nope: no component was imported "
                                                    "from a resource \"aws_instance.nope\" (the import summary lists the addresses)"));

    UsageSettings unknownParam;
    unknownParam.fileName = "usage.yml";
    unknownParam.resourceParams["aws_lb.web"]["instances"] = 2.0;
    result = importTerraformPlanFile(fixture("alb-asg-route53.json"), unknownParam);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().toString(),
             std::string("usage.yml: /resource_usage/aws_lb.web/instances: \"instances\" is not a parameter of a alb component"));

    UsageSettings outOfRange;
    outOfRange.fileName = "usage.yml";
    outOfRange.resourceParams["aws_autoscaling_group.app"]["target_utilization"] = 3.0;
    result = importTerraformPlanFile(fixture("alb-asg-route53.json"), outOfRange);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().toString().rfind("usage.yml: /resource_usage/aws_autoscaling_group.app/target_utilization: ", 0)
                 == 0,
             result.error().toString().c_str());

    UsageSettings noSuchCall;
    noSuchCall.fileName = "usage.yml";
    noSuchCall.callsPerRequest[{ "aws_db_instance.main", "aws_lb.web" }] = 2.0;
    result = importTerraformPlanFile(fixture("alb-asg-route53.json"), noSuchCall);
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.find("found no connection from aws_db_instance.main to aws_lb.web") != std::string::npos);
}

void TestTerraformImport::importedDesignRoundTrips()
{
    for (const char *name : { "alb-asg-route53.json", "every-resource.json", "modules.json", "security-groups.json" }) {
        const TerraformImport import = imported(name);
        const Expected<Project> reread = parseProject(serializeProject(import.project), name);
        QVERIFY2(reread.ok(), reread.ok() ? name : reread.error().toString().c_str());
        QVERIFY2(*reread == import.project, name);
        QVERIFY2(compileModel(*reread).ok(), name);
    }
}

void TestTerraformImport::layoutRunsLeftToRightByFlow()
{
    const TerraformImport import = imported("alb-asg-route53.json");
    auto at = [&](const char *address) { return from(import, address).position; };
    const Position users = from(import, "aws_route53_zone.main").position;
    QVERIFY(users.x < at("aws_lb.web").x);
    QVERIFY(at("aws_lb.web").x < at("aws_autoscaling_group.app").x);
    QVERIFY(at("aws_autoscaling_group.app").x < at("aws_db_instance.main").x);
    // No two components share a place.
    for (size_t i = 0; i < import.project.components.size(); ++i)
        for (size_t j = i + 1; j < import.project.components.size(); ++j)
            QVERIFY(!(import.project.components[i].position == import.project.components[j].position));
}

QTEST_GUILESS_MAIN(TestTerraformImport)
#include "tst_terraform_import.moc"

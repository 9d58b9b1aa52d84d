// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/catalog/Catalog.h"
#include "model/catalog/CatalogParams.h"

namespace headroom {

using namespace catalog;

std::vector<ComponentSpec> edgeComponentSpecs()
{
    std::vector<ComponentSpec> specs;

    ComponentSpec users{"users", "Users", Category::Entry, Behaviour::Entry};
    users.summary = "Where the workload enters: the peak request rate of the project's users.";
    users.params = {
        positive("share", 1.0, "",
                 "Weight of the workload entering here when a project has several user groups; "
                 "shares are normalised to sum to 1.",
                 "assumption: one group takes all traffic"),
    };
    specs.push_back(users);

    ComponentSpec route53{"route53", "Route 53", Category::EdgeAndNetwork, Behaviour::Managed};
    route53.summary = "DNS. Resolvers cache its answers, so it adds no time per request.";
    route53.params = {
        latency(0.0, "assumption: answers are cached by resolvers, not looked up per request"),
        number("queries_per_request", 0.05, 0.0, "queries",
               "DNS queries that reach Route 53 per request (resolvers cache answers for the TTL).",
               "assumption: 1 in 20 requests"),
        // How fast a failed region's users move to the others (model/README.md §6, Regions).
        choice("health_check_interval", "30s", {"10s", "30s"},
               "How often each health checker probes an endpoint (fast or standard checks).",
               "Route 53 Developer Guide: health checks every 10 or 30 seconds; standard is 30"),
        count("failure_threshold", 3, 1, 10, "checks",
              "Consecutive failed checks before Route 53 considers an endpoint unhealthy.",
              "Route 53 Developer Guide: 1 to 10, default 3"),
        count("dns_ttl_s", 60, 0, 86400, "s",
              "TTL of the records that fail over: how long resolvers keep the old answer.",
              "assumption: 60 s, a common TTL for failover records"),
    };
    addServiceOutages(route53, true, 1.0, "Route 53 SLA: 100 % (reference slas[], medium-high confidence)");
    specs.push_back(route53);

    ComponentSpec cloudfront{"cloudfront", "CloudFront", Category::EdgeAndNetwork, Behaviour::Managed};
    cloudfront.filtersReads = true;
    cloudfront.summary = "CDN: answers cached reads at the edge and forwards misses and writes.";
    cloudfront.params = {
        fraction("hit_ratio", 0.5, "Share of reads answered from the edge cache.",
                 "assumption: half of reads cacheable; static sites reach 0.9+"),
        latency(10.0, "assumption: typical edge round trip inside the region served"),
        positive("quota_rps", 250000.0, "rps", "Requests per second per distribution.",
                 "AWS CloudFront quotas: 250,000 requests per second per distribution (adjustable)"),
    };
    addServiceOutages(cloudfront, true, 0.999, "CloudFront SLA 99.9 % (updated 2022-05-05)");
    specs.push_back(cloudfront);

    ComponentSpec waf{"waf", "WAF", Category::EdgeAndNetwork, Behaviour::Managed};
    waf.summary = "Web application firewall in front of CloudFront, an ALB or API Gateway.";
    waf.params = {
        latency(1.0, "assumption: rule evaluation adds about a millisecond"),
        count("rules", 5, 0, 1000, "rules", "Rules in the web ACL (priced per rule-month).", "assumption"),
    };
    addServiceOutages(waf, false, 0.999, "assumption: no WAF SLA figure in the reference; change to yours");
    specs.push_back(waf);

    ComponentSpec alb{"alb", "Application Load Balancer", Category::EdgeAndNetwork, Behaviour::Managed};
    alb.summary = "Spreads requests over its targets; scales by itself (priced in LCUs).";
    alb.params = {
        latency(2.0, "assumption: an ALB adds a few milliseconds"),
        positive("requests_per_connection", 10.0, "requests",
                 "Requests a client sends over one connection (keep-alive); sets new connections/s.",
                 "assumption"),
        positive("connection_duration_s", 60.0, "s", "How long a client connection stays open.",
                 "assumption"),
        count("rules", 10, 0, 1000, "rules", "Listener rules evaluated per request.",
              "assumption; AWS LCUs count rule evaluations beyond the first 10 rules"),
    };
    addServiceOutages(alb, false, 0.9999, "ELB SLA, multi-AZ load balancer 99.99 % (updated 2022-07-25)");
    specs.push_back(alb);

    ComponentSpec apiGateway{"api_gateway", "API Gateway", Category::EdgeAndNetwork, Behaviour::Managed};
    apiGateway.summary = "Managed API front door with an account-wide throttle.";
    apiGateway.params = {
        latency(10.0, "assumption: typical API Gateway overhead"),
        positive("quota_rps", 10000.0, "rps", "Throttle quota per account per Region.",
                 "AWS API Gateway quotas: 10,000 requests per second per account per Region (adjustable)"),
        choice("api_type", "rest", {"rest", "http"}, "REST API or HTTP API (prices differ).", "assumption: REST"),
    };
    addServiceOutages(apiGateway, false, 0.9995, "API Gateway SLA 99.95 % (secondary source, reference slas[])");
    specs.push_back(apiGateway);

    ComponentSpec nat{"nat_gateway", "NAT gateway", Category::EdgeAndNetwork, Behaviour::Managed};
    nat.summary = "Lets private instances reach the internet; priced per hour and per GB.";
    nat.params = {
        latency(1.0, "assumption: one extra network hop"),
    };
    addServiceOutages(nat, false, 0.999, "assumption: no NAT gateway SLA figure in the reference; change to yours");
    specs.push_back(nat);

    return specs;
}

} // namespace headroom

#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Headroom authors
# SPDX-License-Identifier: Apache-2.0

"""Builds aws-us-east-1.json, Headroom's bundled price book, from the workspace's sourced
reference figures (shared/reference/aws-us-east-1-facts.json). Every entry keeps the
reference's source key; nothing is priced that the reference does not have.

    python3 resources/pricing/build_price_book.py ../shared/reference/aws-us-east-1-facts.json \
        > resources/pricing/aws-us-east-1.json
"""
import json
import sys

TB = 1024  # AWS prices data in tiers of TB = 1 024 GB


def main(path):
    ref = json.load(open(path))
    items = ref["items"]

    def find(service, sku):
        for item in items:
            if item["service"] == service and item["sku"] == sku:
                return item
        raise SystemExit(f"reference has no {service} / {sku}")

    prices = []

    def flat(key, unit, item, description, per=1):
        entry = {"key": key, "description": description, "unit": unit}
        if per != 1:
            entry["per"] = per
        entry["usd"] = item["usd"]
        entry["source"] = item["source"]
        prices.append(entry)

    def tiered(key, unit, bands, description, per=1):
        """bands: [(up_to or None, item)]"""
        entry = {"key": key, "description": description, "unit": unit}
        if per != 1:
            entry["per"] = per
        entry["tiers"] = [({"up_to": up} if up is not None else {}) | {"usd": item["usd"]} for up, item in bands]
        entry["source"] = "+".join(sorted({item["source"] for _, item in bands}))
        prices.append(entry)

    for item in items:
        if item["service"] == "EC2":
            flat(f"ec2/{item['sku']}", "instance-hour", item, f"EC2 {item['sku']}, Linux, shared tenancy, on-demand")
    for item in items:
        engine = {"RDS PostgreSQL": "postgres", "RDS MySQL": "mysql"}.get(item["service"])
        if engine:
            az = "multi-az" if item["notes"].startswith("Multi-AZ") else "single-az"
            flat(f"rds/{engine}/{item['sku']}/{az}", "instance-hour", item,
                 f"RDS for {'PostgreSQL' if engine == 'postgres' else 'MySQL'} {item['sku']}, {az.replace('-az', '-AZ').replace('single', 'Single').replace('multi', 'Multi')}, on-demand")
        engine = {"Aurora PostgreSQL (Aurora Standard config)": "postgres",
                  "Aurora MySQL (Aurora Standard config)": "mysql"}.get(item["service"])
        if engine:
            flat(f"aurora/{engine}/{item['sku']}", "instance-hour", item,
                 f"Aurora {'PostgreSQL' if engine == 'postgres' else 'MySQL'} {item['sku']}, Aurora Standard, on-demand")
        engine = {"ElastiCache Redis OSS": "redis", "ElastiCache Valkey": "valkey"}.get(item["service"])
        if engine and item["sku"].startswith("cache."):
            flat(f"elasticache/{engine}/{item['sku']}", "node-hour", item,
                 f"ElastiCache for {'Redis OSS' if engine == 'redis' else 'Valkey'} {item['sku']}, on-demand")
        if item["service"] == "OpenSearch Service" and item["sku"].endswith(".search") and item["vcpu"]:
            flat(f"opensearch/{item['sku']}", "instance-hour", item, f"OpenSearch {item['sku']}, on-demand")

    flat("opensearch/gp3-storage", "GB-month", find("OpenSearch Service", "EBS gp3 storage"), "OpenSearch EBS gp3 storage")
    flat("rds_proxy/vcpu-hour", "vCPU-hour", find("RDS Proxy", "per vCPU of underlying DB instance"),
         "RDS Proxy, per vCPU of the database instances behind it (minimum 2)")
    flat("alb/hour", "hour", find("ELB", "Application Load Balancer"), "Application Load Balancer hour")
    flat("alb/lcu-hour", "LCU-hour", find("ELB", "ALB LCU"), "ALB Load Balancer Capacity Unit hour")
    flat("nat_gateway/hour", "hour", find("VPC", "NAT gateway"), "NAT gateway hour")
    flat("nat_gateway/data-processed", "GB", find("VPC", "NAT gateway data processed"), "NAT gateway data processed")
    cf = "Data transfer out, US/Mexico/Canada, "
    tiered("cloudfront/data-out", "GB", [
        (10 * TB, find("CloudFront", cf + "first 10 TB")), (50 * TB, find("CloudFront", cf + "next 40 TB")),
        (150 * TB, find("CloudFront", cf + "next 100 TB")), (500 * TB, find("CloudFront", cf + "next 350 TB")),
        (1024 * TB, find("CloudFront", cf + "next 524 TB")), (5 * 1024 * TB, find("CloudFront", cf + "next 4 PB")),
        (None, find("CloudFront", cf + "over 5 PB"))], "CloudFront data transfer out to the internet (US, Mexico, Canada)")
    flat("cloudfront/https-requests", "request", find("CloudFront", "HTTPS requests (US)"), "CloudFront HTTPS requests (US)", per=10000)
    tiered("s3/standard-storage", "GB-month", [
        (50 * TB, find("S3", "S3 Standard, first 50 TB/month")), (500 * TB, find("S3", "S3 Standard, next 450 TB/month")),
        (None, find("S3", "S3 Standard, over 500 TB/month"))], "S3 Standard storage")
    flat("s3/put-requests", "request", find("S3", "S3 Standard PUT/COPY/POST/LIST"), "S3 Standard PUT, COPY, POST, LIST requests", per=1000)
    flat("s3/get-requests", "request", find("S3", "S3 Standard GET/SELECT/other"), "S3 Standard GET, SELECT and other requests", per=1000)
    flat("sqs/standard-requests", "request", find("SQS", "Standard queue requests"), "SQS standard queue requests", per=1_000_000)
    flat("sqs/fifo-requests", "request", find("SQS", "FIFO queue requests"), "SQS FIFO queue requests", per=1_000_000)
    flat("lambda/requests", "request", find("Lambda", "Requests"), "Lambda requests", per=1_000_000)
    tiered("lambda/x86-gb-second", "GB-second", [
        (6e9, find("Lambda", "x86 duration, first 6B GB-s/month")), (15e9, find("Lambda", "x86 duration, next 9B GB-s")),
        (None, find("Lambda", "x86 duration, over 15B GB-s"))], "Lambda duration, x86")
    tiered("lambda/arm-gb-second", "GB-second", [
        (7.5e9, find("Lambda", "Arm duration, first 7.5B GB-s/month")), (18.75e9, find("Lambda", "Arm duration, next 11.25B GB-s")),
        (None, find("Lambda", "Arm duration, over 18.75B GB-s"))], "Lambda duration, Arm")
    flat("dynamodb/read-request-units", "RRU", find("DynamoDB", "On-demand read request units"), "DynamoDB on-demand read request units", per=1_000_000)
    flat("dynamodb/write-request-units", "WRU", find("DynamoDB", "On-demand write request units"), "DynamoDB on-demand write request units", per=1_000_000)
    flat("dynamodb/storage", "GB-month", find("DynamoDB", "Storage (Standard table class)"), "DynamoDB storage, Standard table class")
    flat("route53/hosted-zone", "zone-month", find("Route 53", "Hosted zone"), "Route 53 hosted zone")
    tiered("route53/standard-queries", "query", [
        (1e9, find("Route 53", "Standard queries, first 1B/month")), (None, find("Route 53", "Standard queries, over 1B/month"))],
        "Route 53 standard queries", per=1_000_000)
    tiered("api_gateway/rest-requests", "request", [
        (333e6, find("API Gateway", "REST API requests, first 333M/month")), (1e9, find("API Gateway", "REST API requests, next 667M")),
        (20e9, find("API Gateway", "REST API requests, next 19B")), (None, find("API Gateway", "REST API requests, over 20B"))],
        "API Gateway REST API requests", per=1_000_000)
    tiered("api_gateway/http-requests", "request", [
        (300e6, find("API Gateway", "HTTP API requests, first 300M/month")), (None, find("API Gateway", "HTTP API requests, over 300M"))],
        "API Gateway HTTP API requests", per=1_000_000)
    flat("waf/web-acl", "ACL-month", find("WAF", "Web ACL"), "AWS WAF web ACL")
    flat("waf/rule", "rule-month", find("WAF", "Rule"), "AWS WAF rule")
    flat("waf/requests", "request", find("WAF", "Requests"), "AWS WAF requests", per=1_000_000)
    flat("ebs/gp3-storage", "GB-month", find("EBS", "gp3 storage"), "EBS gp3 volume storage")
    flat("rds/storage/gp3/single-az", "GB-month", find("RDS storage", "gp3 Single-AZ (PostgreSQL/MySQL)"), "RDS gp3 storage, Single-AZ")
    flat("rds/storage/gp3/multi-az", "GB-month", find("RDS storage", "gp3 Multi-AZ (PostgreSQL/MySQL)"), "RDS gp3 storage, Multi-AZ")
    flat("aurora/storage", "GB-month", find("Aurora", "Aurora Standard storage"), "Aurora Standard storage")
    flat("aurora/io-requests", "request", find("Aurora", "Aurora Standard I/O requests"), "Aurora Standard I/O requests", per=1_000_000)
    tiered("data-transfer/out-to-internet", "GB", [
        (10 * TB, find("Data transfer", "Out to internet, first 10 TB/month")), (50 * TB, find("Data transfer", "Out to internet, next 40 TB/month")),
        (150 * TB, find("Data transfer", "Out to internet, next 100 TB/month")), (None, find("Data transfer", "Out to internet, over 150 TB/month"))],
        "Data transfer out from EC2 and other regional services to the internet")
    flat("data-transfer/inter-az", "GB", find("Data transfer", "Inter-AZ (same region)"), "Data transfer between availability zones, each direction")
    flat("data-transfer/inter-region", "GB", find("Data transfer", "Inter-region us-east-1 -> most other regions"), "Data transfer from us-east-1 to most other regions")

    used = set()
    for entry in prices:
        used.update(entry["source"].split("+"))
    sources = {k: {"ref": v["ref"], "as_of": v["as_of"]} for k, v in ref["sources"].items() if k in used}
    book = {
        "format": "headroom-price-book",
        "version": 1,
        "region": ref["region"],
        "currency": ref["currency"],
        "as_of": "2024-07-01 to 2026-10-06 (each source's date is under sources)",
        "about": "On-demand list prices for us-east-1, Linux, shared tenancy, free tiers not applied. "
                 "Built by resources/pricing/build_price_book.py from Headroom's sourced reference figures. "
                 "No commitment (reserved / savings plan) discounts: the reference has no sourced figure; "
                 "import an AWS offer file (headroom-cli prices import) to get them.",
        "sources": sources,
        "prices": prices,
        "commitments": [],
    }
    json.dump(book, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])

#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Headroom authors
# SPDX-License-Identifier: Apache-2.0

"""Builds Headroom's bundled price books from the workspace's sourced reference figures:

* aws-us-east-1.json from shared/reference/aws-us-east-1-facts.json, with the commitment
  (reserved / Savings Plans) rates of shared/reference/aws-commitments-and-regions.json;
* aws-us-west-2.json and aws-eu-west-1.json from aws-commitments-and-regions.json alone.

Every entry keeps the reference's source key; nothing is priced that the reference does not
have, a regional entry uses the key the us-east-1 book gives the same product, and no price
is derived from another product's or another size's. Run from the repository root:

    python3 resources/pricing/build_price_book.py ../shared/reference/aws-us-east-1-facts.json \
        ../shared/reference/aws-commitments-and-regions.json --region us-east-1 \
        > resources/pricing/aws-us-east-1.json
    python3 resources/pricing/build_price_book.py ../shared/reference/aws-us-east-1-facts.json \
        ../shared/reference/aws-commitments-and-regions.json --region us-west-2 \
        > resources/pricing/aws-us-west-2.json
    python3 resources/pricing/build_price_book.py ../shared/reference/aws-us-east-1-facts.json \
        ../shared/reference/aws-commitments-and-regions.json --region eu-west-1 \
        > resources/pricing/aws-eu-west-1.json

Add --skipped to list on stderr the reference's commitment rows the book leaves out, and why.

A `committed` rate is the EFFECTIVE price per `per` units of its entry over the term (any
upfront fee spread over 8 760 h a year, 26 280 h for three years). Per entry and term the
builder takes the no-upfront row (standard offering class for EC2; a Compute Savings Plan's
no-upfront rate), else the cheapest effective row that includes the upfront fee. It never
takes a recurring-only partial/all-upfront row (Infracost's: the fee is missing), a row the
reference marks SUSPECT or of low confidence, or an "assumed" deployment when a stated one
exists; and it attaches rates to flat entries only.
"""
import argparse
import json
import re
import sys

TB = 1024  # AWS prices data in tiers of TB = 1 024 GB
HOME = "us-east-1"  # the region of the facts file and of the fullest book


def find(items, service, sku):
    for item in items:
        if item["service"] == service and item["sku"] == sku:
            return item
    raise SystemExit(f"reference has no {service} / {sku}")


def flat(key, unit, item, description, per=1):
    entry = {"key": key, "description": description, "unit": unit}
    if per != 1:
        entry["per"] = per
    entry["usd"] = item["usd"]
    entry["source"] = item["source"]
    return entry


def tiered(key, unit, bands, description, per=1):
    """bands: [(up_to or None, item)]"""
    entry = {"key": key, "description": description, "unit": unit}
    if per != 1:
        entry["per"] = per
    entry["tiers"] = [({"up_to": up} if up is not None else {}) | {"usd": item["usd"]} for up, item in bands]
    entry["source"] = "+".join(sorted({item["source"] for _, item in bands}))
    return entry


RDS_ENGINES = {"RDS PostgreSQL": "postgres", "RDS MySQL": "mysql"}
CACHE_ENGINES = {"ElastiCache Redis OSS": "redis", "ElastiCache Valkey": "valkey"}


def ec2_description(sku):
    return f"EC2 {sku}, Linux, shared tenancy, on-demand"


def rds_description(engine, sku, az):
    name = "PostgreSQL" if engine == "postgres" else "MySQL"
    return f"RDS for {name} {sku}, {az.replace('-az', '-AZ').replace('single', 'Single').replace('multi', 'Multi')}, on-demand"


def elasticache_description(engine, sku):
    return f"ElastiCache for {'Redis OSS' if engine == 'redis' else 'Valkey'} {sku}, on-demand"


def data_out_bands(items, service="Data transfer"):
    return [(10 * TB, find(items, service, "Out to internet, first 10 TB/month")),
            (50 * TB, find(items, service, "Out to internet, next 40 TB/month")),
            (150 * TB, find(items, service, "Out to internet, next 100 TB/month")),
            (None, find(items, service, "Out to internet, over 150 TB/month"))]


def home_prices(facts):
    """The us-east-1 on-demand entries, from aws-us-east-1-facts.json."""
    items = facts["items"]
    prices = []

    def add(entry):
        prices.append(entry)

    for item in items:
        if item["service"] == "EC2":
            add(flat(f"ec2/{item['sku']}", "instance-hour", item, ec2_description(item["sku"])))
    for item in items:
        engine = RDS_ENGINES.get(item["service"])
        if engine:
            az = "multi-az" if item["notes"].startswith("Multi-AZ") else "single-az"
            add(flat(f"rds/{engine}/{item['sku']}/{az}", "instance-hour", item, rds_description(engine, item["sku"], az)))
        engine = {"Aurora PostgreSQL (Aurora Standard config)": "postgres",
                  "Aurora MySQL (Aurora Standard config)": "mysql"}.get(item["service"])
        if engine:
            add(flat(f"aurora/{engine}/{item['sku']}", "instance-hour", item,
                     f"Aurora {'PostgreSQL' if engine == 'postgres' else 'MySQL'} {item['sku']}, Aurora Standard, on-demand"))
        engine = CACHE_ENGINES.get(item["service"])
        if engine and item["sku"].startswith("cache."):
            add(flat(f"elasticache/{engine}/{item['sku']}", "node-hour", item, elasticache_description(engine, item["sku"])))
        if item["service"] == "OpenSearch Service" and item["sku"].endswith(".search") and item["vcpu"]:
            add(flat(f"opensearch/{item['sku']}", "instance-hour", item, f"OpenSearch {item['sku']}, on-demand"))

    def f(service, sku):
        return find(items, service, sku)

    add(flat("opensearch/gp3-storage", "GB-month", f("OpenSearch Service", "EBS gp3 storage"), "OpenSearch EBS gp3 storage"))
    add(flat("rds_proxy/vcpu-hour", "vCPU-hour", f("RDS Proxy", "per vCPU of underlying DB instance"),
             "RDS Proxy, per vCPU of the database instances behind it (minimum 2)"))
    add(flat("alb/hour", "hour", f("ELB", "Application Load Balancer"), "Application Load Balancer hour"))
    add(flat("alb/lcu-hour", "LCU-hour", f("ELB", "ALB LCU"), "ALB Load Balancer Capacity Unit hour"))
    add(flat("nat_gateway/hour", "hour", f("VPC", "NAT gateway"), "NAT gateway hour"))
    add(flat("nat_gateway/data-processed", "GB", f("VPC", "NAT gateway data processed"), "NAT gateway data processed"))
    cf = "Data transfer out, US/Mexico/Canada, "
    add(tiered("cloudfront/data-out", "GB", [
        (10 * TB, f("CloudFront", cf + "first 10 TB")), (50 * TB, f("CloudFront", cf + "next 40 TB")),
        (150 * TB, f("CloudFront", cf + "next 100 TB")), (500 * TB, f("CloudFront", cf + "next 350 TB")),
        (1024 * TB, f("CloudFront", cf + "next 524 TB")), (5 * 1024 * TB, f("CloudFront", cf + "next 4 PB")),
        (None, f("CloudFront", cf + "over 5 PB"))], "CloudFront data transfer out to the internet (US, Mexico, Canada)"))
    add(flat("cloudfront/https-requests", "request", f("CloudFront", "HTTPS requests (US)"), "CloudFront HTTPS requests (US)", per=10000))
    add(tiered("s3/standard-storage", "GB-month", [
        (50 * TB, f("S3", "S3 Standard, first 50 TB/month")), (500 * TB, f("S3", "S3 Standard, next 450 TB/month")),
        (None, f("S3", "S3 Standard, over 500 TB/month"))], "S3 Standard storage"))
    add(flat("s3/put-requests", "request", f("S3", "S3 Standard PUT/COPY/POST/LIST"), "S3 Standard PUT, COPY, POST, LIST requests", per=1000))
    add(flat("s3/get-requests", "request", f("S3", "S3 Standard GET/SELECT/other"), "S3 Standard GET, SELECT and other requests", per=1000))
    add(flat("sqs/standard-requests", "request", f("SQS", "Standard queue requests"), "SQS standard queue requests", per=1_000_000))
    add(flat("sqs/fifo-requests", "request", f("SQS", "FIFO queue requests"), "SQS FIFO queue requests", per=1_000_000))
    add(flat("lambda/requests", "request", f("Lambda", "Requests"), "Lambda requests", per=1_000_000))
    add(tiered("lambda/x86-gb-second", "GB-second", [
        (6e9, f("Lambda", "x86 duration, first 6B GB-s/month")), (15e9, f("Lambda", "x86 duration, next 9B GB-s")),
        (None, f("Lambda", "x86 duration, over 15B GB-s"))], "Lambda duration, x86"))
    add(tiered("lambda/arm-gb-second", "GB-second", [
        (7.5e9, f("Lambda", "Arm duration, first 7.5B GB-s/month")), (18.75e9, f("Lambda", "Arm duration, next 11.25B GB-s")),
        (None, f("Lambda", "Arm duration, over 18.75B GB-s"))], "Lambda duration, Arm"))
    add(flat("dynamodb/read-request-units", "RRU", f("DynamoDB", "On-demand read request units"), "DynamoDB on-demand read request units", per=1_000_000))
    add(flat("dynamodb/write-request-units", "WRU", f("DynamoDB", "On-demand write request units"), "DynamoDB on-demand write request units", per=1_000_000))
    add(flat("dynamodb/storage", "GB-month", f("DynamoDB", "Storage (Standard table class)"), "DynamoDB storage, Standard table class"))
    add(flat("route53/hosted-zone", "zone-month", f("Route 53", "Hosted zone"), "Route 53 hosted zone"))
    add(tiered("route53/standard-queries", "query", [
        (1e9, f("Route 53", "Standard queries, first 1B/month")), (None, f("Route 53", "Standard queries, over 1B/month"))],
        "Route 53 standard queries", per=1_000_000))
    add(tiered("api_gateway/rest-requests", "request", [
        (333e6, f("API Gateway", "REST API requests, first 333M/month")), (1e9, f("API Gateway", "REST API requests, next 667M")),
        (20e9, f("API Gateway", "REST API requests, next 19B")), (None, f("API Gateway", "REST API requests, over 20B"))],
        "API Gateway REST API requests", per=1_000_000))
    add(tiered("api_gateway/http-requests", "request", [
        (300e6, f("API Gateway", "HTTP API requests, first 300M/month")), (None, f("API Gateway", "HTTP API requests, over 300M"))],
        "API Gateway HTTP API requests", per=1_000_000))
    add(flat("waf/web-acl", "ACL-month", f("WAF", "Web ACL"), "AWS WAF web ACL"))
    add(flat("waf/rule", "rule-month", f("WAF", "Rule"), "AWS WAF rule"))
    add(flat("waf/requests", "request", f("WAF", "Requests"), "AWS WAF requests", per=1_000_000))
    add(flat("ebs/gp3-storage", "GB-month", f("EBS", "gp3 storage"), "EBS gp3 volume storage"))
    add(flat("rds/storage/gp3/single-az", "GB-month", f("RDS storage", "gp3 Single-AZ (PostgreSQL/MySQL)"), "RDS gp3 storage, Single-AZ"))
    add(flat("rds/storage/gp3/multi-az", "GB-month", f("RDS storage", "gp3 Multi-AZ (PostgreSQL/MySQL)"), "RDS gp3 storage, Multi-AZ"))
    add(flat("aurora/storage", "GB-month", f("Aurora", "Aurora Standard storage"), "Aurora Standard storage"))
    add(flat("aurora/io-requests", "request", f("Aurora", "Aurora Standard I/O requests"), "Aurora Standard I/O requests", per=1_000_000))
    add(tiered("data-transfer/out-to-internet", "GB", data_out_bands(items),
               "Data transfer out from EC2 and other regional services to the internet"))
    add(flat("data-transfer/inter-az", "GB", f("Data transfer", "Inter-AZ (same region)"), "Data transfer between availability zones, each direction"))
    add(flat("data-transfer/inter-region", "GB", f("Data transfer", "Inter-region us-east-1 -> most other regions"), "Data transfer from us-east-1 to most other regions"))
    return prices


def regional_item_entry(item):
    """The entry for one on-demand item of aws-commitments-and-regions.json, or None when the
    us-east-1 book has no key for that product (NLB, Classic LB, gp2, CloudWatch Logs …)."""
    region, service, sku = item["region"], item["service"], item["sku"]
    if service == "EC2":
        return flat(f"ec2/{sku}", "instance-hour", item, f"{ec2_description(sku)}, {region}")
    engine = RDS_ENGINES.get(service)
    if engine:
        az = {"Single-AZ": "single-az", "Multi-AZ": "multi-az"}[item["deployment"]]
        return flat(f"rds/{engine}/{sku}/{az}", "instance-hour", item, f"{rds_description(engine, sku, az)}, {region}")
    engine = CACHE_ENGINES.get(service)
    if engine and sku.startswith("cache."):
        return flat(f"elasticache/{engine}/{sku}", "node-hour", item, f"{elasticache_description(engine, sku)}, {region}")
    if (service, sku) == ("ELB", "Application Load Balancer"):
        note = " (third-party figure, low confidence)" if item["confidence"] == "low" else ""
        return flat("alb/hour", "hour", item, f"Application Load Balancer hour, {region}{note}")
    if (service, sku) == ("VPC", "NAT gateway"):
        return flat("nat_gateway/hour", "hour", item, f"NAT gateway hour, {region}")
    if (service, sku) == ("VPC", "NAT gateway data processed"):
        return flat("nat_gateway/data-processed", "GB", item, f"NAT gateway data processed, {region}")
    if (service, sku) == ("Data transfer", "Intra-region (inter-AZ)"):
        return flat("data-transfer/inter-az", "GB", item, f"Data transfer between availability zones in {region}, each direction")
    if (service, sku) == ("Data transfer", f"Inter-region {region} -> any other AWS region"):
        return flat("data-transfer/inter-region", "GB", item, f"Data transfer from {region} to any other region")
    return None


def regional_prices(ref, region, home_keys):
    """A region's on-demand entries, in the order of the us-east-1 book's keys."""
    items = [item for item in ref["items"] if item["region"] == region and item["pricing"] == "on_demand"]
    entries = [entry for entry in map(regional_item_entry, items) if entry]
    if any(item["service"] == "Data transfer" and item["sku"].startswith("Out to internet") for item in items):
        entries.append(tiered("data-transfer/out-to-internet", "GB", data_out_bands(items),
                              f"Data transfer out from EC2 and other regional services in {region} to the internet"))
    return in_home_order(entries, home_keys, region)


def in_home_order(entries, home_keys, region):
    """The entries sorted as the us-east-1 book lists their keys; fails on a key it does not use."""
    stray = [entry["key"] for entry in entries if entry["key"] not in home_keys]
    assert not stray, f"{region}: keys the us-east-1 book does not use: {stray}"
    order = {key: n for n, key in enumerate(home_keys)}
    return sorted(entries, key=lambda entry: order[entry["key"]])


def multi_az_pairs(prices):
    """(checked, mismatched): the book's RDS instance pairs, and those whose Multi-AZ price is
    not exactly twice the Single-AZ one."""
    by_key = {entry["key"]: entry for entry in prices}
    checked, mismatched = [], []
    for key, entry in by_key.items():
        if key.startswith("rds/") and not key.startswith("rds/storage/") and key.endswith("/multi-az"):
            single = by_key.get(key.removesuffix("multi-az") + "single-az")
            if single:
                checked.append(key)
                if round(entry["usd"], 9) != round(2 * single["usd"], 9):
                    mismatched.append((key, single["usd"], entry["usd"]))
    return checked, mismatched


def derived_multi_az(prices, region, rule_holds):
    """Multi-AZ = 2 x Single-AZ for the region's classes without a sourced Multi-AZ row, only
    when the rule holds for every us-east-1 pair; otherwise none."""
    if not rule_holds:
        return []
    keys = {entry["key"] for entry in prices}
    derived = []
    for entry in prices:
        key = entry["key"]
        if key.startswith("rds/") and key.endswith("/single-az") and not key.startswith("rds/storage/"):
            multi = key.removesuffix("single-az") + "multi-az"
            if multi not in keys:
                engine, sku = key.split("/")[1:3]
                derived.append({"key": multi, "description": f"{rds_description(engine, sku, 'multi-az')}, {region} (2 x Single-AZ)",
                                "unit": "instance-hour", "usd": round(2 * entry["usd"], 6), "source": "DERIVED_MULTI_AZ"})
    return derived


def inter_region_pairs(prices, region, regions):
    """One entry per other bundled region, at the region's 'to any other region' rate."""
    generic = next(entry for entry in prices if entry["key"] == "data-transfer/inter-region")
    return [{"key": f"data-transfer/inter-region/{destination}", "description": f"Data transfer {region} to {destination}",
             "unit": "GB", "usd": generic["usd"], "source": generic["source"]}
            for destination in regions if destination != region]


def insert_after(prices, key, entries):
    at = next(n for n, entry in enumerate(prices) if entry["key"] == key) + 1
    return prices[:at] + entries + prices[at:]


def commitment_key(item):
    """The book key a reserved / Savings Plans row prices, or None."""
    service, sku = item["service"], item["sku"]
    if service == "EC2":
        return f"ec2/{sku}"
    if service == "Lambda" and sku.startswith("x86 duration"):
        return "lambda/x86-gb-second"
    if service == "Lambda" and sku.startswith("Arm duration"):
        return "lambda/arm-gb-second"
    engine = RDS_ENGINES.get(service)
    if engine:
        deployment = item.get("deployment") or ""
        az = "multi-az" if deployment.startswith("Multi-AZ") else "single-az" if deployment.startswith("Single-AZ") else None
        return az and f"rds/{engine}/{sku}/{az}"
    engine = CACHE_ENGINES.get(service)
    if engine:
        return f"elasticache/{engine}/{sku}"
    return None


def payment_label(item):
    option = item["payment_option"].split(" ")[0]
    if item["pricing"] == "savings_plan":
        return f"{item['plan']}, {option.replace('_', ' ')}"
    if option == "no_upfront":
        return "no upfront"
    return f"{option.replace('_', ' ')}, effective"


def is_no_upfront(item):
    return (item["rate_kind"] == "recurring_hourly" and item["payment_option"].startswith("no_upfront")
            and (item["service"] != "EC2" or item["pricing"] == "savings_plan" or item["offering_class"] == "standard"))


def choose_committed(ref, region, book_entries):
    """({key: [committed rate, …]}, [(row index, row, reason) left out])."""
    by_key = {entry["key"]: entry for entry in book_entries}
    groups, skipped = {}, []
    for n, item in enumerate(ref["items"]):
        if item["region"] != region or item["pricing"] not in ("reserved", "savings_plan"):
            continue
        key = commitment_key(item)
        if "SUSPECT" in item["notes"] or item["confidence"] == "low":
            skipped.append((n, item, "marked SUSPECT / low confidence"))
        elif item["rate_kind"] == "recurring_hourly" and not item["payment_option"].startswith("no_upfront"):
            skipped.append((n, item, "recurring part of a partial/all-upfront offer only: the upfront fee is missing"))
        elif key not in by_key:
            skipped.append((n, item, f"no entry {key} in the {region} book"))
        elif "tiers" in by_key[key]:
            skipped.append((n, item, f"{key} is a tiered price; committed rates go on flat entries only"))
        else:
            groups.setdefault((key, item["term"]), []).append((n, item))
    chosen = {}
    for (key, term), rows in groups.items():
        stated = [(n, item) for n, item in rows if "assumed" not in (item.get("deployment") or "")]
        if stated and len(stated) < len(rows):
            skipped += [(n, item, "deployment only assumed; a stated one exists") for n, item in rows if (n, item) not in stated]
            rows = stated
        no_upfront = [(n, item) for n, item in rows if is_no_upfront(item)]
        effective = [(n, item) for n, item in rows if item["rate_kind"] == "effective_hourly_incl_upfront"]
        assert len(no_upfront) <= 1, f"{region} {key} {term}: several no-upfront rows"
        pick = no_upfront[0] if no_upfront else min(effective, key=lambda row: row[1]["usd"]) if effective else None
        for n, item in rows:
            if pick is None or n != pick[0]:
                why = ("a convertible RI; the standard no-upfront row is taken" if item.get("offering_class") == "convertible"
                       else "the no-upfront row of the same term is taken" if no_upfront else "a cheaper effective row is taken")
                skipped.append((n, item, why))
        if pick:
            item = pick[1]
            chosen.setdefault(key, []).append({"term": term, "payment": payment_label(item), "usd": item["usd"], "source": item["source"]})
    for rates in chosen.values():
        rates.sort(key=lambda rate: rate["term"])
    return chosen, sorted(skipped, key=lambda row: row[0])


def attach_committed(prices, chosen):
    return [entry | {"committed": chosen[entry["key"]]} if entry["key"] in chosen else entry for entry in prices]


def used_sources(prices):
    used = set()
    for entry in prices:
        used.update(entry["source"].split("+"))
        used.update(rate["source"] for rate in entry.get("committed", []))
    return used


def pick_sources(tables, used):
    """{key: {ref, as_of}} for the used keys, in the order the tables list them."""
    sources = {}
    for table in tables:
        for key, value in table.items():
            if key in used and key not in sources:
                sources[key] = {"ref": value["ref"], "as_of": value["as_of"]}
    return sources


def date_span(sources):
    dates = sorted(d for value in sources.values() for d in re.findall(r"\d{4}-\d{2}-\d{2}", value["as_of"])[:1])
    return f"{dates[0]} to {dates[-1]}" if dates else "unknown"


def coverage(prices, home_keys):
    """'ec2 52 of 52, rds 23 of 106, …; none of aurora, …' against the us-east-1 book."""
    def service(key):
        return key.split("/")[0]
    have, total = {}, {}
    for key in home_keys:
        total[service(key)] = total.get(service(key), 0) + 1
    for entry in prices:
        if entry["key"] in home_keys:
            have[service(entry["key"])] = have.get(service(entry["key"]), 0) + 1
    held = ", ".join(f"{name} {have[name]} of {total[name]}" for name in total if name in have)
    missing = ", ".join(name for name in total if name not in have)
    return held, missing


def committed_summary(prices):
    services = []
    for entry in prices:
        if "committed" in entry and entry["key"].split("/")[0] not in services:
            services.append(entry["key"].split("/")[0])
    count = sum(len(entry.get("committed", [])) for entry in prices)
    return f"{count} committed rates ({', '.join(services)})" if count else "no committed rates"


def home_book(facts, ref, chosen_prices):
    sources = pick_sources([facts["sources"], ref["sources"]], used_sources(chosen_prices))
    return {
        "format": "headroom-price-book",
        "version": 1,
        "region": facts["region"],
        "currency": facts["currency"],
        "as_of": "2022-02-13 to 2026-10-06 (each source's date is under sources)",
        "about": "On-demand list prices for us-east-1, Linux, shared tenancy, free tiers not applied. "
                 "Built by resources/pricing/build_price_book.py from Headroom's sourced reference figures. "
                 "Commitment rates (`committed`: effective price over a 1yr or 3yr term) only where the reference "
                 "has a sourced figure: ElastiCache reserved nodes (Redis OSS t4g, m6g, r6g; Valkey cache.t4g.medium, "
                 "cache.m7g.large), RDS PostgreSQL db.t4g.medium, db.m7g.large, db.m7g.xlarge and MySQL db.m6g.large "
                 "reservations, EC2 t3.medium Reserved Instances and an m7g.large Compute Savings Plan; none for other "
                 "types, Aurora, OpenSearch or Lambda: import an AWS offer file (headroom-cli prices import) to get them.",
        "sources": sources,
        "prices": chosen_prices,
        "commitments": [],
    }


def regional_book(ref, region, prices, home_keys, extra_sources):
    sources = pick_sources([ref["sources"], extra_sources], used_sources(prices))
    held, missing = coverage(prices, home_keys)
    multi_az = [entry["key"].split("/")[2] + " " + entry["key"].split("/")[1] for entry in prices
                if entry["key"].startswith("rds/") and entry["key"].endswith("/multi-az")]
    weak = [entry["key"] for entry in prices if "low confidence" in entry["description"]]
    return {
        "format": "headroom-price-book",
        "version": 1,
        "region": region,
        "currency": ref["currency"],
        "as_of": f"{date_span(sources)} (each source's date is under sources)",
        "about": f"On-demand list prices for {region}, Linux, shared tenancy, free tiers not applied, and "
                 f"{committed_summary(prices)}. Built by resources/pricing/build_price_book.py from Headroom's sourced "
                 f"reference figures (mostly snapshots of 2021-2024 whose us-east-1 rows equal the 2026 us-east-1 "
                 f"reference). Holds, of the us-east-1 book's products: {held}; and data transfer to each other "
                 f"bundled region (data-transfer/inter-region/<region>). "
                 + (f"Low confidence (a third-party figure): {', '.join(weak)}. " if weak else "")
                 + f"Lacks, so prices as a warning: {missing}; RDS db.t4g, db.m7g, db.r7g; RDS Multi-AZ "
                 f"{'except ' + ', '.join(multi_az) if multi_az else 'for every class'} (not derived from Single-AZ); "
                 f"RDS gp3 storage; "
                 f"ElastiCache m7g, r7g and Valkey. Import an AWS offer file (headroom-cli prices import) for the rest.",
        "sources": sources,
        "prices": prices,
        "commitments": [],
    }


def self_check(book):
    keys = [entry["key"] for entry in book["prices"]]
    assert len(keys) == len(set(keys)), f"duplicated keys: {sorted({k for k in keys if keys.count(k) > 1})}"
    for entry in book["prices"]:
        for source in entry["source"].split("+"):
            assert source in book["sources"], f"{entry['key']}: source {source} not in sources"
        rates = entry.get("committed", [])
        assert not rates or "usd" in entry, f"{entry['key']}: committed on a tiered entry"
        assert len({rate["term"] for rate in rates}) == len(rates), f"{entry['key']}: two committed rates for one term"
        for rate in rates:
            assert rate["term"] in ("1yr", "3yr"), f"{entry['key']}: term {rate['term']}"
            assert 0 < rate["usd"] < entry["usd"], f"{entry['key']} {rate['term']}: {rate['usd']} not below {entry['usd']}"
            assert rate["source"] in book["sources"], f"{entry['key']} {rate['term']}: source {rate['source']} not in sources"


def build(facts, ref, region):
    """(book, skipped commitment rows)"""
    home = home_prices(facts)
    home_keys = [entry["key"] for entry in home]
    regions = ref["regions"]
    if region == HOME:
        prices = insert_after(home, "data-transfer/inter-region", inter_region_pairs(home, region, regions))
        chosen, skipped = choose_committed(ref, region, prices)
        book = home_book(facts, ref, attach_committed(prices, chosen))
    else:
        prices = regional_prices(ref, region, home_keys)
        checked, mismatched = multi_az_pairs(home)
        extra = {}
        derived = derived_multi_az(prices, region, rule_holds=checked and not mismatched)
        if derived:
            extra["DERIVED_MULTI_AZ"] = {
                "ref": f"Multi-AZ = 2 x Single-AZ of the same engine and class: holds exactly for all {len(checked)} "
                       f"RDS PostgreSQL/MySQL pairs of the us-east-1 book, and for eu-west-1 db.m6g.xlarge PostgreSQL "
                       f"(INFRACOST_EUW1 Multi-AZ 0.704 = 2 x VANTAGE_RDS_2021 Single-AZ 0.352)",
                "as_of": "see the Single-AZ entry's source"}
            prices = in_home_order(prices + derived, home_keys, region)
        prices = insert_after(prices, "data-transfer/inter-region", inter_region_pairs(prices, region, regions))
        chosen, skipped = choose_committed(ref, region, prices)
        book = regional_book(ref, region, attach_committed(prices, chosen), home_keys, extra)
    self_check(book)
    return book, skipped


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("facts", help="shared/reference/aws-us-east-1-facts.json")
    parser.add_argument("commitments", help="shared/reference/aws-commitments-and-regions.json")
    parser.add_argument("--region", default=HOME)
    parser.add_argument("--skipped", action="store_true", help="list the commitment rows left out on stderr")
    args = parser.parse_args(argv)
    facts, ref = json.load(open(args.facts)), json.load(open(args.commitments))
    if args.region not in ref["regions"]:
        raise SystemExit(f"the reference has no region {args.region}; it has {', '.join(ref['regions'])}")
    book, skipped = build(facts, ref, args.region)
    if args.skipped:
        for n, item, why in skipped:
            print(f"items[{n}] {item['service']} {item['sku']} {item['term']} {item['payment_option']}"
                  f" {item.get('deployment') or ''}: {why}", file=sys.stderr)
    json.dump(book, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/catalog/Catalog.h"
#include "model/catalog/CatalogParams.h"

namespace headroom {

using namespace catalog;

std::vector<ComponentSpec> messagingAndStorageComponentSpecs()
{
    std::vector<ComponentSpec> specs;

    ComponentSpec sqs{"sqs", "SQS queue", Category::Messaging, Behaviour::Managed};
    sqs.summary = "A message queue; standard queues have no practical throughput limit, FIFO "
                  "queues a per-action quota.";
    sqs.params = {
        flag("fifo", false, "A FIFO queue (ordered, exactly-once) instead of a standard queue.",
             "assumption: standard queue"),
        flag("batching", false, "Producers send in batches of 10 (raises the FIFO quota tenfold).",
             "assumption"),
        positive("fifo_quota_per_s", 300.0, "messages/s",
                 "FIFO throughput per API action without batching.",
                 "AWS SQS quotas: 300 transactions per second per API action per FIFO queue"),
        latency(10.0, "assumption: one SendMessage round trip"),
    };
    addServiceOutages(sqs, false, 0.999, "SQS 99.9 % (secondary sources only; official page not found)");
    specs.push_back(sqs);

    ComponentSpec s3{"s3", "S3 bucket", Category::Storage, Behaviour::Managed};
    s3.summary = "Object storage: GET and PUT rates against the per-prefix request quotas.";
    s3.params = {
        count("prefixes", 1, 1, 1000000, "prefixes", "Key prefixes the load is spread over.",
              "assumption: one prefix"),
        positive("get_rps_per_prefix", 5500.0, "rps", "GET/HEAD requests per second per prefix.",
                 "AWS S3 performance guidelines: 5,500 GET/HEAD per second per prefix"),
        positive("put_rps_per_prefix", 3500.0, "rps",
                 "PUT/COPY/POST/DELETE requests per second per prefix.",
                 "AWS S3 performance guidelines: 3,500 PUT/COPY/POST/DELETE per second per prefix"),
        latency(30.0, "assumption: time to first byte of a small object in-region"),
        number("storage_gb", 100.0, 0.0, "GB", "Data stored in S3 Standard.", "assumption: 100 GB"),
    };
    addServiceOutages(s3, false, 0.999, "S3 Standard SLA 99.9 % (updated 2023-11-28)");
    specs.push_back(s3);

    return specs;
}

} // namespace headroom

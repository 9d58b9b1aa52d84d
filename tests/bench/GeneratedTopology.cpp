#include "GeneratedTopology.h"

namespace headroom::bench {

// `cells` copies of a ten-component web cell behind one entry: ALB → web ASG → cache →
// Aurora with a replica, web → SQS (async) → workers → Aurora, web → S3, DynamoDB, Lambda,
// and a generic service. Each cell takes an equal share of the traffic.
Project generatedTopology(int cells)
{
    Project project;
    project.name = "generated";
    project.components.push_back({"users", "users", "Users", {}, {}});
    const double share = 1.0 / cells;
    for (int c = 0; c < cells; ++c) {
        std::string p = "c";
        p.append(std::to_string(c)).push_back('-');
        auto add = [&](const std::string &id, const std::string &type, ParamMap params = {}) {
            project.components.push_back({std::string(p).append(id), type, id, {}, std::move(params)});
        };
        auto connect = [&](const std::string &from, const std::string &to, double calls,
                           TrafficClass cls = TrafficClass::All, bool async = false) {
            project.connections.push_back(
                {from == "users" ? from : std::string(p).append(from), std::string(p).append(to), calls, cls, async});
        };
        add("lb", "alb");
        add("web", "asg", {{"max_instances", 50.0}});
        add("cache", "elasticache", {{"instances", 2.0}});
        add("db", "aurora", {{"read_replicas", 1.0}, {"multi_az", true}});
        add("queue", "sqs");
        add("workers", "asg", {{"min_instances", 1.0}, {"service_time_ms", 100.0}});
        add("files", "s3");
        add("table", "dynamodb");
        add("fn", "lambda");
        add("search", "service", {{"instances", 2.0}});
        connect("users", "lb", share);
        connect("lb", "web", 1.0);
        connect("web", "cache", 2.0, TrafficClass::Read);
        connect("cache", "db", 1.0);
        connect("web", "db", 3.0, TrafficClass::Write);
        connect("web", "queue", 1.0, TrafficClass::Write, true);
        connect("queue", "workers", 1.0);
        connect("workers", "db", 2.0);
        connect("web", "files", 0.5, TrafficClass::Read);
        connect("web", "table", 1.0);
        connect("web", "fn", 0.2, TrafficClass::Write, true);
        connect("web", "search", 0.3, TrafficClass::Read);
    }
    return project;
}


} // namespace headroom::bench

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "GeneratedTopology.h"

#include <algorithm>
#include <cmath>

namespace headroom::bench {

// `cells` copies of a ten-component web cell behind one entry: ALB → web ASG → cache →
// Aurora with a replica, web → SQS (async) → workers → Aurora, web → S3, DynamoDB, Lambda,
// and a generic service. Each cell takes an equal share of the traffic.
//
// Laid out as a person would: each cell a block of four columns (load balancer, web, the
// web tier's dependencies, the database and workers) and four rows, the blocks on a grid
// about 1.6 times as wide as it is tall, the users entry to their left. No two nodes overlap.
Project generatedTopology(int cells)
{
    constexpr double kColumn = 260.0;             // node width 200 + 60 gap
    constexpr double kRow = 120.0;                // node height 78 + 42 gap
    constexpr double kCellWidth = 4 * kColumn + 160.0;
    constexpr double kCellHeight = 4 * kRow + 120.0;
    const int gridColumns = std::max(1, static_cast<int>(std::lround(std::sqrt(cells * 1.6 * kCellHeight / kCellWidth))));
    const int gridRows = (cells + gridColumns - 1) / gridColumns;

    Project project;
    project.name = "generated";
    project.components.push_back({"users", "users", "Users", {-400.0, gridRows * kCellHeight / 2.0}, {}});
    const double share = 1.0 / cells;
    for (int c = 0; c < cells; ++c) {
        std::string p = "c";
        p.append(std::to_string(c)).push_back('-');
        const double cellX = (c % gridColumns) * kCellWidth;
        const double cellY = (c / gridColumns) * kCellHeight;
        auto add = [&](const std::string &id, const std::string &type, int column, int row, ParamMap params = {}) {
            project.components.push_back({std::string(p).append(id), type, id,
                                          {cellX + column * kColumn, cellY + row * kRow}, std::move(params)});
        };
        auto connect = [&](const std::string &from, const std::string &to, double calls,
                           TrafficClass cls = TrafficClass::All, bool async = false) {
            project.connections.push_back(
                {from == "users" ? from : std::string(p).append(from), std::string(p).append(to), calls, cls, async});
        };
        add("lb", "alb", 0, 1);
        add("web", "asg", 1, 1, {{"max_instances", 50.0}});
        add("cache", "elasticache", 2, 0, {{"instances", 2.0}});
        add("db", "aurora", 3, 0, {{"read_replicas", 1.0}, {"multi_az", true}});
        add("queue", "sqs", 2, 1);
        add("workers", "asg", 3, 1, {{"min_instances", 1.0}, {"service_time_ms", 100.0}});
        add("files", "s3", 2, 2);
        add("table", "dynamodb", 3, 2);
        add("fn", "lambda", 2, 3);
        add("search", "service", 3, 3, {{"instances", 2.0}});
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

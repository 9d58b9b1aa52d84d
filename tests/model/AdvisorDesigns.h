// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Designs with (and without) the problems the advisor looks for, and helpers to read its
// answers; shared by tst_advisor and tst_whatbreaksnext.
//
// ProjectBuilder sets 86 400 requests per user per day at peak/average 1, so λ₀ (requests per
// second, at peak and on average) equals the user count.

#include "common/ProjectBuilder.h"

#include "model/advisor/Advisor.h"
#include "model/advisor/DesignChanges.h"
#include "model/evaluation/Evaluator.h"
#include "pricing/PriceBookFile.h"

#include <QByteArray>
#include <QString>

Q_DECLARE_METATYPE(headroom::Project)

namespace headroom::test {

inline const PriceBook &book() { return bundledPriceBook(); }

inline const Finding *findingOf(const std::vector<Finding> &findings, const QString &kind, const QString &component)
{
    for (const Finding &finding : findings)
        if (QString::fromLatin1(finding.key()) == kind && QString::fromStdString(finding.componentId) == component)
            return &finding;
    return nullptr;
}

inline QByteArray keysOf(const std::vector<Finding> &findings)
{
    QByteArray keys;
    for (const Finding &finding : findings)
        keys += QByteArray(finding.key()) + ' ' + QByteArray::fromStdString(finding.componentId) + "; ";
    return keys.isEmpty() ? QByteArray("no findings") : keys;
}

inline Evaluation evaluated(const Project &project, double users)
{
    const auto model = compileModel(project);
    if (!model)
        qFatal("%s", model.error().toString().c_str());
    return evaluate(*model, users);
}

inline ComponentResult resultOf(const Evaluation &evaluation, const std::string &id)
{
    for (const ComponentResult &result : evaluation.components)
        if (result.id == id)
            return result;
    qFatal("no component %s", id.c_str());
}

inline double usdPerMonth(const std::string &key, double quantity)
{
    const PriceEntry *entry = book().find(key);
    if (!entry)
        qFatal("no price %s", key.c_str());
    return priceOf(*entry, quantity).usd;
}

// users → lb → web (an ec2 with `params`).
inline Project frontEnd(const std::string &type, ParamMap params)
{
    return ProjectBuilder()
        .add("users", "users")
        .add("lb", "alb")
        .add("web", type, std::move(params))
        .connect("users", "lb")
        .connect("lb", "web")
        .project();
}

// users → web (4 × 2 vCPUs, 1 ms) → db; 1 ms per query on 2 vCPUs carries 2 000 queries/s.
inline Project withDatabase(const std::string &type, ParamMap db, double readFraction = 0.8)
{
    return ProjectBuilder()
        .readFraction(readFraction)
        .add("users", "users")
        .add("web", "ec2", {{"instances", 4.0}, {"service_time_ms", 1.0}})
        .add("db", type, std::move(db))
        .connect("users", "web")
        .connect("web", "db")
        .project();
}

// users → web → cache (hit ratio h, reads) → db; web → db (writes).
inline Project cached(double hitRatio)
{
    return ProjectBuilder()
        .add("users", "users")
        .add("web", "ec2", {{"instances", 8.0}, {"service_time_ms", 1.0}})
        .add("cache", "elasticache", {{"instances", 2.0}, {"hit_ratio", hitRatio}})
        .add("db", "rds", {{"multi_az", true}})
        .connect("users", "web")
        .connect("web", "cache", 1.0, TrafficClass::Read)
        .connect("cache", "db")
        .connect("web", "db", 1.0, TrafficClass::Write)
        .project();
}

inline Project queued(bool async)
{
    return ProjectBuilder()
        .add("users", "users")
        .add("web", "ec2", {{"instances", 2.0}})
        .add("queue", "sqs")
        .add("worker", "ec2", {{"instances", 2.0}, {"service_time_ms", 200.0}})
        .connect("users", "web")
        .connect("web", "queue", 1.0, TrafficClass::All, async)
        .connect("queue", "worker")
        .project();
}

inline Project slowStation(double serviceTimeMs)
{
    return ProjectBuilder()
        .add("users", "users")
        .add("web", "ec2", {{"instances", 2.0}})
        .add("report", "ec2", {{"instances", 8.0}, {"service_time_ms", serviceTimeMs}})
        .connect("users", "web")
        .connect("web", "report")
        .project();
}

// users → s1 → … → sN, generic services of 2 × 2 vCPUs.
inline Project chain(const std::vector<double> &serviceTimesMs)
{
    ProjectBuilder builder;
    builder.add("users", "users");
    std::string previous = "users";
    for (size_t i = 0; i < serviceTimesMs.size(); ++i) {
        const std::string id = "s" + std::to_string(i + 1);
        builder.add(id, "service", {{"instances", 2.0}, {"service_time_ms", serviceTimesMs[i]}}).connect(previous, id);
        previous = id;
    }
    return builder.project();
}

// users → dns → lb → web (2) → db (Multi-AZ): 0.9999 × (1 − 0.005²) × 0.9995 ≈ 0.99937.
inline Project oneRegion(double target)
{
    Project project = ProjectBuilder()
                          .add("users", "users")
                          .add("dns", "route53")
                          .add("lb", "alb")
                          .add("web", "ec2", {{"instances", 2.0}})
                          .add("db", "rds", {{"multi_az", true}})
                          .connect("users", "dns")
                          .connect("dns", "lb")
                          .connect("lb", "web")
                          .connect("web", "db")
                          .project();
    project.availabilityTarget = target;
    return project;
}

} // namespace headroom::test

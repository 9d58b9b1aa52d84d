// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ComponentSynonyms.h"

#include <QHash>

namespace headroom::designer {

QStringList componentSynonyms(const QString &type)
{
    // One row per catalog type (model/catalog/Catalog*.cpp); tst_panels checks that every
    // type has a row. A word listed here makes its type show up for any query the word starts
    // with, so words shared by two types ("database") show both. "cache" is deliberately only
    // ElastiCache's: CloudFront is found by "cdn" and "edge".
    static const QHash<QString, QStringList> table = {
        {QStringLiteral("users"), {QStringLiteral("clients"), QStringLiteral("visitors"), QStringLiteral("traffic"),
                                   QStringLiteral("workload"), QStringLiteral("browsers")}},
        {QStringLiteral("route53"), {QStringLiteral("dns"), QStringLiteral("domain"), QStringLiteral("resolver"),
                                     QStringLiteral("health checks")}},
        {QStringLiteral("cloudfront"), {QStringLiteral("cdn"), QStringLiteral("content delivery"), QStringLiteral("edge"),
                                        QStringLiteral("static assets")}},
        {QStringLiteral("waf"), {QStringLiteral("firewall"), QStringLiteral("web application firewall"),
                                 QStringLiteral("security"), QStringLiteral("ddos"), QStringLiteral("shield")}},
        {QStringLiteral("alb"), {QStringLiteral("load balancer"), QStringLiteral("lb"), QStringLiteral("elb"),
                                 QStringLiteral("nlb"), QStringLiteral("balancer"), QStringLiteral("reverse proxy")}},
        {QStringLiteral("api_gateway"), {QStringLiteral("api"), QStringLiteral("rest"), QStringLiteral("http api"),
                                         QStringLiteral("throttle"), QStringLiteral("front door")}},
        {QStringLiteral("nat_gateway"), {QStringLiteral("nat"), QStringLiteral("egress"), QStringLiteral("outbound"),
                                         QStringLiteral("internet access")}},
        {QStringLiteral("ec2"), {QStringLiteral("vm"), QStringLiteral("virtual machine"), QStringLiteral("server"),
                                 QStringLiteral("instance"), QStringLiteral("host"), QStringLiteral("box")}},
        {QStringLiteral("asg"), {QStringLiteral("vm"), QStringLiteral("server"), QStringLiteral("instance"),
                                 QStringLiteral("autoscaling"), QStringLiteral("scaling"), QStringLiteral("fleet"),
                                 QStringLiteral("web tier"), QStringLiteral("workers")}},
        {QStringLiteral("ecs_fargate"), {QStringLiteral("container"), QStringLiteral("docker"), QStringLiteral("ecs"),
                                         QStringLiteral("fargate"), QStringLiteral("task"), QStringLiteral("kubernetes"),
                                         QStringLiteral("k8s"), QStringLiteral("eks")}},
        {QStringLiteral("lambda"), {QStringLiteral("function"), QStringLiteral("serverless"), QStringLiteral("faas")}},
        {QStringLiteral("service"), {QStringLiteral("microservice"), QStringLiteral("backend"), QStringLiteral("custom"),
                                     QStringLiteral("generic"), QStringLiteral("station")}},
        {QStringLiteral("rds"), {QStringLiteral("database"), QStringLiteral("db"), QStringLiteral("postgres"),
                                 QStringLiteral("postgresql"), QStringLiteral("mysql"), QStringLiteral("mariadb"),
                                 QStringLiteral("sql"), QStringLiteral("relational"), QStringLiteral("rdbms")}},
        {QStringLiteral("aurora"), {QStringLiteral("database"), QStringLiteral("db"), QStringLiteral("postgres"),
                                    QStringLiteral("postgresql"), QStringLiteral("mysql"), QStringLiteral("sql"),
                                    QStringLiteral("relational"), QStringLiteral("rdbms")}},
        {QStringLiteral("elasticache"), {QStringLiteral("redis"), QStringLiteral("memcached"), QStringLiteral("valkey"),
                                         QStringLiteral("cache"), QStringLiteral("in-memory"), QStringLiteral("session store")}},
        {QStringLiteral("rds_proxy"), {QStringLiteral("connection pool"), QStringLiteral("pooling"),
                                       QStringLiteral("pgbouncer"), QStringLiteral("proxysql")}},
        {QStringLiteral("dynamodb"), {QStringLiteral("database"), QStringLiteral("nosql"), QStringLiteral("key-value"),
                                      QStringLiteral("document store"), QStringLiteral("table")}},
        {QStringLiteral("opensearch"), {QStringLiteral("search"), QStringLiteral("elasticsearch"),
                                        QStringLiteral("full-text"), QStringLiteral("elk"), QStringLiteral("kibana"),
                                        QStringLiteral("logs")}},
        {QStringLiteral("sqs"), {QStringLiteral("queue"), QStringLiteral("message"), QStringLiteral("messaging"),
                                 QStringLiteral("jobs"), QStringLiteral("broker"), QStringLiteral("async")}},
        {QStringLiteral("s3"), {QStringLiteral("bucket"), QStringLiteral("object"), QStringLiteral("storage"),
                                QStringLiteral("files"), QStringLiteral("blob"), QStringLiteral("uploads")}},
    };
    return table.value(type);
}

} // namespace headroom::designer

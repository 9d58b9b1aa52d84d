// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The catalog is data the user reads (inspector, report appendix): every type the project
// format promises exists, every default is valid and says where it comes from.

#include "model/catalog/Catalog.h"
#include "model/compile/CompiledModel.h"
#include "model/catalog/InstanceTypes.h"
#include "model/io/ProjectValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace headroom;

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    // The component types project file v1 documents (model/README.md).
    void everyDocumentedTypeExists_data()
    {
        QTest::addColumn<QString>("type");
        for (const char *type : {"users", "route53", "cloudfront", "waf", "alb", "api_gateway", "ec2", "asg",
                                 "ecs_fargate", "lambda", "elasticache", "rds", "aurora", "rds_proxy", "dynamodb",
                                 "sqs", "s3", "opensearch", "nat_gateway", "service"})
            QTest::newRow(type) << QString::fromLatin1(type);
    }

    void everyDocumentedTypeExists()
    {
        QFETCH(QString, type);
        const ComponentSpec *spec = Catalog::builtIn().find(type.toStdString());
        QVERIFY(spec);
        QVERIFY(!spec->displayName.empty());
        QVERIFY(!spec->summary.empty());
    }

    // Queueing components carry the parameters the format names exactly.
    void queueingComponentsHaveTheNamedParameters()
    {
        for (const char *type : {"ec2", "asg", "ecs_fargate", "elasticache", "opensearch", "service", "rds", "aurora"}) {
            const ComponentSpec *spec = Catalog::builtIn().find(type);
            QVERIFY2(spec->param("vcpus"), type);
            QVERIFY2(spec->param("service_time_ms"), type);
            QVERIFY2(spec->param("availability"), type);
        }
        for (const char *name : {"min_instances", "max_instances", "target_utilization", "db_pool_size"})
            QVERIFY2(Catalog::builtIn().find("asg")->param(name), name);
        for (const char *name : {"read_replicas", "multi_az", "engine", "max_connections"})
            QVERIFY2(Catalog::builtIn().find("rds")->param(name), name);
        for (const char *name : {"duration_ms", "memory_mb", "concurrency_limit"})
            QVERIFY2(Catalog::builtIn().find("lambda")->param(name), name);
        QVERIFY(Catalog::builtIn().find("elasticache")->param("hit_ratio"));
        QVERIFY(Catalog::builtIn().find("cloudfront")->param("hit_ratio"));
    }

    // Every parameter says where its default comes from, and a component with only
    // defaults validates and compiles.
    void everyDefaultIsSourcedAndValid()
    {
        for (const ComponentSpec &spec : Catalog::builtIn().all()) {
            for (const ParamSpec &param : spec.params) {
                const QByteArray where = QByteArray(spec.type.c_str()) + '.' + param.name.c_str();
                QVERIFY2(!param.source.empty(), where.constData());
                QVERIFY2(!param.description.empty(), where.constData());
            }
            Project project;
            project.components.push_back({"users", "users", "users", {}, {}});
            if (spec.type != "users") {
                project.components.push_back({"x", spec.type, "x", {}, {}});
                project.connections.push_back({"users", "x", 1.0, TrafficClass::All, false});
            }
            const auto model = compileModel(project);
            QVERIFY2(model, model ? "" : model.error().toString().c_str());
        }
    }

    void defaultInstanceTypesAreInTheTable()
    {
        for (const ComponentSpec &spec : Catalog::builtIn().all()) {
            const ParamSpec *type = spec.param("instance_type");
            if (!type)
                continue;
            const auto &name = std::get<std::string>(*type->defaultValue);
            QVERIFY2(InstanceTypes::builtIn().find(type->instanceFamily, name), name.c_str());
        }
    }

    // The table compiled into the model is the one in resources/, row for row.
    void embeddedTableMatchesTheResource()
    {
        QFile file(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/catalog/instance-types.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).object().value(u"instance_types").toArray();
        QCOMPARE(static_cast<qsizetype>(InstanceTypes::builtIn().all().size()), rows.size());
        for (const auto &row : rows) {
            const QJsonObject object = row.toObject();
            const InstanceType *type = InstanceTypes::builtIn().find(object.value(u"family").toString().toStdString(),
                                                                     object.value(u"name").toString().toStdString());
            QVERIFY(type);
            QCOMPARE(type->vcpus, object.value(u"vcpus").toDouble());
            QVERIFY(type->vcpus >= 1.0);
            QVERIFY(type->memoryGiB > 0.0);
            QVERIFY(!type->source.empty());
        }
    }

    // Spot checks against the reference table (EC2 DescribeInstanceTypes via karpenter, 2026-07-11).
    void instanceFiguresMatchTheReference_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("vcpus");
        QTest::addColumn<double>("memoryGiB");
        QTest::newRow("ec2 m6i.large: 2 vCPU, 8 GiB") << QStringLiteral("ec2") << QStringLiteral("m6i.large") << 2.0 << 8.0;
        QTest::newRow("ec2 c7g.4xlarge: 16 vCPU, 32 GiB") << QStringLiteral("ec2") << QStringLiteral("c7g.4xlarge") << 16.0 << 32.0;
        QTest::newRow("rds db.r6g.xlarge: 4 vCPU, 32 GiB") << QStringLiteral("rds") << QStringLiteral("db.r6g.xlarge") << 4.0 << 32.0;
        QTest::newRow("rds db.t4g.micro: 2 vCPU, 1 GiB") << QStringLiteral("rds") << QStringLiteral("db.t4g.micro") << 2.0 << 1.0;
    }

    void instanceFiguresMatchTheReference()
    {
        QFETCH(QString, family);
        QFETCH(QString, name);
        QFETCH(double, vcpus);
        QFETCH(double, memoryGiB);
        const InstanceType *type = InstanceTypes::builtIn().find(family.toStdString(), name.toStdString());
        QVERIFY(type);
        QCOMPARE(type->vcpus, vcpus);
        QCOMPARE(type->memoryGiB, memoryGiB);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"

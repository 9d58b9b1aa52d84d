// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ComponentText.h"

#include <QHash>

#include <cmath>

namespace headroom::designer {

namespace {

// The parameter as the model uses it (paramOrDefault), read as a number, a word or a flag.
double number(const Component &component, const ComponentSpec &spec, const std::string &name)
{
    const double *value = paramOrDefaultAs<double>(component, &spec, name);
    return value ? *value : 0.0;
}

QString text(const Component &component, const ComponentSpec &spec, const std::string &name)
{
    const std::string *word = paramOrDefaultAs<std::string>(component, &spec, name);
    return word ? QString::fromStdString(*word) : QString();
}

bool flag(const Component &component, const ComponentSpec &spec, const std::string &name)
{
    const bool *value = paramOrDefaultAs<bool>(component, &spec, name);
    return value && *value;
}

QString count(double value)
{
    return formatCount(value);
}

} // namespace

QString keyConfiguration(const Component &c, const ComponentSpec &spec, const ComponentResult *result)
{
    const QString type = text(c, spec, "instance_type");
    const QString vcpus = paramOrDefault(c, &spec, "vcpus") ? count(number(c, spec, "vcpus")) : QString();
    const QString sized = type.isEmpty() ? QObject::tr("%1 vCPU").arg(vcpus) : type;
    switch (spec.behaviour) {
    case Behaviour::Entry:
        return result ? QObject::tr("peak %1").arg(formatCompactRate(result->arrivalRatePerSecond)) : QString();
    case Behaviour::Station:
        if (spec.type == "ecs_fargate")
            return QObject::tr("%1 tasks × %2 vCPU").arg(count(number(c, spec, "instances")), vcpus);
        return QStringLiteral("%1 × %2").arg(count(number(c, spec, "instances")), sized);
    case Behaviour::Scaling: {
        const QString range = QStringLiteral("%1–%2").arg(count(number(c, spec, "min_instances")),
                                                           count(number(c, spec, "max_instances")));
        if (result)
            return QStringLiteral("%1 × %2 (%3)").arg(formatCount(static_cast<double>(result->instances)), sized, range);
        return QStringLiteral("%1 × %2").arg(range, sized);
    }
    case Behaviour::Database: {
        const long long replicas = std::llround(number(c, spec, "read_replicas"));
        QString line = sized;
        if (replicas > 0)
            line += QStringLiteral(" + ") + formatQuantity(static_cast<double>(replicas), "replica", "replicas");
        if (flag(c, spec, "multi_az"))
            line += QObject::tr(", Multi-AZ");
        return line;
    }
    case Behaviour::Function:
        return QObject::tr("%1 MB, %2 ms").arg(count(number(c, spec, "memory_mb")),
                                               formatPlain(number(c, spec, "duration_ms")));
    case Behaviour::Managed:
        break;
    }
    if (spec.filtersReads)
        return QObject::tr("hit ratio %1").arg(formatPercent(number(c, spec, "hit_ratio")));
    if (spec.type == "sqs")
        return flag(c, spec, "fifo") ? QObject::tr("FIFO") : QObject::tr("standard");
    if (spec.type == "s3")
        return formatQuantity(number(c, spec, "prefixes"), "prefix", "prefixes");
    if (spec.type == "dynamodb")
        return QObject::tr("on demand, %1 KB items").arg(formatPlain(number(c, spec, "item_kb")));
    if (spec.type == "api_gateway")
        return text(c, spec, "api_type") == QStringLiteral("http") ? QObject::tr("HTTP API") : QObject::tr("REST API");
    return QObject::tr("adds %1 ms").arg(formatPlain(number(c, spec, "latency_ms")));
}

QColor utilizationColor(double utilization)
{
    if (utilization >= 1.0)
        return QColor(0x7f, 0x1d, 0x1d);  // saturated: dark red
    if (utilization >= 0.85)
        return QColor(0xdc, 0x26, 0x26);  // red
    if (utilization >= 0.60)
        return QColor(0xf5, 0x9e, 0x0b);  // amber
    return QColor(0x16, 0xa3, 0x4a);      // green
}

QIcon componentIcon(const std::string &type)
{
    // One QIcon per type for the life of the program: its engine keeps the rendered pixmaps,
    // so a repaint draws a cached pixmap instead of rendering the SVG again.
    static QHash<QString, QIcon> icons;
    const QString key = QString::fromStdString(type);
    auto found = icons.find(key);
    if (found == icons.end())
        found = icons.insert(key, QIcon(QStringLiteral(":/icons/%1.svg").arg(key)));
    return *found;
}

QColor categoryColor(Category category)
{
    switch (category) {
    case Category::Entry: return QColor(0x5b, 0x67, 0x70);
    case Category::EdgeAndNetwork: return QColor(0x7b, 0x4f, 0xd6);
    case Category::Compute: return QColor(0xe0, 0x7a, 0x1f);
    case Category::Data: return QColor(0x2f, 0x6f, 0xd6);
    case Category::Messaging: return QColor(0xc2, 0x33, 0x7a);
    case Category::Storage: return QColor(0x2e, 0x9e, 0x5b);
    }
    return Qt::gray;
}

} // namespace headroom::designer

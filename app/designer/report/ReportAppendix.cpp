// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ReportAppendix.h"

#include "ComponentText.h"

#include "model/catalog/Catalog.h"

#include <set>

namespace headroom::designer {

namespace {

QString defaultText(const ParamSpec &param)
{
    if (!param.defaultValue)
        return QObject::tr("computed");
    if (const auto *number = std::get_if<double>(&*param.defaultValue))
        return formatPlain(*number);  // the catalog's value, as model/README.md writes it
    if (const auto *flag = std::get_if<bool>(&*param.defaultValue))
        return *flag ? QStringLiteral("true") : QStringLiteral("false");
    return QString::fromStdString(std::get<std::string>(*param.defaultValue));
}

} // namespace

void writeReportAppendix(ReportWriter &writer, const Project &project, const PriceBook &prices,
                         const std::vector<SystemCost> &stageCosts)
{
    writer.newPage();
    writer.heading(QObject::tr("Appendix A — Formulas"));
    const std::vector<std::pair<QString, QString>> formulas = {
        {QObject::tr("Peak entry rate"), QObject::tr("λ₀ = users × requests per user per day × peak-to-average ÷ 86 400 (requests/s)")},
        {QObject::tr("Traffic"), QObject::tr("λ = λ₀ + Pᵀλ per class (reads, writes); caches forward (1 − hit ratio) of reads; replicas share reads and each applies all writes")},
        {QObject::tr("Servers"), QObject::tr("c = instances × vCPUs; offered load a = λ·S/1000 (erlangs, S in ms); utilization ρ = a/c")},
        {QObject::tr("Wait probability"), QObject::tr("Erlang C: C = c·B/(c − a(1 − B)), B = Erlang B(c, a) computed without factorials")},
        {QObject::tr("Time per visit"), QObject::tr("W = S + C·S/(c − a) (ms); saturated (no W) when ρ ≥ 1")},
        {QObject::tr("In flight"), QObject::tr("L = λ·W (Little's law)")},
        {QObject::tr("Auto scaling"), QObject::tr("instances = clamp(⌈a/(vCPUs × target)⌉, min, max)")},
        {QObject::tr("Connections"), QObject::tr("Σ instances × pool size of direct callers + Lambda concurrency + in-flight queries behind RDS Proxy; limit PostgreSQL LEAST(memory/9 531 392, 5 000), MySQL memory/12 582 880")},
        {QObject::tr("Lambda"), QObject::tr("concurrency = λ × duration (Little's law) against the concurrency limit")},
        {QObject::tr("Response time"), QObject::tr("R = Σ (λᵢ/λ₀)·Wᵢ over the synchronous request path; concurrent requests = λ₀·R")},
        {QObject::tr("Failure causes"), QObject::tr("each cause fails λ times a year for d minutes: U = λ·d/(525 600 + λ·d) (A = MTBF/(MTBF + MTTR)); a component's causes in series")},
        {QObject::tr("Instance tiers"), QObject::tr("U = P(fewer than k = max(1, ⌈a/vCPUs⌉) of n instances up), each out q(failures, recovery); restarts count only without a spare")},
        {QObject::tr("Databases"), QObject::tr("Single-AZ: out for each failure and maintenance restart; Multi-AZ: one failover (failover_seconds) for each; replicas count when the primary cannot carry the reads alone")},
        {QObject::tr("Overload"), QObject::tr("past a limit (ρ > 1) a component serves 1/ρ of what arrives and loses 1 − 1/ρ")},
        {QObject::tr("Zones"), QObject::tr("each zone fails zone_outages_per_year for zone_outage_minutes, taking down every tier left with fewer than k instances elsewhere (a group only until it relaunches), Single-AZ databases in it, Multi-AZ ones for a failover; counted once per zone")},
        {QObject::tr("Availability"), QObject::tr("A = 1 − Π(1 − fᵢ·Uᵢ) over the request path, fᵢ the share of requests that need component i (async and soft connections excluded), in series with the zones")},
        {QObject::tr("Regions"), QObject::tr("a failed region's users move after Route 53's failover time (checks × threshold + TTL) to regions that can carry them, or after detection + promotion + scale-up to a standby that can; each cause then costs min(1, move/outage) of itself")},
        {QObject::tr("SLA floor"), QObject::tr("AWS's SLA figures composed the same way; reported beside the expected figure, never used as it")},
        {QObject::tr("Nines, downtime"), QObject::tr("nines = −log10(1 − A); downtime = (1 − A) × 525 600 minutes per year")},
        {QObject::tr("Headroom"), QObject::tr("1/ρ; capacity = λ/ρ; users at saturation: the smallest user count at which a limit reaches ρ = 1")},
        {QObject::tr("Monthly cost"), QObject::tr("at average load (users × requests per user per day ÷ 86 400); 730 hours a month; quantity × unit price per cost line")},
    };
    writer.facts(formulas);

    writer.heading(QObject::tr("Appendix B — Defaults and their sources"));
    writer.paragraph(QObject::tr("Every parameter of the component types in this project. A component uses the default "
                                 "unless the project sets the parameter."), 8.5);
    std::set<std::string> types;
    for (const Component &component : project.components)
        types.insert(component.type);
    std::vector<QStringList> rows;
    for (const ComponentSpec &spec : Catalog::builtIn().all()) {
        if (!types.contains(spec.type))
            continue;
        for (const ParamSpec &param : spec.params)
            rows.push_back({QString::fromStdString(spec.type), QString::fromStdString(param.name),
                            defaultText(param) + (param.unit.empty() ? QString() : QStringLiteral(" ") + QString::fromStdString(param.unit)),
                            QString::fromStdString(param.source)});
    }
    writer.table({{QObject::tr("Type"), 1.1}, {QObject::tr("Parameter"), 1.6}, {QObject::tr("Default"), 1.2},
                  {QObject::tr("Source"), 4.5}},
                 rows, 7.0);

    writer.heading(QObject::tr("Appendix C — Prices used"));
    writer.paragraph(QObject::tr("Price book: %1, %2, as of %3.")
                         .arg(QString::fromStdString(prices.region), QString::fromStdString(prices.currency),
                              QString::fromStdString(prices.asOf)), 8.5);
    std::set<std::string> keys;
    for (const SystemCost &cost : stageCosts)
        for (const ComponentCost &component : cost.components)
            for (const CostLine &line : component.lines)
                if (!line.priceKey.empty())
                    keys.insert(line.priceKey);
    std::vector<QStringList> priceRows;
    for (const std::string &key : keys) {
        const PriceEntry *entry = prices.find(key);
        if (!entry)
            continue;
        QString price;
        for (const PriceTier &tier : entry->tiers)
            price += (price.isEmpty() ? QString() : QStringLiteral("; "))
                     + formatPreciseUsd(tier.usd) + (tier.upTo ? QObject::tr(" to %1").arg(formatCount(*tier.upTo)) : QString());
        const QString per = entry->per == 1.0 ? QString::fromStdString(entry->unit)
                                              : QStringLiteral("%1 %2s").arg(formatCount(entry->per), QString::fromStdString(entry->unit));
        priceRows.push_back({QString::fromStdString(key), price + QObject::tr(" per ") + per,
                             QString::fromStdString(entry->source)});
    }
    writer.table({{QObject::tr("Price"), 2.4}, {QObject::tr("USD"), 2.6}, {QObject::tr("Source"), 2.2}}, priceRows, 7.0);
    if (!prices.sources.empty()) {
        std::vector<std::pair<QString, QString>> sources;
        for (const auto &[key, source] : prices.sources)
            sources.push_back({QString::fromStdString(key), QString::fromStdString(source.ref)
                                                                + (source.asOf.empty() ? QString() : QObject::tr(" — as of %1").arg(QString::fromStdString(source.asOf)))});
        writer.heading(QObject::tr("Sources"), 2);
        writer.facts(sources);
    }
}

} // namespace headroom::designer

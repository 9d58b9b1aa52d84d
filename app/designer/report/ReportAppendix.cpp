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
    writer.heading(QObject::tr("Appendix A — Formulas"), 1, 120.0);
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
    writer.facts(formulas, 7.0, 1, 0.16);

    const QString defaultsIntro = QObject::tr("Every parameter default a component of this project uses: not what the "
                                              "project sets everywhere, nor what is computed (vCPUs from the instance "
                                              "type, availability from failures and recovery times).");
    // A default is used when some component of its type leaves the parameter unset; a
    // parameter without a default is computed from others when unset.
    std::set<std::pair<std::string, std::string>> used;
    for (const Component &component : project.components)
        if (const ComponentSpec *spec = Catalog::builtIn().find(component.type))
            for (const ParamSpec &param : spec->params)
                if (param.defaultValue && !component.params.contains(param.name))
                    used.insert({component.type, param.name});
    // Parameters of a type that share a source share a row, one line each.
    std::vector<QStringList> rows;
    for (const ComponentSpec &spec : Catalog::builtIn().all()) {
        for (const ParamSpec &param : spec.params) {
            if (!used.contains({spec.type, param.name}))
                continue;
            const QString type = QString::fromStdString(spec.type);
            const QString name = QString::fromStdString(param.name);
            const QString value = defaultText(param) + (param.unit.empty() ? QString() : QStringLiteral(" ") + QString::fromStdString(param.unit));
            const QString source = QString::fromStdString(param.source);
            if (!rows.empty() && rows.back()[0] == type && rows.back()[3] == source) {
                rows.back()[1] += QLatin1Char('\n') + name;
                rows.back()[2] += QLatin1Char('\n') + value;
            } else {
                rows.push_back({type, name, value, source});
            }
        }
    }
    const std::vector<ReportColumn> defaultColumns = {
        {QObject::tr("Type"), 0.85}, {QObject::tr("Parameter"), 1.85}, {QObject::tr("Default"), 1.35}, {QObject::tr("Source"), 4.8}};
    writer.heading(QObject::tr("Appendix B — Defaults and their sources"), 1,
                   writer.paragraphHeight(defaultsIntro, 8.5) + writer.tableLeadHeight(defaultColumns, rows, 6.5));
    writer.paragraph(defaultsIntro, 8.5);
    writer.table(defaultColumns, rows, 6.5);

    writer.heading(QObject::tr("Appendix C — Prices used"), 1, 90.0);
    // Each price used, from the book that priced it (a region's own, or its fallback's).
    std::set<std::pair<std::string, std::string>> keys;  // (price region, key)
    std::set<std::string> books;                         // the regions whose books priced a line
    for (const SystemCost &cost : stageCosts)
        for (const ComponentCost &component : cost.components)
            for (const CostLine &line : component.lines)
                if (!line.priceKey.empty()) {
                    keys.insert({line.priceRegion.empty() ? prices.region : line.priceRegion, line.priceKey});
                    books.insert(line.priceRegion.empty() ? prices.region : line.priceRegion);
                }
    QStringList bookTexts;
    for (const std::string &region : books)
        if (const PriceBook *book = prices.forRegion(region))
            bookTexts << QObject::tr("%1, %2, as of %3")
                             .arg(QString::fromStdString(book->region), QString::fromStdString(book->currency),
                                  QString::fromStdString(book->asOf));
    writer.paragraph((bookTexts.size() == 1 ? QObject::tr("Price book: %1.") : QObject::tr("Price books: %1."))
                         .arg(bookTexts.isEmpty() ? QString::fromStdString(prices.region) : bookTexts.join(QStringLiteral("; "))),
                     8.5);
    std::set<std::pair<std::string, std::string>> cited;  // (price region, source key)
    const auto cite = [&cited](const std::string &region, const std::string &sources) {
        for (const QString &key : QString::fromStdString(sources).split(QLatin1Char('+'), Qt::SkipEmptyParts))
            cited.insert({region, key.trimmed().toStdString()});
    };
    std::vector<QStringList> priceRows;
    for (const auto &[region, key] : keys) {
        const PriceBook *book = prices.forRegion(region);
        const PriceEntry *entry = book ? book->find(key) : nullptr;
        if (!entry)
            continue;
        QString price;
        for (const PriceTier &tier : entry->tiers)
            price += (price.isEmpty() ? QString() : QStringLiteral("; "))
                     + formatPreciseUsd(tier.usd) + (tier.upTo ? QObject::tr(" to %1").arg(formatCount(*tier.upTo)) : QString());
        const QString unit = QString::fromStdString(entry->unit);
        const QString units = unit.endsWith(QLatin1Char('y')) ? unit.chopped(1) + QStringLiteral("ies") : unit + QLatin1Char('s');
        const QString per = entry->per == 1.0 ? unit : QStringLiteral("%1 %2").arg(formatCount(entry->per), units);
        price += QObject::tr(" per ") + per;
        // The committed rates the 1-yr and 3-yr figures and the commitment plan use.
        for (const CommittedRate &rate : entry->committed) {
            price += QObject::tr("; %1 %2").arg(QString::fromStdString(rate.term), formatPreciseUsd(rate.usd));
            cite(region, rate.source);
        }
        cite(region, entry->source);
        const QString name = region == prices.region ? QString::fromStdString(key)
                                                      : QObject::tr("%1 (%2)").arg(QString::fromStdString(key), QString::fromStdString(region));
        priceRows.push_back({name, price, QString::fromStdString(entry->source)});
    }
    writer.table({{QObject::tr("Price"), 2.4}, {QObject::tr("USD"), 2.6}, {QObject::tr("Source"), 2.2}}, priceRows, 6.5);
    // The sources the table cites, each once (another region's book may describe a key alike).
    std::vector<std::pair<QString, QString>> sources;
    std::set<std::pair<std::string, std::string>> listed;  // (source key, reference)
    for (const auto &[region, key] : cited) {
        const PriceBook *book = prices.forRegion(region);
        const auto source = book ? book->sources.find(key) : std::map<std::string, PriceSource>::const_iterator();
        if (!book || source == book->sources.end() || !listed.insert({key, source->second.ref}).second)
            continue;
        sources.push_back({QString::fromStdString(key), QString::fromStdString(source->second.ref)
                                                            + (source->second.asOf.empty() ? QString() : QObject::tr(" — as of %1").arg(QString::fromStdString(source->second.asOf)))});
    }
    if (!sources.empty()) {
        writer.heading(QObject::tr("Sources"), 2);
        writer.facts(sources, 6.5, 1, 0.19);  // wide enough for "VANTAGE_CACHE_2022"
    }
}

} // namespace headroom::designer

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "CatalogText.h"

#include "model/catalog/Catalog.h"
#include "model/core/NumberText.h"

#include <sstream>

namespace headroom::cli {

namespace {

const char *behaviourName(Behaviour behaviour)
{
    switch (behaviour) {
    case Behaviour::Entry: return "no capacity of its own";
    case Behaviour::Station: return "M/M/c station";
    case Behaviour::Scaling: return "M/M/c station, auto scaled";
    case Behaviour::Database: return "database: primary + replicas, connection limit";
    case Behaviour::Managed: return "managed service: fixed latency, SLA, quotas";
    case Behaviour::Function: return "function: concurrency by Little's law";
    }
    return "";
}

std::string defaultText(const ParamSpec &param)
{
    if (!param.defaultValue)
        return "(computed)";
    if (const auto *number = std::get_if<double>(&*param.defaultValue))
        return plainText(*number);  // locale-free: "0.8" in every locale
    if (const auto *flag = std::get_if<bool>(&*param.defaultValue))
        return *flag ? "true" : "false";
    return '"' + std::get<std::string>(*param.defaultValue) + '"';
}

// "0 – 3600000", "> 0 – 1", "\"a\", \"b\"": the values a parameter accepts.
std::string rangeText(const ParamSpec &param)
{
    switch (param.kind) {
    case ParamKind::Flag: return "true, false";
    case ParamKind::InstanceType: return "an instance type";
    case ParamKind::Choice: {
        std::string out;
        for (const std::string &choice : param.choices)
            out += (out.empty() ? "\"" : ", \"") + choice + '"';
        return out;
    }
    default: break;
    }
    return (param.minimumExclusive ? "> " : "") + plainText(param.minimum) + " – " + plainText(param.maximum);
}

std::string escaped(const std::string &text)
{
    std::string out;
    for (char c : text)
        out += c == '|' ? std::string("\\|") : std::string(1, c);
    return out;
}

} // namespace

std::string catalogToMarkdown()
{
    std::ostringstream out;
    for (const ComponentSpec &spec : Catalog::builtIn().all()) {
        out << "### `" << spec.type << "` — " << spec.displayName << "\n\n"
            << categoryName(spec.category) << "; " << behaviourName(spec.behaviour) << ". "
            << spec.summary << "\n\n";
        if (!spec.slaSource.empty()) {
            out << "SLA floor (reported beside the expected availability, never used as it): "
                << availabilityText(spec.sla);
            if (spec.slaSpread != spec.sla)
                out << ", " << availabilityText(spec.slaSpread) << " across zones";
            out << " (" << spec.slaSource << ").\n\n";
        }
        if (spec.params.empty())
            continue;
        out << "| parameter | default | range | unit | meaning | source of the default |\n"
            << "| --- | --- | --- | --- | --- | --- |\n";
        for (const ParamSpec &param : spec.params)
            out << "| `" << param.name << "` | " << escaped(defaultText(param)) << " | " << escaped(rangeText(param))
                << " | " << param.unit << " | " << escaped(param.description) << " | " << escaped(param.source)
                << " |\n";
        out << "\n";
    }
    return out.str();
}

} // namespace headroom::cli

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/import/TerraformImport.h"

#include <sstream>

namespace headroom {

std::string importSummaryText(const TerraformImportSummary &summary)
{
    std::ostringstream out;
    out << "Imported " << summary.planFile;
    if (!summary.terraformVersion.empty())
        out << " (Terraform " << summary.terraformVersion << ", plan format " << summary.formatVersion << ")";
    auto counted = [](size_t count, const char *one, const char *many) {
        return std::to_string(count) + " " + (count == 1 ? one : many);
    };
    out << ": " << counted(summary.components.size(), "component", "components") << ", "
        << counted(summary.connections.size(), "connection", "connections") << ".\n";

    out << "\nComponents\n";
    for (const TerraformImportSummary::ImportedFrom &from : summary.components) {
        out << "  " << from.componentId;
        if (!from.label.empty() && from.label != from.componentId)
            out << " (" << from.label << ")";
        out << " ← ";
        for (size_t i = 0; i < from.addresses.size(); ++i)
            out << (i ? ", " : "") << from.addresses[i];
        if (!from.region.empty())
            out << "  [" << from.region << ", from " << from.regionSource << "]";
        out << "\n";
        for (const std::string &note : from.notes)
            out << "      " << note << "\n";
    }

    out << "\nConnections (how each was found)\n";
    for (const TerraformImportSummary::FoundConnection &connection : summary.connections) {
        out << "  " << connection.from << " → " << connection.to << "\n";
        // A chain through listeners, target groups or records: one step a line.
        for (const std::string &evidence : connection.evidence) {
            size_t start = 0;
            const char *indent = "      - ";
            while (true) {
                const size_t end = evidence.find("; ", start);
                out << indent << evidence.substr(start, end == std::string::npos ? std::string::npos : end - start) << "\n";
                if (end == std::string::npos)
                    break;
                start = end + 2;
                indent = "        ";
            }
        }
    }
    if (summary.connections.empty())
        out << "  none\n";

    if (!summary.unconnected.empty()) {
        out << "\nUnconnected (nothing in the plan links them; connect them in the designer)\n";
        for (const std::string &id : summary.unconnected)
            out << "  " << id << "\n";
    }
    if (!summary.unmodelled.empty()) {
        out << "\nNot modelled (" << summary.unmodelled.size() << " resources)\n";
        for (const TerraformImportSummary::Unmodelled &resource : summary.unmodelled)
            out << "  " << resource.address << ": " << resource.reason << "\n";
    }
    out << "\nRead for links and sizes only: " << summary.passThroughCount << " pass-through resources (listeners, "
        << "target groups, records, ...), " << summary.wiringCount
        << " wiring resources (launch templates, security groups, event source mappings, ...).\n";
    if (!summary.assumptions.empty()) {
        out << "\nAssumptions to review (a usage file sets them: --usage FILE)\n";
        for (const std::string &assumption : summary.assumptions)
            out << "  " << assumption << "\n";
    }
    if (!summary.warnings.empty()) {
        out << "\nWarnings (" << summary.warnings.size() << ")\n";
        for (const std::string &warning : summary.warnings)
            out << "  " << warning << "\n";
    }
    return out.str();
}

} // namespace headroom

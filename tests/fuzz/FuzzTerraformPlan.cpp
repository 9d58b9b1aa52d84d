// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Fuzz target: the Terraform plan importer (model/import/), which reads files written by
// Terraform or by anyone else, and the design it makes.
//
// On any input: no crash, no sanitizer report; a refused plan has an error that says why.
// On a plan it imports: the design is valid (it loads again after being written, unchanged),
// and it either fails to compile with an error or evaluates and prices with finite figures.

#include "FuzzChecks.h"

#include "model/compile/CompiledModel.h"
#include "model/cost/CostModel.h"
#include "model/evaluation/Evaluator.h"
#include "model/import/TerraformImport.h"
#include "model/io/ProjectFile.h"
#include "pricing/PriceBookFile.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace headroom;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto imported = importTerraformPlan(text, "fuzz-plan.json");
    if (!imported) {
        fuzz::require(!imported.error().message.empty(), "a refused plan has an empty error");
        return 0;
    }
    fuzz::require(!importSummaryText(imported->summary).empty(), "an import without a summary");
    const Project &project = imported->project;
    const auto reread = parseProject(serializeProject(project), "imported.headroom");
    fuzz::require(reread.ok(), "an imported design does not load once written: "
                                   + (reread ? std::string() : reread.error().toString()));
    fuzz::require(*reread == project, "an imported design written and read again differs");
    const auto model = compileModel(project);
    if (!model)
        return 0;
    for (double users : { project.workload.users, 1e6 }) {
        fuzz::requireFiniteEvaluation(evaluate(*model, users));
        fuzz::requireFiniteCost(costOf(*model, users, bundledPriceBook(), project.purchaseOption));
    }
    return 0;
}

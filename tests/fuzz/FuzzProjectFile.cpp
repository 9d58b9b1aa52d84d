// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// Fuzz target: the project file loader (model/ProjectFile), and everything a loaded project
// reaches in the CLI and the designer: compilation, evaluation and cost.
//
// On any input: no crash, no sanitizer report, and the SAX and tree readers give the same
// project or the same error. On an input the loader accepts:
//  - writing it back and reading that again gives the same project;
//  - compilation either fails with an error or gives a model whose evaluation and cost at
//    the project's users, at 1 user and at 10⁸ users have only finite, in-range figures.

#include "FuzzChecks.h"

#include "model/compile/CompiledModel.h"
#include "model/cost/CostModel.h"
#include "model/evaluation/Evaluator.h"
#include "model/io/ProjectFile.h"
#include "pricing/PriceBookFile.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace headroom;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto project = parseProject(text, "fuzz.headroom");
    // The SAX reader (parseProject's fast path) and the tree reader agree on every input.
    const auto tree = parseProjectTree(text, "fuzz.headroom");
    fuzz::require(project.ok() == tree.ok(), "the SAX and tree readers disagree on whether the file is valid");
    if (project)
        fuzz::require(*project == *tree, "the SAX and tree readers read different projects");
    else
        fuzz::require(project.error().toString() == tree.error().toString(), "the readers name different errors");
    if (!project) {
        fuzz::require(!project.error().toString().empty(), "a rejected project has an empty error");
        return 0;
    }

    const auto reread = parseProject(serializeProject(*project), "rewritten.headroom");
    fuzz::require(reread.ok(), "a project it wrote back does not load: "
                                          + (reread ? std::string() : reread.error().toString()));
    fuzz::require(*reread == *project, "a project written back and read again differs");

    const auto model = compileModel(*project);
    if (!model)
        return 0;
    for (double users : {project->workload.users, 1.0, 1e8}) {
        fuzz::requireFiniteEvaluation(evaluate(*model, users));
        fuzz::requireFiniteCost(costOf(*model, users, bundledPriceBook(), project->purchaseOption));
    }
    return 0;
}

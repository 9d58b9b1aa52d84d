// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <string>

namespace headroom::cli {

// The component catalog as Markdown: one table per type with every parameter, its default,
// unit and source. model/README.md's catalog section is this output.
std::string catalogToMarkdown();

} // namespace headroom::cli

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CliArguments.h"

#include "model/advisor/Advisor.h"
#include "model/advisor/RightSizer.h"

#include <ostream>
#include <string>
#include <vector>

namespace headroom::cli {

// `advise FILE [--users N] [--format text|json] [--prices BOOK]`: the advisor's findings with
// each fix's before → after figures, and what breaks next.
int adviseCommand(const CliArguments &arguments, std::ostream &out, std::ostream &err);

// `rightsize FILE --users N [--max-utilization U] [--min-availability A] [--format text|json]
// [--out FILE] [--prices BOOK]`: the cheapest design meeting both targets. Exit 1 when no
// design found meets them (the start is reported unchanged and nothing is written).
int rightsizeCommand(const CliArguments &arguments, std::ostream &out, std::ostream &err);

// The text forms (AdviceText.cpp).
std::string adviceToText(const std::string &projectName, double users, const std::vector<Finding> &findings,
                         const WhatBreaksNext &next);
std::string rightSizeToText(const std::string &projectName, const RightSizeResult &result);

} // namespace headroom::cli

// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CliArguments.h"

#include <ostream>

namespace headroom::cli {

// `prices import OFFER.json --out BOOK.json [--region us-east-1] [--base BOOK|none]`: streams
// an AWS Price List offer file and writes (atomically) a price book with its prices layered
// onto the base: --base, else the bundled book when it is for the same region.
int pricesCommand(const CliArguments &arguments, std::ostream &out, std::ostream &err);

} // namespace headroom::cli

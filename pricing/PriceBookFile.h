// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "PriceBook.h"

#include <optional>
#include <string>
#include <string_view>

namespace headroom {

// A price-book read error: the file, and the JSON pointer or line/column of the problem.
struct PriceBookError
{
    std::string file;
    std::string pointer;
    int line = 0;
    int column = 0;
    std::string message;

    std::string toString() const;
};

struct PriceBookResult
{
    std::optional<PriceBook> book;
    PriceBookError error;  // meaningful when !book
};

// Price book file format v1 (pricing/README.md).
PriceBookResult parsePriceBook(std::string_view text, const std::string &fileName);
PriceBookResult readPriceBookFile(const std::string &path);
std::string serializePriceBook(const PriceBook &book);

// The price books bundled with Headroom, compiled in: resources/pricing/aws-us-east-1.json,
// carrying aws-us-west-2.json and aws-eu-west-1.json for the components in those regions.
const PriceBook &bundledPriceBook();

// `books` with `book` in place of its region's book: `book` itself (carrying the other regions of
// `books`) when it is for the primary region, else a copy of `books` carrying `book`.
// `--prices FILE` replaces the bundled book of FILE's region this way.
PriceBook withRegionBook(const PriceBook &books, PriceBook book);

} // namespace headroom

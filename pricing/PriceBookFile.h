// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "PriceBook.h"

#include <cstdint>
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

// The largest price book file Headroom reads (the bundled ones are under 100 KiB; a book
// imported from every EC2 product of a region is a few MiB).
inline constexpr std::uintmax_t kMaxPriceBookBytes = 64u * 1024u * 1024u;

// Price book file format v1 (pricing/README.md). Read strictly: a key twice in one object, a
// price that is not finite or past a plausible bound, tiers out of order or a bounded last
// tier are errors naming the file and the JSON pointer. (Callers read the file with
// readBoundedFile and kMaxPriceBookBytes.)
PriceBookResult parsePriceBook(std::string_view text, const std::string &fileName);
std::string serializePriceBook(const PriceBook &book);

// The price books bundled with Headroom, compiled in: resources/pricing/aws-us-east-1.json,
// carrying aws-us-west-2.json and aws-eu-west-1.json for the components in those regions.
const PriceBook &bundledPriceBook();

// `books` with `book` in place of its region's book: `book` itself (carrying the other regions of
// `books`) when it is for the primary region, else a copy of `books` carrying `book`.
// `--prices FILE` replaces the bundled book of FILE's region this way.
PriceBook withRegionBook(const PriceBook &books, PriceBook book);

} // namespace headroom

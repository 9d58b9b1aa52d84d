// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "PriceBookFile.h"

#include "JsonKeys.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <sstream>

namespace headroom {

namespace embedded {
extern const std::string_view priceBook_us_east_1;
extern const std::string_view priceBook_us_west_2;
extern const std::string_view priceBook_eu_west_1;
}

using nlohmann::json;

namespace {

struct ReadFailure
{
    std::string pointer;
    std::string message;
};

[[noreturn]] void fail(std::string pointer, std::string message)
{
    throw ReadFailure{std::move(pointer), std::move(message)};
}

std::string text(const json &object, const char *key, const std::string &pointer, bool required)
{
    if (!object.contains(key)) {
        if (required)
            fail(pointer + "/" + key, "is required");
        return {};
    }
    if (!object.at(key).is_string())
        fail(pointer + "/" + key, "must be a string");
    return object.at(key).get<std::string>();
}

// The largest figures a book may hold. A price is per `per` units of its unit.
constexpr double kMaxUsd = kMaxPlausibleUsd;
constexpr double kMaxPer = 1e12;   // the bundled books price per 1 to per 1,000,000 units
constexpr double kMaxUpTo = 1e15;  // a tier bound, in units a month

double positiveNumber(const json &value, const std::string &pointer, bool allowZero, double maximum)
{
    if (!value.is_number())
        fail(pointer, "must be a number");
    const double number = value.get<double>();
    if (!std::isfinite(number) || number < 0.0 || (!allowZero && number == 0.0))
        fail(pointer, allowZero ? "must be ≥ 0" : "must be > 0");
    if (number > maximum) {
        std::ostringstream limit;
        limit << maximum;
        fail(pointer, "must be ≤ " + limit.str() + " (a larger figure is not a price AWS charges: check the unit)");
    }
    return number;
}

// An entry's "committed" array: at most one rate per term, each below the on-demand price.
void readCommittedRates(const json &item, const std::string &pointer, PriceEntry &entry)
{
    if (!item.contains("committed"))
        return;
    const json &rates = item.at("committed");
    if (!rates.is_array())
        fail(pointer + "/committed", "must be an array");
    for (size_t i = 0; i < rates.size(); ++i) {
        const std::string at = pointer + "/committed/" + std::to_string(i);
        if (!rates[i].is_object())
            fail(at, "must be an object");
        CommittedRate rate;
        rate.term = text(rates[i], "term", at, true);
        if (rate.term != "1yr" && rate.term != "3yr")
            fail(at + "/term", "must be \"1yr\" or \"3yr\"");
        if (entry.committedRate(rate.term))
            fail(at + "/term", "a second " + rate.term + " rate for this entry");
        rate.payment = text(rates[i], "payment", at, true);
        rate.usd = positiveNumber(rates[i].value("usd", json()), at + "/usd", false, kMaxUsd);
        if (rate.usd >= entry.tiers.front().usd)
            fail(at + "/usd", "must be less than the on-demand price (a commitment is a discount)");
        rate.source = text(rates[i], "source", at, true);
        entry.committed.push_back(std::move(rate));
    }
}

PriceEntry readEntry(const json &item, const std::string &pointer)
{
    if (!item.is_object())
        fail(pointer, "must be an object");
    PriceEntry entry;
    entry.key = text(item, "key", pointer, true);
    entry.description = text(item, "description", pointer, false);
    entry.unit = text(item, "unit", pointer, true);
    entry.source = text(item, "source", pointer, true);
    if (item.contains("per"))
        entry.per = positiveNumber(item.at("per"), pointer + "/per", false, kMaxPer);
    const bool flat = item.contains("usd");
    const bool tiered = item.contains("tiers");
    if (flat == tiered)
        fail(pointer, "needs exactly one of \"usd\" (a flat price) or \"tiers\"");
    if (flat) {
        entry.tiers.push_back({std::nullopt, positiveNumber(item.at("usd"), pointer + "/usd", true, kMaxUsd)});
        readCommittedRates(item, pointer, entry);
        return entry;
    }
    if (item.contains("committed"))
        fail(pointer + "/committed", "only a flat price (\"usd\") can have committed rates");
    const json &tiers = item.at("tiers");
    if (!tiers.is_array() || tiers.empty())
        fail(pointer + "/tiers", "must be a non-empty array");
    double previous = 0.0;
    for (size_t i = 0; i < tiers.size(); ++i) {
        const std::string at = pointer + "/tiers/" + std::to_string(i);
        if (!tiers[i].is_object())
            fail(at, "must be an object");
        PriceTier tier;
        tier.usd = positiveNumber(tiers[i].value("usd", json()), at + "/usd", true, kMaxUsd);
        const bool last = i + 1 == tiers.size();
        const bool bounded = tiers[i].contains("up_to") && !tiers[i].at("up_to").is_null();
        if (bounded && last)
            fail(at + "/up_to", "the last band must have no up_to: it prices every unit past the bands "
                                "before it (a bounded last band would make those units free)");
        if (bounded) {
            tier.upTo = positiveNumber(tiers[i].at("up_to"), at + "/up_to", false, kMaxUpTo);
            if (*tier.upTo <= previous)
                fail(at + "/up_to", "must be greater than the band before it");
            previous = *tier.upTo;
        } else if (!last) {
            fail(at + "/up_to", "is required on every band but the last");
        }
        entry.tiers.push_back(tier);
    }
    return entry;
}

PriceBook readBook(const json &root)
{
    if (!root.is_object())
        fail("", "must be an object");
    if (root.value("format", "") != "headroom-price-book")
        fail("/format", "must be \"headroom-price-book\" (is this a Headroom price book?)");
    if (!root.contains("version") || !root.at("version").is_number_integer())
        fail("/version", "must be a whole number");
    if (root.at("version").get<long long>() != 1)
        fail("/version", "this price book has format version " + std::to_string(root.at("version").get<long long>())
                             + "; this version of Headroom reads version 1");
    PriceBook book;
    book.region = text(root, "region", "", true);
    book.currency = text(root, "currency", "", true);
    if (book.currency != "USD")
        fail("/currency", "must be \"USD\" (the only currency Headroom prices in)");
    book.asOf = text(root, "as_of", "", true);
    book.about = text(root, "about", "", false);
    if (root.contains("sources")) {
        if (!root.at("sources").is_object())
            fail("/sources", "must be an object");
        for (const auto &[key, value] : root.at("sources").items()) {
            const std::string at = "/sources/" + key;
            if (!value.is_object())
                fail(at, "must be an object");
            book.sources[key] = {text(value, "ref", at, true), text(value, "as_of", at, false)};
        }
    }
    if (!root.contains("prices") || !root.at("prices").is_array())
        fail("/prices", "must be an array");
    const json &prices = root.at("prices");
    for (size_t i = 0; i < prices.size(); ++i) {
        const std::string at = "/prices/" + std::to_string(i);
        PriceEntry entry = readEntry(prices[i], at);
        if (book.find(entry.key))
            fail(at + "/key", "duplicate key \"" + entry.key + "\"");
        book.add(std::move(entry));
    }
    if (root.contains("commitments")) {
        const json &commitments = root.at("commitments");
        if (!commitments.is_array())
            fail("/commitments", "must be an array");
        for (size_t i = 0; i < commitments.size(); ++i) {
            const std::string at = "/commitments/" + std::to_string(i);
            if (!commitments[i].is_object())
                fail(at, "must be an object");
            Commitment commitment;
            commitment.service = text(commitments[i], "service", at, true);
            commitment.term = text(commitments[i], "term", at, true);
            if (commitment.term != "1yr" && commitment.term != "3yr")
                fail(at + "/term", "must be \"1yr\" or \"3yr\"");
            commitment.factor = positiveNumber(commitments[i].value("factor", json()), at + "/factor", false, kMaxUsd);
            if (commitment.factor > 1.0)
                fail(at + "/factor", "must be ≤ 1 (a discount)");
            commitment.source = text(commitments[i], "source", at, true);
            book.addCommitment(std::move(commitment));
        }
    }
    return book;
}

void locate(std::string_view content, size_t byte, PriceBookError &error)
{
    lineAndColumn(content, byte, error.line, error.column);
}

json numberJson(double value)
{
    if (std::floor(value) == value && std::fabs(value) < 9e15)
        return static_cast<long long>(value);
    return value;
}

} // namespace

std::string PriceBookError::toString() const
{
    std::string out = file.empty() ? std::string("<price book>") : file;
    if (line > 0)
        out += ":" + std::to_string(line) + ":" + std::to_string(column);
    out += ": ";
    if (!pointer.empty())
        out += pointer + ": ";
    return out + message;
}

PriceBookResult parsePriceBook(std::string_view content, const std::string &fileName)
{
    PriceBookResult result;
    result.error.file = fileName;
    json root;
    try {
        root = json::parse(content.begin(), content.end());
    } catch (const json::parse_error &error) {
        locate(content, error.byte > 0 ? error.byte - 1 : 0, result.error);
        const std::string what = error.what();
        const auto detail = what.find("syntax error");
        result.error.message = "invalid JSON: " + (detail != std::string::npos ? what.substr(detail) : what);
        return result;
    } catch (const json::exception &error) {
        result.error.message = std::string("invalid JSON: ") + error.what();
        return result;
    }
    if (const std::optional<DuplicateKey> duplicate = firstDuplicateKey(content)) {
        result.error.pointer = duplicate->pointer;
        result.error.message = "duplicate key \"" + duplicate->key + "\"";
        return result;
    }
    try {
        result.book = readBook(root);
    } catch (const ReadFailure &failure) {
        result.error.pointer = failure.pointer;
        result.error.message = failure.message;
    } catch (const json::exception &error) {
        result.error.message = error.what();
    }
    return result;
}

std::string serializePriceBook(const PriceBook &book)
{
    nlohmann::ordered_json root;
    root["format"] = "headroom-price-book";
    root["version"] = 1;
    root["region"] = book.region;
    root["currency"] = book.currency;
    root["as_of"] = book.asOf;
    if (!book.about.empty())
        root["about"] = book.about;
    root["sources"] = nlohmann::ordered_json::object();
    for (const auto &[key, source] : book.sources)
        root["sources"][key] = {{"ref", source.ref}, {"as_of", source.asOf}};
    root["prices"] = nlohmann::ordered_json::array();
    for (const PriceEntry &entry : book.entries()) {
        nlohmann::ordered_json item;
        item["key"] = entry.key;
        if (!entry.description.empty())
            item["description"] = entry.description;
        item["unit"] = entry.unit;
        if (entry.per != 1.0)
            item["per"] = numberJson(entry.per);
        if (entry.tiers.size() == 1 && !entry.tiers.front().upTo) {
            item["usd"] = entry.tiers.front().usd;
        } else {
            item["tiers"] = nlohmann::ordered_json::array();
            for (const PriceTier &tier : entry.tiers) {
                nlohmann::ordered_json band;
                if (tier.upTo)
                    band["up_to"] = numberJson(*tier.upTo);
                band["usd"] = tier.usd;
                item["tiers"].push_back(band);
            }
        }
        item["source"] = entry.source;
        for (const CommittedRate &rate : entry.committed)
            item["committed"].push_back(
                {{"term", rate.term}, {"payment", rate.payment}, {"usd", rate.usd}, {"source", rate.source}});
        root["prices"].push_back(item);
    }
    root["commitments"] = nlohmann::ordered_json::array();
    for (const Commitment &c : book.commitments())
        root["commitments"].push_back(
            {{"service", c.service}, {"term", c.term}, {"factor", c.factor}, {"source", c.source}});
    return root.dump(2) + "\n";
}

namespace {

PriceBook parsedBundled(std::string_view json, const std::string &name)
{
    // The bundled books are checked by the tests; a defect in one is a build defect.
    PriceBookResult result = parsePriceBook(json, name + " (bundled)");
    if (!result.book)
        throw std::runtime_error(result.error.toString());
    return *result.book;
}

} // namespace

const PriceBook &bundledPriceBook()
{
    static const PriceBook book = [] {
        PriceBook primary = parsedBundled(embedded::priceBook_us_east_1, "aws-us-east-1.json");
        primary.carryRegion(std::make_shared<const PriceBook>(
            parsedBundled(embedded::priceBook_us_west_2, "aws-us-west-2.json")));
        primary.carryRegion(std::make_shared<const PriceBook>(
            parsedBundled(embedded::priceBook_eu_west_1, "aws-eu-west-1.json")));
        return primary;
    }();
    return book;
}

PriceBook withRegionBook(const PriceBook &books, PriceBook book)
{
    if (book.region == books.region) {
        for (const std::string &region : books.regions())
            if (region != books.region && !book.forRegion(region))
                book.carryRegion(std::make_shared<const PriceBook>(*books.forRegion(region)));
        return book;
    }
    PriceBook result = books;
    result.carryRegion(std::make_shared<const PriceBook>(std::move(book)));
    return result;
}

} // namespace headroom

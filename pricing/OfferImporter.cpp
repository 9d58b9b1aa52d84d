// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "OfferImporter.h"

#include "OfferProduct.h"
#include "OfferTerm.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace headroom {

namespace {

using nlohmann::json;

// Everything the stream leaves behind: proportional to the products kept (and, only when
// terms come before products, to the SKUs priced), never to the file.
struct OfferRead
{
    std::string offerCode;
    std::string publicationDate;
    std::vector<std::pair<std::string, OfferPriceItem>> kept; // SKU → item, in file order
    std::unordered_set<std::string> keptSkus;
    std::unordered_map<std::string, OfferSkuPrices> prices;
    bool productsDone = false;
    long long skipped = 0;
    std::string error;
};

// Streams an offer file keeping a path of the open containers' keys ("" for the root and for
// array elements): products/<sku>/attributes/<name>, terms/<kind>/<sku>/<term>/priceDimensions/
// <rate>/pricePerUnit/USD. A product is judged when its object closes, a term likewise.
class OfferSaxHandler : public nlohmann::json_sax<json>
{
public:
    OfferSaxHandler(const std::string &fileName, const std::string &region, OfferRead &read)
        : m_fileName(fileName), m_region(region), m_read(read)
    {
    }

    bool null() override { return ignore(); }
    bool boolean(bool) override { return ignore(); }
    bool number_integer(number_integer_t value) override { return scalar(std::to_string(value)); }
    bool number_unsigned(number_unsigned_t value) override { return scalar(std::to_string(value)); }
    bool number_float(number_float_t, const string_t &text) override { return scalar(std::string(text)); }
    bool string(string_t &value) override { return scalar(std::move(value)); }
    bool binary(binary_t &) override { return ignore(); }

    bool key(string_t &value) override
    {
        m_key = std::move(value);
        return true;
    }

    bool start_object(std::size_t) override
    {
        if (inProducts(2)) {
            if (m_read.offerCode.empty())
                return fail("offerCode must come before products");
            m_product = OfferProduct{};
            m_product.sku = m_key;
        } else if (inTerms(4)) {
            m_term = OfferTerm{};
        } else if (inTerms(6) && m_path[5] == "priceDimensions") {
            m_dimension = OfferPriceDimension{};
        }
        return open();
    }

    bool end_object() override
    {
        if (inProducts(3))
            closeProduct();
        else if (inProducts(2))
            m_read.productsDone = true;
        else if (inTerms(5))
            closeTerm();
        else if (inTerms(7) && m_path[5] == "priceDimensions")
            m_term.dimensions.push_back(std::move(m_dimension));
        return close();
    }

    bool start_array(std::size_t) override { return open(); }
    bool end_array() override { return close(); }

    bool parse_error(std::size_t position, const std::string &,
                     const nlohmann::detail::exception &error) override
    {
        // what() is "[json.exception.parse_error.101] parse error at line L, column C: syntax error ...".
        const std::string what = error.what();
        const auto detail = what.find(": ", what.find(']'));
        m_read.error = m_fileName + ": byte " + std::to_string(position) + ": "
                       + (detail == std::string::npos ? what : what.substr(detail + 2));
        return false;
    }

private:
    bool inProducts(size_t depth) const { return m_path.size() == depth && m_path[1] == "products"; }

    bool inTerms(size_t depth) const
    {
        return m_path.size() == depth && m_path[1] == "terms"
               && (m_path[2] == "OnDemand" || m_path[2] == "Reserved");
    }

    bool open()
    {
        m_path.push_back(std::move(m_key));
        m_key.clear();
        return true;
    }

    bool close()
    {
        m_path.pop_back();
        m_key.clear();
        return true;
    }

    bool ignore()
    {
        m_key.clear();
        return true;
    }

    bool fail(const std::string &message)
    {
        m_read.error = m_fileName + ": " + message;
        return false;
    }

    bool scalar(std::string &&value)
    {
        const size_t depth = m_path.size();
        bool ok = true;
        if (depth == 1)
            ok = rootValue(std::move(value));
        else if (inProducts(3) && m_key == "productFamily")
            m_product.productFamily = std::move(value);
        else if (inProducts(4) && m_path[3] == "attributes")
            m_product.setAttribute(m_key, std::move(value));
        else if (depth >= 6 && inTerms(depth))
            termValue(std::move(value));
        m_key.clear();
        return ok;
    }

    bool rootValue(std::string &&value)
    {
        if (m_key == "publicationDate")
            m_read.publicationDate = std::move(value);
        if (m_key != "offerCode")
            return true;
        m_read.offerCode = std::move(value);
        return isSupportedOfferCode(m_read.offerCode)
               || fail("offerCode \"" + m_read.offerCode
                       + "\" is not an offer Headroom imports (AmazonEC2, AmazonRDS or AmazonElastiCache)");
    }

    void termValue(std::string &&value)
    {
        const size_t depth = m_path.size();
        OfferPriceDimension &dimension = m_dimension; // the priceDimensions entry being read
        if (depth == 6 && m_path[5] == "termAttributes") {
            if (m_key == "LeaseContractLength")
                m_term.leaseContractLength = std::move(value);
            else if (m_key == "OfferingClass")
                m_term.offeringClass = std::move(value);
            else if (m_key == "PurchaseOption")
                m_term.purchaseOption = std::move(value);
        } else if (depth == 7 && m_path[5] == "priceDimensions") {
            if (m_key == "unit")
                dimension.unit = std::move(value);
            else if (m_key == "beginRange")
                dimension.beginRange = std::move(value);
            else if (m_key == "endRange")
                dimension.endRange = std::move(value);
        } else if (depth == 8 && m_path[5] == "priceDimensions" && m_path[7] == "pricePerUnit"
                   && m_key == "USD") {
            dimension.usd = std::move(value);
        }
    }

    void closeProduct()
    {
        auto item = classifyOfferProduct(m_product, m_read.offerCode, m_region);
        if (!item) {
            ++m_read.skipped;
            return;
        }
        m_read.keptSkus.insert(m_product.sku);
        m_read.kept.emplace_back(std::move(m_product.sku), std::move(*item));
    }

    // After the products, only kept SKUs' terms are worth keeping; before them (a file that
    // lists terms first), every SKU's are, in their compact form, until the products decide.
    void closeTerm()
    {
        const std::string &sku = m_path[3];
        if (m_read.productsDone && !m_read.keptSkus.contains(sku))
            return;
        OfferSkuPrices &prices = m_read.prices[sku];
        if (m_path[2] == "OnDemand")
            addOnDemandTerm(m_term, prices);
        else
            addReservedTerm(m_term, prices);
    }

    const std::string &m_fileName;
    const std::string &m_region;
    OfferRead &m_read;
    std::vector<std::string> m_path;
    std::string m_key;
    OfferProduct m_product;
    OfferTerm m_term;
    OfferPriceDimension m_dimension;
};

// Turns the kept products with an on-demand price into entries of `into`, each with the
// reserved prices its own SKU has (standard, No Upfront, effective hourly) that are below its
// on-demand price; counts them in `committedRates`. False, with read.error set, on a bad price.
bool buildEntries(OfferRead &read, const std::string &fileName, const std::string &source, PriceBook &into,
                  long long &committedRates)
{
    for (auto &[sku, item] : read.kept) {
        const auto found = read.prices.find(sku);
        if (found != read.prices.end() && !found->second.problem.empty()) {
            read.error = fileName + ": SKU " + sku + ": " + found->second.problem;
            return false;
        }
        if (found == read.prices.end() || found->second.onDemand.empty() || into.find(item.key)) {
            ++read.skipped; // no on-demand price, or a second product for the same key
            continue;
        }
        const OfferSkuPrices &prices = found->second;
        PriceEntry entry{item.key, item.description, item.unit, 1.0, {}, source, {}};
        if (!toPriceTiers(prices.onDemand, entry.tiers)) {
            read.error = fileName + ": SKU " + sku + ": on-demand price tiers overlap or leave a gap";
            return false;
        }
        const bool flat = entry.tiers.size() == 1 && !entry.tiers.front().upTo;
        for (int term = 0; term < 2; ++term)
            if (flat && prices.reservedHourly[term] && *prices.reservedHourly[term] > 0.0
                && *prices.reservedHourly[term] < entry.tiers.front().usd) {
                entry.committed.push_back({term == 0 ? "1yr" : "3yr", "standard, no upfront",
                                           *prices.reservedHourly[term], source});
                ++committedRates;
            }
        into.add(std::move(entry));
    }
    return true;
}

void merge(const PriceBook &imported, PriceBook &book)
{
    for (const PriceEntry &entry : imported.entries())
        book.add(entry);
}

} // namespace

OfferImportReport importOfferFile(std::istream &in, const std::string &fileName, const std::string &region,
                                  PriceBook &book)
{
    OfferImportReport report;
    OfferRead read;
    OfferSaxHandler handler(fileName, region, read);
    const bool parsed = json::sax_parse(in, &handler);
    report.offerCode = read.offerCode;
    report.publicationDate = read.publicationDate;
    if (parsed && read.offerCode.empty())
        read.error = fileName + ": no offerCode: not an AWS Price List offer file";
    const std::string source
        = "AWS Price List offer file " + read.offerCode + " " + read.publicationDate + " (" + fileName + ")";
    // Built apart and merged only when the whole file was good: an error leaves `book` as it was.
    PriceBook imported;
    long long committedRates = 0;
    if (!parsed || !read.error.empty() || !buildEntries(read, fileName, source, imported, committedRates)) {
        report.error = read.error.empty() ? fileName + ": could not be read" : read.error;
        return report;
    }
    report.committedRates = committedRates;
    report.productsKept = static_cast<long long>(imported.entries().size());
    report.productsSkipped = read.skipped;
    merge(imported, book);
    book.sources[read.offerCode] = {fileName, read.publicationDate};
    if (book.region.empty())
        book.region = region;
    if (book.currency.empty())
        book.currency = "USD";
    if (book.asOf.empty())
        book.asOf = read.publicationDate;
    report.ok = true;
    return report;
}

} // namespace headroom

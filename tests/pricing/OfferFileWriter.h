// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Writes AWS Price List offer files in the real shape (shared/reference/README.md) for tests
// that need more products than a fixture should hold.

#include <algorithm>
#include <fstream>
#include <ostream>
#include <string>
#include <vector>

namespace headroom::test {

inline const std::string fixturePublicationDate = "2024-05-14T19:20:26Z";

// JSON written with ' for ", to stay readable: moc cannot parse raw string literals.
inline std::string json(std::string text)
{
    std::replace(text.begin(), text.end(), '\'', '"');
    return text;
}

inline void writeEc2Product(std::ostream &out, const std::string &sku, const std::string &type,
                            const std::string &os, const std::string &region)
{
    out << json(
        "'" + sku + "':{'sku':'" + sku + "','productFamily':'Compute Instance','attributes':{"
        + "'servicecode':'AmazonEC2','location':'somewhere','locationType':'AWS Region','regionCode':'"
        + region + "','instanceType':'" + type + "','vcpu':'2','memory':'8 GiB','tenancy':'Shared',"
        + "'operatingSystem':'" + os + "','licenseModel':'No License required','preInstalledSw':'NA',"
        + "'capacitystatus':'Used','marketoption':'OnDemand','usagetype':'BoxUsage:" + type
        + "','operation':'RunInstances'}}");
}

inline void writeOnDemand(std::ostream &out, const std::string &sku, const std::string &usd)
{
    const std::string term = sku + ".JRTCKXETXF";
    out << json("'" + sku + "':{'" + term + "':{'offerTermCode':'JRTCKXETXF','sku':'" + sku
                + "','effectiveDate':'2024-05-01T00:00:00Z','priceDimensions':{'" + term
                + ".6YS6EN2CT7':{'rateCode':'" + term
                + ".6YS6EN2CT7','description':'generated','beginRange':'0',"
                + "'endRange':'Inf','unit':'Hrs','pricePerUnit':{'USD':'" + usd
                + "'},'appliesTo':[]}},'termAttributes':{}}}");
}

// An EC2 offer file of `skipped` Windows and other-region products and five kept Linux ones,
// each with an on-demand term, with its terms before or after its products.
inline void writeLargeEc2Offer(const std::string &path, int skipped, bool termsFirst)
{
    const std::vector<std::string> kept = {"m6i.large", "m6i.xlarge", "c6i.large", "r6i.large", "t3.micro"};
    auto sku = [](int i) { return "GEN" + std::to_string(1000000 + i); };
    const int total = skipped + static_cast<int>(kept.size());
    std::ofstream out(path, std::ios::binary);
    out << json("{'formatVersion':'v1.0','offerCode':'AmazonEC2','version':'1','publicationDate':'"
                + fixturePublicationDate + "',");
    auto products = [&] {
        out << json("'products':{");
        for (int i = 0; i < total; ++i) {
            const bool keep = i % (skipped / 5 + 1) == 0 && i / (skipped / 5 + 1) < 5;
            const std::string type = keep ? kept[static_cast<size_t>(i / (skipped / 5 + 1))] : "m6i.large";
            writeEc2Product(out, sku(i), type, (keep || i % 2 == 1) ? "Linux" : "Windows",
                            (keep || i % 2 == 0) ? "us-east-1" : "eu-west-1");
            out << (i + 1 < total ? "," : "}");
        }
    };
    auto terms = [&] {
        out << json("'terms':{'OnDemand':{");
        for (int i = 0; i < total; ++i) {
            writeOnDemand(out, sku(i), "0.1" + std::to_string(i % 10));
            out << (i + 1 < total ? "," : "}");
        }
        out << json(",'Reserved':{}}");
    };
    if (termsFirst) {
        terms();
        out << ',';
        products();
    } else {
        products();
        out << ',';
        terms();
    }
    out << json(",'attributesList':{}}");
}

} // namespace headroom::test

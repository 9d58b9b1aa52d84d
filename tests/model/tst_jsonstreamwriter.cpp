// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// JsonStreamWriter writes what nlohmann's dump(2) writes for the same values, byte for byte:
// numbers (edge cases and a million random bit patterns), strings (every control character,
// quotes, multi-byte UTF-8), nesting and empty containers. And serializeProject, now written
// by it, is the dump(2) of its own parse for every bundled example and template.

#include "model/core/JsonStreamWriter.h"
#include "model/io/ProjectFile.h"

#include <nlohmann/json.hpp>

#include <QDirIterator>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using namespace headroom;
using nlohmann::ordered_json;

namespace {

std::string numberByWriter(double value)
{
    std::string out;
    JsonStreamWriter(out).number(value);
    return out;
}

std::string escapedByWriter(std::string_view text)
{
    std::string out;
    JsonStreamWriter(out).str(text);
    return out;
}

} // namespace

class TestJsonStreamWriter : public QObject
{
    Q_OBJECT

private slots:
    void numbersAsDump_data()
    {
        QTest::addColumn<double>("value");
        const double denormal = std::numeric_limits<double>::denorm_min();
        const double rows[] = {0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.0 / 3.0, 2.0 / 3.0, 1e-4, 1e-5, 0.000123456,
                               123456789012345.0, 1234567890123456.0, 1e15, 1e16, 1e17, 9e15, 1e21, 1e22,
                               1.5e300, 1e-300, denormal, std::numeric_limits<double>::min(),
                               std::numeric_limits<double>::max(), -std::numeric_limits<double>::max(),
                               34722.22222222222, 0.9995, 0.99999, 5e-324, 100000.0, 2.5e-7};
        for (double value : rows)
            QTest::newRow(ordered_json(value).dump().c_str()) << value;
    }

    // The edge cases of the layout: "1.0", exponents from -4 and past 15 digits, the extremes.
    void numbersAsDump()
    {
        QFETCH(double, value);
        QCOMPARE(QString::fromStdString(numberByWriter(value)), QString::fromStdString(ordered_json(value).dump()));
    }

    // Random bit patterns cover the digit generation, where Grisu2 is not always the shortest
    // form: the writer must follow it, not a shortest-digits algorithm.
    void randomNumbersAsDump()
    {
        std::mt19937_64 random(19);
        int compared = 0;
        for (int i = 0; i < 1000000; ++i) {
            const std::uint64_t bits = random();
            double value = 0;
            std::memcpy(&value, &bits, sizeof value);
            if (!std::isfinite(value))
                continue;
            const std::string expected = ordered_json(value).dump();
            const std::string actual = numberByWriter(value);
            if (actual != expected)
                QFAIL(("bits " + std::to_string(bits) + ": " + actual + " != " + expected).c_str());
            ++compared;
        }
        QVERIFY(compared > 990000);
    }

    void nonFiniteIsNull()
    {
        QCOMPARE(numberByWriter(std::numeric_limits<double>::quiet_NaN()), std::string("null"));
        QCOMPARE(numberByWriter(std::numeric_limits<double>::infinity()), std::string("null"));
        std::string out;
        JsonStreamWriter(out).number(std::optional<double>());
        QCOMPARE(out, std::string("null"));
    }

    void stringsAsDump()
    {
        std::string every;
        for (int c = 1; c < 0x80; ++c)
            every.push_back(static_cast<char>(c));
        every += std::string("\0", 1);
        const std::string rows[] = {"", "plain", "quote \" backslash \\ slash /", every,
                                    "caf\xC3\xA9 \xE2\x86\x92 \xF0\x9F\x98\x80 \xE2\x80\xAE", "\x7F"};
        for (const std::string &text : rows)
            QCOMPARE(escapedByWriter(text), ordered_json(text).dump());
    }

    // dump() throws on invalid UTF-8; the writer replaces each bad byte and goes on.
    void invalidUtf8IsReplaced()
    {
        QCOMPARE(escapedByWriter("a\xFF" "b"), std::string("\"a\xEF\xBF\xBD" "b\""));
        QCOMPARE(escapedByWriter("\xC3"), std::string("\"\xEF\xBF\xBD\""));
        QCOMPARE(escapedByWriter("\xED\xA0\x80"), std::string("\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\""));  // a surrogate
        QCOMPARE(escapedByWriter("\xC0\xAF"), std::string("\"\xEF\xBF\xBD\xEF\xBF\xBD\""));  // overlong "/"
    }

    void nestingAsDump()
    {
        std::string out;
        JsonStreamWriter w(out);
        w.beginObject();
        w.key("empty object").beginObject();
        w.endObject();
        w.key("empty array").beginArray();
        w.endArray();
        w.key("list").beginArray();
        w.integer(-42);
        w.boolean(true);
        w.null();
        w.beginObject();
        w.key("k\n").text("");
        w.key("deep").beginArray();
        w.beginArray();
        w.endArray();
        w.number(2.0);
        w.endArray();
        w.endObject();
        w.endArray();
        w.key("names").strings({"a", "b"});
        w.endObject();
        const ordered_json expected = {{"empty object", ordered_json::object()},
                                       {"empty array", ordered_json::array()},
                                       {"list", {-42, true, nullptr, {{"k\n", nullptr}, {"deep", {ordered_json::array(), 2.0}}}}},
                                       {"names", {"a", "b"}}};
        QCOMPARE(QString::fromStdString(out), QString::fromStdString(expected.dump(2)));
    }

    void projectsAsDump()
    {
        int count = 0;
        for (const char *folder : {"/resources/examples", "/resources/templates"}) {
            QDirIterator files(QStringLiteral(HEADROOM_SOURCE_DIR) + QString::fromLatin1(folder), {QStringLiteral("*.json")});
            while (files.hasNext()) {
                const std::string path = files.next().toStdString();
                const auto project = readProjectFile(path);
                QVERIFY2(project, path.c_str());
                const std::string text = serializeProject(*project);
                QCOMPARE(QString::fromStdString(text), QString::fromStdString(ordered_json::parse(text).dump(2) + "\n"));
                ++count;
            }
        }
        QCOMPARE(count, 10);
    }
};

QTEST_GUILESS_MAIN(TestJsonStreamWriter)
#include "tst_jsonstreamwriter.moc"

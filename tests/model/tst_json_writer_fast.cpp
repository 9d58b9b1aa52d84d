// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The fast paths of JsonStreamWriter (issue 19) write what nlohmann's dump(2) writes: whole
// numbers below 10^15, which skip Grisu2; keys checked for escapes when the program is built
// (JsonKey), literal or not; strings of every length with a byte that needs escaping at every
// place (the eight-bytes-at-a-time check); nesting deeper than any real document. And the output
// string holds exactly the text whenever the outermost value is complete, or the writer is gone,
// though the writer keeps spare room in it while a value is open; through a sink, the same text.

#include "model/core/JsonStreamWriter.h"

#include <nlohmann/json.hpp>

#include <QTest>

#include <cmath>
#include <random>
#include <sstream>

using namespace headroom;
using nlohmann::ordered_json;

namespace {

std::string numberByWriter(double value)
{
    std::string out;
    JsonStreamWriter(out).number(value);
    return out;
}

std::string quotedByWriter(const std::string &text)
{
    std::string out;
    JsonStreamWriter(out).str(text);
    return out;
}

// A document with every kind of value, `items` times over, written by `w`.
void writeSample(JsonStreamWriter &w, int items)
{
    w.beginObject();
    w.key("items").beginArray();
    for (int i = 0; i < items; ++i) {
        w.beginObject();
        w.key("id").str("item-" + std::to_string(i));
        w.key("rate").number(i / 7.0);
        w.key("count").integer(i);
        w.key("whole").number(static_cast<double>(i) * 1000.0);
        w.key("flag").boolean(i % 2 == 0);
        w.key("none").null();
        w.key("tags").strings({"a", "b \"quoted\""});
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

ordered_json sampleAsJson(int items)
{
    ordered_json list = ordered_json::array();
    for (int i = 0; i < items; ++i)
        list.push_back({{"id", "item-" + std::to_string(i)}, {"rate", i / 7.0}, {"count", i},
                        {"whole", static_cast<double>(i) * 1000.0}, {"flag", i % 2 == 0}, {"none", nullptr},
                        {"tags", {"a", "b \"quoted\""}}});
    return {{"items", list}};
}

} // namespace

class TestJsonWriterFast : public QObject
{
    Q_OBJECT

private slots:
    void wholeNumbersAsDump()
    {
        for (int i = -100000; i <= 100000; ++i) {
            const double value = i;
            if (numberByWriter(value) != ordered_json(value).dump())
                QFAIL(("whole number " + std::to_string(i)).c_str());
        }
        std::vector<double> values = {-0.0, 1e15, -1e15, 1e15 - 1, 1e15 + 1, -(1e15 - 1), 999999999999999.0,
                                      9007199254740992.0, 4503599627370496.0, 4503599627370497.0};
        for (double power = 1; power < 2e15; power *= 10)
            for (double delta : {-1.0, 0.0, 1.0})
                values.push_back(power + delta);
        for (double power = 1; power < 2e15; power *= 2)
            for (double delta : {-1.0, 0.0, 1.0})
                values.push_back(power + delta);
        std::mt19937_64 random(15);
        for (int i = 0; i < 200000; ++i) {
            const double magnitude = std::floor(std::pow(10.0, std::uniform_real_distribution<double>(0, 15.2)(random)));
            values.push_back(i % 2 ? magnitude : -magnitude);
        }
        for (double value : values)
            if (numberByWriter(value) != ordered_json(value).dump())
                QFAIL(("whole number " + ordered_json(value).dump() + " written " + numberByWriter(value)).c_str());
    }

    void keysAsDump()
    {
        QVERIFY(JsonKey("plain_key").plain());
        QVERIFY(!JsonKey("line\nbreak").plain());
        QVERIFY(!JsonKey("quote\"").plain());
        QVERIFY(!JsonKey("caf\xC3\xA9").plain());
        const std::string made = "made";
        QVERIFY(!JsonKey(made).plain());  // not known: checked when written

        std::string out;
        JsonStreamWriter w(out);
        w.beginObject();
        w.key("plain").integer(1);
        w.key("line\nbreak").integer(2);
        w.key("quote \" and \\").integer(3);
        w.key(std::string("tab\there")).integer(4);
        w.key(std::string_view("caf\xC3\xA9")).integer(5);
        w.key(std::string(300, 'k')).integer(6);
        w.endObject();
        const ordered_json expected = {{"plain", 1}, {"line\nbreak", 2}, {"quote \" and \\", 3}, {"tab\there", 4},
                                       {"caf\xC3\xA9", 5}, {std::string(300, 'k'), 6}};
        QCOMPARE(QString::fromStdString(out), QString::fromStdString(expected.dump(2)));
    }

    // Every length to 40, with each byte that needs care at every place: the word check's edges.
    void stringsAsDump()
    {
        const std::string specials[] = {"\"", "\\", "\n", std::string("\0", 1), "\x1F", "\x7F", "\xC3\xA9",
                                        "\xE2\x82\xAC", "\xF0\x9F\x98\x80", " ", "~"};
        for (size_t length = 0; length <= 40; ++length)
            for (size_t at = 0; at <= length; ++at)
                for (const std::string &special : specials) {
                    std::string text(length, 'x');
                    text.insert(at, special);
                    if (quotedByWriter(text) != ordered_json(text).dump())
                        QFAIL(("length " + std::to_string(length) + " at " + std::to_string(at)).c_str());
                }
        // A byte that is not UTF-8, at every place of a word: replaced, the rest as it is.
        for (size_t at = 0; at < 16; ++at) {
            std::string text(16, 'y');
            text[at] = '\xFF';
            std::string expected = "\"" + std::string(at, 'y') + "\xEF\xBF\xBD" + std::string(15 - at, 'y') + "\"";
            QCOMPARE(quotedByWriter(text), expected);
        }
    }

    void deepNestingAsDump()
    {
        std::string out;
        JsonStreamWriter w(out);
        ordered_json expected = 1.5;
        constexpr int kDepth = 200;
        for (int i = 0; i < kDepth; ++i) {
            if (i % 2) {
                w.beginArray();
            } else {
                w.beginObject();
                w.key("k" + std::to_string(i));
            }
        }
        w.number(1.5);
        for (int i = kDepth - 1; i >= 0; --i) {
            if (i % 2) {
                w.endArray();
                expected = ordered_json::array({expected});
            } else {
                w.endObject();
                expected = ordered_json{{"k" + std::to_string(i), expected}};
            }
        }
        QCOMPARE(QString::fromStdString(out), QString::fromStdString(expected.dump(2)));
    }

    // `out` is exact whenever no value is open, and after the writer, even when left open.
    void outputHoldsExactlyTheText()
    {
        std::string out = "before ";
        {
            JsonStreamWriter w(out);
            w.beginObject();
            w.key("a").number(1.5);
            QVERIFY(out.size() >= std::string("before {\n  \"a\": 1.5").size());
            w.endObject();
            QCOMPARE(out, std::string("before {\n  \"a\": 1.5\n}"));
            out += " between ";  // as the writers add their last newline
            w.beginArray();
            w.integer(7);
            w.endArray();
            QCOMPARE(out, std::string("before {\n  \"a\": 1.5\n} between [\n  7\n]"));
        }
        std::string open;
        {
            JsonStreamWriter w(open);
            w.beginObject();
            w.key("left").beginArray();
            w.str("open");
        }
        QCOMPARE(open, std::string("{\n  \"left\": [\n    \"open\""));
    }

    // Through a sink in pieces: the text a string gets, whatever the size.
    void sinkGetsTheSameText()
    {
        for (int items : {0, 1, 10, 5000}) {
            std::string whole;
            {
                JsonStreamWriter w(whole);
                writeSample(w, items);
            }
            QCOMPARE(QString::fromStdString(whole), QString::fromStdString(sampleAsJson(items).dump(2)));
            std::ostringstream sink;
            std::string buffer;
            JsonStreamWriter w(buffer, sink);
            writeSample(w, items);
            w.flush();
            QVERIFY(buffer.empty());
            QVERIFY(sink.str() == whole);
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonWriterFast)
#include "tst_json_writer_fast.moc"

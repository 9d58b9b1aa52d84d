// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// scanJson (model/io/JsonScanner.h), the project reader's own JSON scanner, against nlohmann's
// sax_parse: whenever the scanner takes a text, nlohmann takes it too and reports the very same
// events (keys, strings byte for byte, numbers of the same kind and bits); the scanner takes
// every bundled file, every form of number and string escape; it refuses syntax errors and
// whatever it cannot be sure of; and tens of thousands of mutated files never find a text the
// scanner reads otherwise than nlohmann.

#include "model/io/JsonScanner.h"

#include <nlohmann/json.hpp>

#include <QDirIterator>
#include <QTest>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <random>
#include <string>

using namespace headroom;
using nlohmann::json;

namespace {

std::string hexBits(double value)
{
    return std::to_string(std::bit_cast<std::uint64_t>(value));
}

// Each event as one line of text.
class ScannerLog : public JsonEvents
{
public:
    std::string log;
    long stopAfter = -1;  // refuse the event after this many (-1: take them all)

    bool null() override { return add("null"); }
    bool boolean(bool value) override { return add(value ? "true" : "false"); }
    bool integer(long long value) override { return add("int " + std::to_string(value)); }
    bool whole(unsigned long long value) override { return add("uint " + std::to_string(value)); }
    bool number(double value) override { return add("float " + hexBits(value)); }
    bool string(std::string_view text) override { return add("string " + std::string(text)); }
    bool key(std::string_view name) override { return add("key " + std::string(name)); }
    bool beginObject() override { return add("{"); }
    bool endObject() override { return add("}"); }
    bool beginArray() override { return add("["); }
    bool endArray() override { return add("]"); }

private:
    long m_count = 0;
    bool add(const std::string &line)
    {
        if (stopAfter >= 0 && m_count >= stopAfter)
            return false;
        ++m_count;
        log += line;
        log += '\n';
        return true;
    }
};

// The same lines from nlohmann's SAX interface.
struct NlohmannLog
{
    std::string log;
    bool add(const std::string &line)
    {
        log += line;
        log += '\n';
        return true;
    }
    bool null() { return add("null"); }
    bool boolean(bool value) { return add(value ? "true" : "false"); }
    bool number_integer(json::number_integer_t value) { return add("int " + std::to_string(value)); }
    bool number_unsigned(json::number_unsigned_t value) { return add("uint " + std::to_string(value)); }
    bool number_float(json::number_float_t value, const json::string_t &) { return add("float " + hexBits(value)); }
    bool string(json::string_t &text) { return add("string " + text); }
    bool binary(json::binary_t &) { return false; }
    bool start_object(std::size_t) { return add("{"); }
    bool end_object() { return add("}"); }
    bool start_array(std::size_t) { return add("["); }
    bool end_array() { return add("]"); }
    bool key(json::string_t &name) { return add("key " + name); }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) { return false; }
};

struct Reads
{
    bool scanned = false;
    std::string scannerLog;
    bool parsed = false;
    std::string nlohmannLog;
};

Reads readBoth(const std::string &text)
{
    Reads reads;
    ScannerLog scanner;
    reads.scanned = scanJson(text, scanner);
    reads.scannerLog = scanner.log;
    NlohmannLog nlohmann;
    try {
        reads.parsed = json::sax_parse(text, &nlohmann);
    } catch (const json::exception &) {
        reads.parsed = false;
    }
    reads.nlohmannLog = nlohmann.log;
    return reads;
}

// The scanner's one promise: what it takes, nlohmann takes, with the same events.
bool sound(const Reads &reads)
{
    return !reads.scanned || (reads.parsed && reads.scannerLog == reads.nlohmannLog);
}

QByteArray bytes(const std::string &text)
{
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

std::vector<std::string> bundledFiles()
{
    std::vector<std::string> files;
    for (const char *folder : {"/resources/examples", "/resources/templates", "/resources/pricing"}) {
        QDirIterator it(QStringLiteral(HEADROOM_SOURCE_DIR) + QString::fromLatin1(folder), {QStringLiteral("*.json")});
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                files.push_back(file.readAll().toStdString());
        }
    }
    return files;
}

} // namespace

class TestJsonScanner : public QObject
{
    Q_OBJECT

private slots:
    void bundledFilesAsNlohmann()
    {
        const std::vector<std::string> files = bundledFiles();
        QVERIFY(files.size() >= 13);
        for (const std::string &text : files) {
            const Reads reads = readBoth(text);
            QVERIFY(reads.scanned);
            QVERIFY(reads.parsed);
            QCOMPARE(bytes(reads.scannerLog), bytes(reads.nlohmannLog));
        }
    }

    void takenAsNlohmann_data()
    {
        QTest::addColumn<QByteArray>("text");
        const char *rows[] = {
            "0", "-0", "1", "-1", "0.0", "-0.0", "1.5", "1e3", "1E3", "1e+3", "1e-3", "2.5e-7", "123.456e10",
            "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
            "18446744073709551615", "18446744073709551616", "99999999999999999999", "-99999999999999999999",
            "0.1", "0.30000000000000004", "1.7976931348623157e308", "2.2250738585072014e-308",
            "123456789012345678901234567890", "1.00000000000000011102230246251565404236316680908203125",
            "true", "false", "null", "\"\"", "\"plain\"", "\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"",
            "\"\\u0000\\u001f\\u0041\\u00e9\\u20ac\\uFFFF\"", "\"\\ud83d\\ude00\"", "\"\\uD83D\\uDE00 tail\"",
            "\"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF \x7F\"",
            "\"12345678\"", "\"1234567\\\"\"", "\"a long string that runs past eight bytes at a time, twice over\"",
            " \t\r\n{ \"a\" : [ 1 , 2 , { } , [ ] , \"x\" ] , \"b\" : { \"c\" : null } } \t\r\n",
            "[[[[[]]]]]", "{\"\":\"\"}", "{\"a\":1,\"a\":2}", "[1,-2,3.5,\"4\",true,false,null,{},[]]",
        };
        for (const char *row : rows)
            QTest::newRow(row) << QByteArray(row);
        QTest::newRow("deep nesting") << QByteArray(100000, '[').append(QByteArray(100000, ']'));
    }

    // Taken by the scanner, with nlohmann's events.
    void takenAsNlohmann()
    {
        QFETCH(QByteArray, text);
        const Reads reads = readBoth(text.toStdString());
        QVERIFY(reads.scanned);
        QVERIFY(reads.parsed);
        QCOMPARE(bytes(reads.scannerLog), bytes(reads.nlohmannLog));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("text");
        const char *rows[] = {
            "", " ", "{", "}", "[", "]", "[1,]", "{\"a\":1,}", "{\"a\"}", "{\"a\" 1}", "{1:2}", "[1 2]", "{\"a\":1 \"b\":2}",
            "01", "-01", "1.", ".5", "+1", "-", "1e", "1e+", "1.e5", "0x10", "NaN", "Infinity", "-Infinity", "1e400",
            "-1e400", "tru", "truex", "nul", "falsey", "'a'", "\"unterminated", "\"tab\there\"", "\"nl\nhere\"",
            "\"\\x41\"", "\"\\u12\"", "\"\\u12G4\"", "\"\\ud83d\"", "\"\\ud83d x\"", "\"\\ud83d\\u0041\"", "\"\\ude00\"",
            "\"\xFF\"", "\"\xC0\xAF\"", "\"\xC3\"", "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"", "\"\xE2\x82\"",
            "\xEF\xBB\xBF{}", "{} {}", "{}x", "1 2", "[1]]", "/* comment */ 1", "\"a\" // comment",
        };
        for (const char *row : rows)
            QTest::newRow(row) << QByteArray(row);
        QTest::newRow("NUL after the value") << QByteArray("{}\0", 3);
        QTest::newRow("NUL inside a string") << QByteArray("\"a\0b\"", 5);
    }

    // Refused by the scanner: a syntax error (nlohmann refuses it too) or a text it leaves to
    // nlohmann (a byte-order mark, a number out of a double's range).
    void refused()
    {
        QFETCH(QByteArray, text);
        const Reads reads = readBoth(text.toStdString());
        QVERIFY(!reads.scanned);
    }

    // An event refused stops the scan there, and the scan says so.
    void stoppedByEvents()
    {
        const std::string text = "{\"a\": [1, 2, {\"b\": \"c\"}], \"d\": null}";
        for (long after = 0; after < 10; ++after) {
            ScannerLog scanner;
            scanner.stopAfter = after;
            QVERIFY(!scanJson(text, scanner));
            QCOMPARE(std::count(scanner.log.begin(), scanner.log.end(), '\n'), after);
        }
        ScannerLog all;
        QVERIFY(scanJson(text, all));
    }

    // Numbers written every way a double is written, and whole numbers around the 64-bit bounds.
    void randomNumbersAsNlohmann()
    {
        std::mt19937_64 random(19);
        int taken = 0;
        for (int i = 0; i < 200000; ++i) {
            const std::uint64_t bits = random();
            const double value = std::bit_cast<double>(bits);
            if (!std::isfinite(value))
                continue;
            char buffer[64];
            const auto format = i % 3 == 0 ? std::chars_format::scientific : std::chars_format::general;
            const auto end = std::to_chars(buffer, buffer + sizeof buffer, value, format).ptr;
            const std::string text(buffer, end);
            const Reads reads = readBoth(text);
            if (!sound(reads))
                QFAIL(("read otherwise than nlohmann: " + text).c_str());
            taken += reads.scanned ? 1 : 0;
        }
        QVERIFY(taken > 190000);  // all but the few the scanner leaves to nlohmann
        for (std::uint64_t base : {0ull, 9223372036854775807ull, 18446744073709551615ull}) {
            for (int delta = -3; delta <= 3; ++delta) {
                const std::uint64_t magnitude = base + static_cast<std::uint64_t>(delta);
                for (const std::string &text : {std::to_string(magnitude), "-" + std::to_string(magnitude),
                                                std::to_string(magnitude) + "0"}) {
                    if (text == "00" || text == "-00")
                        continue;  // not JSON
                    const Reads reads = readBoth(text);
                    QVERIFY2(reads.scanned && sound(reads), text.c_str());
                }
            }
        }
    }

    // The bundled files with bytes changed, inserted and removed at random: whatever the scanner
    // takes of them, nlohmann takes alike.
    void mutatedFilesAsNlohmann()
    {
        const std::vector<std::string> files = bundledFiles();
        QVERIFY(!files.empty());
        std::mt19937 random(20);
        const std::string alphabet = "{}[],:\" \\/u0123456789.eE+-tfnrl\xC3\xA9\xED\xA0\xF0\x9F\x80\x01\x7F";
        int taken = 0;
        for (int i = 0; i < 20000; ++i) {
            std::string text = files[random() % files.size()];
            if (text.size() > 4000)
                text.resize(4000 + random() % 64);  // keep each run short; a cut file ends anywhere
            for (int edits = 1 + static_cast<int>(random() % 3); edits > 0; --edits) {
                const size_t at = random() % (text.size() + 1);
                const char byte = alphabet[random() % alphabet.size()];
                switch (random() % 3) {
                case 0: if (at < text.size()) text[at] = byte; break;
                case 1: text.insert(text.begin() + static_cast<std::ptrdiff_t>(at), byte); break;
                default: if (at < text.size()) text.erase(at, 1); break;
                }
            }
            const Reads reads = readBoth(text);
            if (!sound(reads))
                QFAIL(("read otherwise than nlohmann, mutation " + std::to_string(i)).c_str());
            taken += reads.scanned ? 1 : 0;
        }
        QVERIFY(taken > 100);  // some mutations leave valid JSON, and the scanner takes those
    }
};

QTEST_GUILESS_MAIN(TestJsonScanner)
#include "tst_json_scanner.moc"

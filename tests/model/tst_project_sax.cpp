// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// The SAX reader (parseProject's fast path) reads the project the tree reader reads, for every
// bundled file and for files that use each rule of the format; it refuses whatever the tree
// reader would reject or read differently, so that parseProject names the same error as the
// tree reader; and it names a duplicate key's pointer.

#include "model/io/ProjectFile.h"
#include "model/io/ProjectSaxReader.h"
#include "model/io/ProjectValidator.h"

#include <QDirIterator>
#include <QTest>

using namespace headroom;

namespace {

// Test files are written with ' for " (moc does not read raw string literals).
QString J(const char *text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('\''), QLatin1Char('"'));
}

// Both readers on `text`: the same project, or the same error.
void requireSameAsTree(const std::string &text, bool saxTakesIt)
{
    const SaxProjectRead sax = readProjectSax(text);
    const auto tree = parseProjectTree(text, "t.json");
    const auto both = parseProject(text, "t.json");
    QCOMPARE(sax.project.has_value(), saxTakesIt);
    if (sax.project && tree) {
        QVERIFY(*sax.project == *tree);
    } else if (sax.project) {
        // Read alike, rejected by the rules: the validator says so of the SAX reader's project.
        auto error = validateProject(*sax.project);
        QVERIFY(error);
        error->file = "t.json";
        QCOMPARE(QString::fromStdString(error->toString()), QString::fromStdString(tree.error().toString()));
    }
    QCOMPARE(both.ok(), tree.ok());
    if (both)
        QVERIFY(*both == *tree);
    else
        QCOMPARE(QString::fromStdString(both.error().toString()), QString::fromStdString(tree.error().toString()));
}

const QString kHead = J("{'format': 'headroom-project', 'version': 3, ");

} // namespace

class TestProjectSax : public QObject
{
    Q_OBJECT

private slots:
    void bundledFilesAsTree()
    {
        int count = 0;
        for (const char *folder : {"/resources/examples", "/resources/templates"}) {
            QDirIterator files(QStringLiteral(HEADROOM_SOURCE_DIR) + QString::fromLatin1(folder), {QStringLiteral("*.json")});
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                requireSameAsTree(file.readAll().toStdString(), true);
                ++count;
            }
        }
        QCOMPARE(count, 10);
    }

    void takenAsTree_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("version last, every key") << QString(
            J("{'name': 'n', 'description': 'd', 'availability_target': 0.99, 'intended_users': {'to': 5, 'from': 1},\n                'regions': [{'id': 'east', 'name': 'us-east-1', 'role': 'standby', 'zones': ['a', 'b'], 'fallback_prices': 'us-west-2'}, {'id': 'w'}],\n                'workload': {'users': 10, 'requests_per_user_per_day': 3, 'peak_to_average': 2.5, 'read_fraction': 1,\n                             'response_kb': 4, 'zone_outages_per_year': 1, 'zone_outage_minutes': 30},\n                'pricing': {'purchase_option': '3yr'}, 'stages': [{'users': 7}, {'name': 's', 'users': 1e3}],\n                'components': [{'type': 'users', 'id': 'u'},\n                               {'id': 'w', 'type': 'sqs', 'label': 'Web', 'position': {'y': -2.5}, 'region': 'east', 'zone': 'a', 'group': 'g',\n                                'params': {'fifo': true, 'fifo_quota_per_s': 3000}}],\n                'connections': [{'to': 'w', 'from': 'u', 'calls_per_request': 2, 'class': 'read', 'async': true, 'soft': true}],\n                'version': 3, 'format': 'headroom-project'}"));
        QTest::newRow("version 1") << QString(
            J("{'format': 'headroom-project', 'version': 1, 'components': [{'id': 'u', 'type': 'users'}], 'connections': []}"));
        QTest::newRow("no stages: the default ones") << J("{'format': 'headroom-project', 'version': 2}");
        QTest::newRow("empty stages") << J("{'format': 'headroom-project', 'version': 2, 'stages': []}");
        QTest::newRow("whole numbers past int64") << QString(
            J("{'format': 'headroom-project', 'version': 3, 'workload': {'users': 18446744073709551615, 'peak_to_average': -9223372036854775808}}"));
        QTest::newRow("escapes and UTF-8") << QString(
            J("{'format': 'headroom-project', 'version': 3, 'name': 'caf\\u00e9 \\'x\\' \\ud83d\\ude00 ü'}"));
    }

    // Taken by the SAX reader: the same project as the tree's (or the same validation error).
    void takenAsTree()
    {
        QFETCH(QString, text);
        requireSameAsTree(text.toStdString(), true);
        if (QByteArray(QTest::currentDataTag()).startsWith("version last"))
            QVERIFY2(parseProjectTree(text.toStdString(), "t.json").ok(), "the row with every key must be valid");
    }

    void refusedAsTree_data()
    {
        QTest::addColumn<QString>("text");
        const QString head = kHead;
        QTest::newRow("syntax error") << J("{'format': 'headroom-project', 'version': 3,}");
        QTest::newRow("trailing text") << J("{'format': 'headroom-project', 'version': 3} x");
        QTest::newRow("too large a number") << head + J("'workload': {'users': 1e400}}");
        QTest::newRow("an array") << J("[1]");
        QTest::newRow("a string") << J("'headroom-project'");
        QTest::newRow("no format") << J("{'version': 3}");
        QTest::newRow("another format") << J("{'format': 'x', 'version': 3}");
        QTest::newRow("no version") << J("{'format': 'headroom-project'}");
        QTest::newRow("version 2.0") << J("{'format': 'headroom-project', 'version': 2.0}");
        QTest::newRow("version 0") << J("{'format': 'headroom-project', 'version': 0}");
        QTest::newRow("version 4") << J("{'format': 'headroom-project', 'version': 4}");
        QTest::newRow("version past uint64") << J("{'format': 'headroom-project', 'version': 99999999999999999999}");
        QTest::newRow("unknown key") << head + J("'colour': 1}");
        QTest::newRow("regions in version 1") << J("{'format': 'headroom-project', 'version': 1, 'regions': []}");
        QTest::newRow("group in version 2") << QString(
            J("{'format': 'headroom-project', 'version': 2, 'components': [{'id': 'a', 'type': 'ec2', 'group': 'g'}]}"));
        QTest::newRow("soft in version 2") << QString(
            J("{'format': 'headroom-project', 'version': 2, 'connections': [{'from': 'a', 'to': 'b', 'soft': true}]}"));
        QTest::newRow("zone outages in version 2") << QString(
            J("{'format': 'headroom-project', 'version': 2, 'workload': {'zone_outage_minutes': 3}}"));
        QTest::newRow("a string for a number") << head + J("'workload': {'users': '10'}}");
        QTest::newRow("null name") << head + J("'name': null}");
        QTest::newRow("components an object") << head + J("'components': {}}");
        QTest::newRow("a component without type") << head + J("'components': [{'id': 'a'}]}");
        QTest::newRow("a component a string") << head + J("'components': ['a']}");
        QTest::newRow("a null parameter") << head + J("'components': [{'id': 'a', 'type': 'ec2', 'params': {'instances': null}}]}");
        QTest::newRow("an object parameter") << head + J("'components': [{'id': 'a', 'type': 'ec2', 'params': {'instances': {}}}]}");
        QTest::newRow("unknown position key") << head + J("'components': [{'id': 'a', 'type': 'ec2', 'position': {'z': 1}}]}");
        QTest::newRow("a stage without users") << head + J("'stages': [{'name': 's'}]}");
        QTest::newRow("unknown class") << head + J("'connections': [{'from': 'a', 'to': 'b', 'class': 'x'}]}");
        QTest::newRow("unknown role") << head + J("'regions': [{'id': 'a', 'role': 'x'}]}");
        QTest::newRow("a number zone") << head + J("'regions': [{'id': 'a', 'zones': [1]}]}");
        QTest::newRow("unknown purchase option") << head + J("'pricing': {'purchase_option': '5yr'}}");
        QTest::newRow("duplicate top key") << head + J("'name': 'a', 'name': 'b'}");
        QTest::newRow("duplicate parameter") << head + QString(
            J("'components': [{'id': 'a', 'type': 'ec2', 'params': {'instances': 1, 'instances': 2}}]}"));
    }

    // Refused by the SAX reader: parseProject gives what the tree reader gives (last duplicate
    // wins, as nlohmann's tree keeps it).
    void refusedAsTree()
    {
        QFETCH(QString, text);
        requireSameAsTree(text.toStdString(), false);
    }

    void duplicateKeyNamed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pointer");
        const QString head = kHead;
        QTest::newRow("top") << head + J("'components': [], 'components': []}") << QStringLiteral("/components");
        QTest::newRow("workload") << head + J("'workload': {'users': 1, 'users': 2}}") << QStringLiteral("/workload/users");
        QTest::newRow("component") << head + J("'components': [{'id': 'a', 'type': 'ec2'}, {'id': 'b', 'id': 'c'}]}")
                                   << QStringLiteral("/components/1/id");
        QTest::newRow("parameter") << head + QString(
            J("'components': [{'id': 'a', 'type': 'ec2', 'params': {'instances': 1, 'instances': 2}}]}"))
                                   << QStringLiteral("/components/0/params/instances");
        QTest::newRow("zone list's region") << head + J("'regions': [{'id': 'a'}, {'zones': ['x'], 'zones': []}]}")
                                            << QStringLiteral("/regions/1/zones");
    }

    void duplicateKeyNamed()
    {
        QFETCH(QString, text);
        QFETCH(QString, pointer);
        const SaxProjectRead read = readProjectSax(text.toStdString());
        QVERIFY(!read.project);
        QVERIFY(read.duplicateKey);
        QCOMPARE(QString::fromStdString(*read.duplicateKey), pointer);
    }
};

QTEST_GUILESS_MAIN(TestProjectSax)
#include "tst_project_sax.moc"

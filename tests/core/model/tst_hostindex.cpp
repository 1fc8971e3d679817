// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "model/hostindex.h"

#include <QTest>

using namespace pfs;

// The index answers exactly as a hash of the names' bytes would, whichever
// way it keeps a name.
class TestHostIndex : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findsWhatWasInserted_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("a phone's own name") << QByteArray("SEP001BD4100000");
        QTest::newRow("all digits F") << QByteArray("SEPFFFFFFFFFFFF");
        QTest::newRow("all zero") << QByteArray("SEP000000000000");
        QTest::newRow("lower case") << QByteArray("SEP001bd4100000");
        QTest::newRow("too short") << QByteArray("SEP001BD410000");
        QTest::newRow("too long") << QByteArray("SEP001BD41000000");
        QTest::newRow("not hex") << QByteArray("SEP001BD410000G");
        QTest::newRow("an address") << QByteArray("10.20.0.10");
        QTest::newRow("a stream") << QByteArray("console:/tmp/x.log");
    }
    void findsWhatWasInserted()
    {
        QFETCH(QByteArray, name);
        HostIndex index;
        QCOMPARE(index.value(name), HostIndex::kNone);
        index.insert(name, 7);
        QCOMPARE(index.value(name), 7);
        index.insert(name, 8); // a later insert names another phone
        QCOMPARE(index.value(name), 8);
    }

    // Upper and lower case are two names, as two byte strings are.
    void namesDifferingInCaseAreTwo()
    {
        HostIndex index;
        index.insert("SEP001BD4ABCDEF", 1);
        QCOMPARE(index.value("SEP001bd4abcdef"), HostIndex::kNone);
        index.insert("SEP001bd4abcdef", 2);
        QCOMPARE(index.value("SEP001BD4ABCDEF"), 1);
        QCOMPARE(index.value("SEP001bd4abcdef"), 2);
        QCOMPARE(index.value("SEP001BD4ABCDEE"), HostIndex::kNone);
        QCOMPARE(index.value(QByteArrayView()), HostIndex::kNone);
    }

    void replaceRepointsEveryName()
    {
        HostIndex index;
        index.insert("SEP001BD4000001", 3);
        index.insert("host-a", 3);
        index.insert("SEP001BD4000002", 4);
        index.replace(3, 9);
        QCOMPARE(index.value("SEP001BD4000001"), 9);
        QCOMPARE(index.value("host-a"), 9);
        QCOMPARE(index.value("SEP001BD4000002"), 4);
    }
};

QTEST_GUILESS_MAIN(TestHostIndex)
#include "tst_hostindex.moc"

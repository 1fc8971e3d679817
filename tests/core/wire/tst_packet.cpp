// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "wire/packet.h"

#include <QTest>

using namespace pfs::wire;

class TestPacket : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bareFileName_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("file");
        QTest::newRow("CUCM's folder") << QByteArray("/dnld/SCCP41.9-4-2SR2-2S.loads")
                                       << QStringLiteral("SCCP41.9-4-2SR2-2S.loads");
        QTest::newRow("no folder") << QByteArray("SEP001122334455.cnf.xml")
                                   << QStringLiteral("SEP001122334455.cnf.xml");
        QTest::newRow("backslashes") << QByteArray("dnld\\apps41.sbn") << QStringLiteral("apps41.sbn");
        QTest::newRow("a folder only") << QByteArray("/dnld/") << QString();
        QTest::newRow("controls made visible") << QByteArray("/x\x1b[2J.sbn") << QStringLiteral("x\\x1b[2J.sbn");
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void bareFileName()
    {
        QFETCH(QByteArray, path);
        QFETCH(QString, file);
        QCOMPARE(pfs::wire::bareFileName(path), file);
    }

    void segmentFlags()
    {
        TcpSegment s;
        s.flags = TcpSegment::Syn | TcpSegment::Ack;
        QVERIFY(s.has(TcpSegment::Syn));
        QVERIFY(s.has(TcpSegment::Ack));
        QVERIFY(!s.has(TcpSegment::Fin));
    }
};

QTEST_GUILESS_MAIN(TestPacket)
#include "tst_packet.moc"

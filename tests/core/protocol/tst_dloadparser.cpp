// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "protocol/dloadparser.h"
#include "protocol/dloadrecord.h"
#include "protocol/modelledgrammar.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pfs;

class TestDLoadParser : public QObject {
    Q_OBJECT

private:
    static DLoadEvent parsed(QByteArrayView record)
    {
        DLoadEvent e;
        if (!DLoadParser::parse(record, e))
            qFatal("not a DLoad record: %s", record.toByteArray().constData());
        return e;
    }

private Q_SLOTS:
    // Golden file: every record of the seed's excerpt, every field.
    void seedExcerptGolden()
    {
        const QList<QByteArray> records = test::readData(QStringLiteral("seed-records.txt")).trimmed().split('\n');
        const QList<QByteArray> golden = test::readData(QStringLiteral("seed-events.golden")).trimmed().split('\n');
        QCOMPARE(records.size(), golden.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            const DLoadEvent e = parsed(records[i]);
            QCOMPARE(test::describe(e), golden[i]);
            QCOMPARE(e.grammar, Grammar::Verified);
        }
    }

    void claimRootFields()
    {
        const DLoadEvent e = parsed("NF 02:19:23.162700 DLoad: XID080027F8 TxBdcst ClaimRoot(tent): map=ff9d7cb9 "
                                    "strength=31d4d43d");
        QCOMPARE(e.kind, EventKind::ClaimRoot);
        QCOMPARE(e.xid, 0x080027F8u);
        QCOMPARE(e.map, 0xff9d7cb9u);
        QCOMPARE(e.strength, 0x31d4d43du);
        QVERIFY(e.tentative);
        QCOMPARE(e.severity, Severity::Info);
        QVERIFY(e.severityRepaired);
        QCOMPARE(e.severityText, QByteArrayView("NF"));
        QCOMPARE(e.timeOfDayUs, ((2 * 60 + 19) * 60 + 23) * 1000000LL + 162700);
    }

    void hierarchyRootFields()
    {
        const DLoadEvent e = parsed("NOT 02:19:24.412806 DLoad: @@@HROOT:XID080027F8 H=36685558 m=CP-7961G "
                                    "ROOT=10.106.117.68 /dnld/SCCP41.9-4-2SR2-2S.loads");
        QCOMPARE(e.kind, EventKind::HierarchyRoot);
        QCOMPARE(e.xid, 0x080027F8u);
        QCOMPARE(e.hierarchyHash, 0x36685558u);
        QCOMPARE(e.model, QByteArrayView("CP-7961G"));
        QCOMPARE(e.address, (10u << 24) | (106u << 16) | (117u << 8) | 68u);
        QCOMPARE(e.path, QByteArrayView("/dnld/SCCP41.9-4-2SR2-2S.loads"));
    }

    void parentStateFields()
    {
        const DLoadEvent e = parsed("NOT 02:19:22.664131 DLoad: |parent=3><fd[0]=9 fd[1]=-1 FULL=1");
        QCOMPARE(e.kind, EventKind::ParentState);
        QCOMPARE(e.parentFd, 3);
        QCOMPARE(e.childFd[0], 9);
        QCOMPARE(e.childFd[1], -1);
        QVERIFY(e.full);
    }

    void modelledRecords_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("expected");
        const quint32 self = 0x0A000109, parent = 0x0A000105, xid = 0x1234ABCD;
        using namespace modelled;
        auto row = [](const char *name, const QByteArray &body, EventKind kind, const char *expected) {
            QTest::newRow(name) << record("INF", 3723000042, body) << int(kind) << QByteArray(expected);
        };
        row("upgrade start", upgradeStart(self, "CP-7941G", "/dnld/SCCP41.9-4-2SR2-2S.loads", false, "00AABBCCDDEE"),
            EventKind::UpgradeStart,
            "UpgradeStart modelled sev=INF t=01:02:03.000042 address=10.0.1.9 pfs=off model=\"CP-7941G\" "
            "path=\"/dnld/SCCP41.9-4-2SR2-2S.loads\" mac=\"00AABBCCDDEE\"");
        row("upgrade done", upgradeDone(self), EventKind::UpgradeDone,
            "UpgradeDone modelled sev=INF t=01:02:03.000042 address=10.0.1.9");
        row("joined", joined(xid, parent, self), EventKind::JoinedParent,
            "JoinedParent modelled sev=INF t=01:02:03.000042 xid=1234abcd address=10.0.1.9 peer=10.0.1.5");
        row("start from peer", transferStart(xid, "/dnld/apps41.sbn", 3452108, parent, self), EventKind::TransferStart,
            "TransferStart modelled sev=INF t=01:02:03.000042 xid=1234abcd address=10.0.1.9 peer=10.0.1.5 src=peer "
            "size=3452108 path=\"/dnld/apps41.sbn\"");
        row("start from tftp, no xid", transferStart(0, "/dnld/P003.sbn", 10, kTftp, self), EventKind::TransferStart,
            "TransferStart modelled sev=INF t=01:02:03.000042 address=10.0.1.9 src=TFTP size=10 "
            "path=\"/dnld/P003.sbn\"");
        row("progress", transferProgress(xid, "/dnld/apps41.sbn", 65536, self), EventKind::TransferProgress,
            "TransferProgress modelled sev=INF t=01:02:03.000042 xid=1234abcd address=10.0.1.9 bytes=65536 "
            "path=\"/dnld/apps41.sbn\"");
        row("done", transferDone(xid, "/dnld/apps41.sbn", 3452108, self), EventKind::TransferDone,
            "TransferDone modelled sev=INF t=01:02:03.000042 xid=1234abcd address=10.0.1.9 bytes=3452108 "
            "path=\"/dnld/apps41.sbn\"");
        row("failed", transferFailed(xid, "/dnld/apps41.sbn", 100, "peer-lost", self), EventKind::TransferFailed,
            "TransferFailed modelled sev=INF t=01:02:03.000042 xid=1234abcd address=10.0.1.9 bytes=100 "
            "path=\"/dnld/apps41.sbn\" reason=\"peer-lost\"");
        row("fallback", tftpFallback(xid, "/dnld/apps41.sbn", "parent-lost", self), EventKind::TftpFallback,
            "TftpFallback modelled sev=INF t=01:02:03.000042 xid=1234abcd address=10.0.1.9 path=\"/dnld/apps41.sbn\" "
            "reason=\"parent-lost\"");
    }

    // What the simulator writes, the parser reads back field for field.
    void modelledRecords()
    {
        QFETCH(QByteArray, record);
        QFETCH(int, kind);
        QFETCH(QByteArray, expected);
        const DLoadEvent e = parsed(record);
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.grammar, Grammar::Modelled);
        QCOMPARE(test::describe(e), expected);
    }

    void unknownRecordsAreKept_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::newRow("new wording") << QByteArray("NOT 02:19:22.634945 DLoad: something PFS never said");
        QTest::newRow("bad hex map") << QByteArray(
            "INF 02:19:23.162700 DLoad: XID080027F8 TxBdcst ClaimRoot(tent): map=zz");
        QTest::newRow("HROOT bad address") << QByteArray("NOT 02:19:24.4 DLoad: @@@HROOT:XID1 H=1 m=CP ROOT=1.2.3 /a");
        QTest::newRow("join without self") << QByteArray("INF 02:19:24.4 DLoad: XID1 Joined parent=10.0.0.1");
        QTest::newRow("negative bytes") << QByteArray("INF 02:19:24.4 DLoad: Rx done /a bytes=-5 self=10.0.0.1");
        QTest::newRow("huge number") << QByteArray(
            "INF 02:19:24.4 DLoad: Rx done /a bytes=99999999999999999999 self=1.1.1.1");
        QTest::newRow("empty body") << QByteArray("INF 02:19:24.4 DLoad:");
        QTest::newRow("listening trailing junk")
            << QByteArray("DBG 02:19:22.6 DLoad: +++ fd=7 Listening on peer TCP port 4051x");
    }

    void unknownRecordsAreKept()
    {
        QFETCH(QByteArray, record);
        const DLoadEvent e = parsed(record);
        QCOMPARE(e.kind, EventKind::Unknown);
        QCOMPARE(e.grammar, Grammar::Unknown);
        QVERIFY(record.endsWith(e.body.toByteArray()));
    }

    void notDLoadRecords()
    {
        DLoadEvent e;
        QVERIFY(!DLoadParser::parse("NOT 02:19:22.634945 SIP: registered", e));
        QVERIFY(!DLoadParser::parse("", e));
        QVERIFY(!DLoadParser::parse("DLoad", e));
    }

    void severityCodes_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<int>("severity");
        QTest::addColumn<bool>("repaired");
        QTest::newRow("DBG") << QByteArray("DBG") << int(Severity::Debug) << false;
        QTest::newRow("NOT") << QByteArray("NOT") << int(Severity::Notice) << false;
        QTest::newRow("ERR") << QByteArray("ERR") << int(Severity::Error) << false;
        QTest::newRow("NF cut") << QByteArray("NF") << int(Severity::Info) << true;
        QTest::newRow("OT cut") << QByteArray("OT") << int(Severity::Notice) << true;
        QTest::newRow("one letter") << QByteArray("F") << int(Severity::Unknown) << false;
        QTest::newRow("RT cut") << QByteArray("RT") << int(Severity::Critical) << true;
        QTest::newRow("garbage") << QByteArray("XYZ") << int(Severity::Unknown) << false;
    }

    void severityCodes()
    {
        QFETCH(QByteArray, code);
        QFETCH(int, severity);
        QFETCH(bool, repaired);
        bool wasRepaired = !repaired;
        QCOMPARE(int(DLoadParser::severityFromCode(code, &wasRepaired)), severity);
        QCOMPARE(wasRepaired, repaired);
    }

    void timeOfDay_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("micros");
        QTest::newRow("micro") << QByteArray("02:19:22.634167") << 8362634167LL;
        QTest::newRow("milli") << QByteArray("00:00:01.5") << 1500000LL;
        QTest::newRow("whole") << QByteArray("23:59:59") << 86399000000LL;
        QTest::newRow("hour 24") << QByteArray("24:00:00") << -1LL;
        QTest::newRow("minute 60") << QByteArray("10:60:00") << -1LL;
        QTest::newRow("empty fraction") << QByteArray("10:00:00.") << -1LL;
        QTest::newRow("letters") << QByteArray("ab:cd:ef") << -1LL;
        QTest::newRow("short") << QByteArray("1:2:3") << -1LL;
        // A leap second is the last microsecond of its minute: never past midnight, never before second 59.
        QTest::newRow("leap second") << QByteArray("23:59:60.999999") << 86399999999LL;
        QTest::newRow("leap second start") << QByteArray("23:59:60") << 86399999999LL;
        QTest::newRow("leap second local") << QByteArray("00:59:60.5") << 3599999999LL;
        QTest::newRow("second 61") << QByteArray("23:59:61") << -1LL;
    }

    void timeOfDay()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, micros);
        qint64 value = -1;
        QCOMPARE(DLoadParser::parseTimeOfDay(text, &value), micros >= 0);
        if (micros >= 0)
            QCOMPARE(value, micros);
    }

    // What the parser understood, formatted back, parses to the same event.
    void formattedRecordsParseBack_data()
    {
        QTest::addColumn<QByteArray>("record");
        const QList<QByteArray> seeds = test::readData(QStringLiteral("seed-records.txt")).trimmed().split('\n');
        for (qsizetype i = 0; i < seeds.size(); ++i)
            QTest::newRow(QByteArray("seed " + QByteArray::number(i + 1)).constData()) << seeds[i];
        using namespace modelled;
        const quint32 self = 0x0A000109, parent = 0x0A000105, xid = 0x1234ABCD;
        QTest::newRow("upgrade start") << record("NOT", 1,
                                                 upgradeStart(self, "CP-7941G", "/dnld/L.loads", true, "00AA"));
        QTest::newRow("joined") << record("INF", 2, joined(xid, parent, self));
        QTest::newRow("start") << record("INF", 3, transferStart(xid, "/dnld/a.sbn", 10, parent, self));
        QTest::newRow("failed") << record("ERR", 4, transferFailed(0, "/dnld/a.sbn", 10, "stalled", self));
        QTest::newRow("claim, not tentative")
            << QByteArray("INF 1:2:3 DLoad: XID1 TxBdcst ClaimRoot: map=1 strength=2");
        QTest::newRow("ad, other wording") << QByteArray("DLoad: XID1 TxBdcst Ad 2: ClaimRoot");
        QTest::newRow("parent address") << QByteArray("DLoad: |parent=10.0.0.5><fd[0]=3 fd[1]=-1 FULL=1");
        QTest::newRow("unknown") << QByteArray("WRN 04:51:33.232453 DLoad: image: Invalid default load name");
        // Found by fuzzing: "load=" is no field of an Rx record; it emptied the path.
        QTest::newRow("load= in Rx") << QByteArray("DLoad:Rx done / load= bytes=8 self=0.0.0.4");
        QTest::newRow("leap second") << QByteArray("INF 23:59:60.999999 DLoad: UT:Confirmed root bumping strength");
        QTest::newRow("src twice") << QByteArray("DLoad: Rx start /a size=1 src=10.0.0.1 src=TFTP self=10.0.0.2");
    }

    void formattedRecordsParseBack()
    {
        QFETCH(QByteArray, record);
        const DLoadEvent first = parsed(record);
        const QByteArray formatted = formatRecord(first);
        const DLoadEvent second = parsed(formatted);
        QCOMPARE(test::describe(second), test::describe(first));
        QCOMPARE(formatRecord(second), formatted);
    }

    void loadFieldOfAnotherFormIsIgnored()
    {
        const DLoadEvent e = parsed("DLoad:Rx done / load= bytes=8 self=0.0.0.4");
        QCOMPARE(e.kind, EventKind::TransferDone);
        QCOMPARE(e.path, QByteArrayView("/"));
        QCOMPARE(e.bytes, 8);
        QCOMPARE(parsed("DLoad: UPG done self=1.1.1.1 bytes=x").kind, EventKind::UpgradeDone);
    }

    void leapSecondStaysInItsDay()
    {
        const DLoadEvent e = parsed("INF 23:59:60.999999 DLoad: UT:Confirmed root bumping strength");
        QCOMPARE(e.timeOfDayUs, 86399999999LL);
        QCOMPARE(modelled::formatTime(e.timeOfDayUs), QByteArray("23:59:59.999999"));
    }

    // Found by fuzzing: a null or empty view crashed the public API (pointer arithmetic on null).
    void nullAndEmptyViews()
    {
        DLoadEvent e;
        QVERIFY(!DLoadParser::parse(QByteArrayView(), e));
        QCOMPARE(e.kind, EventKind::Unknown);
        QVERIFY(!DLoadParser::parse(QByteArrayView("", 0), e));
        QVERIFY(!DLoadParser::parse(QByteArrayView("DLoa"), e));
        QVERIFY(DLoadParser::parse(QByteArrayView("DLoad:"), e));
        QCOMPARE(e.kind, EventKind::Unknown);
        qint64 us = 0;
        QVERIFY(!DLoadParser::parseTimeOfDay(QByteArrayView(), &us));
        quint32 address = 0;
        QVERIFY(!DLoadParser::parseIpv4(QByteArrayView(), &address));
        bool repaired = true;
        QCOMPARE(DLoadParser::severityFromCode(QByteArrayView(), &repaired), Severity::Unknown);
        QVERIFY(!repaired);
    }

    // Found by fuzzing: "|parent=10.0.0.5" was read as descriptor 10, the parent left unknown.
    void parentAsAnAddressIsAPeer()
    {
        const DLoadEvent byAddress = parsed("NOT 02:19:22.664131 DLoad: |parent=10.0.0.5><fd[0]=-1 fd[1]=-1 FULL=0");
        QCOMPARE(byAddress.kind, EventKind::ParentState);
        QCOMPARE(byAddress.parentFd, -1);
        QCOMPARE(byAddress.peer, 0x0A000005u);
        const DLoadEvent byFd = parsed("NOT 02:19:22.664131 DLoad: |parent=12><fd[0]=-1 fd[1]=-1 FULL=0");
        QCOMPARE(byFd.parentFd, 12);
        QCOMPARE(byFd.peer, 0u);
        const DLoadEvent bare = parsed("DLoad: |parent=10.0.0.5");
        QCOMPARE(bare.kind, EventKind::Unknown); // not the seed's form: kept raw, not lost
        QCOMPARE(bare.body, QByteArrayView("|parent=10.0.0.5"));
    }

    // XID 0 is the modelled grammar's "no hierarchy".
    void xidZeroIsNoHierarchy()
    {
        QCOMPARE(parsed("DLoad: XID0 Joined parent=1.0.0.2 self=0.0.0.4").kind, EventKind::Unknown);
        const DLoadEvent e = parsed("DLoad: XID00000000 Rx done /a bytes=1 self=10.0.0.1");
        QCOMPARE(e.kind, EventKind::TransferDone);
        QVERIFY(!e.hasXid);
    }

    void ipv4()
    {
        quint32 a = 0;
        QVERIFY(DLoadParser::parseIpv4("10.106.117.68", &a));
        QCOMPARE(a, 0x0A6A7544u);
        QVERIFY(DLoadParser::parseIpv4("0.0.0.0", &a));
        QVERIFY(!DLoadParser::parseIpv4("256.1.1.1", &a));
        QVERIFY(!DLoadParser::parseIpv4("1.2.3", &a));
        QVERIFY(!DLoadParser::parseIpv4("1.2.3.4.5", &a));
        QVERIFY(!DLoadParser::parseIpv4("1.2.3.4 ", &a));
        QVERIFY(!DLoadParser::parseIpv4("1..3.4", &a));
        QVERIFY(!DLoadParser::parseIpv4("1234.1.1.1", &a));
    }

    // Network input: random bytes and cut-off records never crash (run under ASan/UBSan too).
    void randomInputNeverCrashes()
    {
        QRandomGenerator random(4051);
        const QList<QByteArray> seeds = test::readData(QStringLiteral("seed-records.txt")).split('\n');
        int recognised = 0;
        for (int i = 0; i < 20000; ++i) {
            QByteArray record = seeds[random.bounded(int(seeds.size()))];
            record.truncate(random.bounded(int(record.size()) + 1));
            for (int flips = random.bounded(3); flips > 0 && !record.isEmpty(); --flips)
                record[random.bounded(int(record.size()))] = char(random.bounded(256));
            DLoadEvent e;
            recognised += DLoadParser::parse(record, e) && e.kind != EventKind::Unknown;
            QVERIFY(e.body.isEmpty()
                    || (e.body.data() >= record.constData()
                        && e.body.data() + e.body.size() <= record.constData() + record.size()));
        }
        QVERIFY(recognised > 1000); // the mutations leave many records whole
    }
};

QTEST_GUILESS_MAIN(TestDLoadParser)
#include "tst_dloadparser.moc"

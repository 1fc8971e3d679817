#include "syslogmessage.h"

#include <QDateTime>
#include <QTest>

using pfs::SyslogParser;
using pfs::SyslogRecord;
using pfs::SyslogStats;

namespace {

const QDate kReference(2026, 11, 24);

qint64 utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

class TestSyslogParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headers_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("priority");
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QByteArray>("app");
        QTest::addColumn<QByteArray>("message");
        const int bsd = int(SyslogRecord::Format::Rfc3164), ietf = int(SyslogRecord::Format::Rfc5424);
        const QByteArray record = "NOT 02:19:22.634945 DLoad: ^.idl_child.c-openUDPPort";
        QTest::newRow("3164 record after host")
            << "<190>Nov 24 02:19:22 SEP001122334455 " + record << bsd << 190 << utc(2026, 11, 24, 2, 19, 22)
            << QByteArray("SEP001122334455") << QByteArray() << record;
        QTest::newRow("3164 DLoad tag")
            << QByteArray("<190>Nov 24 02:19:22 10.1.1.5 DLoad: XID080027F8 TxBdcst Ad 1: ClaimRoot(tent)") << bsd << 190
            << utc(2026, 11, 24, 2, 19, 22) << QByteArray("10.1.1.5") << QByteArray("DLoad")
            << QByteArray("DLoad: XID080027F8 TxBdcst Ad 1: ClaimRoot(tent)");
        QTest::newRow("3164 tag with pid")
            << QByteArray("<13>Nov  4 09:01:02 relay sshd[4051]: hello world") << bsd << 13 << utc(2026, 11, 4, 9, 1, 2)
            << QByteArray("relay") << QByteArray("sshd") << QByteArray("hello world");
        QTest::newRow("3164 fraction") << QByteArray("<14>Nov 24 02:19:22.634 h app: x") << bsd << 14
                                       << utc(2026, 11, 24, 2, 19, 22, 634) << QByteArray("h") << QByteArray("app")
                                       << QByteArray("x");
        QTest::newRow("3164 December read in January")
            << QByteArray("<14>Dec 31 23:59:59 h app: x") << bsd << 14 << utc(2025, 12, 31, 23, 59, 59) << QByteArray("h")
            << QByteArray("app") << QByteArray("x");
        QTest::newRow("rsyslog file, no PRI")
            << "Nov 24 02:19:22 SEP001122334455 " + record << bsd << -1 << utc(2026, 11, 24, 2, 19, 22)
            << QByteArray("SEP001122334455") << QByteArray() << record;
        QTest::newRow("rsyslog ISO file format")
            << "2026-11-24T02:19:22.634167+02:00 SEP001122334455 " + record << bsd << -1
            << utc(2026, 11, 24, 0, 19, 22, 634) << QByteArray("SEP001122334455") << QByteArray() << record;
        QTest::newRow("5424 nil SD")
            << "<189>1 2026-11-24T08:00:01.250Z SEP001BD4100000 DLoad - - - " + record << ietf << 189
            << utc(2026, 11, 24, 8, 0, 1, 250) << QByteArray("SEP001BD4100000") << QByteArray("DLoad") << record;
        QTest::newRow("5424 SD with escapes and BOM")
            << "<165>1 2026-11-24T08:00:01-05:00 host app 12 ID47 [a x=\"q\\\"]\"][b y=\"1\"] \xef\xbb\xbf" + record
            << ietf << 165 << utc(2026, 11, 24, 13, 0, 1) << QByteArray("host") << QByteArray("app") << record;
        QTest::newRow("5424 nil everything") << QByteArray("<0>1 - - - - - -") << ietf << 0 << qint64(-1) << QByteArray()
                                             << QByteArray() << QByteArray();
        QTest::newRow("PRI then garbage: kept bare")
            << "<190>garbage " + record << int(SyslogRecord::Format::Bare) << 190 << qint64(-1) << QByteArray()
            << QByteArray() << "garbage " + record;
    }

    void headers()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, format);
        QFETCH(int, priority);
        QFETCH(qint64, time);
        QFETCH(QByteArray, host);
        QFETCH(QByteArray, app);
        QFETCH(QByteArray, message);
        SyslogRecord r;
        // December's lines read on 5 January belong to the year before.
        const bool january = QByteArray(QTest::currentDataTag()).contains("January");
        QVERIFY(SyslogParser::parseHeader(line, january ? QDate(2026, 1, 5) : kReference, &r));
        QCOMPARE(int(r.format), format);
        QCOMPARE(r.priority, priority);
        QCOMPARE(r.timestampMs, time);
        QCOMPARE(r.host, host);
        QCOMPARE(r.app, app);
        QCOMPARE(r.message, message);
    }

    void bareLinesHaveNoHeader_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("record") << QByteArray("NOT 02:19:22.634945 DLoad: ^.idl_child.c-openUDPPort");
        QTest::newRow("prose") << QByteArray("Le telephone envoie un message");
        QTest::newRow("PRI too big") << QByteArray("<192>Nov 24 02:19:22 h x");
        QTest::newRow("not a PRI") << QByteArray("<abc>Nov 24 02:19:22 h x");
        QTest::newRow("bad date") << QByteArray("Nov 31 02:19:22 h x");
    }

    void bareLinesHaveNoHeader()
    {
        QFETCH(QByteArray, line);
        SyslogRecord r;
        QVERIFY(!SyslogParser::parseHeader(line, kReference, &r));
    }

    void severalRecordsInOneDatagram_data()
    {
        QTest::addColumn<QByteArray>("separator");
        QTest::newRow("LF") << QByteArray("\n");
        QTest::newRow("CRLF") << QByteArray("\r\n");
        QTest::newRow("CR") << QByteArray("\r");
    }

    void severalRecordsInOneDatagram()
    {
        QFETCH(QByteArray, separator);
        const QByteArray datagram = "<190>Nov 24 02:19:22 SEP1 NOT 02:19:22.1 DLoad: a" + separator
            + "DBG 02:19:22.2 DLoad: b" + separator + separator + "<189>Nov 24 02:19:23 SEP2 NOT 02:19:23.1 DLoad: c"
            + separator;
        SyslogStats stats;
        const QList<SyslogRecord> records = SyslogParser::parse(datagram, kReference, &stats);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0].host, QByteArray("SEP1"));
        QCOMPARE(records[1].host, QByteArray("SEP1")); // shares the header before it
        QCOMPARE(records[1].priority, 190);
        QCOMPARE(records[1].message, QByteArray("DBG 02:19:22.2 DLoad: b"));
        QCOMPARE(records[2].host, QByteArray("SEP2"));
        QCOMPARE(records[2].message, QByteArray("NOT 02:19:23.1 DLoad: c"));
        QCOMPARE(stats.records, 3);
        QCOMPARE(stats.datagrams, 1);
    }

    void nonUtf8BytesAreKept()
    {
        const QByteArray datagram("<190>Nov 24 02:19:22 SEP\xff\xfe NOT 02:19:22.1 DLoad: caf\xe9 \x80");
        const QList<SyslogRecord> records = SyslogParser::parse(datagram, kReference);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].host, QByteArray("SEP\xff\xfe"));
        QCOMPARE(records[0].message, QByteArray("NOT 02:19:22.1 DLoad: caf\xe9 \x80"));
    }

    void oversizedInputIsCutAndCounted()
    {
        SyslogStats stats;
        const QByteArray longLine = "<190>Nov 24 02:19:22 h " + QByteArray(SyslogParser::kMaxRecord * 2, 'x');
        QList<SyslogRecord> records = SyslogParser::parse(longLine, kReference, &stats);
        QCOMPARE(records.size(), 1);
        QVERIFY(records[0].truncated);
        QVERIFY(records[0].message.size() < SyslogParser::kMaxRecord);
        QCOMPARE(stats.truncatedRecords, 1);

        QByteArray huge;
        while (huge.size() <= SyslogParser::kMaxDatagram + 1000)
            huge += "<190>Nov 24 02:19:22 h NOT 02:19:22.1 DLoad: x\n";
        records = SyslogParser::parse(huge, kReference, &stats);
        QCOMPARE(stats.oversizedDatagrams, 1);
        QVERIFY(records.size() > 1000);
        QVERIFY(records.size() < huge.count('\n'));
    }

    void malformedHeaderIsCountedNotLost()
    {
        SyslogStats stats;
        const QList<SyslogRecord> records
            = SyslogParser::parse("<190>?? NOT 02:19:22.1 DLoad: x", kReference, &stats);
        QCOMPARE(records.size(), 1);
        QCOMPARE(stats.malformedHeaders, 1);
        QVERIFY(records[0].message.contains("DLoad: x"));
    }
};

QTEST_GUILESS_MAIN(TestSyslogParser)
#include "tst_syslogparser.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "logs/syslogparser.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using pfs::SyslogParser;
using pfs::SyslogRecord;
using pfs::SyslogStats;

namespace {

const QDate kReference(2026, 11, 24);
const QByteArray kRecord = QByteArrayLiteral("NOT 02:19:22.634945 DLoad: ^.idl_child.c-openUDPPort");

qint64 utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc()).toMSecsSinceEpoch();
}

int bsd()
{
    return int(SyslogRecord::Format::Rfc3164);
}
int ietf()
{
    return int(SyslogRecord::Format::Rfc5424);
}
int bare()
{
    return int(SyslogRecord::Format::Bare);
}

} // namespace

class TestSyslogParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void headers_data();
    void headers();
    void bareLinesHaveNoHeader_data();
    void bareLinesHaveNoHeader();
    void severalRecordsInOneDatagram_data();
    void severalRecordsInOneDatagram();
    void linesBeforeAnyHeaderAreBare();
    void lineWithBadPriorityIsTextOfTheLastHeader();
    void headerWithoutPriorityOpensANewHeader();
    void nonUtf8BytesAreKept();
    void longRecordIsCutAndCounted();
    void recordOfExactlyMaxSizeIsWhole();
    void oversizedDatagramIsCutAndCounted();
    void datagramOfExactlyMaxSizeIsWhole();
    void malformedHeaderIsCountedNotLost();
    void statsAccumulateAcrossCalls();
    void isoTimesAgreeWithQDateTime();
    void isoTimesOfOneSecondEachReadTheirOwnRest();
    void bsdTimesAgreeWithQDateTime();
    void bsdYearRollsOverAtNewYear_data();
    void bsdYearRollsOverAtNewYear();
};

void TestSyslogParser::headers_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("priority");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("app");
    QTest::addColumn<QByteArray>("message");
    const QByteArray xid = QByteArrayLiteral("DLoad: XID080027F8 TxBdcst Ad 1: ClaimRoot(tent)");
    const qint64 at022922 = utc(2026, 11, 24, 2, 19, 22);

    // The two shapes the phones' records arrive in.
    QTest::newRow("3164, record straight after the host")
        << "<190>Nov 24 02:19:22 SEP001122334455 " + kRecord << kReference << bsd() << 190 << at022922
        << QByteArray("SEP001122334455") << QByteArray() << kRecord;
    QTest::newRow("3164, DLoad as the tag") << "<190>Nov 24 02:19:22 10.1.1.5 " + xid << kReference << bsd() << 190
                                            << at022922 << QByteArray("10.1.1.5") << QByteArray("DLoad") << xid;
    QTest::newRow("3164, DLoad tag without host") << "<190>Nov 24 02:19:22 " + xid << kReference << bsd() << 190
                                                  << at022922 << QByteArray() << QByteArray("DLoad") << xid;

    QTest::newRow("3164, DLoad tag kept byte for byte")
        << QByteArray("<190>Nov 24 02:19:22 h DLoad:") << kReference << bsd() << 190 << at022922 << QByteArray("h")
        << QByteArray("DLoad") << QByteArray("DLoad:");

    QTest::newRow("3164, tag with pid") << QByteArray("<13>Nov  4 09:01:02 relay sshd[4051]: hello: world")
                                        << kReference << bsd() << 13 << utc(2026, 11, 4, 9, 1, 2) << QByteArray("relay")
                                        << QByteArray("sshd") << QByteArray("hello: world");
    QTest::newRow("3164, tag without host") << QByteArray("<13>Nov 24 02:19:22 sshd[7]: up") << kReference << bsd()
                                            << 13 << at022922 << QByteArray() << QByteArray("sshd") << QByteArray("up");
    QTest::newRow("3164, one-digit day, one space")
        << QByteArray("<0>Nov 4 09:01:02 h x") << kReference << bsd() << 0 << utc(2026, 11, 4, 9, 1, 2)
        << QByteArray("h") << QByteArray() << QByteArray("x");
    QTest::newRow("3164, fractional seconds")
        << QByteArray("<14>Nov 24 02:19:22.634945 h app: x") << kReference << bsd() << 14
        << utc(2026, 11, 24, 2, 19, 22, 634) << QByteArray("h") << QByteArray("app") << QByteArray("x");
    QTest::newRow("3164, pid bracket not followed by colon is text")
        << QByteArray("<14>Nov 24 02:19:22 h app[12] foo: bar") << kReference << bsd() << 14 << at022922
        << QByteArray("h") << QByteArray() << QByteArray("app[12] foo: bar");
    QTest::newRow("3164, nothing after the time") << QByteArray("<14>Nov 24 02:19:22") << kReference << bsd() << 14
                                                  << at022922 << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("3164, December read in January")
        << QByteArray("<14>Dec 31 23:59:59 h app: x") << QDate(2026, 1, 5) << bsd() << 14
        << utc(2025, 12, 31, 23, 59, 59) << QByteArray("h") << QByteArray("app") << QByteArray("x");
    QTest::newRow("3164, February read in January is this year")
        << QByteArray("<14>Feb  1 00:00:00 h app: x") << QDate(2026, 1, 31) << bsd() << 14 << utc(2026, 2, 1, 0, 0, 0)
        << QByteArray("h") << QByteArray("app") << QByteArray("x");
    QTest::newRow("3164, December read in November is this year")
        << QByteArray("<14>Dec  1 00:00:00 h app: x") << kReference << bsd() << 14 << utc(2026, 12, 1, 0, 0, 0)
        << QByteArray("h") << QByteArray("app") << QByteArray("x");

    QTest::newRow("rsyslog file, no PRI") << "Nov 24 02:19:22 SEP001122334455 " + kRecord << kReference << bsd() << -1
                                          << at022922 << QByteArray("SEP001122334455") << QByteArray() << kRecord;
    QTest::newRow("rsyslog file, no PRI, tag")
        << QByteArray("Nov 24 02:19:22 relay cron[1]: job done") << kReference << bsd() << -1 << at022922
        << QByteArray("relay") << QByteArray("cron") << QByteArray("job done");
    QTest::newRow("rsyslog ISO file format, UTC")
        << "2026-11-24T02:19:22.634167+00:00 SEP001122334455 " + kRecord << kReference << bsd() << -1
        << utc(2026, 11, 24, 2, 19, 22, 634) << QByteArray("SEP001122334455") << QByteArray() << kRecord;
    QTest::newRow("rsyslog ISO file format, +02:00 to UTC")
        << QByteArray("2026-11-24T02:19:22.5+02:00 h tag: m") << kReference << bsd() << -1
        << utc(2026, 11, 24, 0, 19, 22, 500) << QByteArray("h") << QByteArray("tag") << QByteArray("m");
    QTest::newRow("journalctl -o short-iso, +0100 without a colon")
        << QByteArray("2026-11-24T02:19:22+0100 h tag[7]: m") << kReference << bsd() << -1
        << utc(2026, 11, 24, 1, 19, 22) << QByteArray("h") << QByteArray("tag") << QByteArray("m");
    QTest::newRow("journalctl -o short-precise")
        << QByteArray("Nov 04 02:19:22.634167 h tag[7]: m") << kReference << bsd() << -1
        << utc(2026, 11, 4, 2, 19, 22, 634) << QByteArray("h") << QByteArray("tag") << QByteArray("m");
    QTest::newRow("ISO timestamp after PRI, -05:30 across midnight")
        << QByteArray("<30>2026-11-24T22:00:00-05:30 h tag: m") << kReference << bsd() << 30
        << utc(2026, 11, 25, 3, 30, 0) << QByteArray("h") << QByteArray("tag") << QByteArray("m");

    QTest::newRow("5424, nil SD, app DLoad")
        << "<189>1 2026-11-24T08:00:01.250Z SEP001BD4100000 DLoad - - - " + kRecord << kReference << ietf() << 189
        << utc(2026, 11, 24, 8, 0, 1, 250) << QByteArray("SEP001BD4100000") << QByteArray("DLoad") << kRecord;
    QTest::newRow("5424, app DLoad, message without the tag")
        << QByteArray("<190>1 2026-11-24T08:00:01Z h DLoad - - - XID080027F8 TxBdcst Ad 1: ClaimRoot(tent)")
        << kReference << ietf() << 190 << utc(2026, 11, 24, 8, 0, 1) << QByteArray("h") << QByteArray("DLoad") << xid;
    QTest::newRow("5424, SD with escapes, +02:00, BOM")
        << "<165>1 2026-11-24T08:00:01.5+02:00 host app 12 ID47 [a x=\"q\\\"]\" y=\"\\]\"] \xef\xbb\xbf" + kRecord
        << kReference << ietf() << 165 << utc(2026, 11, 24, 6, 0, 1, 500) << QByteArray("host") << QByteArray("app")
        << kRecord;
    QTest::newRow("5424, several SD elements")
        << QByteArray("<165>1 2026-11-24T08:00:01Z h a - - [x@1 k=\"v\"][y@2 k=\"[v]\"] msg [not sd]") << kReference
        << ietf() << 165 << utc(2026, 11, 24, 8, 0, 1) << QByteArray("h") << QByteArray("a")
        << QByteArray("msg [not sd]");
    QTest::newRow("5424, nil everything") << QByteArray("<0>1 - - - - - -") << kReference << ietf() << 0 << qint64(-1)
                                          << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("5424, bytes after the BOM kept")
        << QByteArray("<1>1 - h a - - - \xef\xbb\xbf\xef\xbb\xbfx") << kReference << ietf() << 1 << qint64(-1)
        << QByteArray("h") << QByteArray("a") << QByteArray("\xef\xbb\xbfx");

    QTest::newRow("PRI then garbage: kept bare") << "<190>garbage " + kRecord << kReference << bare() << 190
                                                 << qint64(-1) << QByteArray() << QByteArray() << "garbage " + kRecord;
    QTest::newRow("5424 with unterminated SD: kept bare")
        << QByteArray("<165>1 2026-11-24T08:00:01Z h a - - [x k=\"v\"") << kReference << bare() << 165 << qint64(-1)
        << QByteArray() << QByteArray() << QByteArray("1 2026-11-24T08:00:01Z h a - - [x k=\"v\"");
    QTest::newRow("3164 with impossible date: kept bare")
        << QByteArray("<14>Feb 30 02:19:22 h x") << kReference << bare() << 14 << qint64(-1) << QByteArray()
        << QByteArray() << QByteArray("Feb 30 02:19:22 h x");
}

void TestSyslogParser::headers()
{
    QFETCH(QByteArray, line);
    QFETCH(QDate, reference);
    QFETCH(int, format);
    QFETCH(int, priority);
    QFETCH(qint64, time);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, app);
    QFETCH(QByteArray, message);
    SyslogRecord r;
    r.truncated = true; // parseHeader starts from a clean record
    QVERIFY(SyslogParser::parseHeader(line, reference, &r));
    QCOMPARE(int(r.format), format);
    QCOMPARE(r.priority, priority);
    QCOMPARE(r.timestampMs, time);
    QCOMPARE(r.host, host);
    QCOMPARE(r.app, app);
    QCOMPARE(r.message, message);
    QVERIFY(!r.truncated);
}

void TestSyslogParser::bareLinesHaveNoHeader_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("record") << kRecord;
    QTest::newRow("prose") << QByteArray("Le telephone envoie un message");
    QTest::newRow("PRI too big") << QByteArray("<192>Nov 24 02:19:22 h x");
    QTest::newRow("PRI of four digits") << QByteArray("<0013>Nov 24 02:19:22 h x");
    QTest::newRow("not a PRI") << QByteArray("<abc>Nov 24 02:19:22 h x");
    QTest::newRow("empty PRI") << QByteArray("<>Nov 24 02:19:22 h x");
    QTest::newRow("bad date") << QByteArray("Nov 31 02:19:22 h x");
    QTest::newRow("bad hour") << QByteArray("Nov 24 24:19:22 h x");
    QTest::newRow("bad ISO offset") << QByteArray("2026-11-24T02:19:22+2 h x");
    QTest::newRow("empty") << QByteArray();
}

void TestSyslogParser::bareLinesHaveNoHeader()
{
    QFETCH(QByteArray, line);
    SyslogRecord r;
    QVERIFY(!SyslogParser::parseHeader(line, kReference, &r));
}

void TestSyslogParser::severalRecordsInOneDatagram_data()
{
    QTest::addColumn<QByteArray>("separator");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("CR") << QByteArray("\r");
}

void TestSyslogParser::severalRecordsInOneDatagram()
{
    QFETCH(QByteArray, separator);
    const QByteArray datagram = "<190>Nov 24 02:19:22 SEP1 app: NOT 02:19:22.1 DLoad: a" + separator
        + "DBG 02:19:22.2 DLoad: b" + separator + separator + "  " + separator
        + "<189>Nov 24 02:19:23 SEP2 NOT 02:19:23.1 DLoad: c" + separator;
    SyslogStats stats;
    const QList<SyslogRecord> records = SyslogParser::parse(datagram, kReference, &stats);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[0].message, QByteArray("NOT 02:19:22.1 DLoad: a"));
    // The second line shares the header before it.
    QCOMPARE(int(records[1].format), bsd());
    QCOMPARE(records[1].host, QByteArray("SEP1"));
    QCOMPARE(records[1].app, QByteArray("app"));
    QCOMPARE(records[1].priority, 190);
    QCOMPARE(records[1].timestampMs, utc(2026, 11, 24, 2, 19, 22));
    QCOMPARE(records[1].message, QByteArray("DBG 02:19:22.2 DLoad: b"));
    QCOMPARE(records[2].host, QByteArray("SEP2"));
    QCOMPARE(records[2].app, QByteArray());
    QCOMPARE(records[2].priority, 189);
    QCOMPARE(records[2].timestampMs, utc(2026, 11, 24, 2, 19, 23));
    QCOMPARE(records[2].message, QByteArray("NOT 02:19:23.1 DLoad: c"));
    QCOMPARE(stats.records, 3);
    QCOMPARE(stats.datagrams, 1);
    QCOMPARE(stats.malformedHeaders, 0);
}

void TestSyslogParser::linesBeforeAnyHeaderAreBare()
{
    const QList<SyslogRecord> records
        = SyslogParser::parse("DBG 02:19:22.2 DLoad: b\n<1>Nov 24 02:19:22 h x", kReference);
    QCOMPARE(records.size(), 2);
    QCOMPARE(int(records[0].format), bare());
    QCOMPARE(records[0].priority, -1);
    QCOMPARE(records[0].timestampMs, -1);
    QCOMPARE(records[0].host, QByteArray());
    QCOMPARE(records[0].message, QByteArray("DBG 02:19:22.2 DLoad: b"));
    QCOMPARE(records[1].host, QByteArray("h"));
}

void TestSyslogParser::lineWithBadPriorityIsTextOfTheLastHeader()
{
    const QList<SyslogRecord> records = SyslogParser::parse("<1>Nov 24 02:19:22 h x\n<999>y", kReference);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[1].priority, 1);
    QCOMPARE(records[1].host, QByteArray("h"));
    QCOMPARE(records[1].message, QByteArray("<999>y"));
}

void TestSyslogParser::headerWithoutPriorityOpensANewHeader()
{
    // An rsyslog file replayed as one datagram: every line has its own header.
    const QByteArray datagram = "Nov 24 02:19:22 SEP1 " + kRecord + "\nNov 24 02:19:23 SEP2 " + kRecord;
    const QList<SyslogRecord> records = SyslogParser::parse(datagram, kReference);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].host, QByteArray("SEP1"));
    QCOMPARE(records[1].host, QByteArray("SEP2"));
    QCOMPARE(records[1].timestampMs, utc(2026, 11, 24, 2, 19, 23));
    QCOMPARE(records[1].message, kRecord);
}

void TestSyslogParser::nonUtf8BytesAreKept()
{
    const QByteArray datagram("<190>Nov 24 02:19:22 SEP\xff\xfe NOT 02:19:22.1 DLoad: caf\xe9 \x80\xc3\n\xfe\xff");
    const QList<SyslogRecord> records = SyslogParser::parse(datagram, kReference);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].host, QByteArray("SEP\xff\xfe"));
    QCOMPARE(records[0].message, QByteArray("NOT 02:19:22.1 DLoad: caf\xe9 \x80\xc3"));
    QCOMPARE(records[1].message, QByteArray("\xfe\xff"));
}

void TestSyslogParser::longRecordIsCutAndCounted()
{
    SyslogStats stats;
    const QByteArray head = QByteArrayLiteral("<190>Nov 24 02:19:22 h ");
    const QByteArray line = head + QByteArray(SyslogParser::kMaxRecord * 2, 'x');
    const QList<SyslogRecord> records = SyslogParser::parse(QByteArray(line + "\nshort"), kReference, &stats);
    QCOMPARE(records.size(), 2);
    QVERIFY(records[0].truncated);
    QCOMPARE(records[0].message, QByteArray(SyslogParser::kMaxRecord - head.size(), 'x'));
    QCOMPARE(records[0].host, QByteArray("h")); // the header survives the cut
    QVERIFY(!records[1].truncated);
    QCOMPARE(records[1].message, QByteArray("short"));
    QCOMPARE(stats.truncatedRecords, 1);
    QCOMPARE(stats.oversizedDatagrams, 0);
}

void TestSyslogParser::recordOfExactlyMaxSizeIsWhole()
{
    SyslogStats stats;
    const QByteArray line(SyslogParser::kMaxRecord, 'y');
    const QList<SyslogRecord> records = SyslogParser::parse(line, kReference, &stats);
    QCOMPARE(records.size(), 1);
    QVERIFY(!records[0].truncated);
    QCOMPARE(records[0].message, line);
    QCOMPARE(stats.truncatedRecords, 0);
}

void TestSyslogParser::oversizedDatagramIsCutAndCounted()
{
    const QByteArray line = QByteArrayLiteral("<190>Nov 24 02:19:22 h NOT 02:19:22.1 DLoad: 0123456789\n");
    QByteArray datagram;
    while (datagram.size() <= SyslogParser::kMaxDatagram + 1000)
        datagram += line;
    SyslogStats stats;
    const QList<SyslogRecord> records = SyslogParser::parse(datagram, kReference, &stats);
    QCOMPARE(stats.oversizedDatagrams, 1);
    // Every line that starts before the cut is read; the one across it is cut short.
    const qsizetype whole = SyslogParser::kMaxDatagram / line.size();
    const qsizetype partial = SyslogParser::kMaxDatagram % line.size();
    QCOMPARE(records.size(), whole + (partial > 0 ? 1 : 0));
    QCOMPARE(stats.records, records.size());
    QVERIFY(partial > 0); // the line is chosen so that the cut falls inside one
    const QByteArray cut = datagram.mid(whole * line.size(), partial);
    SyslogRecord expected;
    QVERIFY(SyslogParser::parseHeader(cut, kReference, &expected));
    QCOMPARE(records.last().message, expected.message);
    QVERIFY(records.last().message.size() < records.first().message.size());
}

void TestSyslogParser::datagramOfExactlyMaxSizeIsWhole()
{
    QByteArray datagram(SyslogParser::kMaxDatagram, 'z');
    for (qsizetype i = 999; i < datagram.size(); i += 1000)
        datagram[i] = '\n';
    SyslogStats stats;
    const QList<SyslogRecord> records = SyslogParser::parse(datagram, kReference, &stats);
    QCOMPARE(stats.oversizedDatagrams, 0);
    QCOMPARE(records.size(), SyslogParser::kMaxDatagram / 1000 + 1);
    QCOMPARE(records.last().message, QByteArray(SyslogParser::kMaxDatagram % 1000, 'z')); // up to the last byte
}

void TestSyslogParser::malformedHeaderIsCountedNotLost()
{
    SyslogStats stats;
    const QList<SyslogRecord> records
        = SyslogParser::parse("<190>?? NOT 02:19:22.1 DLoad: x\nDBG 02:19:22.2 DLoad: y", kReference, &stats);
    QCOMPARE(records.size(), 2);
    QCOMPARE(stats.malformedHeaders, 1);
    QCOMPARE(int(records[0].format), bare());
    QCOMPARE(records[0].priority, 190);
    QCOMPARE(records[0].message, QByteArray("?? NOT 02:19:22.1 DLoad: x"));
    QCOMPARE(records[1].priority, 190); // the next line shares what there was of it
    QCOMPARE(records[1].message, QByteArray("DBG 02:19:22.2 DLoad: y"));
}

void TestSyslogParser::statsAccumulateAcrossCalls()
{
    SyslogStats stats;
    SyslogParser::parse("<1>Nov 24 02:19:22 h a\nb", kReference, &stats);
    SyslogParser::parse("\r\n\r\n", kReference, &stats);
    SyslogParser::parse("<1>bad", kReference, &stats);
    QCOMPARE(stats.datagrams, 3);
    QCOMPARE(stats.records, 3);
    QCOMPARE(stats.malformedHeaders, 1);
    QVERIFY(SyslogParser::parse("c", kReference).size() == 1); // no stats: still parsed
}

// The header's time is worked out arithmetically (days from the civil date,
// no QDateTime per line): it must equal QDateTime's over many dates, leap
// days and centuries included, and every UTC offset of RFC 5424 headers.
void TestSyslogParser::isoTimesAgreeWithQDateTime()
{
    const QTime times[] = {QTime(0, 0), QTime(23, 59, 59, 999), QTime(12, 34, 56, 789)};
    int checked = 0;
    for (QDate date(1900, 1, 1); date.year() < 2401; date = date.addDays(date.year() % 4 == 0 ? 1 : 37)) {
        const QTime time = times[checked % 3];
        const int offsetMinutes = (checked % 105) * 15 - 12 * 60; // -12:00 to +14:00 in quarters
        const QTimeZone zone(offsetMinutes * 60);
        const QDateTime expected(date, time, zone);
        const QByteArray offset = offsetMinutes == 0 && checked % 2 ? QByteArray("Z")
                                                                    : QByteArray(offsetMinutes < 0 ? "-" : "+")
                + QTime(0, 0).addSecs(qAbs(offsetMinutes) * 60).toString(u"hh:mm").toLatin1();
        const QByteArray line = "<14>1 " + date.toString(Qt::ISODate).toLatin1() + 'T'
            + time.toString(u"hh:mm:ss.zzz").toLatin1() + offset + " host app - - - message";
        SyslogRecord r;
        QVERIFY2(SyslogParser::parseHeader(line, kReference, &r), line.constData());
        QCOMPARE(int(r.format), ietf());
        QVERIFY2(r.timestampMs == expected.toMSecsSinceEpoch(), line.constData());
        ++checked;
    }
    QVERIFY(checked > 10000);
    // Days that do not exist are no time, as QDate says.
    for (const char *day : {"2100-02-29", "2023-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10"}) {
        SyslogRecord r;
        const QByteArray line = "<14>1 " + QByteArray(day) + "T10:00:00Z host app - - - message";
        SyslogParser::parseHeader(line, kReference, &r);
        QVERIFY2(r.format != SyslogRecord::Format::Rfc5424 || r.timestampMs == -1, day);
    }
}

// The lines of one second reuse its seconds since the epoch (issue #17):
// each still reads its own fraction and offset, and a line of another
// second, or back to the first, is read as itself; an offset that cannot
// be is still no time.
void TestSyslogParser::isoTimesOfOneSecondEachReadTheirOwnRest()
{
    struct Rest {
        const char *text;
        int ms;
        int offsetMinutes;
    };
    const Rest rests[] = {{"Z", 0, 0},         {".5Z", 500, 0},        {".123456+02:00", 123, 120},
                          {"-05:30", 0, -330}, {".250+0100", 250, 60}, {"", 0, 0}};
    for (const char *second : {"08:00:01", "08:00:01", "08:00:02", "23:59:60", "08:00:01"}) {
        const QTime clock = QTime::fromString(
            QString::fromLatin1(second).replace(QStringLiteral(":60"), QStringLiteral(":59")), u"hh:mm:ss");
        const qint64 base = QDateTime(QDate(2026, 11, 24), clock, Qt::UTC).toMSecsSinceEpoch();
        for (const Rest &rest : rests) {
            const QByteArray line = "<14>1 2026-11-24T" + QByteArray(second) + rest.text + " host app - - - message";
            SyslogRecord r;
            QVERIFY2(SyslogParser::parseHeader(line, kReference, &r), line.constData());
            QCOMPARE(int(r.format), ietf());
            QVERIFY2(r.timestampMs == base + rest.ms - rest.offsetMinutes * 60000, line.constData());
        }
        SyslogRecord r;
        const QByteArray badOffset = "<14>1 2026-11-24T" + QByteArray(second) + "+25:00 host app - - - message";
        SyslogParser::parseHeader(badOffset, kReference, &r);
        QVERIFY(r.format != SyslogRecord::Format::Rfc5424 || r.timestampMs == -1);
    }
}

// RFC 3164 times have no year: read on the day they were written, every
// day of four years (a leap year among them) gives QDateTime's time in UTC.
void TestSyslogParser::bsdTimesAgreeWithQDateTime()
{
    static const char *const months[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (QDate date(2023, 1, 1); date.year() < 2027; date = date.addDays(1)) {
        const QTime time(date.dayOfYear() % 24, date.day() * 7 % 60, date.month() * 5 % 60);
        const QByteArray day = date.day() < 10 ? ' ' + QByteArray::number(date.day()) : QByteArray::number(date.day());
        const QByteArray line = "<14>" + QByteArray(months[date.month() - 1]) + ' ' + day + ' '
            + time.toString(u"hh:mm:ss").toLatin1() + " host app: message";
        SyslogRecord r;
        QVERIFY2(SyslogParser::parseHeader(line, date, &r), line.constData());
        QCOMPARE(int(r.format), bsd());
        QVERIFY2(r.timestampMs == QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch(), line.constData());
    }
}

void TestSyslogParser::bsdYearRollsOverAtNewYear_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<qint64>("time");
    QTest::newRow("December read in January")
        << QByteArray("<14>Dec 31 23:59:59 h a: m") << QDate(2027, 1, 2) << utc(2026, 12, 31, 23, 59, 59);
    QTest::newRow("January read on New Year's Eve")
        << QByteArray("<14>Jan  1 00:00:01 h a: m") << QDate(2026, 12, 31) << utc(2026, 1, 1, 0, 0, 1);
    QTest::newRow("next month: a clock a little ahead")
        << QByteArray("<14>Dec  1 00:00:00 h a: m") << QDate(2026, 11, 30) << utc(2026, 12, 1, 0, 0, 0);
    QTest::newRow("two months ahead: last year")
        << QByteArray("<14>Jan 15 08:00:00 h a: m") << QDate(2026, 11, 30) << utc(2026, 1, 15, 8, 0, 0);
    QTest::newRow("leap day of last year, read in March")
        << QByteArray("<14>Feb 29 12:00:00 h a: m") << QDate(2024, 3, 1) << utc(2024, 2, 29, 12, 0, 0);
    QTest::newRow("Feb 29 in a year without one")
        << QByteArray("<14>Feb 29 12:00:00 h a: m") << QDate(2029, 1, 5) << qint64(-1);
    QTest::newRow("December read on New Year's Day of a leap year")
        << QByteArray("<14>Dec 31 23:00:00 h a: m") << QDate(2028, 1, 1) << utc(2027, 12, 31, 23, 0, 0);
}

void TestSyslogParser::bsdYearRollsOverAtNewYear()
{
    QFETCH(QByteArray, line);
    QFETCH(QDate, reference);
    QFETCH(qint64, time);
    SyslogRecord r;
    SyslogParser::parseHeader(line, reference, &r);
    if (time < 0) {
        QCOMPARE(r.timestampMs, qint64(-1)); // Feb 29 of a year without one is no time
        return;
    }
    QCOMPARE(int(r.format), bsd());
    QCOMPARE(r.timestampMs, time);
}

QTEST_GUILESS_MAIN(TestSyslogParser)
#include "tst_syslogparser.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "capture/ingest.h"
#include "capture/pcapreader.h"
#include "capture/pcaprecorder.h"
#include "testsupport.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <QtEndian>

#include <limits>

#include <pcap/pcap.h>

using namespace pfs;

namespace {

ReceivedDatagram datagram(ReceivedDatagram::Channel channel, const QByteArray &payload, quint16 port, qint64 us,
                          quint32 stream = 0)
{
    ReceivedDatagram d;
    d.channel = channel;
    d.payload = payload;
    d.source = 0x0A140017;
    d.sourcePort = 40000;
    d.destination = 0x7F000001;
    d.destinationPort = port;
    d.timeUs = us;
    d.stream = stream;
    return d;
}

QList<ReceivedDatagram> readAll(const QString &path, PcapReader &reader)
{
    QString error;
    if (!reader.open(path, &error))
        qFatal("%s", qPrintable(error));
    QList<ReceivedDatagram> out;
    ReceivedDatagram d;
    while (reader.next(&d))
        out.append(d);
    return out;
}

QString capture(const QString &name)
{
    return test::dataPath(QStringLiteral("captures/") + name);
}

// A capture replayed into a model as the console would: what it kept, and every DLoad record it saw.
struct Replayed {
    CaptureStats stats;
    QStringList warnings;
    QList<QByteArray> records;
    qint64 unknownRecords = 0;
    qint64 datagrams = 0;
};

Replayed replay(const QString &path, QSet<quint16> syslogPorts = {514, 601, 5514})
{
    Replayed r;
    PcapReader reader;
    QString error;
    if (!reader.open(path, &error))
        qFatal("%s", qPrintable(error));
    reader.setPorts(24051, syslogPorts << 25514 << 25601); // the ports the committed captures were made on
    RolloutModel model;
    Ingest ingest(&model);
    ingest.setRecordObserver([&r](QByteArrayView record, const DLoadEvent &, const RecordOrigin &, qint64) {
        r.records.append(record.toByteArray());
    });
    ReceivedDatagram d;
    while (reader.next(&d)) {
        ++r.datagrams;
        ingest.receive(d);
    }
    r.stats = reader.stats();
    r.warnings = reader.warnings();
    r.unknownRecords = model.counts().byGrammar[size_t(Grammar::Unknown)];
    return r;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    return test::writeFile(dir.filePath(name), content);
}

// Where each packet record starts in a little-endian pcap or pcapng file.
QList<qsizetype> packetOffsets(const QByteArray &file)
{
    QList<qsizetype> offsets;
    const bool pcapng = qFromLittleEndian<quint32>(file.constData()) == 0x0a0d0d0a;
    qsizetype at = pcapng ? 0 : 24;
    while (at + 16 <= file.size()) {
        const quint32 word0 = qFromLittleEndian<quint32>(file.constData() + at);
        const quint32 word1 = qFromLittleEndian<quint32>(file.constData() + at + 4);
        const quint32 caplen = qFromLittleEndian<quint32>(file.constData() + at + 8);
        if (pcapng) {
            if (word0 == 6)
                offsets.append(at);
            at += word1;
        } else {
            offsets.append(at);
            at += 16 + caplen;
        }
    }
    return offsets;
}

// One raw IPv4 TCP segment to port 601 at the given sequence number.
QByteArray tcpFrame(const QByteArray &payload, quint32 sequence)
{
    return PcapRecorder::packetsFor(datagram(ReceivedDatagram::Channel::SyslogTcp, payload, 601, 1, 1), &sequence)
        .constFirst();
}

} // namespace

class TestPcap : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // What the recorder writes, the reader gives back: payload, addresses,
    // ports, timestamps; TCP bytes in order, even past one segment's size.
    void recordThenRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.pcap"));
        QByteArray big;
        for (int i = 0; big.size() < 150000; ++i)
            big += QByteArray::number(i) + " <189>Nov 24 08:00:00 h NOT 08:00:00.0 DLoad: x\n";
        const QList<ReceivedDatagram> written = {
            datagram(ReceivedDatagram::Channel::Pfs, "PFSM\x01\x01", 4051, 1795507200000001),
            datagram(ReceivedDatagram::Channel::SyslogUdp, "<190>Nov 24 08:00:00 SEP1 NOT x DLoad: y", 514,
                     1795507200500000),
            datagram(ReceivedDatagram::Channel::SyslogTcp, big, 601, 1795507201000000, 7),
            datagram(ReceivedDatagram::Channel::SyslogTcp, "12 <1>tail end", 601, 1795507202000000, 7),
        };
        {
            PcapRecorder recorder;
            QString error;
            QVERIFY2(recorder.open(path, &error), qPrintable(error));
            for (const ReceivedDatagram &d : written)
                recorder.write(d);
            QCOMPARE(recorder.packets(), 6); // the big TCP chunk took three segments
        }
        PcapReader reader;
        const QList<ReceivedDatagram> read = readAll(path, reader);
        QCOMPARE(reader.error(), QString());
        QCOMPARE(reader.stats().packets, 6);
        QCOMPARE(read.size(), 6);
        QCOMPARE(read[0].channel, ReceivedDatagram::Channel::Pfs);
        QCOMPARE(read[0].payload, written[0].payload);
        QCOMPARE(read[0].timeUs, written[0].timeUs);
        QCOMPARE(read[0].source, written[0].source);
        QCOMPARE(read[0].sourcePort, quint16(40000));
        QCOMPARE(read[1].channel, ReceivedDatagram::Channel::SyslogUdp);
        QCOMPARE(read[1].payload, written[1].payload);
        QCOMPARE(read[1].destinationPort, quint16(514));
        QByteArray stream;
        for (int i = 2; i < 6; ++i) {
            QCOMPARE(read[i].channel, ReceivedDatagram::Channel::SyslogTcp);
            QCOMPARE(read[i].stream, read[2].stream);
            stream += read[i].payload;
        }
        QCOMPARE(stream, big + "12 <1>tail end");
        QCOMPARE(reader.stats().tcpGaps, 0);
    }

    void linkLayers_data()
    {
        QTest::addColumn<int>("linkType");
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("raw") << int(DLT_RAW) << QByteArray();
        QTest::newRow("ethernet") << int(DLT_EN10MB) << QByteArray(12, '\x11').append("\x08\x00", 2);
        QTest::newRow("802.1Q") << int(DLT_EN10MB) << QByteArray(12, '\x11').append("\x81\x00\x00\x64\x08\x00", 6);
        QTest::newRow("linux cooked") << int(DLT_LINUX_SLL) << QByteArray(14, '\0').append("\x08\x00", 2);
        QTest::newRow("bsd loopback") << int(DLT_NULL) << QByteArray("\x02\x00\x00\x00", 4);
    }

    void linkLayers()
    {
        QFETCH(int, linkType);
        QFETCH(QByteArray, prefix);
        quint32 sequence = 0;
        const QByteArray packet
            = PcapRecorder::packetsFor(datagram(ReceivedDatagram::Channel::SyslogUdp, "<190>x", 514, 5), &sequence)
                  .constFirst();
        PcapReader reader;
        ReceivedDatagram out;
        QVERIFY(reader.decodeFrame(linkType, QByteArray(prefix).append(packet), 5, &out));
        QCOMPARE(out.payload, QByteArray("<190>x"));
        QCOMPARE(out.channel, ReceivedDatagram::Channel::SyslogUdp);
    }

    // Every UDP datagram and TCP segment reaches the wire trackers, whatever
    // it carries, with its original lengths and the frame's Ethernet source.
    void packetsReachTheWireSink()
    {
        struct Sink : wire::PacketSink {
            QList<wire::UdpPacket> udps;
            QList<wire::TcpSegment> tcps;
            QByteArray lastPayload;
            void udp(const wire::UdpPacket &p) override { udps.append(p), lastPayload = p.payload.toByteArray(); }
            void tcp(const wire::TcpSegment &s) override { tcps.append(s), lastPayload = s.payload.toByteArray(); }
        } sink;
        PcapReader reader;
        reader.setPacketSink(&sink);
        ReceivedDatagram out;
        const QByteArray ethernet = QByteArray("\x00\x00\x00\x00\x00\x00\x00\x1b\xd4\x10\x20\x30\x08\x00", 14);
        const QByteArray rrq("\x00\x01/dnld/a.sbn\x00octet", 20);
        quint32 sequence = 0;
        const QByteArray tftp
            = PcapRecorder::packetsFor(datagram(ReceivedDatagram::Channel::SyslogUdp, rrq, 69, 7), &sequence)
                  .constFirst();
        QVERIFY(!reader.decodeFrame(DLT_EN10MB, QByteArray(ethernet + tftp), 7, &out)); // not for the console...
        QCOMPARE(sink.udps.size(), 1);                                                  // ...but for the wire
        QCOMPARE(sink.udps[0].sourceMac, 0x001bd4102030ULL);
        QCOMPARE(sink.udps[0].source, (wire::Endpoint{0x0A140017, 40000}));
        QCOMPARE(sink.udps[0].destination, (wire::Endpoint{0x7F000001, 69}));
        QCOMPARE(sink.udps[0].length, qsizetype(20));
        QCOMPARE(sink.lastPayload, rrq);

        // A TCP segment to the peer port, cut to 60 bytes by the snap length:
        // its sequence number, flags and original length still arrive.
        sequence = 0x7FFFFFF0;
        const QByteArray data(1000, 'f');
        const QByteArray segment
            = PcapRecorder::packetsFor(datagram(ReceivedDatagram::Channel::SyslogTcp, data, 4051, 9, 2), &sequence)
                  .constFirst();
        QVERIFY(!reader.decodeFrame(DLT_RAW, segment.left(60), 9, &out, segment.size()));
        QCOMPARE(sink.tcps.size(), 1);
        QCOMPARE(sink.tcps[0].sequence, 0x7FFFFFF0u);
        QCOMPARE(sink.tcps[0].length, qsizetype(1000));
        QVERIFY(sink.tcps[0].payload.size() < 60);
        QCOMPARE(sink.tcps[0].destination.port, quint16(4051));
        QCOMPARE(sink.tcps[0].sourceMac, 0u); // raw IP: no link-layer address
        QVERIFY(sink.tcps[0].has(wire::TcpSegment::Ack));
    }

    void otherTrafficIsSkippedAndCounted()
    {
        PcapReader reader;
        ReceivedDatagram out;
        quint32 sequence = 0;
        const QByteArray dns
            = PcapRecorder::packetsFor(datagram(ReceivedDatagram::Channel::SyslogUdp, "\x12\x34 not syslog", 53, 5),
                                       &sequence)
                  .constFirst();
        QVERIFY(!reader.decodeFrame(DLT_RAW, dns, 5, &out));
        QByteArray ipv6(40, '\0');
        ipv6[0] = char(0x60);
        QVERIFY(!reader.decodeFrame(DLT_RAW, ipv6, 5, &out));
        QByteArray fragment = dns;
        fragment[6] = char(0x20); // more fragments
        QVERIFY(!reader.decodeFrame(DLT_RAW, fragment, 5, &out));
        QVERIFY(!reader.decodeFrame(DLT_RAW, dns.left(10), 5, &out));
        QVERIFY(!reader.decodeFrame(DLT_EN10MB, QByteArray(5, 'x'), 5, &out));
        QCOMPARE(reader.stats().skipped, 2);
        QCOMPARE(reader.stats().fragments, 1);
        QCOMPARE(reader.stats().malformed, 2);
        QVERIFY(reader.error().isEmpty());
    }

    void tcpRetransmissionsAndGaps()
    {
        PcapReader reader;
        ReceivedDatagram d = datagram(ReceivedDatagram::Channel::SyslogTcp, "5 <1>ab", 601, 1, 1);
        quint32 seq = 1000;
        const QByteArray first = PcapRecorder::packetsFor(d, &seq).constFirst(); // 1000..1007
        const QByteArray again = first;                                          // retransmitted
        d.payload = "5 <1>cd";
        const QByteArray second = PcapRecorder::packetsFor(d, &seq).constFirst(); // 1007..1014
        seq += 100;                                                               // the capture lost 100 bytes
        d.payload = "5 <1>ef";
        const QByteArray third = PcapRecorder::packetsFor(d, &seq).constFirst();
        ReceivedDatagram out;
        QByteArray stream;
        for (const QByteArray &p : {first, again, second, third}) {
            if (reader.decodeFrame(DLT_RAW, p, 1, &out))
                stream += out.payload;
        }
        QCOMPARE(stream, QByteArray("5 <1>ab5 <1>cd5 <1>ef"));
        QCOMPARE(reader.stats().tcpGaps, 1);
    }

    void damagedFilesGiveClearErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("this is not a capture\n");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("header only, cut") << QByteArray("\xd4\xc3\xb2\xa1\x02\x00\x04\x00", 8);
    }

    void damagedFilesGiveClearErrors()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("bad.pcap"), content);
        PcapReader reader;
        QString error;
        QVERIFY(!reader.open(path, &error));
        QVERIFY(error.contains(path));
    }

    // A capture cut in the middle of its last packet, at every byte of it:
    // every packet before is replayed, then the cut is reported (a warning:
    // what was read stands). Cut exactly between packets, the file is whole.
    void cutAtEveryOffsetOfTheLastPacket_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("pcap (tcpdump)") << capture(QStringLiteral("udp-s0.pcap"));
        QTest::newRow("pcapng (editcap)") << capture(QStringLiteral("udp-40.pcapng"));
    }

    void cutAtEveryOffsetOfTheLastPacket()
    {
        QFETCH(QString, file);
        const QByteArray whole = fileBytes(file);
        const QList<qsizetype> offsets = packetOffsets(whole);
        QVERIFY(offsets.size() > 10);
        const qsizetype last = offsets.constLast();
        const qint64 before = offsets.size() - 1;
        const QString expected
            = QStringLiteral("capture file ends in the middle of a packet after %1 packets: the rest is lost")
                  .arg(QLocale().toString(before));
        QTemporaryDir dir;
        for (qsizetype end = last; end < whole.size(); ++end) {
            const QString path = writeFile(dir, QStringLiteral("cut"), whole.left(end));
            const Replayed r = replay(path);
            QCOMPARE(r.stats.packets, before);
            QCOMPARE(r.datagrams, before); // every one of them a PFS or syslog datagram
            if (end == last) {
                QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
                continue;
            }
            QCOMPARE(r.warnings.size(), 1);
            QVERIFY2(r.warnings[0].startsWith(expected),
                     qPrintable(QStringLiteral("cut at %1: %2").arg(end).arg(r.warnings[0])));
        }
    }

    // A damaged record in the middle: the packets before it are replayed, the damage is reported.
    void damagedRecordInTheMiddle_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("field"); // byte of the record to overwrite
        QTest::addColumn<quint32>("value");
        // pcap: a captured length beyond the snap length.
        QTest::newRow("pcap caplen") << capture(QStringLiteral("udp-s0.pcap")) << 8 << 0x7fffffffu;
        // pcapng: block lengths too small, not a multiple of 4, and huge.
        QTest::newRow("pcapng length 8") << capture(QStringLiteral("udp-40.pcapng")) << 4 << 8u;
        QTest::newRow("pcapng length odd") << capture(QStringLiteral("udp-40.pcapng")) << 4 << 37u;
        QTest::newRow("pcapng length huge") << capture(QStringLiteral("udp-40.pcapng")) << 4 << 0xfffffff0u;
        // pcapng: a captured length beyond the block.
        QTest::newRow("pcapng caplen") << capture(QStringLiteral("udp-40.pcapng")) << 20 << 0x00100000u;
    }

    void damagedRecordInTheMiddle()
    {
        QFETCH(QString, file);
        QFETCH(int, field);
        QFETCH(quint32, value);
        QByteArray bytes = fileBytes(file);
        const QList<qsizetype> offsets = packetOffsets(bytes);
        const qsizetype damaged = offsets.size() / 2;
        qToLittleEndian(value, bytes.data() + offsets[damaged] + field);
        QTemporaryDir dir;
        const Replayed r = replay(writeFile(dir, QStringLiteral("damaged"), bytes));
        QCOMPARE(r.stats.packets, qint64(damaged));
        QCOMPARE(r.datagrams, qint64(damaged));
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY2(
            r.warnings[0].startsWith(
                QStringLiteral("capture file is damaged after %1 packets: ").arg(QLocale().toString(qint64(damaged)))),
            qPrintable(r.warnings[0]));
    }

    // Captures made on loopback with tcpdump (-s 0) while pfssim sent its
    // rollout to pfsmon, then cut with `editcap -s N`: the cut packets are
    // counted, and no record cut short is passed on as a whole one. UDP
    // datagrams hold one record each, so there the loss is exact.
    void snapLength_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("whole");
        QTest::addColumn<qint64>("snapLength");
        QTest::addColumn<qint64>("packetsCut");
        QTest::addColumn<qint64>("recordsLost");
        QTest::addColumn<qint64>("recordsKept");
        QTest::newRow("udp 64") << QStringLiteral("udp-s64.pcap") << QStringLiteral("udp-s0.pcap") << 64LL << 650LL
                                << 554LL << 0LL;
        QTest::newRow("udp 150") << QStringLiteral("udp-s150.pcapng") << QStringLiteral("udp-s0.pcap") << 150LL << 226LL
                                 << 226LL << 328LL;
        QTest::newRow("tcp 64") << QStringLiteral("tcp-s64.pcap") << QStringLiteral("tcp-s0.pcap") << 64LL << 196LL
                                << 95LL << 0LL;
        QTest::newRow("tcp 200") << QStringLiteral("tcp-s200.pcapng") << QStringLiteral("tcp-s0.pcap") << 200LL << 93LL
                                 << 93LL << 29LL;
    }

    void snapLength()
    {
        QFETCH(QString, file);
        QFETCH(QString, whole);
        QFETCH(qint64, snapLength);
        QFETCH(qint64, packetsCut);
        QFETCH(qint64, recordsLost);
        QFETCH(qint64, recordsKept);
        const Replayed full = replay(capture(whole));
        QCOMPARE(full.records.size(), 554); // what pfssim sent
        QCOMPARE(full.stats.packetsCut, 0);
        QVERIFY(full.warnings.isEmpty());
        const Replayed cut = replay(capture(file));
        QCOMPARE(cut.stats.snapLength, snapLength);
        QCOMPARE(cut.stats.packetsCut, packetsCut);
        QVERIFY(cut.stats.bytesNotCaptured > 0);
        QCOMPARE(cut.stats.syslogRecordsCut, recordsLost);
        QCOMPARE(cut.records.size(), recordsKept);
        QCOMPARE(cut.unknownRecords, 0);
        // Every record passed on is one the whole capture holds, in full.
        QList<QByteArray> remaining = full.records;
        for (const QByteArray &record : cut.records)
            QVERIFY2(remaining.removeOne(record), record.constData());
        if (file.startsWith(QLatin1String("udp")))
            QCOMPARE(cut.records.size() + cut.stats.syslogRecordsCut, full.records.size());
        QCOMPARE(cut.warnings.size(), 1);
        QCOMPARE(
            cut.warnings[0],
            QStringLiteral("capture cut at %1 bytes per packet (snap length): %2 packets cut short, at least %3 "
                           "syslog records lost; recapture with `tcpdump -s 0`")
                .arg(QLocale().toString(snapLength), QLocale().toString(packetsCut), QLocale().toString(recordsLost)));
    }

    // `pfsmon FILE` replays a capture and imports anything else: told by the
    // first four bytes, in both byte orders, never by the file's name.
    void capturesAreToldByTheirMagicNumber_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("capture");
        QTest::newRow("pcap, big-endian") << QByteArray::fromHex("a1b2c3d4") << true;
        QTest::newRow("pcap, little-endian") << QByteArray::fromHex("d4c3b2a1") << true;
        QTest::newRow("pcap in nanoseconds") << QByteArray::fromHex("4d3cb2a1") << true;
        QTest::newRow("pcapng") << QByteArray::fromHex("0a0d0d0a") << true;
        QTest::newRow("syslog line") << QByteArray("<189>Nov 24 08:00:00 SEP001122334455 DLoad") << false;
        QTest::newRow("gzip") << QByteArray::fromHex("1f8b0800") << false;
        QTest::newRow("three bytes of pcap") << QByteArray::fromHex("a1b2c3") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void capturesAreToldByTheirMagicNumber()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, capture);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("site.pcap")); // the name says capture: ignored
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(head + QByteArray(capture ? 20 : 0, '\0'));
        file.close();
        QCOMPARE(PcapReader::looksLikeCapture(path), capture);
        QVERIFY(!PcapReader::looksLikeCapture(dir.filePath(QStringLiteral("missing.pcap"))));
    }

    // A file libpcap wrote, as a real one.
    void recordedCaptureIsToldFromItsLog()
    {
        QTemporaryDir dir;
        const QString capture = dir.filePath(QStringLiteral("recorded"));
        {
            PcapRecorder recorder;
            QString error;
            QVERIFY2(recorder.open(capture, &error), qPrintable(error));
        }
        QVERIFY(PcapReader::looksLikeCapture(capture));
        QVERIFY(!PcapReader::looksLikeCapture(test::dataPath(QStringLiteral("seed-cisco-pfs-fr.txt"))));
    }

    // The real thing: tcpdump on loopback with a small snap length while
    // logger sends the seed's records, then the same with -s 0.
    void tcpdumpOnLoopback()
    {
        const QString tcpdump = QStandardPaths::findExecutable(
            QStringLiteral("tcpdump"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        const QString logger = QStandardPaths::findExecutable(QStringLiteral("logger"));
        if (tcpdump.isEmpty() || logger.isEmpty())
            QSKIP("needs tcpdump and logger (util-linux)");
        const QString records = test::dataPath(QStringLiteral("seed-records.txt"));
        const int count = int(test::readData(QStringLiteral("seed-records.txt")).trimmed().split('\n').size());
        QUdpSocket sink; // something listens, so loopback carries no "port unreachable"
        QVERIFY(sink.bind(QHostAddress::LocalHost, 0));
        QTemporaryDir dir;
        for (const int snap : {64, 0}) {
            const QString file = dir.filePath(QStringLiteral("lo-%1.pcap").arg(snap));
            QProcess dump;
            dump.start(tcpdump,
                       {QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("-s"), QString::number(snap),
                        QStringLiteral("-U"), QStringLiteral("-c"), QString::number(count), QStringLiteral("-w"), file,
                        QStringLiteral("udp and dst port %1").arg(sink.localPort())});
            dump.setReadChannel(QProcess::StandardError);
            QByteArray said;
            while (!said.contains("listening on") && dump.waitForReadyRead(10000))
                said += dump.readAll();
            if (!said.contains("listening on")) {
                dump.kill();
                dump.waitForFinished();
                QSKIP(qPrintable(QStringLiteral("tcpdump cannot capture on lo here (needs root or CAP_NET_RAW): %1")
                                     .arg(QString::fromLocal8Bit(said + dump.readAllStandardError()).trimmed())));
            }
            QProcess send;
            send.start(logger,
                       {QStringLiteral("--rfc3164"), QStringLiteral("-d"), QStringLiteral("-n"),
                        QStringLiteral("127.0.0.1"), QStringLiteral("-P"), QString::number(sink.localPort()),
                        QStringLiteral("-t"), QStringLiteral("SEP001122334455"), QStringLiteral("-f"), records});
            QVERIFY(send.waitForFinished(10000));
            QCOMPARE(send.exitCode(), 0);
            QVERIFY2(dump.waitForFinished(20000), "tcpdump did not see every datagram");
            const Replayed r = replay(file, {sink.localPort()});
            QCOMPARE(r.stats.packets, count);
            if (snap == 64) {
                QCOMPARE(r.stats.packetsCut, count);
                QCOMPARE(r.stats.syslogRecordsCut, count);
                QCOMPARE(r.records.size(), 0);
                QCOMPARE(r.warnings.size(), 1);
                QVERIFY(r.warnings[0].startsWith(QLatin1String("capture cut at 64 bytes per packet")));
            } else {
                QCOMPARE(r.stats.packetsCut, 0);
                QCOMPARE(r.records.size(), count);
                QVERIFY(r.warnings.isEmpty());
            }
        }
    }

    // Security: sequence numbers 2^31 and more away from the expected one,
    // either way, and across the wrap. Before the fix, 2^31 ahead negated
    // INT_MIN and sliced at a negative offset (ASan: heap-buffer-overflow).
    void tcpSequenceJumpsFromAFile()
    {
        const QString path = capture(QStringLiteral("tcp-sequence-jumps.pcap"));
        PcapReader reader;
        QString error;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        QList<ReceivedDatagram> read;
        ReceivedDatagram d;
        while (reader.next(&d))
            read.append(d);
        QByteArray stream;
        QList<bool> lostBefore;
        for (const ReceivedDatagram &r : read) {
            QVERIFY(r.payload.size() <= 20);
            stream += r.payload;
            lostBefore.append(r.lostBefore);
        }
        QCOMPARE(stream,
                 QByteArray("16 <13>first record16 <13>evil! record16 <13>after record16 <13>evil! record"
                            "16 <13>evil! record15 <13>wrap-record17 <13>past the wrap15 <13>far behind!"));
        QCOMPARE(lostBefore, QList<bool>({false, true, false, true, true, true, false, true}));
        QCOMPARE(reader.stats().tcpGaps, 5);
        QCOMPARE(reader.stats().syslogTcpSegments, 8);
        QVERIFY(reader.warnings().isEmpty());
    }

    void tcpSequenceArithmetic_data()
    {
        QTest::addColumn<quint32>("jump");
        QTest::addColumn<bool>("delivered");
        QTest::addColumn<qint64>("gaps");
        QTest::newRow("2^31 ahead") << 0x80000000u << true << 1LL;
        QTest::newRow("2^31 - 1 ahead") << 0x7fffffffu << true << 1LL;
        QTest::newRow("2^31 + 1 ahead (far behind)") << 0x80000001u << true << 1LL;
        QTest::newRow("window ahead") << PcapReader::kReassemblyWindow << true << 1LL;
        QTest::newRow("just behind: all seen") << quint32(-7) << false << 0LL;
        QTest::newRow("window behind: all seen") << quint32(0) - PcapReader::kReassemblyWindow << false << 0LL;
        QTest::newRow("one more behind: a new stream") << quint32(0) - PcapReader::kReassemblyWindow - 1 << true << 1LL;
        QTest::newRow("in order") << 0u << true << 0LL;
    }

    // The segment after "5 <1>ab" (sequence 1000..1006) comes `jump` bytes away from 1007.
    void tcpSequenceArithmetic()
    {
        QFETCH(quint32, jump);
        QFETCH(bool, delivered);
        QFETCH(qint64, gaps);
        PcapReader reader;
        ReceivedDatagram out;
        QVERIFY(reader.decodeFrame(DLT_RAW, tcpFrame("5 <1>ab", 1000), 1, &out));
        const bool taken = reader.decodeFrame(DLT_RAW, tcpFrame("5 <1>cd", 1007 + jump), 1, &out);
        QCOMPARE(taken, delivered);
        if (taken)
            QCOMPARE(out.payload, QByteArray("5 <1>cd"));
        QCOMPARE(reader.stats().tcpGaps, gaps);
        // The stream goes on in order from there.
        QVERIFY(reader.decodeFrame(DLT_RAW, tcpFrame("5 <1>ef", delivered ? 1014 + jump : 1007), 1, &out));
        QCOMPARE(out.payload, QByteArray("5 <1>ef"));
        QVERIFY(!out.lostBefore);
    }

    // A hole: the receiver drops the half-read frame, the reader restarts
    // at the next frame boundary (octet count or line start).
    void holeResynchronisesTheStream()
    {
        PcapReader reader;
        ReceivedDatagram out;
        QVERIFY(reader.decodeFrame(DLT_RAW, tcpFrame("9 <1>abcd9 <1>ef", 1000), 1, &out));
        QVERIFY(!out.lostBefore);
        // 10 bytes lost; the segment resumes mid-frame ("gh" ends the lost frame).
        QVERIFY(reader.decodeFrame(DLT_RAW, tcpFrame("gh9 <1>ijkl", 1026), 1, &out));
        QVERIFY(out.lostBefore);
        QCOMPARE(out.payload, QByteArray("9 <1>ijkl"));
        QCOMPARE(reader.stats().tcpBytesLost, 10);
        QCOMPARE(reader.stats().tcpResyncBytes, 2);
        // Line framing: after the next line feed.
        QVERIFY(reader.decodeFrame(DLT_RAW, tcpFrame("<1>mn\n", 1035), 1, &out));
        QVERIFY(reader.decodeFrame(DLT_RAW, tcpFrame("of a lost line\n<1>pq\n", 1051), 1, &out));
        QVERIFY(out.lostBefore);
        QCOMPARE(out.payload, QByteArray("<1>pq\n"));
        // Nothing that starts a frame: nothing passed on, still in the hole.
        QVERIFY(!reader.decodeFrame(DLT_RAW, tcpFrame("no frame in here", 2000), 1, &out));
        QVERIFY(reader.decodeFrame(DLT_RAW, tcpFrame("4 <1>r", 2016), 1, &out));
        QVERIFY(out.lostBefore);
        QCOMPARE(out.payload, QByteArray("4 <1>r"));
    }

    // The receiver's side of a hole: the frame it held half-read is dropped,
    // never glued to the bytes after the hole.
    void ingestDropsTheHalfReadFrame()
    {
        RolloutModel model;
        Ingest ingest(&model);
        QList<QByteArray> records;
        ingest.setRecordObserver([&records](QByteArrayView record, const DLoadEvent &, const RecordOrigin &, qint64) {
            records.append(record.toByteArray());
        });
        const QByteArray line = "<189>Nov 24 08:00:00 SEP1 NOT 02:19:22.634945 DLoad: ^.idl_child.c-openUDPPort\n";
        ReceivedDatagram d = datagram(ReceivedDatagram::Channel::SyslogTcp, line + line.left(30), 601, 1, 3);
        QVERIFY(ingest.receive(d));
        d.payload = line;
        d.lostBefore = true;
        QVERIFY(ingest.receive(d));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[1], records[0]);
        d.payload = line.left(30);
        d.lostBefore = false;
        d.lostAfter = true; // cut by the snap length
        QVERIFY(ingest.receive(d));
        d.payload = line;
        d.lostAfter = false;
        QVERIFY(ingest.receive(d));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[2], records[0]);
        QCOMPARE(model.counts().byGrammar[size_t(Grammar::Unknown)], 0);
    }

    // Security: lengths in the headers that lie about the packet; each is
    // refused and counted, the one honest packet gets through.
    void lengthsThatLie()
    {
        const Replayed r = replay(capture(QStringLiteral("lengths-that-lie.pcap")));
        QCOMPARE(r.stats.packets, 11);
        QCOMPARE(r.stats.malformed, 8);
        QCOMPARE(r.stats.fragments, 2);
        QCOMPARE(r.stats.syslogUdp, 1);
        QCOMPARE(r.datagrams, 1);
        QVERIFY(r.warnings.isEmpty());
    }

    // Ethernet with more VLAN tags than any real frame: bounded, then skipped.
    void vlanTagsAreBounded()
    {
        quint32 sequence = 0;
        const QByteArray packet
            = PcapRecorder::packetsFor(datagram(ReceivedDatagram::Channel::SyslogUdp, "<190>x", 514, 5), &sequence)
                  .constFirst();
        QByteArray frame(12, '\x11');
        for (int i = 0; i < 100; ++i)
            frame.append("\x81\x00\x00\x64", 4);
        frame.append("\x08\x00", 2).append(packet);
        PcapReader reader;
        ReceivedDatagram out;
        QVERIFY(!reader.decodeFrame(DLT_EN10MB, frame, 5, &out));
        QVERIFY(!reader.decodeFrame(DLT_EN10MB, frame.left(14 + 4 * 3 + 1), 5, &out));
        QCOMPARE(reader.stats().skipped, 1);
        QCOMPARE(reader.stats().malformed, 1);
    }

    // Security: pcapng timestamps at the ends of 64 bits, in seconds, nanoseconds,
    // binary resolutions and with huge offsets: no overflow, clamped and counted.
    void pcapngTimestamps()
    {
        PcapReader reader;
        QString error;
        QVERIFY2(reader.open(capture(QStringLiteral("pcapng-timestamps.pcapng")), &error), qPrintable(error));
        QList<qint64> times;
        ReceivedDatagram d;
        while (reader.next(&d))
            times.append(d.timeUs);
        QCOMPARE(times.size(), 12);
        for (const qint64 t : times)
            QVERIFY(t >= 0 && t <= 253402300799999999LL);
        QCOMPARE(times[1], 1795507200123456LL);           // microseconds: as written
        QCOMPARE(times[4], 18446744073709551LL);          // nanoseconds: 2^64 - 1 of them, year 2554
        QCOMPARE(times[5], 1795507LL * 1000000 + 200123); // nanoseconds, to the microsecond
        QCOMPARE(reader.stats().badTimestamps, 9);
        QVERIFY(reader.warnings().isEmpty());
    }

    void timeIsClamped()
    {
        qint64 us = 0;
        QVERIFY(PcapReader::clampTime(1795507200, 999999, &us));
        QCOMPARE(us, 1795507200999999LL);
        QVERIFY(!PcapReader::clampTime(std::numeric_limits<qint64>::max(), 0, &us));
        QCOMPARE(us, 253402300799000000LL);
        QVERIFY(!PcapReader::clampTime(-1, 5, &us));
        QCOMPARE(us, 5LL);
        QVERIFY(!PcapReader::clampTime(7, 1000000, &us));
        QCOMPARE(us, 7999999LL);
    }

    // Recordings keep the microsecond, on every channel and across segments.
    void recordingKeepsMicroseconds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("us.pcap"));
        const QList<qint64> times
            = {1795507200000001, 1795507200123457, 1795507200999999, 1795507201000000, 1795507261654321};
        {
            PcapRecorder recorder;
            QString error;
            QVERIFY(recorder.open(path, &error));
            for (int i = 0; i < times.size(); ++i) {
                const auto channel
                    = i % 2 ? ReceivedDatagram::Channel::SyslogTcp : ReceivedDatagram::Channel::SyslogUdp;
                recorder.write(
                    datagram(channel, "<190>r " + QByteArray::number(i) + '\n', i % 2 ? 601 : 514, times[i], 4));
            }
        }
        PcapReader reader;
        const QList<ReceivedDatagram> read = readAll(path, reader);
        QCOMPARE(read.size(), times.size());
        for (int i = 0; i < times.size(); ++i)
            QCOMPARE(read[i].timeUs, times[i]);
    }
};

QTEST_GUILESS_MAIN(TestPcap)
#include "tst_pcap.moc"

#include "pcapreader.h"
#include "pcaprecorder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

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

} // namespace

class TestPcap : public QObject
{
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
            datagram(ReceivedDatagram::Channel::SyslogUdp, "<190>Nov 24 08:00:00 SEP1 NOT x DLoad: y", 514, 1795507200500000),
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
        QTest::newRow("802.1Q") << int(DLT_EN10MB)
                                << QByteArray(12, '\x11').append("\x81\x00\x00\x64\x08\x00", 6);
        QTest::newRow("linux cooked") << int(DLT_LINUX_SLL) << QByteArray(14, '\0').append("\x08\x00", 2);
        QTest::newRow("bsd loopback") << int(DLT_NULL) << QByteArray("\x02\x00\x00\x00", 4);
    }

    void linkLayers()
    {
        QFETCH(int, linkType);
        QFETCH(QByteArray, prefix);
        quint32 sequence = 0;
        const QByteArray packet = PcapRecorder::packetsFor(
            datagram(ReceivedDatagram::Channel::SyslogUdp, "<190>x", 514, 5), &sequence).constFirst();
        PcapReader reader;
        ReceivedDatagram out;
        QVERIFY(reader.decodeFrame(linkType, QByteArray(prefix).append(packet), 5, &out));
        QCOMPARE(out.payload, QByteArray("<190>x"));
        QCOMPARE(out.channel, ReceivedDatagram::Channel::SyslogUdp);
    }

    void otherTrafficIsSkippedAndCounted()
    {
        PcapReader reader;
        ReceivedDatagram out;
        quint32 sequence = 0;
        const QByteArray dns = PcapRecorder::packetsFor(
            datagram(ReceivedDatagram::Channel::SyslogUdp, "\x12\x34 not syslog", 53, 5), &sequence).constFirst();
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
        const QByteArray first = PcapRecorder::packetsFor(d, &seq).constFirst();   // 1000..1007
        const QByteArray again = first;                                            // retransmitted
        d.payload = "5 <1>cd";
        const QByteArray second = PcapRecorder::packetsFor(d, &seq).constFirst();  // 1007..1014
        seq += 100;                                                                // the capture lost 100 bytes
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
        const QString path = dir.filePath(QStringLiteral("bad.pcap"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        PcapReader reader;
        QString error;
        QVERIFY(!reader.open(path, &error));
        QVERIFY(error.contains(path));
    }

    // A capture cut in the middle of a packet: what came before is kept, then a clear error.
    void cutCaptureKeepsWhatCameBefore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.pcap"));
        {
            PcapRecorder recorder;
            QString error;
            QVERIFY(recorder.open(path, &error));
            for (int i = 0; i < 10; ++i)
                recorder.write(datagram(ReceivedDatagram::Channel::SyslogUdp, "<190>line " + QByteArray::number(i), 514, i));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() - 5));
        file.close();
        PcapReader reader;
        const QList<ReceivedDatagram> read = readAll(path, reader);
        QCOMPARE(read.size(), 9);
        QVERIFY(!reader.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPcap)
#include "tst_pcap.moc"

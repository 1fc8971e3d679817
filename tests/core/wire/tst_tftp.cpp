// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "wire/tftp.h"

#include <QTest>

#include <utility>

using namespace pfs::wire;

namespace {

using Options = QList<std::pair<QByteArray, QByteArray>>;

constexpr quint32 kServer = 0x0a000001; // 10.0.0.1
constexpr quint32 kPhoneA = 0x0a00010a; // 10.0.1.10
constexpr quint32 kPhoneB = 0x0a00010b; // 10.0.1.11
constexpr quint64 kMacA = 0x001122334455;
constexpr qint64 kSecond = 1'000'000;

const Endpoint kServer69{kServer, 69};
const Endpoint kServerTid{kServer, 40001};
const Endpoint kClientA{kPhoneA, 50000};
const Endpoint kClientB{kPhoneB, 50000};

QByteArray word(quint16 value)
{
    return QByteArray(1, char(value >> 8)) + char(value & 0xff);
}

QByteArray strings(const Options &options)
{
    QByteArray out;
    for (const auto &[name, value] : options)
        out += name + '\0' + value + '\0';
    return out;
}

QByteArray request(const QByteArray &file, const Options &options = {}, quint16 opcode = 1)
{
    return word(opcode) + file + '\0' + "octet" + '\0' + strings(options);
}

QByteArray optionAck(const Options &options)
{
    return word(6) + strings(options);
}

QByteArray data(quint16 block, qsizetype length)
{
    return word(3) + word(block) + QByteArray(length, 'x');
}

QByteArray ack(quint16 block)
{
    return word(4) + word(block);
}

QByteArray error(quint16 code, const QByteArray &message)
{
    return word(5) + word(code) + message + '\0';
}

// What the observer was told, in order.
class Recorder : public TftpObserver {
public:
    struct Seen {
        TftpEvent event;
        TftpTransfer transfer;
    };
    void transferChanged(TftpEvent event, const TftpTransfer &transfer) override { seen.append({event, transfer}); }

    qsizetype count(TftpEvent event) const
    {
        return std::count_if(seen.cbegin(), seen.cend(), [&](const Seen &s) { return s.event == event; });
    }
    // The latest event of the client's transfer.
    Seen last(Endpoint client) const
    {
        for (auto it = seen.crbegin(); it != seen.crend(); ++it) {
            if (it->transfer.client == client)
                return *it;
        }
        return {TftpEvent::Requested, TftpTransfer{}};
    }
    QList<Seen> seen;
};

// A tracker fed packets between endpoints, capture time advancing 1 ms a packet.
class Wire {
public:
    explicit Wire(TftpTrackerSettings settings = {})
        : tracker(settings)
    {
        tracker.setObserver(&recorder);
    }
    bool send(Endpoint from, Endpoint to, const QByteArray &payload, qint64 stepUs = 1000)
    {
        return sendCut(from, to, payload, payload.size(), stepUs);
    }
    // A capture that kept `captured.size()` bytes of an `original`-byte payload.
    bool sendCut(Endpoint from, Endpoint to, QByteArrayView captured, qsizetype original, qint64 stepUs = 1000)
    {
        nowUs += stepUs;
        UdpPacket packet;
        packet.timeUs = nowUs;
        packet.sourceMac = from.address == kPhoneA ? kMacA : 0;
        packet.source = from;
        packet.destination = to;
        packet.length = original;
        packet.payload = captured;
        return tracker.feed(packet);
    }
    // A plain download: RRQ, then the server's blocks of these lengths.
    void download(Endpoint client, const QList<qsizetype> &lengths, Endpoint tid = kServerTid)
    {
        send(client, kServer69, request("/dnld/apps41.sbn"));
        quint16 block = 1;
        for (const qsizetype length : lengths) {
            send(tid, client, data(block, length));
            send(client, tid, ack(block++));
        }
    }

    Recorder recorder;
    TftpTracker tracker;
    qint64 nowUs = 1000 * kSecond;
};

} // namespace

class TestTftp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parseRequest()
    {
        const QByteArray payload
            = request("/dnld/SCCP41.loads", {{"BLKSIZE", "1428"}, {"tsize", "0"}, {"windowsize", "4"}});
        const std::optional<TftpPacket> p = TftpPacket::parse(payload, payload.size());
        QVERIFY(p);
        QCOMPARE(p->opcode, TftpOpcode::ReadRequest);
        QCOMPARE(p->fileName, QByteArray("/dnld/SCCP41.loads"));
        QCOMPARE(p->mode, QByteArray("octet"));
        QCOMPARE(p->options.size(), 3);
        QCOMPARE(p->options[0].name, QByteArray("blksize")); // lower-cased
        QCOMPARE(p->numericOption("blksize").value_or(-1), 1428);
        QCOMPARE(p->numericOption("windowsize").value_or(-1), 4);
        QVERIFY(!p->numericOption("timeout"));
        QCOMPARE(p->optionsDropped, 0);
    }

    void parseModeLowerCasedAndPadding()
    {
        // Some clients pad the request with NULs after its last string.
        const QByteArray payload = word(2) + "f.bin" + '\0' + "NetASCII" + '\0' + QByteArray(5, '\0');
        const std::optional<TftpPacket> p = TftpPacket::parse(payload, payload.size());
        QVERIFY(p);
        QCOMPARE(p->opcode, TftpOpcode::WriteRequest);
        QCOMPARE(p->mode, QByteArray("netascii"));
        QVERIFY(p->options.isEmpty());
    }

    void parseOptionsBounded()
    {
        Options many;
        for (int i = 0; i < 20; ++i)
            many.append({"opt" + QByteArray::number(i), QByteArray::number(i)});
        const QByteArray payload = request("f", many);
        const std::optional<TftpPacket> p = TftpPacket::parse(payload, payload.size());
        QVERIFY(p);
        QCOMPARE(p->options.size(), TftpPacket::kMaxOptions);
        QCOMPARE(p->optionsDropped, 4);
        QCOMPARE(p->options.last().name, QByteArray("opt15"));
    }

    void parseNumericOption_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("number"); // -1: not a number
        QTest::newRow("plain") << QByteArray("1428") << qint64(1428);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("18 digits") << QByteArray("999999999999999999") << qint64(999999999999999999);
        QTest::newRow("19 digits") << QByteArray("9999999999999999999") << qint64(-1);
        QTest::newRow("sign") << QByteArray("-5") << qint64(-1);
        QTest::newRow("space") << QByteArray(" 5") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
    }

    void parseNumericOption()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, number);
        const QByteArray payload = optionAck({{"tsize", value}});
        const std::optional<TftpPacket> p = TftpPacket::parse(payload, payload.size());
        QVERIFY(p);
        QCOMPARE(p->numericOption("tsize").value_or(-1), number);
    }

    void parseDataAckError()
    {
        const QByteArray d = data(65535, 512);
        const std::optional<TftpPacket> p = TftpPacket::parse(d, d.size());
        QVERIFY(p);
        QCOMPARE(p->opcode, TftpOpcode::Data);
        QCOMPARE(p->block, 65535);
        QCOMPARE(p->dataLength, 512);

        const std::optional<TftpPacket> a = TftpPacket::parse(ack(7), 4);
        QVERIFY(a);
        QCOMPARE(a->opcode, TftpOpcode::Ack);
        QCOMPARE(a->block, 7);

        const QByteArray e = error(1, "File not found");
        const std::optional<TftpPacket> x = TftpPacket::parse(e, e.size());
        QVERIFY(x);
        QCOMPARE(x->opcode, TftpOpcode::Error);
        QCOMPARE(x->errorCode, 1);
        QCOMPARE(x->errorMessage, QByteArray("File not found"));
    }

    void parseSnapLengthCut()
    {
        // DATA keeps its length on the wire; ERROR keeps the message captured;
        // a request keeps the options it kept, the cut one counted.
        const std::optional<TftpPacket> d = TftpPacket::parse(data(1, 512).first(20), 516);
        QVERIFY(d);
        QCOMPARE(d->dataLength, 512);

        const QByteArray e = error(2, "Access violation");
        const std::optional<TftpPacket> x = TftpPacket::parse(QByteArrayView(e).first(10), e.size());
        QVERIFY(x);
        QCOMPARE(x->errorMessage, QByteArray("Access"));

        const QByteArray r = request("f", {{"blksize", "1428"}, {"tsize", "0"}});
        const std::optional<TftpPacket> q = TftpPacket::parse(QByteArrayView(r).first(r.size() - 3), r.size());
        QVERIFY(q);
        QCOMPARE(q->options.size(), 1);
        QCOMPARE(q->optionsDropped, 1);
        // The same bytes, not cut by the capture, are malformed.
        QVERIFY(!TftpPacket::parse(QByteArrayView(r).first(r.size() - 3), r.size() - 3));
    }

    void parseMalformed_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<qsizetype>("original");
        const QByteArray longName(TftpPacket::kMaxText + 1, 'a');
        QTest::newRow("empty") << QByteArray() << qsizetype(0);
        QTest::newRow("one byte") << QByteArray(1, '\0') << qsizetype(1);
        QTest::newRow("opcode 0") << (word(0) + word(1)) << qsizetype(4);
        QTest::newRow("opcode 7") << (word(7) + word(1)) << qsizetype(4);
        QTest::newRow("opcode 0x0100") << (word(0x100) + word(1)) << qsizetype(4);
        QTest::newRow("3-byte DATA") << (word(3) + '\x01') << qsizetype(3);
        QTest::newRow("3-byte ACK") << (word(4) + '\x01') << qsizetype(3);
        QTest::newRow("3-byte ERROR") << (word(5) + '\x01') << qsizetype(3);
        QTest::newRow("RRQ, no NUL") << (word(1) + "file") << qsizetype(6);
        QTest::newRow("RRQ, no mode") << (word(1) + "file" + '\0') << qsizetype(7);
        QTest::newRow("RRQ, mode without NUL") << (word(1) + "file" + '\0' + "octet") << qsizetype(12);
        QTest::newRow("RRQ, option without value") << (request("f") + "blksize" + '\0') << qsizetype(18);
        QTest::newRow("RRQ, name over 512") << request(longName) << qsizetype(request(longName).size());
        QTest::newRow("OACK, value without NUL") << (word(6) + "tsize" + '\0' + "12") << qsizetype(10);
        QTest::newRow("ERROR, no NUL") << (word(5) + word(1) + "oops") << qsizetype(8);
        QTest::newRow("longer than UDP allows") << data(1, 8) << qsizetype(65508);
    }

    void parseMalformed()
    {
        QFETCH(QByteArray, payload);
        QFETCH(qsizetype, original);
        QVERIFY(!TftpPacket::parse(payload, original));
        // On the server port it is counted, never followed.
        Wire wire;
        QVERIFY(wire.sendCut(kClientA, kServer69, payload, original));
        QCOMPARE(wire.tracker.stats().malformed, 1);
        QCOMPARE(wire.tracker.liveTransfers(), 0);
    }

    void plainDownload()
    {
        Wire wire;
        wire.download(kClientA, {512, 512, 512, 100});
        const Recorder &r = wire.recorder;
        QCOMPARE(r.count(TftpEvent::Requested), 1);
        QCOMPARE(r.count(TftpEvent::Progress), 4);
        QCOMPARE(r.count(TftpEvent::Completed), 1);
        const TftpTransfer &t = r.seen.last().transfer;
        QCOMPARE(r.seen.last().event, TftpEvent::Completed);
        QCOMPARE(t.state, TftpTransfer::State::Complete);
        QCOMPARE(t.bytes, 3 * 512 + 100);
        QCOMPARE(t.blocks, 4);
        QCOMPARE(t.fileName, QStringLiteral("apps41.sbn"));
        QCOMPARE(t.path, QStringLiteral("/dnld/apps41.sbn"));
        QCOMPARE(t.clientMac, kMacA);
        QCOMPARE(t.configMac, 0u);
        QVERIFY(t.client == kClientA);
        QVERIFY(t.server == kServerTid);
        QVERIFY(t.serverBound);
        QCOMPARE(t.tsize, -1);
        QCOMPARE(t.blockSize, 512);
        QCOMPARE(t.retransmittedBlocks + t.lostBlocks, 0);
        QCOMPARE(t.startUs, 1000 * kSecond + 1000);
        QCOMPARE(t.lastUs, 1000 * kSecond + 8000); // the last DATA; the final ACK came after the end
        // Every packet was TFTP; the final ACK is claimed by the finished transfer.
        QCOMPARE(wire.tracker.stats().tftpPackets, 9);
        QCOMPARE(wire.tracker.stats().afterEnd, 1);
        QCOMPARE(wire.tracker.stats().completed, 1);
        QCOMPARE(wire.tracker.liveTransfers(), 0);
    }

    void progressReportsGrowingBytes()
    {
        Wire wire;
        wire.download(kClientA, {512, 512, 7});
        QList<qint64> bytes;
        for (const Recorder::Seen &s : wire.recorder.seen) {
            if (s.event == TftpEvent::Progress)
                bytes.append(s.transfer.bytes);
        }
        QCOMPARE(bytes, (QList<qint64>{512, 1024, 1031}));
    }

    void optionsAndWindowResend()
    {
        Wire wire;
        const qint64 size = 8 * 1428 + 300;
        wire.send(kClientA, kServer69,
                  request("SIP41.loads", {{"blksize", "1428"}, {"tsize", "0"}, {"windowsize", "4"}}));
        wire.send(kServerTid, kClientA,
                  optionAck({{"blksize", "1428"}, {"tsize", QByteArray::number(size)}, {"windowsize", "4"}}));
        wire.send(kClientA, kServerTid, ack(0));
        for (quint16 block = 1; block <= 4; ++block)
            wire.send(kServerTid, kClientA, data(block, 1428));
        wire.send(kClientA, kServerTid, ack(4));
        for (quint16 block = 5; block <= 8; ++block)
            wire.send(kServerTid, kClientA, data(block, 1428));
        // The ACK of 5 was lost: the server times out and resends from 6.
        wire.send(kClientA, kServerTid, ack(5));
        for (quint16 block = 6; block <= 8; ++block)
            wire.send(kServerTid, kClientA, data(block, 1428), kSecond);
        wire.send(kServerTid, kClientA, data(9, 300));
        const TftpTransfer &t = wire.recorder.seen.last().transfer;
        QCOMPARE(wire.recorder.seen.last().event, TftpEvent::Completed);
        QCOMPARE(t.blockSize, 1428);
        QCOMPARE(t.windowSize, 4);
        QCOMPARE(t.tsize, size);
        QCOMPARE(t.bytes, size);
        QCOMPARE(t.retransmittedBlocks, 3);
        QCOMPARE(t.lostBlocks, 0);
        QCOMPARE(wire.tracker.stats().retransmittedBlocks, 3);
        QCOMPARE(wire.recorder.count(TftpEvent::Progress), 9);
    }

    void optionAckAfterDataIgnored()
    {
        Wire wire;
        wire.send(kClientA, kServer69, request("f.sbn", {{"blksize", "1428"}}));
        wire.send(kServerTid, kClientA, data(1, 512)); // the server ignored the option
        wire.send(kServerTid, kClientA, optionAck({{"blksize", "1428"}}));
        wire.send(kServerTid, kClientA, data(2, 10));
        const TftpTransfer &t = wire.recorder.seen.last().transfer;
        QCOMPARE(t.state, TftpTransfer::State::Complete);
        QCOMPARE(t.blockSize, 512);
        QCOMPARE(t.bytes, 522);
        QCOMPARE(wire.tracker.stats().unexpected, 1);
    }

    void missedOptionAck()
    {
        // The capture lost the OACK: blocks larger than 512 set the size, so
        // the short last block still completes the transfer.
        Wire wire;
        wire.send(kClientA, kServer69, request("f.sbn", {{"blksize", "1428"}}));
        wire.send(kServerTid, kClientA, data(1, 1428));
        wire.send(kServerTid, kClientA, data(2, 1000));
        const TftpTransfer &t = wire.recorder.seen.last().transfer;
        QCOMPARE(wire.recorder.seen.last().event, TftpEvent::Completed);
        QCOMPARE(t.blockSize, 1428);
        QCOMPARE(t.bytes, 2428);
    }

    void exactMultipleEndsWithEmptyBlock()
    {
        Wire wire;
        wire.download(kClientA, {512, 512});
        QCOMPARE(wire.recorder.count(TftpEvent::Completed), 0);
        wire.send(kServerTid, kClientA, data(3, 0));
        QCOMPARE(wire.recorder.count(TftpEvent::Completed), 1);
        QCOMPARE(wire.recorder.count(TftpEvent::Progress), 2); // the empty block adds no byte
        QCOMPARE(wire.recorder.seen.last().transfer.bytes, 1024);
        QCOMPARE(wire.recorder.seen.last().transfer.blocks, 3);
    }

    void rollover_data()
    {
        QTest::addColumn<quint16>("first");
        QTest::newRow("to 0") << quint16(0);
        QTest::newRow("to 1") << quint16(1);
    }

    void rollover()
    {
        // 65535 blocks of 8 bytes (the smallest blksize), then the numbers
        // roll over: the bytes keep counting, nothing counted twice.
        QFETCH(quint16, first);
        Wire wire;
        wire.send(kClientA, kServer69, request("big.bin", {{"blksize", "8"}}));
        wire.send(kServerTid, kClientA, optionAck({{"blksize", "8"}}));
        QByteArray block = data(0, 8);
        const auto sendBlock = [&](quint16 number) {
            block[2] = char(number >> 8);
            block[3] = char(number & 0xff);
            wire.send(kServerTid, kClientA, block, 1);
        };
        for (int number = 1; number <= 65535; ++number)
            sendBlock(quint16(number));
        sendBlock(first);
        sendBlock(65535); // resent from before the rollover
        sendBlock(first + 1);
        sendBlock(first); // resent after it
        wire.send(kServerTid, kClientA, data(first + 2, 3), 1);
        const TftpTransfer &t = wire.recorder.seen.last().transfer;
        QCOMPARE(wire.recorder.seen.last().event, TftpEvent::Completed);
        QCOMPARE(t.blocks, 65538);
        QCOMPARE(t.bytes, 65537 * 8 + 3);
        QCOMPARE(t.retransmittedBlocks, 2);
        QCOMPARE(t.lostBlocks, 0);
        QCOMPARE(wire.tracker.stats().unexpected, 0);
    }

    void retransmittedDataCountedOnce()
    {
        Wire wire;
        wire.send(kClientA, kServer69, request("f.sbn"));
        wire.send(kServerTid, kClientA, data(1, 512));
        wire.send(kServerTid, kClientA, data(2, 512));
        wire.send(kServerTid, kClientA, data(2, 512)); // the ACK was lost
        wire.send(kServerTid, kClientA, data(1, 512)); // very late
        wire.send(kServerTid, kClientA, data(3, 5));
        const TftpTransfer &t = wire.recorder.seen.last().transfer;
        QCOMPARE(t.state, TftpTransfer::State::Complete);
        QCOMPARE(t.bytes, 1029);
        QCOMPARE(t.retransmittedBlocks, 2);
        QCOMPARE(wire.recorder.count(TftpEvent::Progress), 3);
    }

    void gapInCapture()
    {
        Wire wire;
        wire.send(kClientA, kServer69, request("f.sbn"));
        wire.send(kServerTid, kClientA, data(1, 512));
        wire.send(kServerTid, kClientA, data(4, 512)); // 2 and 3 crossed the wire unseen
        QCOMPARE(wire.recorder.seen.last().transfer.bytes, 4 * 512);
        QCOMPARE(wire.recorder.seen.last().transfer.lostBlocks, 2);
        wire.send(kServerTid, kClientA, data(3, 512)); // a resend of one: not counted again
        wire.send(kServerTid, kClientA, data(5, 200));
        const TftpTransfer &t = wire.recorder.seen.last().transfer;
        QCOMPARE(t.state, TftpTransfer::State::Complete);
        QCOMPARE(t.bytes, 4 * 512 + 200);
        QCOMPARE(t.lostBlocks, 2);
        QCOMPARE(t.retransmittedBlocks, 1);
        QCOMPARE(wire.tracker.stats().lostBlocks, 2);
    }

    void snapLengthCutCapture()
    {
        // tcpdump -s 64 keeps 22 bytes of each payload; the lengths are the wire's.
        Wire wire;
        wire.send(kClientA, kServer69, request("f.sbn"));
        for (quint16 block = 1; block <= 2; ++block)
            wire.sendCut(kServerTid, kClientA, data(block, 512).first(22), 516);
        wire.sendCut(kServerTid, kClientA, data(3, 300).first(22), 304);
        const TftpTransfer &t = wire.recorder.seen.last().transfer;
        QCOMPARE(t.state, TftpTransfer::State::Complete);
        QCOMPARE(t.bytes, 1024 + 300);
    }

    void errorFromServer()
    {
        Wire wire;
        wire.send(kClientA, kServer69, request("SEP001122334455.cnf.xml"));
        wire.send(kServerTid, kClientA, error(1, "File not found"));
        const Recorder::Seen &last = wire.recorder.seen.last();
        QCOMPARE(last.event, TftpEvent::Failed);
        QCOMPARE(last.transfer.state, TftpTransfer::State::Failed);
        QCOMPARE(last.transfer.errorCode, 1);
        QCOMPARE(last.transfer.errorText, QStringLiteral("File not found"));
        QCOMPARE(last.transfer.bytes, 0);
        QCOMPARE(wire.tracker.stats().failed, 1);
        QCOMPARE(wire.tracker.liveTransfers(), 0);
    }

    void errorFromClient()
    {
        Wire wire;
        wire.send(kClientA, kServer69, request("f.sbn", {{"blksize", "1428"}}));
        wire.send(kServerTid, kClientA, optionAck({{"blksize", "1428"}}));
        wire.send(kClientA, kServerTid, error(8, "\x1b[31mrefused\n"));
        const Recorder::Seen &last = wire.recorder.seen.last();
        QCOMPARE(last.event, TftpEvent::Failed);
        QCOMPARE(last.transfer.errorCode, 8);
        QCOMPARE(last.transfer.errorText, QStringLiteral("\\x1b[31mrefused\\x0a"));
    }

    void replyFromThirdPort()
    {
        Wire wire;
        wire.send(kClientA, kServer69, request("f.sbn"));
        wire.send(kServerTid, kClientA, data(1, 512));
        // RFC 1350: another port is another transfer ID, not this transfer.
        QVERIFY(wire.send({kServer, 40002}, kClientA, data(2, 512)));
        QVERIFY(wire.send(kClientA, {kServer, 40002}, ack(2)));
        QCOMPARE(wire.tracker.stats().unknownTransferId, 2);
        QCOMPARE(wire.recorder.seen.last().transfer.bytes, 512);
        wire.send(kServerTid, kClientA, data(2, 20));
        const TftpTransfer &t = wire.recorder.seen.last().transfer;
        QCOMPARE(t.state, TftpTransfer::State::Complete);
        QCOMPARE(t.bytes, 532);
        QVERIFY(t.server == kServerTid);
    }

    void twoClientsKeptApart()
    {
        Wire wire;
        const Endpoint tidB{kServer, 40002};
        wire.send(kClientA, kServer69, request("/dnld/apps41.sbn"));
        wire.send(kClientB, kServer69, request("/dnld/apps41.sbn"));
        for (quint16 block = 1; block <= 3; ++block) {
            wire.send(kServerTid, kClientA, data(block, 512));
            wire.send(tidB, kClientB, data(block, block == 3 ? 9 : 512));
        }
        wire.send(kServerTid, kClientA, data(4, 1));
        const Recorder::Seen a = wire.recorder.last(kClientA);
        const Recorder::Seen b = wire.recorder.last(kClientB);
        QCOMPARE(a.event, TftpEvent::Completed);
        QCOMPARE(b.event, TftpEvent::Completed);
        QCOMPARE(a.transfer.bytes, 3 * 512 + 1);
        QCOMPARE(b.transfer.bytes, 2 * 512 + 9);
        QVERIFY(b.transfer.server == tidB);
        QCOMPARE(b.transfer.clientMac, 0u);
        QCOMPARE(wire.tracker.stats().unknownTransferId, 0);
        QCOMPARE(wire.tracker.stats().transfers, 2);
    }

    void requestSentAgain()
    {
        Wire wire;
        wire.send(kClientA, kServer69, request("f.sbn"));
        wire.send(kClientA, kServer69, request("f.sbn")); // the client's timeout
        wire.send(kServerTid, kClientA, data(1, 100));
        QCOMPARE(wire.recorder.count(TftpEvent::Requested), 1);
        QCOMPARE(wire.recorder.seen.last().event, TftpEvent::Completed);
        QCOMPARE(wire.tracker.stats().transfers, 1);
    }

    void newRequestOnSamePortEndsTheOld()
    {
        Wire wire;
        wire.send(kClientA, kServer69, request("a.sbn"));
        wire.send(kServerTid, kClientA, data(1, 512));
        wire.send(kClientA, kServer69, request("b.sbn"));
        QCOMPARE(wire.recorder.count(TftpEvent::Abandoned), 1);
        QCOMPARE(wire.recorder.seen.last().event, TftpEvent::Requested);
        QCOMPARE(wire.recorder.seen.last().transfer.fileName, QStringLiteral("b.sbn"));
        QCOMPARE(wire.tracker.liveTransfers(), 1);
    }

    void writeRequest()
    {
        Wire wire;
        wire.send(kClientA, kServer69, request("log.txt", {{"tsize", "600"}}, 2));
        wire.send(kServerTid, kClientA, optionAck({{"tsize", "600"}}));
        wire.send(kClientA, kServerTid, data(1, 512));
        wire.send(kServerTid, kClientA, ack(1));
        QVERIFY(wire.send(kServerTid, kClientA, data(2, 88))); // the wrong way
        QCOMPARE(wire.tracker.stats().unexpected, 1);
        wire.send(kClientA, kServerTid, data(2, 88));
        const TftpTransfer &t = wire.recorder.seen.last().transfer;
        QVERIFY(t.write);
        QCOMPARE(t.state, TftpTransfer::State::Complete);
        QCOMPARE(t.tsize, 600);
        QCOMPARE(t.bytes, 600);
    }

    void idleExpiry()
    {
        Wire wire;
        wire.send(kClientA, kServer69, request("f.sbn"));
        wire.send(kServerTid, kClientA, data(1, 512));
        // Unrelated traffic 119 s later: not idle long enough.
        QVERIFY(!wire.send({0x0a000005, 1234}, {0x0a000006, 5678}, "hello", 119 * kSecond));
        QCOMPARE(wire.recorder.count(TftpEvent::Abandoned), 0);
        QCOMPARE(wire.tracker.liveTransfers(), 1);
        QVERIFY(!wire.send({0x0a000005, 1234}, {0x0a000006, 5678}, "hello", 2 * kSecond));
        QCOMPARE(wire.recorder.count(TftpEvent::Abandoned), 1);
        const TftpTransfer &t = wire.recorder.seen.last().transfer;
        QCOMPARE(t.state, TftpTransfer::State::Abandoned);
        QCOMPARE(t.bytes, 512);
        QCOMPARE(wire.tracker.stats().abandoned, 1);
        QCOMPARE(wire.tracker.liveTransfers(), 0);
        QCOMPARE(wire.tracker.trackedTransfers(), 0);
        // Its late packets are no longer anyone's.
        QVERIFY(!wire.send(kServerTid, kClientA, data(2, 512)));
    }

    void expireCalledAndTimeNeverSteppingBack()
    {
        TftpTrackerSettings settings;
        settings.idleUs = 10 * kSecond;
        Wire wire(settings);
        wire.send(kClientA, kServer69, request("f.sbn"));
        wire.tracker.expire(wire.nowUs + 5 * kSecond);
        QCOMPARE(wire.tracker.liveTransfers(), 1);
        wire.tracker.expire(wire.nowUs + 11 * kSecond);
        QCOMPARE(wire.tracker.liveTransfers(), 0);
        QCOMPARE(wire.recorder.seen.last().event, TftpEvent::Abandoned);
        // A packet stamped earlier than the latest time seen is judged by the latest.
        wire.send(kClientB, kServer69, request("f.sbn"), -20 * kSecond);
        QCOMPARE(wire.recorder.seen.last().event, TftpEvent::Requested);
        wire.tracker.expire(0);
        QCOMPARE(wire.recorder.seen.last().event, TftpEvent::Abandoned);
    }

    void finishedTransfersForgotten()
    {
        Wire wire;
        wire.download(kClientA, {100});
        QCOMPARE(wire.tracker.trackedTransfers(), 1); // a tombstone for the final ACK
        wire.tracker.expire(wire.nowUs + wire.tracker.settings().lingerUs + 1);
        QCOMPARE(wire.tracker.trackedTransfers(), 0);
        QCOMPARE(wire.recorder.count(TftpEvent::Abandoned), 0); // finished, not abandoned
        QVERIFY(!wire.send(kClientA, kServerTid, ack(1)));
    }

    void evictionBound()
    {
        TftpTrackerSettings settings;
        settings.maxTransfers = 3;
        Wire wire(settings);
        for (quint16 port = 1; port <= 3; ++port)
            wire.send({kPhoneA, port}, kServer69, request("f.sbn"));
        wire.send(kServerTid, {kPhoneA, 1}, data(1, 512)); // port 2's is now the longest idle
        wire.send({kPhoneA, 4}, kServer69, request("f.sbn"));
        QCOMPARE(wire.tracker.liveTransfers(), 3);
        QCOMPARE(wire.tracker.stats().evicted, 1);
        QCOMPARE(wire.recorder.count(TftpEvent::Abandoned), 1);
        const Recorder::Seen evicted = wire.recorder.last({kPhoneA, 2});
        QCOMPARE(evicted.event, TftpEvent::Abandoned);
        for (quint16 port = 5; port <= 100; ++port)
            wire.send({kPhoneA, port}, kServer69, request("f.sbn"));
        QCOMPARE(wire.tracker.liveTransfers(), 3);
        QCOMPARE(wire.tracker.trackedTransfers(), 3);
        QCOMPARE(wire.tracker.stats().evicted, 97);
    }

    void configFileMac_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("mac"); // -1: not a configuration file
        QTest::newRow("plain") << QStringLiteral("SEP001122334455.cnf.xml") << qint64(0x001122334455);
        QTest::newRow("signed") << QStringLiteral("SEP00AABBCCDDEE.cnf.xml.sgn") << qint64(0x00aabbccddee);
        QTest::newRow("cases") << QStringLiteral("sepAbCdEf012345.CNF.XML") << qint64(0xabcdef012345);
        QTest::newRow("11 digits") << QStringLiteral("SEP00112233445.cnf.xml") << qint64(-1);
        QTest::newRow("13 digits") << QStringLiteral("SEP0011223344556.cnf.xml") << qint64(-1);
        QTest::newRow("not hex") << QStringLiteral("SEP00112233445G.cnf.xml") << qint64(-1);
        QTest::newRow("0x inside") << QStringLiteral("SEP0x1122334455.cnf.xml") << qint64(-1);
        QTest::newRow("no suffix") << QStringLiteral("SEP001122334455") << qint64(-1);
        QTest::newRow("other suffix") << QStringLiteral("SEP001122334455.cnf.txt") << qint64(-1);
        QTest::newRow("no prefix") << QStringLiteral("001122334455.cnf.xml") << qint64(-1);
        QTest::newRow("firmware") << QStringLiteral("apps41.9-4-2ES26.sbn") << qint64(-1);
        QTest::newRow("default config") << QStringLiteral("XMLDefault.cnf.xml") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }

    void configFileMac()
    {
        QFETCH(QString, file);
        QFETCH(qint64, mac);
        QCOMPARE(qint64(TftpTracker::configFileMac(file).value_or(quint64(-1))), mac);
    }

    void configRequestNamesThePhone()
    {
        Wire wire;
        wire.send(kClientA, kServer69, request("SEP001122334455.cnf.xml"));
        const Recorder::Seen &first = wire.recorder.seen.first();
        QCOMPARE(first.event, TftpEvent::Requested);
        QCOMPARE(first.transfer.configMac, kMacA);
        QCOMPARE(first.transfer.state, TftpTransfer::State::Requested);
    }

    void malformedInsideTransfer()
    {
        Wire wire;
        wire.send(kClientA, kServer69, request("f.sbn"));
        wire.send(kServerTid, kClientA, data(1, 512));
        QVERIFY(wire.send(kServerTid, kClientA, word(9) + word(2)));
        QVERIFY(wire.send(kServerTid, kClientA, word(3) + '\x02'));
        QVERIFY(wire.send(kServerTid, kClientA, request("x"))); // a request from the server
        QCOMPARE(wire.tracker.stats().malformed, 2);
        QCOMPARE(wire.tracker.stats().unexpected, 1);
        wire.send(kServerTid, kClientA, data(2, 1));
        QCOMPARE(wire.recorder.seen.last().transfer.bytes, 513);
        QCOMPARE(wire.recorder.seen.last().event, TftpEvent::Completed);
    }

    void otherTrafficNotTftp()
    {
        Wire wire;
        QVERIFY(!wire.send({kPhoneA, 4051}, {0xffffffff, 4051}, "PFSM\x01\x01"));
        QVERIFY(!wire.send(kServerTid, kClientA, data(1, 512))); // no request seen
        QCOMPARE(wire.tracker.stats().packets, 2);
        QCOMPARE(wire.tracker.stats().tftpPackets, 0);
        QCOMPARE(wire.tracker.stats().malformed, 0);
        QCOMPARE(wire.recorder.seen.size(), 0);
    }

    void optionsDroppedCounted()
    {
        Options many;
        for (int i = 0; i < 18; ++i)
            many.append({"x" + QByteArray::number(i), "1"});
        Wire wire;
        wire.send(kClientA, kServer69, request("f.sbn", many));
        QCOMPARE(wire.tracker.stats().optionsDropped, 2);
    }

    void pathsMadeVisible()
    {
        Wire wire;
        wire.send(kClientA, kServer69,
                  request("/dnld/\x1b]0;x\x07"
                          "a.sbn"));
        const TftpTransfer &t = wire.recorder.seen.last().transfer;
        QCOMPARE(t.fileName, QStringLiteral("\\x1b]0;x\\x07a.sbn"));
        QCOMPARE(t.path, QStringLiteral("/dnld/\\x1b]0;x\\x07a.sbn"));
    }
};

QTEST_GUILESS_MAIN(TestTftp)
#include "tst_tftp.moc"

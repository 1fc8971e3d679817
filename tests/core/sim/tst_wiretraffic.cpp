// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "app/pfssim/pcapfilewriter.h"
#include "capture/pcapreader.h"
#include "sim/simulator.h"
#include "sim/wiretraffic.h"
#include "wire/peerflows.h"
#include "wire/tftp.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <map>
#include <set>
#include <tuple>

using namespace pfs;

namespace {

constexpr int kLinkEthernet = 1; // DLT_EN10MB

// What the wire trackers made of a capture.
struct Observed : wire::PacketSink, wire::TftpObserver, wire::PeerFlowObserver {
    wire::TftpTracker tftp;
    wire::PeerFlowTracker peers;
    QList<wire::TftpTransfer> tftpCompleted;
    QList<wire::PeerConnection> connections; // every one, at its close
    QHash<quint64, quint32> firstSequence;   // child address and port -> the parent's first data
    QSet<quint64> wrapped;
    qint64 udpPackets = 0;

    Observed()
    {
        tftp.setObserver(this);
        peers.setObserver(this);
    }
    void udp(const wire::UdpPacket &packet) override
    {
        ++udpPackets;
        tftp.feed(packet);
    }
    void tcp(const wire::TcpSegment &segment) override
    {
        peers.feed(segment);
        // The parent's data across the 32-bit sequence wrap, once a connection.
        if (segment.source.port == wire::kPeerPort && segment.length > 0) {
            const quint64 key = quint64(segment.destination.address) << 16 | segment.destination.port;
            const auto first = firstSequence.constFind(key);
            if (first == firstSequence.cend())
                firstSequence.insert(key, segment.sequence);
            else if (segment.sequence < *first && !wrapped.contains(key))
                wrapped.insert(key);
        }
    }
    void transferChanged(wire::TftpEvent event, const wire::TftpTransfer &transfer) override
    {
        if (event == wire::TftpEvent::Completed)
            tftpCompleted.append(transfer);
    }
    quint64 connectionChanged(wire::PeerFlowEvent event, const wire::PeerConnection &connection) override
    {
        if (event == wire::PeerFlowEvent::Closed)
            connections.append(connection);
        return 0;
    }
    void end()
    {
        tftp.expire(std::numeric_limits<qint64>::max() / 2);
        peers.expire(std::numeric_limits<qint64>::max() / 2);
    }

    QList<wire::PeerConnection> finished() const
    {
        QList<wire::PeerConnection> out;
        for (const wire::PeerConnection &c : connections) {
            if (c.closeReason == wire::PeerCloseReason::Fin)
                out.append(c);
        }
        return out;
    }
};

// Frames straight into the capture reader's decoder, as if read from a file.
class Decoder : public sim::FrameConsumer {
public:
    explicit Decoder(wire::PacketSink *sink) { m_reader.setPacketSink(sink); }
    void frame(qint64 utcUs, QByteArrayView captured, qint64 originalLength) override
    {
        inOrder = inOrder && utcUs >= lastUs;
        lastUs = utcUs;
        ++frames;
        ReceivedDatagram datagram;
        m_reader.decodeFrame(kLinkEthernet, captured, utcUs, &datagram, originalLength);
    }
    const CaptureStats &stats() const { return m_reader.stats(); }
    bool inOrder = true;
    qint64 lastUs = 0;
    qint64 frames = 0;

private:
    PcapReader m_reader;
};

// Which frames the snap length cut: only firmware data may be, whose
// payload is the zero filler (a TFTP DATA, or a TCP segment with payload).
class CutFrames : public sim::FrameConsumer {
public:
    void frame(qint64, QByteArrayView captured, qint64 originalLength) override
    {
        if (captured.size() == originalLength)
            return;
        ++cut;
        const auto byte = [&](qsizetype at) { return at < captured.size() ? quint8(captured[at]) : 0xff; };
        constexpr qsizetype kIp = 14;
        const quint8 protocol = byte(kIp + 9);
        const bool tftpData = protocol == 17 && byte(kIp + 28) == 0 && byte(kIp + 29) == 3;
        const qsizetype tcpPayload = originalLength - kIp - 20 - 4 * (byte(kIp + 32) >> 4);
        const bool tcpData = protocol == 6 && tcpPayload > 0;
        if (!tftpData && !tcpData)
            ++cutOther;
    }
    qint64 cut = 0;
    qint64 cutOther = 0;
};

// Records and broadcasts, hashed: what the simulator's other sinks see.
class Hasher : public sim::Sink {
public:
    explicit Hasher(sim::Sink *next)
        : m_next(next)
    {
    }
    void record(qint64 t, const sim::SimPhone &phone, const QByteArray &record) override
    {
        hash.addData(QByteArray(QByteArray::number(t) + phone.host + record));
        m_next->record(t, phone, record);
    }
    void broadcast(qint64 t, const sim::SimPhone &phone, const QByteArray &payload) override
    {
        hash.addData(QByteArray(QByteArray::number(t) + payload));
        m_next->broadcast(t, phone, payload);
    }
    void configRequested(qint64 t, const sim::SimPhone &phone) override { m_next->configRequested(t, phone); }
    void transferStarted(qint64 t, const sim::TransferStart &s) override { m_next->transferStarted(t, s); }
    void transferProgress(qint64 t, int id, qint64 bytes) override { m_next->transferProgress(t, id, bytes); }
    void transferEnded(qint64 t, int id, qint64 bytes, sim::TransferEnd how) override
    {
        m_next->transferEnded(t, id, bytes, how);
    }
    void transferAbandoned(qint64 t, int id) override { m_next->transferAbandoned(t, id); }
    void timeReached(qint64 t) override { m_next->timeReached(t); }
    QCryptographicHash hash{QCryptographicHash::Sha256};

private:
    sim::Sink *m_next;
};

// The frames written while the simulation steps (advanceTo), each held
// against the step already over when it came: one of that step's time came late.
class StepWatch : public sim::FrameConsumer {
public:
    explicit StepWatch(qint64 epochUs)
        : m_epochUs(epochUs)
    {
    }
    void frame(qint64 utcUs, QByteArrayView, qint64) override
    {
        if (utcUs - m_epochUs <= stepDoneUs) {
            ++late;
            worstLateUs = qMax(worstLateUs, stepDoneUs - (utcUs - m_epochUs));
        }
    }
    qint64 stepDoneUs = -1;
    qint64 late = 0;
    qint64 worstLateUs = 0;

private:
    qint64 m_epochUs;
};

sim::Config config(int phones, quint64 seed, sim::Faults faults = {})
{
    sim::Config c;
    c.phones = phones;
    c.seed = seed;
    c.faults = faults;
    return c;
}

qint64 fileSize(const sim::SimPhone &phone, const QString &file)
{
    return FirmwareCatalogue::builtIn().load(phone.load)->component(file)->bytes;
}

// Simulates into the trackers, in memory; the traffic's frame count out.
struct Run {
    sim::GroundTruth truth;
    QList<sim::SimPhone> phones;
    Observed observed;
    qint64 frames = 0;
    qsizetype peakWaiting = 0;
    bool inOrder = false;
    CaptureStats stats;
};

void run(const sim::Config &c, const sim::WireOptions &options, Run *out)
{
    sim::Simulator simulator(c);
    Decoder decoder(&out->observed);
    sim::WireTraffic traffic(simulator, &decoder, options);
    simulator.runToEnd(traffic);
    traffic.finish();
    out->observed.end();
    out->truth = simulator.truth();
    out->phones = simulator.phones();
    out->frames = decoder.frames;
    out->peakWaiting = traffic.peakWaiting();
    out->inOrder = decoder.inOrder;
    out->stats = decoder.stats();
}

using Edge = std::tuple<quint32, quint32, qint64>; // child, parent, bytes

bool healthy(const sim::SimPhone &phone)
{
    return phone.fault == sim::SimPhone::Fault::None;
}

// Every tree edge between two healthy phones is a connection the child
// opened to the parent's 4051 and that closed with both FINs after the
// whole file; every such connection is an edge of the truth.
void compareTrees(const Run &r)
{
    QHash<quint32, sim::SimPhone> byAddress;
    for (const sim::SimPhone &p : r.phones)
        byAddress.insert(p.address, p);
    std::multiset<Edge> observed;
    for (const wire::PeerConnection &c : r.observed.finished()) {
        QCOMPARE(c.parent.port, wire::kPeerPort);
        QCOMPARE(c.acknowledgedBytes, c.parentToChildBytes);
        QCOMPARE(c.childMac, byAddress.value(c.child.address).mac.toULongLong(nullptr, 16));
        observed.insert({c.child.address, c.parent.address, qint64(c.parentToChildBytes)});
    }
    std::multiset<Edge> truthEdges;
    qsizetype healthyEdges = 0;
    for (const sim::GroundTruth::Tree &tree : r.truth.trees) {
        for (auto it = tree.parentOf.cbegin(); it != tree.parentOf.cend(); ++it) {
            const sim::SimPhone child = byAddress.value(it.key());
            const Edge edge{it.key(), it.value(), fileSize(child, tree.file)};
            truthEdges.insert(edge);
            if (healthy(child) && healthy(byAddress.value(it.value()))) {
                ++healthyEdges;
                QVERIFY2(observed.count(edge) >= 1,
                         qPrintable(QStringLiteral("edge %1 -> %2 of %3")
                                        .arg(it.key(), 0, 16)
                                        .arg(it.value(), 0, 16)
                                        .arg(tree.file)));
            }
        }
    }
    QVERIFY(healthyEdges > 0);
    for (const Edge &edge : observed)
        QVERIFY(observed.count(edge) <= truthEdges.count(edge));
    if (r.truth.vanished + r.truth.stalled == 0)
        QCOMPARE(observed.size(), truthEdges.size());
}

// TFTP: each completed download's bytes and tsize are the file's size; the
// firmware ones add up to the WAN bytes; every phone asked for its
// configuration at boot and again once back from its upgrade.
void compareTftp(const Run &r)
{
    qint64 wanBytes = 0;
    qsizetype configs = 0;
    QSet<quint64> configMacs;
    for (const wire::TftpTransfer &t : r.observed.tftpCompleted) {
        QCOMPARE(t.bytes, t.tsize);
        QCOMPARE(t.blockSize, 1428);
        if (t.configMac) {
            ++configs;
            configMacs.insert(t.configMac);
            QCOMPARE(t.clientMac, t.configMac);
            continue;
        }
        QVERIFY(t.path.startsWith(QLatin1String("/dnld/")));
        wanBytes += t.bytes;
    }
    QCOMPARE(wanBytes, r.truth.actualWanBytes);
    // A phone that vanished after its last file, while serving a child, never comes back.
    const qsizetype comeBack = r.phones.size() + r.truth.completedPhones - r.truth.neverBack;
    QVERIFY(configs <= comeBack && configs >= comeBack - r.truth.vanished);
    QCOMPARE(configMacs.size(), r.phones.size());
    QCOMPARE(r.observed.tftp.stats().failed, 0);
    QCOMPARE(r.observed.tftp.stats().abandoned, 0);
}

// Per phone and file, a file the truth has whole came in a download the
// wire shows finished: over TFTP, or over TCP from the phone's parent in
// that file's tree. An attempt cut short by a fault is left out: the truth
// keeps what its last trace said, the wire what flowed until it stopped.
void compareComponents(const Run &r)
{
    using PhoneFile = std::pair<quint32, QString>;
    QHash<PhoneFile, qint64> tftp;
    for (const wire::TftpTransfer &t : r.observed.tftpCompleted) {
        if (!t.configMac)
            tftp.insert({t.client.address, t.fileName}, t.bytes);
    }
    QMultiHash<std::pair<quint32, quint32>, qint64> peer;
    for (const wire::PeerConnection &c : r.observed.finished())
        peer.insert({c.child.address, c.parent.address}, qint64(c.parentToChildBytes));
    QHash<PhoneFile, quint32> parentOf;
    for (const sim::GroundTruth::Tree &tree : r.truth.trees) {
        for (auto it = tree.parentOf.cbegin(); it != tree.parentOf.cend(); ++it)
            parentOf.insert({it.key(), tree.file}, it.value());
    }
    qsizetype checked = 0, cutShort = 0;
    for (const sim::SimPhone &p : r.phones) {
        const QHash<QString, qint64> files = r.truth.componentBytes.value(p.address);
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (it.value() < fileSize(p, it.key())) {
                ++cutShort;
                continue;
            }
            const PhoneFile key{p.address, it.key()};
            const bool byTftp = tftp.value(key, -1) == it.value();
            const bool byPeer
                = parentOf.contains(key) && peer.values({p.address, parentOf.value(key)}).contains(it.value());
            QVERIFY2(byTftp || byPeer, qPrintable(QStringLiteral("%1 %2").arg(QString::fromLatin1(p.host), it.key())));
            ++checked;
        }
    }
    QVERIFY(checked > 5 * r.phones.size());
    QVERIFY(cutShort == 0 || r.truth.vanished + r.truth.stalled > 0);
}

} // namespace

class TestWireTraffic : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theSimulationIsTheSameWithTheWire()
    {
        const sim::Config c = config(60, 4, sim::Faults{2, 2, 2, 2});
        // A sink with the hooks' empty defaults, as every other sink.
        struct Plain : sim::Sink {
            void record(qint64, const sim::SimPhone &, const QByteArray &) override { }
            void broadcast(qint64, const sim::SimPhone &, const QByteArray &) override { }
        } nothing;
        sim::Simulator plain(c);
        Hasher alone(&nothing);
        plain.runToEnd(alone);
        sim::Simulator wired(c);
        Decoder decoder(nullptr);
        sim::WireTraffic traffic(wired, &decoder);
        Hasher hasher(&traffic);
        wired.runToEnd(hasher);
        QCOMPARE(hasher.hash.result(), alone.hash.result());
        QCOMPARE(wired.truth().actualWanBytes, plain.truth().actualWanBytes);
        QCOMPARE(wired.truth().trees.size(), plain.truth().trees.size());
    }

    // A console steps the simulation second by second (the demo): by the
    // end of a step the wire has written every frame of its time, even when
    // no transfer flows at that moment (the FIN of the last one to end);
    // else the model hears of a transfer's end seconds late and thinks it stalled.
    void aStepWritesEveryFrameOfItsTime()
    {
        sim::Config c = config(60, 3);
        sim::Simulator simulator(c);
        StepWatch watch(c.startUtcMs * 1000);
        sim::WireTraffic traffic(simulator, &watch);
        for (qint64 untilUs = 1'000'000; !simulator.finished(); untilUs += 1'000'000) {
            simulator.advanceTo(untilUs, traffic);
            watch.stepDoneUs = untilUs;
        }
        traffic.finish();
        QVERIFY2(watch.late == 0,
                 qPrintable(QStringLiteral("%1 frames late, by up to %2 us").arg(watch.late).arg(watch.worstLateUs)));
    }

    void treesAndDownloadsMatchTheGroundTruth_data()
    {
        QTest::addColumn<int>("phones");
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("snapLength");
        QTest::addColumn<bool>("faults");
        QTest::newRow("whole frames") << 120 << quint64(7) << 65535 << false;
        QTest::newRow("snap length 96") << 120 << quint64(7) << 96 << false;
        QTest::newRow("faults") << 150 << quint64(3) << 65535 << true;
        QTest::newRow("faults, snap length 96") << 150 << quint64(3) << 96 << true;
    }
    void treesAndDownloadsMatchTheGroundTruth()
    {
        QFETCH(int, phones);
        QFETCH(quint64, seed);
        QFETCH(int, snapLength);
        QFETCH(bool, faults);
        sim::WireOptions options;
        options.snapLength = snapLength;
        Run r;
        run(config(phones, seed, faults ? sim::Faults{3, 3, 3, 3} : sim::Faults{}), options, &r);
        QVERIFY(r.inOrder);
        if (faults) {
            QVERIFY(r.truth.vanished > 0);
            QVERIFY(r.truth.stalled > 0);
        }
        compareTrees(r);
        if (QTest::currentTestFailed())
            return;
        compareTftp(r);
        if (QTest::currentTestFailed())
            return;
        compareComponents(r);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(r.stats.malformed, 0);
        QCOMPARE(r.observed.peers.stats().untracked, quint64(0));
        QCOMPARE(r.observed.peers.stats().outOfWindow, quint64(0));
        for (const wire::PeerConnection &c : r.observed.connections)
            QCOMPARE(c.retransmittedBytes, quint64(0));
        // Without faults every connection ends with its FINs.
        if (!faults)
            QCOMPARE(r.observed.finished().size(), r.observed.connections.size());
        // The ordering buffer holds sources (one per data run), never the frames of a whole file.
        QVERIFY2(r.peakWaiting < 20000, qPrintable(QString::number(r.peakWaiting)));
        QVERIFY(r.frames > r.peakWaiting * 20);
    }

    // A vanished parent's connection ends in the child's reset, a stalled
    // one too: neither is taken for a finished edge.
    void brokenConnectionsAreReset()
    {
        Run r;
        run(config(150, 3, sim::Faults{3, 3, 0, 0}), {}, &r);
        qsizetype resets = 0;
        for (const wire::PeerConnection &c : r.observed.connections) {
            if (c.closeReason == wire::PeerCloseReason::Rst)
                ++resets;
        }
        QVERIFY(resets >= r.truth.stalled);
        QVERIFY(resets > 0);
    }

    void snapLengthCutsFramesButNotTheirLengths()
    {
        Run whole, cut;
        sim::WireOptions options;
        options.snapLength = 65535;
        run(config(30, 9), options, &whole);
        options.snapLength = 96;
        run(config(30, 9), options, &cut);
        QCOMPARE(cut.frames, whole.frames);
        QCOMPARE(whole.stats.packetsCut, 0);
        QVERIFY(cut.stats.packetsCut > 0);
        QCOMPARE(cut.stats.snapLength, 96);
        QCOMPARE(cut.observed.tftpCompleted.size(), whole.observed.tftpCompleted.size());
        QCOMPARE(cut.observed.finished().size(), whole.observed.finished().size());
        qint64 wholeBytes = 0, cutBytes = 0;
        for (const wire::PeerConnection &c : whole.observed.finished())
            wholeBytes += qint64(c.parentToChildBytes);
        for (const wire::PeerConnection &c : cut.observed.finished())
            cutBytes += qint64(c.parentToChildBytes);
        QCOMPARE(cutBytes, wholeBytes);
    }

    // 65,536 blocks of 32 bytes are 2 MiB: the 3.4 MB apps file rolls the
    // block number over 65535 -> 0, and the tracker still counts every byte.
    void tftpBlockNumbersRollOver()
    {
        sim::Config c = config(1, 2);
        c.mix = {{QStringLiteral("CP-7941G"), 1.0}};
        sim::WireOptions options;
        options.tftpBlockSize = 32;
        options.snapLength = 96;
        options.sources = sim::WireSources::Wire;
        Run r;
        run(c, options, &r);
        qint64 biggest = 0, wanBytes = 0;
        for (const wire::TftpTransfer &t : r.observed.tftpCompleted) {
            QCOMPARE(t.bytes, t.tsize);
            if (!t.configMac)
                wanBytes += t.bytes;
            biggest = qMax(biggest, t.bytes);
        }
        QVERIFY(biggest > 65536 * 32);
        QCOMPARE(wanBytes, r.truth.actualWanBytes);
    }

    // What --help and the README promise of the default.
    void theDefaultSnapLengthCutsOnlyTheFiller()
    {
        sim::Simulator simulator(config(200, 6, sim::Faults{4, 4, 4, 4}));
        CutFrames frames;
        sim::WireTraffic traffic(simulator, &frames);
        simulator.runToEnd(traffic);
        traffic.finish();
        QVERIFY(frames.cut > traffic.frames() / 3);
        QCOMPARE(frames.cutOther, 0);
    }

    // Initial sequence numbers are random from the seed; this one's rollout
    // has a connection whose data crosses 2^32, counted all the same.
    void sequenceNumbersWrapAround()
    {
        sim::WireOptions options;
        options.snapLength = 96;
        options.sources = sim::WireSources::Wire;
        Run r;
        run(config(60, 15), options, &r);
        QCOMPARE(r.observed.wrapped.size(), 1);
        compareTrees(r);
    }

    void sourcesChooseTracesOrWire()
    {
        Run traces, wire, both;
        sim::WireOptions options;
        options.sources = sim::WireSources::Traces;
        run(config(20, 5), options, &traces);
        options.sources = sim::WireSources::Wire;
        run(config(20, 5), options, &wire);
        options.sources = sim::WireSources::Both;
        run(config(20, 5), options, &both);
        QCOMPARE(traces.frames + wire.frames, both.frames);
        QVERIFY(traces.stats.syslogUdp > 0);
        QCOMPARE(traces.stats.pfs, 0);
        QCOMPARE(traces.observed.connections.size(), 0);
        QCOMPARE(wire.stats.syslogUdp, 0);
        QVERIFY(wire.stats.pfs > 0);
        QCOMPARE(both.stats.syslogUdp, traces.stats.syslogUdp);
        QCOMPARE(both.stats.pfs, wire.stats.pfs);
    }

    void sameSeedSameCapture()
    {
        const auto capture = [](quint64 seed) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("x.pcap"));
            sim::Simulator simulator(config(25, seed));
            PcapFileWriter file;
            QString error;
            if (!file.open(path, 128, &error))
                return QByteArray();
            sim::WireTraffic traffic(simulator, &file, {sim::WireSources::Both, 128});
            simulator.runToEnd(traffic);
            traffic.finish();
            if (!file.commit(&error))
                return QByteArray();
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        };
        const QByteArray first = capture(11);
        QVERIFY(!first.isEmpty());
        QCOMPARE(capture(11), first);
        QVERIFY(capture(12) != first);
    }

    // Written by libpcap, read back by libpcap: the same facts as in memory.
    void captureFileReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rollout.pcap"));
        sim::Simulator simulator(config(40, 8, sim::Faults{1, 1, 1, 1}));
        {
            PcapFileWriter file;
            QString error;
            QVERIFY2(file.open(path, 96, &error), qPrintable(error));
            sim::WireTraffic traffic(simulator, &file, {sim::WireSources::Both, 96});
            simulator.runToEnd(traffic);
            traffic.finish();
            QVERIFY2(file.commit(&error), qPrintable(error));
            QCOMPARE(file.frames(), traffic.frames());
        }
        Run r;
        PcapReader reader;
        reader.setPacketSink(&r.observed);
        QString error;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        ReceivedDatagram datagram;
        while (reader.next(&datagram)) { }
        QVERIFY(reader.warnings().size() <= 1); // at most the snap length's line: no damage
        r.observed.end();
        r.truth = simulator.truth();
        r.phones = simulator.phones();
        compareTrees(r);
        if (QTest::currentTestFailed())
            return;
        compareTftp(r);
    }
};

QTEST_GUILESS_MAIN(TestWireTraffic)
#include "tst_wiretraffic.moc"

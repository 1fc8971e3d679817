// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The wire into the model: a root's TFTP download and its child's TCP 4051
// connection make an observed tree, with every fact labelled by where it
// comes from (issue #13).
#include "capture/wireingest.h"
#include "modelinvariants.h"
#include "protocol/dloadparser.h"
#include "protocol/modelledgrammar.h"
#include "protocol/verifiedgrammar.h"

#include <QTest>

using namespace pfs;
using wire::Endpoint;

namespace {

constexpr quint32 kServer = 0x0A01010A; // 10.1.1.10, across the WAN
constexpr quint32 kRoot = 0x0A14000A;   // 10.20.0.10
constexpr quint32 kChild = 0x0A14000B;  // 10.20.0.11
constexpr quint64 kRootMac = 0x001BD4000001ULL;
constexpr quint64 kChildMac = 0x001BD4000002ULL;
constexpr quint64 kRouterMac = 0x00000C9F0001ULL;
const QString kFile = QStringLiteral("cvm11sccp.9-4-2ES26.sbn"); // of SCCP11.9-4-2SR2-2S.loads
constexpr qint64 kSize = 3000;

QByteArray word(quint16 value)
{
    return QByteArray(1, char(value >> 8)) + char(value & 0xff);
}

// Feeds hand-made packets, as a capture reader would, with the capture's clock.
class Wire {
public:
    explicit Wire(WireIngest &ingest)
        : m_ingest(ingest)
    {
    }
    qint64 now() const { return m_us; }

    void udp(Endpoint from, quint64 mac, Endpoint to, const QByteArray &payload)
    {
        m_us += 1000;
        m_ingest.udp({m_us, mac, from, to, payload.size(), payload});
    }
    void tcp(Endpoint from, quint64 mac, Endpoint to, quint32 seq, quint32 ack, quint8 flags, qsizetype length = 0,
             const QByteArray &captured = {})
    {
        m_us += 1000;
        m_ingest.tcp({m_us, mac, from, to, seq, ack, flags, qMax(length, captured.size()), captured});
    }

    // An HTTP download from the server on TCP 6970: GET, 200 with Content-Length, the body, FIN.
    void httpDownload(quint32 client, quint64 mac, const QString &file, qint64 size)
    {
        const Endpoint phone{client, 51000}, server{kServer, 6970};
        using F = wire::TcpSegment;
        const quint32 c = 5000, s = 7000;
        const QByteArray request = "GET /" + file.toLatin1() + " HTTP/1.1\r\nHost: 10.1.1.10:6970\r\n\r\n";
        const QByteArray header = "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(size) + "\r\n\r\n";
        tcp(phone, mac, server, c, 0, F::Syn);
        tcp(server, kRouterMac, phone, s, c + 1, F::Syn | F::Ack);
        tcp(phone, mac, server, c + 1, s + 1, F::Ack);
        tcp(phone, mac, server, c + 1, s + 1, F::Ack | F::Psh, 0, request);
        const quint32 clientEnd = c + 1 + quint32(request.size());
        tcp(server, kRouterMac, phone, s + 1, clientEnd, F::Ack | F::Psh, 0, header);
        quint32 seq = s + 1 + quint32(header.size());
        for (qint64 sent = 0; sent < size; sent += 1460) {
            const qsizetype length = qsizetype(qMin<qint64>(1460, size - sent));
            tcp(server, kRouterMac, phone, seq, clientEnd, F::Ack, length); // the body, cut by the snap length
            seq += quint32(length);
        }
        tcp(server, kRouterMac, phone, seq, clientEnd, F::Fin | F::Ack);
        tcp(phone, mac, server, clientEnd, seq + 1, F::Fin | F::Ack);
    }

    // A whole TFTP download of `size` bytes in 1428-byte blocks, tsize stated.
    void tftpDownload(quint32 client, quint64 mac, const QString &file, qint64 size, quint16 port = 50000)
    {
        const Endpoint phone{client, port}, server69{kServer, 69}, tid{kServer, 40000};
        udp(phone, mac, server69,
            word(1) + "/dnld/" + file.toLatin1() + '\0' + "octet" + '\0' + "tsize" + '\0' + "0" + '\0' + "blksize"
                + '\0' + "1428" + '\0');
        udp(tid, kRouterMac, phone,
            word(6) + "tsize" + '\0' + QByteArray::number(size) + '\0' + "blksize" + '\0' + "1428" + '\0');
        udp(phone, mac, tid, word(4) + word(0));
        quint16 block = 1;
        for (qint64 sent = 0; sent <= size; sent += 1428, ++block) {
            udp(tid, kRouterMac, phone, word(3) + word(block) + QByteArray(int(qMin<qint64>(1428, size - sent)), 'x'));
            udp(phone, mac, tid, word(4) + word(block));
        }
    }

    // A child's connection to its parent's 4051 carrying `size` bytes, closed by both FINs.
    void peerTransfer(quint32 child, quint64 childMac, quint32 parent, quint64 parentMac, qint64 size,
                      bool close = true)
    {
        const Endpoint c{child, 40000}, p{parent, 4051};
        using F = wire::TcpSegment;
        const quint32 cIsn = 1000, pIsn = 0xFFFFF000; // the parent's sequence wraps during the transfer
        tcp(c, childMac, p, cIsn, 0, F::Syn);
        tcp(p, parentMac, c, pIsn, cIsn + 1, F::Syn | F::Ack);
        tcp(c, childMac, p, cIsn + 1, pIsn + 1, F::Ack);
        quint32 seq = pIsn + 1;
        for (qint64 sent = 0; sent < size; sent += 1460) {
            const qsizetype length = qsizetype(qMin<qint64>(1460, size - sent));
            tcp(p, parentMac, c, seq, cIsn + 1, F::Ack | F::Psh, length);
            seq += quint32(length);
            tcp(c, childMac, p, cIsn + 1, seq, F::Ack);
        }
        if (close)
            peerClose(child, childMac, parent, parentMac, size);
    }
    // Both FINs of peerTransfer's connection, once `size` bytes went through.
    void peerClose(quint32 child, quint64 childMac, quint32 parent, quint64 parentMac, qint64 size)
    {
        const Endpoint c{child, 40000}, p{parent, 4051};
        using F = wire::TcpSegment;
        const quint32 cIsn = 1000, seq = 0xFFFFF000 + 1 + quint32(size);
        tcp(p, parentMac, c, seq, cIsn + 1, F::Fin | F::Ack);
        tcp(c, childMac, p, cIsn + 1, seq + 1, F::Fin | F::Ack);
        tcp(p, parentMac, c, seq + 1, cIsn + 2, F::Ack);
    }

private:
    WireIngest &m_ingest;
    qint64 m_us = 1'795'507'200'000'000;
};

constexpr quint32 kOther = 0x0A14000C; // 10.20.0.12
constexpr quint32 kXid = 0x080027F8;

// A record as a phone's syslog would carry it, into the model at `ms`.
void applyRecord(RolloutModel &model, const QByteArray &body, qint64 ms)
{
    const QByteArray record = modelled::record("INF", 0, body); // the event's views point into it
    DLoadEvent event;
    QVERIFY(DLoadParser::parse(record, event));
    model.apply(event, {}, ms);
}

// The root's trace names the hierarchy of kFile; a modelled record says the
// child joined kOther; the wire then shows the child fetching from the root.
void traceAndRecordNameAnotherParent(RolloutModel &model, Wire &wire)
{
    applyRecord(model, verified::hierarchyRoot(kXid, 1, "CP-7911G", kRoot, QByteArray("/dnld/" + kFile.toLatin1())), 1);
    applyRecord(model, modelled::joined(kXid, kOther, kChild), 2);
    wire.tftpDownload(kRoot, kRootMac, kFile, kSize);
}

const ComponentProgress &componentOf(const RolloutModel &model, quint32 address, const QString &file)
{
    static const ComponentProgress none;
    const Phone *phone = model.phone(model.phoneByAddress(address));
    const ComponentProgress *c = phone ? phone->component(file) : nullptr;
    return c ? *c : none;
}

} // namespace

class TestWireIngest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aDownloadAndAConnectionMakeAnObservedTree()
    {
        RolloutModel model;
        WireIngest ingest(&model);
        Wire wire(ingest);
        wire.tftpDownload(kRoot, kRootMac, kFile, kSize);
        wire.peerTransfer(kChild, kChildMac, kRoot, kRootMac, kSize);

        QCOMPARE(model.hierarchies().size(), size_t(1));
        const Hierarchy &h = model.hierarchies()[0];
        QCOMPARE(h.xid, 0u); // no trace named it
        QCOMPARE(h.file, kFile);
        QVERIFY(h.hasSubnet);
        QCOMPARE(h.subnet, 0x0A140000u);
        QCOMPARE(h.load, QStringLiteral("SCCP11.9-4-2SR2-2S.loads"));
        const PhoneId root = model.phoneByAddress(kRoot), child = model.phoneByAddress(kChild);
        QCOMPARE(h.root, root);
        QCOMPARE(h.rootFrom, Provenance::Inferred); // it fetched the file and serves it: no trace said "root"
        QCOMPARE(h.parent(child), root);
        QCOMPARE(h.edgeProvenance(child), Provenance::Wire);
        QVERIFY(!h.joinedLate.contains(child)); // its handshake was seen
        QVERIFY(model.hierarchyName(h).contains(kFile));

        const ComponentProgress &fetched = componentOf(model, kRoot, kFile);
        QCOMPARE(fetched.state, ComponentState::Complete);
        QVERIFY(fetched.fromTftp);
        QCOMPARE(fetched.total, kSize);
        QVERIFY(!fetched.totalEstimated); // tsize, observed
        QCOMPARE(fetched.wanBytes, kSize);
        QCOMPARE(fetched.progressFrom, Provenance::Wire);
        QCOMPARE(fetched.hierarchy, h.id);

        const ComponentProgress &received = componentOf(model, kChild, kFile);
        QCOMPARE(received.state, ComponentState::Complete);
        QCOMPARE(received.bytes, kSize); // across the sequence numbers' wrap
        QCOMPARE(received.lanBytes, kSize);
        QCOMPARE(received.peer, kRoot);
        QCOMPARE(received.progressFrom, Provenance::Inferred); // bytes seen, the file they are is inferred
        QCOMPARE(received.hierarchy, h.id);

        QCOMPARE(model.observedWanBytes(), kSize);
        QCOMPARE(model.observedTraditionalBytes(), 2 * kSize);
        const Phone &rootPhone = *model.phone(root);
        QCOMPARE(rootPhone.host, QByteArray("SEP001BD4000001"));
        QCOMPARE(rootPhone.mac, QStringLiteral("001BD4000001"));
        QVERIFY(rootPhone.heardThrough(Provenance::Wire));
        QCOMPARE(rootPhone.load, QStringLiteral("SCCP11.9-4-2SR2-2S.loads")); // from the catalogue
        QCOMPARE(model.phone(child)->load, rootPhone.load);                   // inherited from its parent
        QCOMPARE(model.phones().size(), size_t(2));                           // the server is no phone
        QCOMPARE(ingest.counters().edges, 1);
        QCOMPARE(ingest.counters().filesUnknown, 0);
        QCOMPARE(test::modelInvariantViolation(model), QByteArray());
    }

    void aConnectionWhoseFileNothingTellsIsCountedNotGuessed()
    {
        RolloutModel model;
        WireIngest ingest(&model);
        Wire wire(ingest);
        wire.peerTransfer(kChild, kChildMac, kRoot, kRootMac, kSize); // the capture missed the root's download
        QCOMPARE(ingest.counters().peerConnections, 1);
        QCOMPARE(ingest.counters().filesUnknown, 1);
        QCOMPARE(ingest.counters().edges, 0);
        QVERIFY(model.hierarchies().empty());
        QCOMPARE(model.phones().size(), size_t(2)); // both phones are known, though
        QVERIFY(model.phone(model.phoneByAddress(kChild))->components.isEmpty());
    }

    // A file whose parent completes it during the connection is placed then.
    void theFileIsInferredOnceTheParentHasIt()
    {
        RolloutModel model;
        WireIngest ingest(&model);
        Wire wire(ingest);
        wire.peerTransfer(kChild, kChildMac, kRoot, kRootMac, 1460, false);
        QCOMPARE(ingest.counters().edges, 0);
        wire.tftpDownload(kRoot, kRootMac, kFile, kSize);
        wire.tcp({kRoot, 4051}, kRootMac, {kChild, 40000}, 0xFFFFF001 + 1460, 1001, wire::TcpSegment::Ack, 1460);
        QCOMPARE(ingest.counters().edges, 1);
        QCOMPARE(componentOf(model, kChild, kFile).bytes, 2920);
        QCOMPARE(componentOf(model, kChild, kFile).state, ComponentState::FromPeer);
    }

    // A parent receiving two files at once may pass either on: a connection
    // is not placed as one of them before its bytes tell which (here, its
    // end: the small file's size), and no tree gets a false edge meanwhile.
    void aConnectionWaitsUntilItsBytesTellWhichFileItCarries()
    {
        RolloutModel model;
        WireIngest ingest(&model);
        Wire wire(ingest);
        const QString small = QStringLiteral("term11.default.loads");
        constexpr qint64 kSmall = 590;
        const PhoneId root = model.phoneOnWire(kRoot, kRootMac, 1);
        for (const QString &file : {kFile, small}) {
            WireTransfer download; // in flight, from the server
            download.phone = root;
            download.file = file;
            download.stage = WireTransfer::Stage::Started;
            download.size = file == kFile ? kSize : kSmall;
            model.applyWireTransfer(download, 2);
        }
        wire.peerTransfer(kChild, kChildMac, kRoot, kRootMac, kSmall, false);
        QCOMPARE(componentOf(model, kChild, kFile).state, ComponentState::Waiting);
        QCOMPARE(ingest.counters().edges, 0);
        wire.peerClose(kChild, kChildMac, kRoot, kRootMac, kSmall);
        QCOMPARE(componentOf(model, kChild, small).state, ComponentState::Complete);
        QCOMPARE(componentOf(model, kChild, kFile).state, ComponentState::Waiting);
        QCOMPARE(ingest.counters().inferencesCorrected, 0);
        QCOMPARE(ingest.counters().edges, 1);
        QVERIFY(model.anomalies().isEmpty());
    }

    // Two files of one size (term06 and term11 of one load): a connection
    // that carried that many bytes, whose parent the capture did not see
    // receive either, is counted as of an unknown file rather than guessed.
    void twoFilesOfItsSizeLeaveAConnectionsFileUnknown()
    {
        RolloutModel model;
        WireIngest ingest(&model);
        Wire wire(ingest);
        wire.tftpDownload(kRoot, kRootMac, kFile, kSize);
        wire.tftpDownload(kChild, kChildMac, kFile, kSize, 50001); // it lacks nothing the root completed
        wire.peerTransfer(kChild, kChildMac, kRoot, kRootMac, 590);
        QCOMPARE(ingest.counters().filesUnknown, 1);
        QCOMPARE(ingest.counters().edges, 0);
        for (const char *file : {"term06.default.loads", "term11.default.loads"})
            QCOMPARE(componentOf(model, kChild, QString::fromLatin1(file)).state, ComponentState::Waiting);
    }

    // The model hears of progress once in a step: a transfer that falls
    // silent mid-step (its receiver gone, no reset) and never ends in the
    // capture is counted whole when the capture ends.
    void aTransferSilentMidStepIsCountedAtTheEnd()
    {
        RolloutModel model;
        WireIngest ingest(&model);
        Wire wire(ingest);
        wire.tftpDownload(kRoot, kRootMac, kFile, kSize);
        wire.peerTransfer(kChild, kChildMac, kRoot, kRootMac, 2920, false);
        const Endpoint phone{kChild, 50000}, tid{kServer, 40000};
        wire.udp(phone, kChildMac, {kServer, 69},
                 word(1) + "/dnld/other.sbn" + '\0' + "octet" + '\0' + "tsize" + '\0' + "0" + '\0');
        wire.udp(tid, kRouterMac, phone, word(6) + "tsize" + '\0' + "100000" + '\0');
        for (quint16 block = 1; block <= 2; ++block) {
            wire.udp(tid, kRouterMac, phone, word(3) + word(block) + QByteArray(512, 'x'));
            wire.udp(phone, kChildMac, tid, word(4) + word(block));
        }
        QCOMPARE(componentOf(model, kChild, kFile).bytes, 1460);
        QCOMPARE(componentOf(model, kChild, QStringLiteral("other.sbn")).bytes, 0);

        ingest.flushProgress();
        QCOMPARE(componentOf(model, kChild, kFile).bytes, 2920);
        QCOMPARE(componentOf(model, kChild, kFile).state, ComponentState::FromPeer); // not ended: no more said
        QCOMPARE(componentOf(model, kChild, QStringLiteral("other.sbn")).bytes, 1024);
        QCOMPARE(model.observedTraditionalBytes(), kSize + 2920 + 1024);
        QCOMPARE(test::modelInvariantViolation(model), QByteArray());
    }

    // A silent connection followed by another attempt (its end unseen) does
    // not overwrite that attempt's count at the end.
    void aSilentTransferLeavesANewerAttemptAlone()
    {
        RolloutModel model;
        WireIngest ingest(&model);
        Wire wire(ingest);
        constexpr quint32 other = 0x0A14000C; // 10.20.0.12, another phone with the file
        constexpr quint64 otherMac = 0x001BD4000003ULL;
        wire.tftpDownload(kRoot, kRootMac, kFile, kSize);
        wire.tftpDownload(other, otherMac, kFile, kSize, 50001);
        wire.peerTransfer(kChild, kChildMac, kRoot, kRootMac, 2920, false);
        wire.peerTransfer(kChild, kChildMac, other, otherMac, kSize); // the child got it whole elsewhere
        QCOMPARE(componentOf(model, kChild, kFile).state, ComponentState::Complete);
        ingest.flushProgress();
        const ComponentProgress &c = componentOf(model, kChild, kFile);
        QCOMPARE(c.state, ComponentState::Complete);
        QCOMPARE(c.peer, other);
        QCOMPARE(c.bytes, kSize);
    }

    // A phone a trace knows by its SEP name is the one whose frames carry that MAC.
    void theWireAndATraceNameOnePhone()
    {
        RolloutModel model;
        DLoadEvent claim; // a verified record naming no address: the phone is known by its host name alone
        QVERIFY(DLoadParser::parse("INF 02:19:23.411925 DLoad: XID080027F8 TxBdcst Ad 1: ClaimRoot(tent)", claim));
        QCOMPARE(claim.grammar, Grammar::Verified);
        model.apply(claim, RecordOrigin{"SEP001BD4000001", {}, 0}, 1);
        WireIngest ingest(&model);
        Wire wire(ingest);
        wire.tftpDownload(kRoot, kRootMac, kFile, kSize);
        QCOMPARE(model.phones().size(), size_t(1));
        const Phone &phone = model.phones()[0];
        QCOMPARE(phone.address, kRoot);
        QCOMPARE(phone.host, QByteArray("SEP001BD4000001"));
        QCOMPARE(phone.load, QStringLiteral("SCCP11.9-4-2SR2-2S.loads")); // inferred from what it fetched
        QVERIFY(phone.heardThrough(Provenance::Trace));
        QVERIFY(phone.heardThrough(Provenance::Wire));
    }

    // The router's MAC on every frame from the WAN names no phone.
    void framesFromTheServerNameNoPhone()
    {
        RolloutModel model;
        WireIngest ingest(&model);
        Wire wire(ingest);
        wire.tftpDownload(kRoot, kRootMac, kFile, kSize);
        wire.tftpDownload(kChild, kChildMac, kFile, kSize, 50001);
        QCOMPARE(model.phones().size(), size_t(2));
        QCOMPARE(model.phone(model.phoneByAddress(kChild))->mac, QStringLiteral("001BD4000002"));
    }

    // Newer firmware fetches over HTTP from the TFTP server first: the WAN too, its size observed.
    void anHttpDownloadIsAnObservedWanTransfer()
    {
        RolloutModel model;
        WireIngest ingest(&model);
        Wire wire(ingest);
        wire.httpDownload(kRoot, kRootMac, kFile, kSize);
        QCOMPARE(ingest.counters().wanDownloads, 1);
        const ComponentProgress &c = componentOf(model, kRoot, kFile);
        QCOMPARE(c.state, ComponentState::Complete);
        QCOMPARE(c.bytes, kSize);
        QCOMPARE(c.total, kSize);
        QVERIFY(!c.totalEstimated); // Content-Length, observed
        QVERIFY(c.fromTftp);        // from the server, across the WAN
        QCOMPARE(c.progressFrom, Provenance::Wire);
        QCOMPARE(model.observedWanBytes(), kSize);
        QCOMPARE(model.phone(model.phoneByAddress(kRoot))->host, QByteArray("SEP001BD4000001"));
        // And the child it then serves gets an observed edge, as after a TFTP download.
        wire.peerTransfer(kChild, kChildMac, kRoot, kRootMac, kSize);
        QCOMPARE(ingest.counters().edges, 1);
        QCOMPARE(componentOf(model, kChild, kFile).bytes, kSize);
    }

    // A capture that begins mid-connection: the edge is observed, marked
    // joined late, its bytes counted from the first one seen.
    void aConnectionJoinedLateIsMarkedSo()
    {
        RolloutModel model;
        WireIngest ingest(&model);
        Wire wire(ingest);
        wire.tftpDownload(kRoot, kRootMac, kFile, kSize);
        using F = wire::TcpSegment;
        const Endpoint child{kChild, 40000}, parent{kRoot, 4051};
        quint32 seq = 200000; // somewhere in the middle of the file
        for (int i = 0; i < 2; ++i, seq += 1000) {
            wire.tcp(parent, kRootMac, child, seq, 7000, F::Ack, 1000);
            wire.tcp(child, kChildMac, parent, 7000, seq + 1000, F::Ack);
        }
        wire.tcp(parent, kRootMac, child, seq, 7000, F::Fin | F::Ack);
        wire.tcp(child, kChildMac, parent, 7000, seq + 1, F::Fin | F::Ack);
        const Hierarchy &h = model.hierarchies()[0];
        const PhoneId joined = model.phoneByAddress(kChild);
        QCOMPARE(h.parent(joined), model.phoneByAddress(kRoot));
        QVERIFY(h.joinedLate.contains(joined));
        QCOMPARE(componentOf(model, kChild, kFile).bytes, 2000); // a lower bound
    }

    // A broadcast on 4051 says its sender takes part; one sent to a console's own address does not.
    void aBroadcastNamesItsSender()
    {
        RolloutModel model;
        WireIngest ingest(&model);
        Wire wire(ingest);
        wire.udp({0x7F000001, 40000}, 0, {0x7F000001, 4051}, QByteArray(40, 'p')); // pfssim on loopback
        QVERIFY(model.phones().empty());
        wire.udp({kChild, 4051}, kChildMac, {0x0A1400FF, 4051}, QByteArray(40, 'p'));
        wire.udp({kRoot, 4051}, kRootMac, {0xFFFFFFFF, 4051}, QByteArray(40, 'p'));
        QCOMPARE(ingest.counters().broadcasts, 2);
        QCOMPARE(model.phones().size(), size_t(2));
        QCOMPARE(model.phone(model.phoneByAddress(kChild))->host, QByteArray("SEP001BD4000002"));
    }

    void aConfigRequestAfterTheUpgradeSaysThePhoneCameBack()
    {
        RolloutModel model;
        WireIngest ingest(&model);
        Wire wire(ingest);
        const QString config = QStringLiteral("SEP001BD4000001.cnf.xml");
        wire.tftpDownload(kRoot, kRootMac, config, 900, 50001); // at boot: before its upgrade
        QCOMPARE(ingest.counters().configRequests, 1);
        const Phone &before = *model.phone(model.phoneByAddress(kRoot));
        QVERIFY(!before.upgradeDone);
        QVERIFY(before.components.isEmpty()); // a configuration file is no firmware component

        wire.tftpDownload(kRoot, kRootMac, QStringLiteral("custom.sbn"), kSize, 50002); // its whole (unknown) load
        wire.tftpDownload(kRoot, kRootMac, config, 900, 50003);
        const Phone &after = *model.phone(model.phoneByAddress(kRoot));
        QVERIFY(after.upgradeDone);
        QVERIFY(after.cameBackMs > 0);
    }

    // A modelled record beside the wire's count: the wire drives, the record is kept as a claim.
    void theWireOutranksAModelledRecord()
    {
        RolloutModel model;
        WireIngest ingest(&model);
        Wire wire(ingest);
        wire.tftpDownload(kRoot, kRootMac, kFile, kSize);
        const QByteArray record = modelled::record(
            "INF", 0, modelled::transferDone(0, QByteArray(QByteArray("/dnld/") + kFile.toLatin1()), kSize - 1, kRoot));
        DLoadEvent done;
        QVERIFY(DLoadParser::parse(record, done));
        QCOMPARE(done.grammar, Grammar::Modelled);
        model.apply(done, {}, wire.now() / 1000 + 1);
        const ComponentProgress &c = componentOf(model, kRoot, kFile);
        QCOMPARE(c.bytes, kSize);
        QCOMPARE(c.progressFrom, Provenance::Wire);
        QCOMPARE(c.claimedBytes, kSize - 1);
        QCOMPARE(c.claimedFrom, Provenance::Modelled);
        QCOMPARE(model.anomalies().size(), 1);
        QCOMPARE(model.anomalies()[0].kind, Anomaly::Kind::SourcesDisagree);
        QCOMPARE(test::modelInvariantViolation(model), QByteArray());
    }

    // Both kept: the wire's edge drawn, the record's parent beside it, and
    // once the child has its file, an anomaly naming both.
    void aRecordNamingAnotherParentThanTheWireIsKeptAndFlagged()
    {
        RolloutModel model;
        WireIngest ingest(&model);
        Wire wire(ingest);
        traceAndRecordNameAnotherParent(model, wire);
        const Hierarchy *h = model.hierarchyByXid(kXid);
        QVERIFY(h);
        const PhoneId child = model.phoneByAddress(kChild), other = model.phoneByAddress(kOther);
        QCOMPARE(h->parent(child), other);
        wire.peerTransfer(kChild, kChildMac, kRoot, kRootMac, kSize, false);
        h = model.hierarchyByXid(kXid);
        QCOMPARE(h->parent(child), model.phoneByAddress(kRoot)); // the wire outranks the record
        QCOMPARE(h->edgeProvenance(child), Provenance::Wire);
        QCOMPARE(h->otherParent.value(child).parent, other);
        QCOMPARE(h->otherParent.value(child).from, Provenance::Modelled);
        QVERIFY(model.anomalies().isEmpty()); // not yet: it may still be on its way to its new parent
        wire.peerClose(kChild, kChildMac, kRoot, kRootMac, kSize); // the file whole
        QCOMPARE(componentOf(model, kChild, kFile).state, ComponentState::Complete);
        QCOMPARE(model.anomalies().size(), 1);
        const Anomaly &a = model.anomalies().first();
        QCOMPARE(a.kind, Anomaly::Kind::ParentsDisagree);
        QCOMPARE(a.phone, child);
        QCOMPARE(a.other, other);
        QVERIFY(RolloutModel::anomalyText(a, model).contains(QStringLiteral("observed on the wire")));
        QCOMPARE(test::modelInvariantViolation(model), QByteArray());
    }

    // A child that moved: the record of its new parent comes after the
    // wire's connection to it. The sources agree in the end: no anomaly.
    void aRecordThatCatchesUpWithTheWireRaisesNothing()
    {
        RolloutModel model;
        WireIngest ingest(&model);
        Wire wire(ingest);
        traceAndRecordNameAnotherParent(model, wire);
        wire.peerTransfer(kChild, kChildMac, kRoot, kRootMac, kSize, false);
        QVERIFY(model.hierarchyByXid(kXid)->otherParent.contains(model.phoneByAddress(kChild)));
        applyRecord(model, modelled::joined(kXid, kRoot, kChild), wire.now() / 1000);
        QVERIFY(!model.hierarchyByXid(kXid)->otherParent.contains(model.phoneByAddress(kChild)));
        wire.peerClose(kChild, kChildMac, kRoot, kRootMac, kSize);
        QCOMPARE(componentOf(model, kChild, kFile).state, ComponentState::Complete);
        QVERIFY(model.anomalies().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWireIngest)
#include "tst_wireingest.moc"

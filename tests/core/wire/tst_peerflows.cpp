// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "wire/peerflows.h"

#include <QTest>

#include <algorithm>
#include <limits>

using namespace pfs::wire;

namespace {

constexpr quint32 kParentAddress = 0x0a14000a; // 10.20.0.10
constexpr quint32 kChildAddress = 0x0a14000b;  // 10.20.0.11
constexpr quint32 kSecondChildAddress = 0x0a14000c;
constexpr quint64 kParentMac = 0x001122334455;
constexpr quint64 kChildMac = 0x0011223344aa;
constexpr quint8 kAck = TcpSegment::Ack;
constexpr quint8 kPshAck = TcpSegment::Psh | TcpSegment::Ack;
constexpr qint64 kSecond = 1000 * 1000;

// Every change the tracker reports, copied as it was at the time.
class Recorder : public PeerFlowObserver {
public:
    struct Change {
        PeerFlowEvent event;
        PeerConnection connection;
    };

    quint64 connectionChanged(PeerFlowEvent event, const PeerConnection &connection) override
    {
        changes.append({event, connection});
        return quietBelow;
    }
    quint64 quietBelow = 0; // what the tracker is told back

    int count(PeerFlowEvent event) const
    {
        return int(std::count_if(changes.cbegin(), changes.cend(),
                                 [event](const Change &change) { return change.event == event; }));
    }

    QList<PeerConnection> closed() const
    {
        QList<PeerConnection> connections;
        for (const Change &change : changes) {
            if (change.event == PeerFlowEvent::Closed)
                connections.append(change.connection);
        }
        return connections;
    }

    const PeerConnection &last() const { return changes.constLast().connection; }

    QList<Change> changes;
};

// One child-to-parent connection, segment by segment. Offsets are in bytes
// of data from each side's first data byte (ISN + 1); each segment is one
// millisecond after the previous one.
class Link {
public:
    Link(quint32 parentIsn, quint32 childIsn, quint32 childAddress = kChildAddress, quint16 childPort = 49152)
        : parent{kParentAddress, kPeerPort}
        , child{childAddress, childPort}
        , m_parentIsn(parentIsn)
        , m_childIsn(childIsn)
    {
    }

    TcpSegment syn() { return fromChild(TcpSegment::Syn, m_childIsn, 0, 0); }
    TcpSegment synAck() { return fromParent(TcpSegment::Syn | TcpSegment::Ack, m_parentIsn, m_childIsn + 1, 0); }
    TcpSegment data(quint64 offset, qsizetype length) { return parentAt(kPshAck, offset, length); }
    TcpSegment parentFin(quint64 offset) { return parentAt(TcpSegment::Fin | kAck, offset, 0); }
    TcpSegment childAck(quint64 acknowledgedOffset, qsizetype length = 0, quint64 childOffset = 0)
    {
        return fromChild(kAck, m_childIsn + 1 + quint32(childOffset), m_parentIsn + 1 + quint32(acknowledgedOffset),
                         length);
    }
    TcpSegment childFin(quint64 acknowledgedOffset, quint64 childOffset = 0)
    {
        TcpSegment segment = childAck(acknowledgedOffset, 0, childOffset);
        segment.flags |= TcpSegment::Fin;
        return segment;
    }
    TcpSegment parentRst() { return fromParent(TcpSegment::Rst | kAck, 0, m_childIsn + 1, 0); }
    TcpSegment childRst(quint64 childOffset)
    {
        return fromChild(TcpSegment::Rst, m_childIsn + 1 + quint32(childOffset), 0, 0);
    }

    qint64 timeUs = 10 * kSecond;
    Endpoint parent;
    Endpoint child;

private:
    TcpSegment parentAt(quint8 flags, quint64 offset, qsizetype length)
    {
        return fromParent(flags, m_parentIsn + 1 + quint32(offset), m_childIsn + 1, length);
    }
    TcpSegment fromParent(quint8 flags, quint32 sequence, quint32 acknowledgement, qsizetype length)
    {
        return make(parent, child, kParentMac, flags, sequence, acknowledgement, length);
    }
    TcpSegment fromChild(quint8 flags, quint32 sequence, quint32 acknowledgement, qsizetype length)
    {
        return make(child, parent, kChildMac, flags, sequence, acknowledgement, length);
    }
    TcpSegment make(Endpoint from, Endpoint to, quint64 mac, quint8 flags, quint32 sequence, quint32 acknowledgement,
                    qsizetype length)
    {
        TcpSegment segment;
        timeUs += 1000;
        segment.timeUs = timeUs;
        segment.sourceMac = mac;
        segment.source = from;
        segment.destination = to;
        segment.flags = flags;
        segment.sequence = sequence;
        segment.acknowledgement = acknowledgement;
        segment.length = length;
        return segment;
    }

    quint32 m_parentIsn;
    quint32 m_childIsn;
};

// A tracker with its recorder attached.
struct Watch {
    explicit Watch(const PeerFlowLimits &limits = {})
        : tracker(kPeerPort, limits)
    {
        tracker.setObserver(&recorder);
    }
    void feed(const TcpSegment &segment) { QVERIFY(tracker.feed(segment)); }
    void handshake(Link &link)
    {
        feed(link.syn());
        feed(link.synAck());
        feed(link.childAck(0));
    }
    PeerFlowTracker tracker;
    Recorder recorder;
};

} // namespace

class TestPeerFlows : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fullTransferWithRoles()
    {
        Watch watch;
        Link link(1000, 500000);
        watch.handshake(link);
        QCOMPARE(watch.recorder.changes.size(), 1);
        QCOMPARE(watch.recorder.changes.first().event, PeerFlowEvent::Opened);
        // Named from its first segment already.
        QCOMPARE(watch.recorder.changes.first().connection.childMac, kChildMac);
        watch.feed(link.childAck(0, 40)); // the child's request
        for (int i = 0; i < 5; ++i)
            watch.feed(link.data(quint64(i) * 1460, 1460));
        watch.feed(link.parentFin(5 * 1460));
        watch.feed(link.childAck(5 * 1460 + 1, 0, 40)); // acknowledges the FIN too
        watch.feed(link.childFin(5 * 1460 + 1, 40));
        QCOMPARE(watch.tracker.liveCount(), 0);
        QCOMPARE(watch.recorder.count(PeerFlowEvent::Closed), 1);
        const PeerConnection &done = watch.recorder.last();
        QCOMPARE(done.closeReason, PeerCloseReason::Fin);
        QCOMPARE(done.state, PeerConnectionState::Closed);
        QCOMPARE(done.parent, link.parent);
        QCOMPARE(done.child, link.child);
        QCOMPARE(done.parentMac, kParentMac);
        QCOMPARE(done.childMac, kChildMac);
        QCOMPARE(done.parentToChildBytes, quint64(5 * 1460)); // neither SYN nor FIN counted
        QCOMPARE(done.acknowledgedBytes, quint64(5 * 1460));
        QCOMPARE(done.childToParentBytes, quint64(40));
        QCOMPARE(done.retransmittedBytes, quint64(0));
        QVERIFY(!done.joinedLate);
        QCOMPARE(done.startUs, 10 * kSecond + 1000);
        QCOMPARE(done.lastUs, link.timeUs);

        // The last ACK after both FINs belongs to the closed connection.
        TcpSegment lastAck = link.data(5 * 1460 + 1, 0);
        lastAck.flags = kAck;
        watch.feed(lastAck);
        QCOMPARE(watch.tracker.liveCount(), 0);
        QCOMPARE(watch.tracker.stats().afterClose, quint64(1));
        QCOMPARE(watch.tracker.stats().opened, quint64(1));
        QCOMPARE(watch.tracker.stats().closed, quint64(1));
    }

    void progressOnlyWhenCountsGrow()
    {
        Watch watch;
        Link link(1000, 2000);
        watch.handshake(link);
        watch.feed(link.data(0, 1000));
        watch.feed(link.data(0, 1000)); // a retransmission: nothing grew
        watch.feed(link.childAck(1000));
        watch.feed(link.childAck(1000)); // a duplicate ACK
        QCOMPARE(watch.recorder.count(PeerFlowEvent::Progress), 2);
        QCOMPARE(watch.recorder.last().acknowledgedBytes, quint64(1000));
    }

    // An observer that shows progress by the step asks to hear of it again
    // only past a count: the segments below it are not told, the close is.
    void progressBelowTheObserversStepIsNotTold()
    {
        Watch watch;
        Link link(1000, 2000);
        watch.handshake(link);
        watch.recorder.quietBelow = 3000;
        watch.feed(link.data(0, 1000)); // told: the observer had not asked for quiet yet
        for (quint64 offset = 1000; offset < 5000; offset += 1000) {
            watch.feed(link.data(offset, 1000));
            watch.feed(link.childAck(offset + 1000));
        }
        // Told at 1,000 bytes, then from 3,000 on, and never between.
        QList<quint64> told;
        for (const Recorder::Change &change : std::as_const(watch.recorder.changes)) {
            if (change.event == PeerFlowEvent::Progress)
                told.append(qMax(change.connection.parentToChildBytes, change.connection.acknowledgedBytes));
        }
        QCOMPARE(told.first(), quint64(1000));
        for (qsizetype i = 1; i < told.size(); ++i)
            QVERIFY(told[i] >= 3000);
        QCOMPARE(told.size(), 1 + 6); // past 3,000, each data segment and each acknowledgement
        watch.recorder.quietBelow = 0;
        watch.feed(link.data(5000, 1000));
        QCOMPARE(watch.recorder.last().parentToChildBytes, quint64(6000)); // every segment again
    }

    void sequenceWrapAround()
    {
        Watch watch;
        Link link(0xFFFFFF00, 0xFFFFFFF0); // both sides wrap during the transfer
        watch.handshake(link);
        for (int i = 0; i < 10; ++i) {
            watch.feed(link.data(quint64(i) * 1000, 1000));
            watch.feed(link.childAck(quint64(i + 1) * 1000, 100, quint64(i) * 100));
        }
        const PeerConnection connection = watch.tracker.liveConnections().value(0);
        QCOMPARE(connection.parentToChildBytes, quint64(10000));
        QCOMPARE(connection.acknowledgedBytes, quint64(10000));
        QCOMPARE(connection.childToParentBytes, quint64(1000));
        QCOMPARE(connection.retransmittedBytes, quint64(0));
    }

    void wrapsManyTimesInA64BitCount()
    {
        // 5 GiB: more than one turn of the 32-bit sequence space.
        Watch watch;
        Link link(0x7FFFFFFF, 1);
        watch.handshake(link);
        constexpr quint64 kSegment = 60000;
        constexpr quint64 kTotal = 5 * (quint64(1) << 30);
        for (quint64 offset = 0; offset < kTotal; offset += kSegment * 16)
            watch.feed(link.data(offset, qsizetype(kSegment))); // one captured segment in 16
        const PeerConnection connection = watch.tracker.liveConnections().value(0);
        QVERIFY(connection.parentToChildBytes > quint64(1) << 32);
        QCOMPARE(connection.parentToChildBytes % (kSegment * 16), kSegment);
        QCOMPARE(watch.tracker.stats().outOfWindow, quint64(0));
    }

    void retransmissionCountedOnce()
    {
        Watch watch;
        Link link(7, 9);
        watch.handshake(link);
        watch.feed(link.data(0, 1000));
        watch.feed(link.data(1000, 1000));
        watch.feed(link.data(1000, 1000)); // the same segment again
        PeerConnection connection = watch.tracker.liveConnections().value(0);
        QCOMPARE(connection.parentToChildBytes, quint64(2000));
        QCOMPARE(connection.retransmittedBytes, quint64(1000));
        watch.feed(link.data(500, 2000)); // repacketised: 1500 again, 500 new
        connection = watch.tracker.liveConnections().value(0);
        QCOMPARE(connection.parentToChildBytes, quint64(2500));
        QCOMPARE(connection.retransmittedBytes, quint64(2500));
    }

    void outOfOrderThenHoleFilled()
    {
        Watch watch;
        Link link(100, 200);
        watch.handshake(link);
        watch.feed(link.data(0, 1000));
        watch.feed(link.data(2000, 1000)); // 1000..2000 still in flight
        PeerConnection connection = watch.tracker.liveConnections().value(0);
        QCOMPARE(connection.parentToChildBytes, quint64(3000));
        watch.feed(link.data(1000, 1000)); // the hole, filled late: not a retransmission
        connection = watch.tracker.liveConnections().value(0);
        QCOMPARE(connection.parentToChildBytes, quint64(3000));
        QCOMPARE(connection.retransmittedBytes, quint64(0));
        watch.feed(link.data(1000, 1000)); // now it is one
        connection = watch.tracker.liveConnections().value(0);
        QCOMPARE(connection.retransmittedBytes, quint64(1000));
    }

    void holeFilledInPieces()
    {
        Watch watch;
        Link link(100, 200);
        watch.handshake(link);
        watch.feed(link.data(0, 100));
        watch.feed(link.data(1000, 100)); // hole 100..1000
        watch.feed(link.data(400, 200));  // its middle: two holes remain
        watch.feed(link.data(100, 300));
        watch.feed(link.data(600, 400));
        watch.feed(link.data(300, 400)); // all of it seen before
        const PeerConnection connection = watch.tracker.liveConnections().value(0);
        QCOMPARE(connection.parentToChildBytes, quint64(1100));
        QCOMPARE(connection.retransmittedBytes, quint64(400));
    }

    void gapsBeyondTheBoundAreForgotten()
    {
        Watch watch;
        Link link(100, 200);
        watch.handshake(link);
        for (int i = 0; i < 7; ++i)
            watch.feed(link.data(quint64(i) * 200, 100)); // six gaps of 100 bytes; four are kept
        QCOMPARE(watch.tracker.stats().holesForgotten, quint64(2));
        watch.feed(link.data(1100, 100)); // a gap still kept: filled
        watch.feed(link.data(100, 100));  // the oldest one, forgotten: taken for a retransmission
        const PeerConnection connection = watch.tracker.liveConnections().value(0);
        QCOMPARE(connection.parentToChildBytes, quint64(1300));
        QCOMPARE(connection.retransmittedBytes, quint64(100));
    }

    void joinedMidConnection()
    {
        Watch watch;
        Link link(5000000, 70000);
        // The first segment seen is the child's ACK: the 4051 side is still the parent.
        watch.feed(link.childAck(200000));
        watch.feed(link.data(200000, 1460));
        watch.feed(link.data(201460, 1460));
        watch.feed(link.childAck(202920));
        const PeerConnection connection = watch.tracker.liveConnections().value(0);
        QVERIFY(connection.joinedLate);
        QCOMPARE(connection.parent, link.parent);
        QCOMPARE(connection.child, link.child);
        QCOMPARE(connection.state, PeerConnectionState::Established);
        QCOMPARE(connection.parentToChildBytes, quint64(2920)); // a lower bound, from the first sequence seen
        QCOMPARE(connection.acknowledgedBytes, quint64(2920));
    }

    void joinedMidConnectionFromTheParentSide()
    {
        Watch watch;
        Link link(5000000, 70000);
        watch.feed(link.data(300000, 1000));
        watch.feed(link.data(301000, 1000));
        const PeerConnection connection = watch.tracker.liveConnections().value(0);
        QVERIFY(connection.joinedLate);
        QCOMPARE(connection.parent, link.parent);
        QCOMPARE(connection.parentToChildBytes, quint64(2000));
    }

    void captureStartsAtSynAck()
    {
        Watch watch;
        Link link(0x12345678, 0x9abcdef0);
        watch.feed(link.synAck());
        watch.feed(link.childAck(0, 30));
        watch.feed(link.data(0, 1000));
        const PeerConnection connection = watch.tracker.liveConnections().value(0);
        QCOMPARE(connection.parent, link.parent);
        QCOMPARE(connection.child, link.child);
        QVERIFY(!connection.joinedLate);
        QCOMPARE(connection.state, PeerConnectionState::Established);
        QCOMPARE(connection.parentToChildBytes, quint64(1000));
        QCOMPARE(connection.childToParentBytes, quint64(30)); // from the ISN the SYN-ACK acknowledges
    }

    void resetMidTransfer()
    {
        Watch watch;
        Link link(1, 2);
        watch.handshake(link);
        watch.feed(link.data(0, 3000));
        watch.feed(link.childRst(0));
        QCOMPARE(watch.tracker.liveCount(), 0);
        const PeerConnection &closed = watch.recorder.last();
        QCOMPARE(watch.recorder.changes.constLast().event, PeerFlowEvent::Closed);
        QCOMPARE(closed.closeReason, PeerCloseReason::Rst);
        QCOMPARE(closed.parentToChildBytes, quint64(3000));
        QCOMPARE(watch.tracker.stats().refused, quint64(0));
    }

    void synRefusedByReset()
    {
        Watch watch;
        Link link(0, 4242);
        watch.feed(link.syn());
        watch.feed(link.parentRst());
        QCOMPARE(watch.recorder.count(PeerFlowEvent::Opened), 1);
        QCOMPARE(watch.recorder.count(PeerFlowEvent::Closed), 1);
        QCOMPARE(watch.recorder.last().closeReason, PeerCloseReason::RefusedByRst);
        QCOMPARE(watch.tracker.stats().refused, quint64(1));
    }

    void resetByTheChildDuringHandshakeIsNotARefusal()
    {
        Watch watch;
        Link link(0, 4242);
        watch.feed(link.syn());
        watch.feed(link.childRst(0));
        QCOMPARE(watch.recorder.last().closeReason, PeerCloseReason::Rst);
        QCOMPARE(watch.tracker.stats().refused, quint64(0));
    }

    void synRetransmissionIsTheSameConnection()
    {
        Watch watch;
        Link link(10, 20);
        watch.feed(link.syn());
        watch.feed(link.syn());
        watch.feed(link.syn());
        QCOMPARE(watch.tracker.liveCount(), 1);
        QCOMPARE(watch.tracker.liveConnections().value(0).state, PeerConnectionState::Handshake);
        watch.feed(link.synAck());
        QCOMPARE(watch.tracker.stats().opened, quint64(1));
        QCOMPARE(watch.tracker.liveConnections().value(0).state, PeerConnectionState::Established);
    }

    void portReuseWithANewIsn()
    {
        Watch watch;
        Link first(1000, 2000);
        watch.handshake(first);
        watch.feed(first.data(0, 500));
        watch.feed(first.parentFin(500));
        watch.feed(first.childFin(501));
        watch.feed(first.syn()); // the old ISN: a straggler of the closed connection
        QCOMPARE(watch.tracker.stats().opened, quint64(1));

        Link second(90000, 80000); // same 4-tuple, new ISNs
        second.timeUs = first.timeUs;
        watch.handshake(second);
        watch.feed(second.data(0, 700));
        QCOMPARE(watch.tracker.stats().opened, quint64(2));
        const PeerConnection connection = watch.tracker.liveConnections().value(0);
        QVERIFY(connection.id != watch.recorder.closed().value(0).id);
        QCOMPARE(connection.parentToChildBytes, quint64(700));
        QVERIFY(!connection.joinedLate);
    }

    void newIsnOnARunningConnectionReplacesIt()
    {
        Watch watch;
        Link first(1000, 2000);
        watch.handshake(first);
        watch.feed(first.data(0, 500));
        Link second(5000, 6000); // its close was never seen
        second.timeUs = first.timeUs;
        watch.feed(second.syn());
        QCOMPARE(watch.recorder.closed().size(), 1);
        QCOMPARE(watch.recorder.closed().value(0).closeReason, PeerCloseReason::Abandoned);
        QCOMPARE(watch.recorder.closed().value(0).parentToChildBytes, quint64(500));
        QCOMPARE(watch.tracker.liveCount(), 1);
        QCOMPARE(watch.tracker.liveConnections().value(0).state, PeerConnectionState::Handshake);
    }

    void onlyTheChildSideSeen()
    {
        // A SPAN port that mirrors one direction only: the child's ACKs tell
        // what it received.
        Watch watch;
        Link link(0xFFFFF000, 333);
        watch.feed(link.syn());
        watch.feed(link.childAck(0)); // the handshake's ACK: parent ISN + 1
        for (int i = 1; i <= 8; ++i)
            watch.feed(link.childAck(quint64(i) * 1460));
        const PeerConnection connection = watch.tracker.liveConnections().value(0);
        QCOMPARE(connection.acknowledgedBytes, quint64(8 * 1460));
        QCOMPARE(connection.parentToChildBytes, quint64(0));
        QCOMPARE(connection.childMac, kChildMac);
        QCOMPARE(connection.parentMac, quint64(0));
        QVERIFY(!connection.joinedLate);
        QCOMPARE(connection.state, PeerConnectionState::Established);
    }

    void bothPortsThePeerPortIsUntracked()
    {
        Watch watch;
        TcpSegment segment;
        segment.source = {kChildAddress, kPeerPort};
        segment.destination = {kParentAddress, kPeerPort};
        segment.flags = TcpSegment::Syn;
        QVERIFY(watch.tracker.feed(segment));
        QCOMPARE(watch.tracker.stats().untracked, quint64(1));
        QCOMPARE(watch.tracker.liveCount(), 0);
        QVERIFY(watch.recorder.changes.isEmpty());
    }

    void otherTrafficIsNotPeerTraffic()
    {
        Watch watch;
        TcpSegment segment;
        segment.source = {kChildAddress, 49152};
        segment.destination = {kParentAddress, 6970};
        segment.flags = TcpSegment::Syn;
        QVERIFY(!watch.tracker.feed(segment));
        QCOMPARE(watch.tracker.stats().segments, quint64(1));
        QCOMPARE(watch.tracker.stats().peerSegments, quint64(0));
        QCOMPARE(watch.tracker.liveCount(), 0);
    }

    void handshakeAgainstTheRolesIsUntracked()
    {
        Watch watch;
        Link link(1, 2);
        TcpSegment synFromListener = link.synAck();
        synFromListener.flags = TcpSegment::Syn; // the 4051 side connecting out
        watch.feed(synFromListener);
        TcpSegment resetOfNothing = link.parentRst();
        watch.feed(resetOfNothing);
        QCOMPARE(watch.tracker.stats().untracked, quint64(2));
        QCOMPARE(watch.tracker.liveCount(), 0);
    }

    void impossibleLengthIsIgnored()
    {
        Watch watch;
        Link link(1, 2);
        watch.handshake(link);
        watch.feed(link.data(0, 70000));
        watch.feed(link.data(0, -5));
        QCOMPARE(watch.tracker.stats().malformed, quint64(2));
        QCOMPARE(watch.tracker.liveConnections().value(0).parentToChildBytes, quint64(0));
    }

    void sequenceBeyondAnyWindowIsIgnored()
    {
        Watch watch;
        Link link(1, 2);
        watch.handshake(link);
        watch.feed(link.data(0, 1000));
        watch.feed(link.data(quint64(3) << 29, 1000)); // 1.5 GiB ahead: no window reaches that far
        watch.feed(link.data(1000, 1000));
        QCOMPARE(watch.tracker.stats().outOfWindow, quint64(1));
        QCOMPARE(watch.tracker.liveConnections().value(0).parentToChildBytes, quint64(2000));
    }

    void idleConnectionExpires()
    {
        PeerFlowLimits limits;
        limits.idleTimeoutUs = 300 * kSecond;
        Watch watch(limits);
        Link link(1, 2);
        watch.handshake(link);
        watch.feed(link.data(0, 1000));
        watch.tracker.expire(link.timeUs + 300 * kSecond); // exactly the idle time: not yet
        QCOMPARE(watch.tracker.liveCount(), 1);
        watch.tracker.expire(link.timeUs + 300 * kSecond + 1);
        QCOMPARE(watch.tracker.liveCount(), 0);
        QCOMPARE(watch.recorder.last().closeReason, PeerCloseReason::Abandoned);
        QCOMPARE(watch.recorder.last().parentToChildBytes, quint64(1000));
        QCOMPARE(watch.tracker.stats().abandoned, quint64(1));
        QCOMPARE(watch.tracker.stats().evicted, quint64(0));
    }

    void idleJudgedFromTheNextSegment()
    {
        Watch watch;
        Link idle(1, 2);
        watch.handshake(idle);
        Link busy(1, 2, kSecondChildAddress);
        busy.timeUs = idle.timeUs + 301 * kSecond;
        watch.feed(busy.syn());
        QCOMPARE(watch.tracker.liveCount(), 1);
        QCOMPARE(watch.recorder.closed().size(), 1);
        QCOMPARE(watch.recorder.closed().value(0).child, idle.child);
    }

    void timeGoingBackDoesNotExpire()
    {
        Watch watch;
        Link link(1, 2);
        watch.handshake(link);
        link.timeUs = -400 * kSecond; // a damaged timestamp, far behind
        watch.feed(link.data(0, 100));
        watch.tracker.expire(std::numeric_limits<qint64>::min());
        QCOMPARE(watch.tracker.liveCount(), 1);
        QCOMPARE(watch.tracker.liveConnections().value(0).parentToChildBytes, quint64(100));
        watch.tracker.expire(std::numeric_limits<qint64>::max());
        QCOMPARE(watch.tracker.liveCount(), 0);
    }

    void segmentAfterIdleCloseJoinsLate()
    {
        Watch watch;
        Link link(1, 2);
        watch.handshake(link);
        link.timeUs += 400 * kSecond; // a stall, then the transfer goes on
        watch.feed(link.data(0, 1000));
        QCOMPARE(watch.tracker.stats().opened, quint64(2));
        QCOMPARE(watch.tracker.liveCount(), 1);
        QVERIFY(watch.tracker.liveConnections().value(0).joinedLate);
    }

    void fullTableEvictsTheLongestIdle()
    {
        PeerFlowLimits limits;
        limits.maxConnections = 2;
        Watch watch(limits);
        Link a(1, 2, kChildAddress, 50001);
        Link b(1, 2, kChildAddress, 50002);
        Link c(1, 2, kChildAddress, 50003);
        b.timeUs = c.timeUs = a.timeUs + kSecond;
        watch.feed(a.syn());
        watch.feed(b.syn());
        a.timeUs = b.timeUs;
        watch.feed(a.synAck()); // a is busy again: b is now the longest idle
        watch.feed(c.syn());
        QCOMPARE(watch.tracker.liveCount(), 2);
        QCOMPARE(watch.tracker.stats().evicted, quint64(1));
        QCOMPARE(watch.recorder.closed().size(), 1);
        QCOMPARE(watch.recorder.closed().value(0).child, b.child);
        QCOMPARE(watch.recorder.closed().value(0).closeReason, PeerCloseReason::Abandoned);
        for (int port = 50004; port < 50100; ++port) {
            Link more(1, 2, kChildAddress, quint16(port));
            watch.feed(more.syn());
        }
        QCOMPARE(watch.tracker.liveCount(), 2);
        QCOMPARE(watch.tracker.stats().evicted, quint64(97));
    }

    void closedConnectionsAreForgottenWithinBounds()
    {
        PeerFlowLimits limits;
        limits.maxClosedRemembered = 1;
        Watch watch(limits);
        Link first(1, 2, kChildAddress, 50001);
        Link second(1, 2, kChildAddress, 50002);
        watch.feed(first.syn());
        watch.feed(first.parentRst());
        watch.feed(second.syn());
        watch.feed(second.parentRst());
        // The first one is no longer remembered: its straggler opens a late join.
        watch.feed(first.childAck(0));
        watch.feed(second.childAck(0));
        QCOMPARE(watch.tracker.stats().afterClose, quint64(1));
        QCOMPARE(watch.tracker.liveCount(), 1);
        QCOMPARE(watch.tracker.liveConnections().value(0).child, first.child);
    }

    void snapLengthCutCaptureCountsOriginalLengths()
    {
        Watch watch;
        Link link(1, 2);
        watch.handshake(link);
        const QByteArray captured(10, 'x'); // 64 bytes per packet leave 10 of payload
        for (int i = 0; i < 4; ++i) {
            TcpSegment segment = link.data(quint64(i) * 1460, 1460);
            segment.payload = captured;
            watch.feed(segment);
        }
        QCOMPARE(watch.tracker.liveConnections().value(0).parentToChildBytes, quint64(4 * 1460));
    }

    void twoChildrenOfOneParentKeptApart()
    {
        Watch watch;
        Link left(1000, 2000, kChildAddress, 49152);
        Link right(3000, 4000, kSecondChildAddress, 49152);
        watch.handshake(left);
        watch.handshake(right);
        for (int i = 0; i < 4; ++i) {
            watch.feed(left.data(quint64(i) * 1000, 1000));
            if (i < 2)
                watch.feed(right.data(quint64(i) * 500, 500));
        }
        watch.feed(right.childRst(0));
        QCOMPARE(watch.tracker.liveCount(), 1);
        const PeerConnection leftNow = watch.tracker.liveConnections().value(0);
        QCOMPARE(leftNow.child, left.child);
        QCOMPARE(leftNow.parentToChildBytes, quint64(4000));
        const PeerConnection rightClosed = watch.recorder.closed().value(0);
        QCOMPARE(rightClosed.child, right.child);
        QCOMPARE(rightClosed.parent, leftNow.parent);
        QCOMPARE(rightClosed.parentToChildBytes, quint64(1000));
        QVERIFY(rightClosed.id != leftNow.id);
    }

    void otherPeerPort()
    {
        PeerFlowTracker tracker(5051);
        Link link(1, 2);
        QVERIFY(!tracker.feed(link.syn())); // 4051 is nothing to this tracker
        QCOMPARE(tracker.stats().peerSegments, quint64(0));
    }
};

QTEST_GUILESS_MAIN(TestPeerFlows)
#include "tst_peerflows.moc"

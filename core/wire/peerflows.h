// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "wire/packet.h"
#include "wire/tcpsequence.h"

#include <QHash>
#include <QList>
#include <QtGlobal>

#include <vector>

// The edges of the PFS distribution trees as the wire shows them: a parent
// listens on TCP 4051, a child connects to it, and the parent sends the file
// down that connection (../shared/docs/pfs-field-guide.md, "TCP 4051"). The
// payload's framing is not public, so bytes are counted from TCP sequence
// numbers, never from captured payload: a capture cut to a small snap length
// counts every byte. Segments are untrusted: every table is bounded, what
// does not fit is counted, and time is the capture's own (segment times).
namespace pfs::wire {

constexpr quint16 kPeerPort = 4051;

enum class PeerConnectionState : quint8 {
    Handshake,   // the child's SYN seen, no answer yet
    Established, // the parent answered, or the capture joined a running connection
    Closing,     // one side sent its FIN
    Closed,
};

enum class PeerCloseReason : quint8 {
    None,         // still open
    Fin,          // both sides sent their FIN
    Rst,          // either side reset the connection (the parent's reset of a SYN is RefusedByRst)
    RefusedByRst, // the parent answered the SYN with a reset: it no longer listens
    Abandoned,    // silent for the idle time, replaced by a new SYN, or evicted from a full table
};

// One child-to-parent connection. Byte counts are 64-bit, extended across
// the 32-bit wrap-around of sequence numbers; a SYN and a FIN each take one
// sequence number and are never counted as data.
struct PeerConnection {
    quint64 id = 0;        // unique for the tracker's life: a 4-tuple may be reused by a later connection
    Endpoint parent;       // the listener, on the peer port
    Endpoint child;        // the side that connects
    quint64 parentMac = 0; // Ethernet source of the parent's segments, 0 until seen (names the phone SEP<MAC>)
    quint64 childMac = 0;
    qint64 startUs = 0; // capture time of the first segment
    qint64 lastUs = 0;  // capture time of the latest segment
    // The firmware: the parent's highest sequence end minus its first data
    // sequence number (ISN + 1). Segments not captured inside that range are
    // still counted: they crossed the wire, or are in flight.
    quint64 parentToChildBytes = 0;
    // What the child acknowledged of it: the better measure of what it
    // received, and the only one when a SPAN port shows the child's side only
    // (then one more than the data once the child acknowledges the parent's
    // FIN, which that port does not show).
    quint64 acknowledgedBytes = 0;
    quint64 childToParentBytes = 0;
    quint64 retransmittedBytes = 0; // parent data sent again (holes filled late are not retransmissions)
    // The capture began mid-connection: counts start at the first sequence
    // number seen, so they are lower bounds.
    bool joinedLate = false;
    PeerConnectionState state = PeerConnectionState::Handshake;
    PeerCloseReason closeReason = PeerCloseReason::None;
};

enum class PeerFlowEvent : quint8 {
    Opened,
    Progress, // parentToChildBytes or acknowledgedBytes grew
    Closed,   // the last event of a connection, with its closeReason
};

// Told about every connection's life. Called from inside feed() and
// expire(): it must not call back into the tracker.
class PeerFlowObserver {
public:
    virtual ~PeerFlowObserver() = default;
    // Returns the byte count (the larger of parentToChildBytes and
    // acknowledgedBytes) below which this connection's progress need not be
    // told again: 0 to hear of every segment. An observer that shows
    // progress by the step spares a call per segment (two, with the child's
    // acknowledgements), and still hears of every segment while it waits
    // for something (which file a connection carries).
    virtual quint64 connectionChanged(PeerFlowEvent event, const PeerConnection &connection) = 0;
};

struct PeerFlowStats {
    quint64 segments = 0;       // every segment fed
    quint64 peerSegments = 0;   // with the peer port on either side
    quint64 untracked = 0;      // peer segments no connection could own (both ports the peer port, a
                                // handshake against the roles, a reset with no connection)
    quint64 malformed = 0;      // a payload length no IPv4 packet can carry: ignored
    quint64 outOfWindow = 0;    // a sequence or acknowledgement number beyond any TCP window: ignored
    quint64 afterClose = 0;     // segments of a connection already closed (its last ACK, a late reset)
    quint64 opened = 0;         // connections
    quint64 closed = 0;         // connections, for any reason
    quint64 refused = 0;        // closed as RefusedByRst
    quint64 abandoned = 0;      // closed as Abandoned after the idle time or replaced by a new SYN
    quint64 evicted = 0;        // closed as Abandoned to make room in a full table
    quint64 holesForgotten = 0; // gaps in the parent's data beyond the ones kept per connection
};

struct PeerFlowLimits {
    qsizetype maxConnections = 65536; // live connections; when full the longest idle is evicted
    // Closed connections remembered so that their last segments (the final
    // ACK, a late reset) do not open phantom ones, and a reused 4-tuple is
    // told apart by its new ISN.
    qsizetype maxClosedRemembered = 16384;
    qint64 idleTimeoutUs = 300 * 1000 * 1000LL;
    qint64 closedLingerUs = 60 * 1000 * 1000LL;
};

// Follows every connection with the peer port on exactly one side. The
// listener, on the peer port, is the parent: a SYN sent by it, or a SYN-ACK
// sent to it, goes against that and is counted as untracked. A connection
// opens on the child's SYN, on the parent's SYN-ACK when the capture begins
// there, or on any other segment when it begins mid-connection (joinedLate).
// Closed connections are remembered a while (bounded) so that their last
// segments do not open phantom ones; steady-state segments allocate nothing.
class PeerFlowTracker {
public:
    explicit PeerFlowTracker(quint16 peerPort = kPeerPort, const PeerFlowLimits &limits = {});

    // Not owned; null for none.
    void setObserver(PeerFlowObserver *observer) { m_observer = observer; }

    // Whether the segment is peer traffic (either port the peer port),
    // tracked or counted as untracked. Segment times drive the idle expiry.
    bool feed(const TcpSegment &segment);

    // Closes (Abandoned) what has been idle longer than the idle time at
    // capture time `nowUs`, e.g. when a capture ends or pauses.
    void expire(qint64 nowUs);

    const PeerFlowStats &stats() const { return m_stats; }
    qsizetype liveCount() const { return m_live.size; }
    QList<PeerConnection> liveConnections() const; // least recently active first

private:
    // A connection's key: its parent's port is always the peer port.
    struct FlowKey {
        quint64 addresses = 0; // parent << 32 | child
        quint16 childPort = 0;
        bool operator==(const FlowKey &o) const { return addresses == o.addresses && childPort == o.childPort; }
        friend size_t qHash(const FlowKey &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.addresses, key.childPort);
        }
    };

    // One direction: its sequence space, with what the other side and the
    // handshake said about it.
    struct Direction {
        TcpSequenceSpace sequence;
        qint64 acknowledged = 0; // the other side's highest ACK of this direction's data
        bool finSeen = false;
        qint64 finOffset = 0; // where this direction's data ends
        bool isnKnown = false;
        quint32 isn = 0;
    };

    struct Entry {
        FlowKey key;
        PeerConnection connection;
        Direction parent;       // parent to child
        Direction child;        // child to parent
        qint64 touchedUs = 0;   // the tracker's clock at its latest segment (or at its close)
        quint64 quietBelow = 0; // progress below this count is not told (the observer's wish)
        bool closed = false;
        qint32 previous = -1; // in the live list (by last activity) or the closed list (by closing)
        qint32 next = -1;
    };

    struct EntryList {
        qint32 head = -1;
        qint32 tail = -1;
        qsizetype size = 0;
    };

    using Received = TcpSequenceSpace::Received;

    void advanceClock(qint64 timeUs);
    void expireIdle();
    void forgetOldClosed();

    void track(const TcpSegment &segment, bool fromParent);
    bool takesNewConnection(const Entry &entry, const TcpSegment &segment, bool fromParent) const;
    void open(const FlowKey &key, const TcpSegment &segment, bool fromParent);
    void update(qint32 slot, const TcpSegment &segment, bool fromParent);
    void applySynAck(Entry &entry, const TcpSegment &segment);
    Received applyData(Entry &entry, const TcpSegment &segment, bool fromParent);
    bool applyAcknowledgement(Entry &entry, quint32 acknowledgement);
    void applyFin(qint32 slot, bool fromParent, qint64 dataEnd);
    void close(qint32 slot, PeerCloseReason reason);
    void forget(qint32 slot);

    Entry &at(qint32 slot) { return m_entries[size_t(slot)]; }
    const Entry &at(qint32 slot) const { return m_entries[size_t(slot)]; }
    qint32 takeSlot();
    void append(EntryList &list, qint32 slot);
    void unlink(EntryList &list, qint32 slot);
    void notify(PeerFlowEvent event, Entry &entry);

    static void setIsn(Direction &direction, quint32 isn);

    quint16 m_peerPort;
    PeerFlowLimits m_limits;
    PeerFlowObserver *m_observer = nullptr;
    PeerFlowStats m_stats;
    qint64 m_nowUs = 0; // the highest segment time seen: capture time never runs backwards here
    bool m_clockStarted = false;
    quint64 m_nextId = 1;
    std::vector<Entry> m_entries;
    qint32 m_freeHead = -1;         // free slots, chained through Entry::next
    QHash<FlowKey, qint32> m_index; // live and remembered closed connections
    EntryList m_live;               // least recently active first
    EntryList m_closed;             // earliest closed first
};

} // namespace pfs::wire

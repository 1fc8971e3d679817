// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "wire/peerflows.h"

namespace pfs::wire {

namespace {

// No IPv4 packet carries more: a longer payload is not a real segment.
constexpr qsizetype kMaxPayload = 65535;

bool isSyn(const TcpSegment &segment)
{
    return segment.has(TcpSegment::Syn) && !segment.has(TcpSegment::Ack);
}

bool isSynAck(const TcpSegment &segment)
{
    return segment.has(TcpSegment::Syn) && segment.has(TcpSegment::Ack);
}

// `later` is never before `earlier` (the tracker's clock only moves
// forward), so the unsigned difference is exact even for times at the far
// ends of qint64, where a signed one would overflow.
quint64 elapsedUs(qint64 earlier, qint64 later)
{
    return quint64(later) - quint64(earlier);
}

} // namespace

PeerFlowTracker::PeerFlowTracker(quint16 peerPort, const PeerFlowLimits &limits)
    : m_peerPort(peerPort)
    , m_limits(limits)
{
    m_limits.maxConnections = qMax<qsizetype>(1, m_limits.maxConnections);
    m_limits.maxClosedRemembered = qMax<qsizetype>(0, m_limits.maxClosedRemembered);
    m_limits.idleTimeoutUs = qMax<qint64>(0, m_limits.idleTimeoutUs);
    m_limits.closedLingerUs = qMax<qint64>(0, m_limits.closedLingerUs);
}

bool PeerFlowTracker::feed(const TcpSegment &segment)
{
    ++m_stats.segments;
    advanceClock(segment.timeUs);
    const bool fromPeerPort = segment.source.port == m_peerPort;
    const bool toPeerPort = segment.destination.port == m_peerPort;
    if (!fromPeerPort && !toPeerPort)
        return false;
    ++m_stats.peerSegments;
    if (fromPeerPort && toPeerPort) {
        ++m_stats.untracked; // no way to tell the listener
        return true;
    }
    if (segment.length < 0 || segment.length > kMaxPayload) {
        ++m_stats.malformed;
        return true;
    }
    track(segment, fromPeerPort);
    return true;
}

void PeerFlowTracker::expire(qint64 nowUs)
{
    advanceClock(nowUs);
}

QList<PeerConnection> PeerFlowTracker::liveConnections() const
{
    QList<PeerConnection> connections;
    connections.reserve(m_live.size);
    for (qint32 slot = m_live.head; slot >= 0; slot = at(slot).next)
        connections.append(at(slot).connection);
    return connections;
}

void PeerFlowTracker::advanceClock(qint64 timeUs)
{
    // Merged or damaged captures go back in time: idleness is measured on
    // the highest time seen, so a late timestamp never revives anything.
    if (!m_clockStarted || timeUs > m_nowUs)
        m_nowUs = timeUs;
    m_clockStarted = true;
    expireIdle();
    forgetOldClosed();
}

void PeerFlowTracker::expireIdle()
{
    const auto idle = quint64(m_limits.idleTimeoutUs);
    while (m_live.head >= 0 && elapsedUs(at(m_live.head).touchedUs, m_nowUs) > idle) {
        ++m_stats.abandoned;
        close(m_live.head, PeerCloseReason::Abandoned);
    }
}

void PeerFlowTracker::forgetOldClosed()
{
    const auto linger = quint64(m_limits.closedLingerUs);
    while (m_closed.head >= 0 && elapsedUs(at(m_closed.head).touchedUs, m_nowUs) > linger)
        forget(m_closed.head);
}

void PeerFlowTracker::track(const TcpSegment &segment, bool fromParent)
{
    const Endpoint &parent = fromParent ? segment.source : segment.destination;
    const Endpoint &child = fromParent ? segment.destination : segment.source;
    const FlowKey key{quint64(parent.address) << 32 | child.address, child.port};
    const qint32 slot = m_index.value(key, -1);
    if (slot < 0) {
        open(key, segment, fromParent);
        return;
    }
    const bool closed = at(slot).closed;
    if (!takesNewConnection(at(slot), segment, fromParent)) {
        if (closed)
            ++m_stats.afterClose;
        else
            update(slot, segment, fromParent);
        return;
    }
    if (!closed) {
        // A new ISN on a running 4-tuple: the old connection ended unseen.
        ++m_stats.abandoned;
        close(slot, PeerCloseReason::Abandoned);
    }
    open(key, segment, fromParent);
}

bool PeerFlowTracker::takesNewConnection(const Entry &entry, const TcpSegment &segment, bool fromParent) const
{
    const Direction &child = entry.child;
    const Direction &parent = entry.parent;
    if (isSyn(segment) && !fromParent)
        return !child.isnKnown || child.isn != segment.sequence; // same ISN: a SYN retransmission
    if (!entry.closed)
        return false;
    // A connection closed for silence may still be running: what follows
    // is a late join, not a straggler. A reset has nothing to open.
    if (entry.connection.closeReason == PeerCloseReason::Abandoned)
        return !segment.has(TcpSegment::Rst);
    if (isSynAck(segment) && fromParent) // the answer to a SYN the capture missed
        return (!parent.isnKnown || parent.isn != segment.sequence)
            && (!child.isnKnown || child.isn != segment.acknowledgement - 1);
    return false;
}

void PeerFlowTracker::open(const FlowKey &key, const TcpSegment &segment, bool fromParent)
{
    if (segment.has(TcpSegment::Rst) || (isSyn(segment) && fromParent) || (isSynAck(segment) && !fromParent)) {
        ++m_stats.untracked; // a reset of nothing, or a handshake against the roles
        return;
    }
    if (const qint32 old = m_index.value(key, -1); old >= 0)
        forget(old); // the same 4-tuple's closed connection, replaced
    if (m_live.size >= m_limits.maxConnections) {
        ++m_stats.evicted;
        close(m_live.head, PeerCloseReason::Abandoned);
    }
    const qint32 slot = takeSlot();
    Entry &entry = at(slot);
    entry = Entry{};
    entry.key = key;
    PeerConnection &connection = entry.connection;
    connection.id = m_nextId++;
    connection.parent = fromParent ? segment.source : segment.destination;
    connection.child = fromParent ? segment.destination : segment.source;
    connection.startUs = segment.timeUs;
    connection.lastUs = segment.timeUs;
    (fromParent ? connection.parentMac : connection.childMac) = segment.sourceMac;
    connection.joinedLate = !segment.has(TcpSegment::Syn);
    connection.state = isSyn(segment) ? PeerConnectionState::Handshake : PeerConnectionState::Established;
    entry.touchedUs = m_nowUs;
    append(m_live, slot);
    m_index.insert(key, slot);
    ++m_stats.opened;
    notify(PeerFlowEvent::Opened, entry);
    update(slot, segment, fromParent);
}

void PeerFlowTracker::update(qint32 slot, const TcpSegment &segment, bool fromParent)
{
    if ((isSyn(segment) && fromParent) || (isSynAck(segment) && !fromParent)) {
        ++m_stats.untracked; // a handshake against the roles: not this connection's
        return;
    }
    Entry &entry = at(slot);
    PeerConnection &connection = entry.connection;
    entry.touchedUs = m_nowUs;
    unlink(m_live, slot);
    append(m_live, slot);
    connection.lastUs = qMax(connection.lastUs, segment.timeUs);
    quint64 &mac = fromParent ? connection.parentMac : connection.childMac;
    if (mac == 0)
        mac = segment.sourceMac;

    if (segment.has(TcpSegment::Rst)) {
        const bool refused = fromParent && connection.state == PeerConnectionState::Handshake;
        m_stats.refused += refused;
        close(slot, refused ? PeerCloseReason::RefusedByRst : PeerCloseReason::Rst);
        return;
    }
    if (isSyn(segment) && !entry.child.isnKnown)
        setIsn(entry.child, segment.sequence);
    else if (isSynAck(segment))
        applySynAck(entry, segment);
    else if (!isSyn(segment) && connection.state == PeerConnectionState::Handshake)
        connection.state = PeerConnectionState::Established; // the handshake went on unseen

    const Received received = applyData(entry, segment, fromParent);
    bool progressed = fromParent && received.advanced > 0;
    if (!fromParent && segment.has(TcpSegment::Ack))
        progressed |= applyAcknowledgement(entry, segment.acknowledgement);
    if (progressed && qMax(connection.parentToChildBytes, connection.acknowledgedBytes) >= entry.quietBelow)
        notify(PeerFlowEvent::Progress, entry);
    if (segment.has(TcpSegment::Fin) && !received.outOfWindow)
        applyFin(slot, fromParent, received.end);
}

void PeerFlowTracker::applySynAck(Entry &entry, const TcpSegment &segment)
{
    if (!entry.parent.isnKnown)
        setIsn(entry.parent, segment.sequence);
    if (!entry.child.isnKnown)
        setIsn(entry.child, segment.acknowledgement - 1);
    if (entry.connection.state == PeerConnectionState::Handshake)
        entry.connection.state = PeerConnectionState::Established;
}

PeerFlowTracker::Received PeerFlowTracker::applyData(Entry &entry, const TcpSegment &segment, bool fromParent)
{
    Direction &direction = fromParent ? entry.parent : entry.child;
    // A SYN takes one sequence number: data, if any, starts after it.
    const quint32 first = segment.sequence + (segment.has(TcpSegment::Syn) ? 1u : 0u);
    direction.sequence.start(first); // unless started: joined late, counted from here, a lower bound
    const Received received = direction.sequence.receive(first, segment.length);
    m_stats.outOfWindow += received.outOfWindow;
    m_stats.holesForgotten += received.gapsForgotten;
    PeerConnection &connection = entry.connection;
    if (fromParent) {
        connection.parentToChildBytes = quint64(direction.sequence.highestEnd());
        connection.retransmittedBytes += received.retransmitted;
    } else {
        connection.childToParentBytes = quint64(direction.sequence.highestEnd());
    }
    return received;
}

bool PeerFlowTracker::applyAcknowledgement(Entry &entry, quint32 acknowledgement)
{
    Direction &parent = entry.parent;
    if (!parent.sequence.isStarted()) {
        // Only the child's side seen so far: its first ACK starts the count
        // (exact when it answers the SYN-ACK, a lower bound otherwise).
        parent.sequence.start(acknowledgement);
        return false;
    }
    qint64 offset = parent.sequence.offsetOf(parent.acknowledged, acknowledgement);
    if (offset - parent.acknowledged > TcpSequenceSpace::kMaxWindow) {
        ++m_stats.outOfWindow;
        return false;
    }
    if (parent.finSeen)
        offset = qMin(offset, parent.finOffset); // the ACK of the FIN acknowledges no data
    if (offset <= parent.acknowledged)
        return false;
    parent.acknowledged = offset;
    entry.connection.acknowledgedBytes = quint64(offset);
    return true;
}

void PeerFlowTracker::applyFin(qint32 slot, bool fromParent, qint64 dataEnd)
{
    Entry &entry = at(slot);
    Direction &direction = fromParent ? entry.parent : entry.child;
    if (!direction.finSeen) {
        direction.finSeen = true;
        direction.finOffset = qMax<qint64>(0, dataEnd);
    }
    if (entry.parent.finSeen && entry.child.finSeen)
        close(slot, PeerCloseReason::Fin);
    else
        entry.connection.state = PeerConnectionState::Closing;
}

void PeerFlowTracker::close(qint32 slot, PeerCloseReason reason)
{
    Entry &entry = at(slot);
    entry.closed = true;
    entry.connection.state = PeerConnectionState::Closed;
    entry.connection.closeReason = reason;
    entry.touchedUs = m_nowUs;
    unlink(m_live, slot);
    append(m_closed, slot);
    ++m_stats.closed;
    notify(PeerFlowEvent::Closed, entry);
    if (m_closed.size > m_limits.maxClosedRemembered)
        forget(m_closed.head);
}

void PeerFlowTracker::forget(qint32 slot)
{
    Entry &entry = at(slot);
    unlink(m_closed, slot);
    m_index.remove(entry.key);
    // The free slots are chained through `next`: freeing allocates nothing.
    entry.next = m_freeHead;
    m_freeHead = slot;
}

qint32 PeerFlowTracker::takeSlot()
{
    if (m_freeHead >= 0) {
        const qint32 slot = m_freeHead;
        m_freeHead = at(slot).next;
        return slot;
    }
    // Grows only up to the live and closed bounds together.
    m_entries.emplace_back();
    return qint32(m_entries.size() - 1);
}

void PeerFlowTracker::append(EntryList &list, qint32 slot)
{
    Entry &entry = at(slot);
    entry.previous = list.tail;
    entry.next = -1;
    if (list.tail >= 0)
        at(list.tail).next = slot;
    else
        list.head = slot;
    list.tail = slot;
    ++list.size;
}

void PeerFlowTracker::unlink(EntryList &list, qint32 slot)
{
    Entry &entry = at(slot);
    if (entry.previous >= 0)
        at(entry.previous).next = entry.next;
    else
        list.head = entry.next;
    if (entry.next >= 0)
        at(entry.next).previous = entry.previous;
    else
        list.tail = entry.previous;
    entry.previous = -1;
    entry.next = -1;
    --list.size;
}

void PeerFlowTracker::notify(PeerFlowEvent event, Entry &entry)
{
    if (m_observer)
        entry.quietBelow = m_observer->connectionChanged(event, entry.connection);
}

void PeerFlowTracker::setIsn(Direction &direction, quint32 isn)
{
    direction.isnKnown = true;
    direction.isn = isn;
    direction.sequence.start(isn + 1); // unless the count started already
}

} // namespace pfs::wire

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The TCP 4051 peer-connection tracker fed any sequence of segments between
// a parent and four children, with small bounds: after every segment the
// live connections stay within their bound, no count of a live connection
// ever goes down (nor wraps below zero), every connection is opened once and
// closed at most once, with no event after its Closed, and the statistics
// agree with the events. At the end, expiring everything closes every one.
//
// Input: one header byte (the bounds, idle times and where the sequence
// numbers start: near the 32-bit wrap or not), then 7 bytes per segment:
//   who    bits 0-1 the child, bit 2 sent by the parent, bits 3-4 the ports
//          (3: both the peer port, 2: neither, else the usual ones),
//          bits 5-7 all set: expire() at the current time instead
//   flags  bits 0-4 the TCP flags (FIN SYN RST PSH ACK), bit 7 no MAC
//   step   bits 6-7: 0 the next sequence number, 1 ahead by bits 0-5 * 1000,
//          2 back by bits 0-5 * 1000 (a retransmission), 3 ahead by
//          bits 0-5 << 26 (huge, up to 2^32: beyond any window or wrapped)
//   length two bytes, big-endian; 0xFFxx is negative, 0xFExx above 65535
//   ack    the other side's next sequence number minus ack * 500
//   time   microseconds * 1000 to the next segment; 0xFF ten minutes on,
//          0xFE an hour back (a damaged timestamp)
// The replay driver (replaymain.cpp) and libFuzzer both run it.
#include "fuzzcheck.h"

#include "wire/peerflows.h"

#include <array>
#include <cstdio>
#include <limits>
#include <map>

using namespace pfs;
using namespace pfs::wire;

namespace {

constexpr quint32 kParentAddress = 0x0a000001;
constexpr int kChildren = 4;
// No count may come near this: a count that "went negative" would wrap far above it.
constexpr quint64 kNeverReached = quint64(1) << 62;

Endpoint childEndpoint(int child)
{
    return {0x0a000010 + quint32(child & 1), quint16(49152 + child / 2)};
}

QByteArray describe(const PeerConnection &c)
{
    char text[200];
    std::snprintf(text, sizeof text, "id %llu p2c %llu ack %llu c2p %llu retx %llu state %d reason %d",
                  static_cast<unsigned long long>(c.id), static_cast<unsigned long long>(c.parentToChildBytes),
                  static_cast<unsigned long long>(c.acknowledgedBytes),
                  static_cast<unsigned long long>(c.childToParentBytes),
                  static_cast<unsigned long long>(c.retransmittedBytes), int(c.state), int(c.closeReason));
    return QByteArray(text);
}

// What a consumer may rely on, checked on every event and after every segment.
class Checker : public PeerFlowObserver {
public:
    quint64 connectionChanged(PeerFlowEvent event, const PeerConnection &connection) override
    {
        checkShape(connection);
        // Every other connection asks to hear of progress only 4 KiB on: never told below that.
        const quint64 progress = qMax(connection.parentToChildBytes, connection.acknowledgedBytes);
        const quint64 quietBelow = connection.id % 2 ? progress + 4096 : 0;
        if (event == PeerFlowEvent::Opened) {
            fuzz::check(m_seen.count(connection.id) == 0, "a connection opened twice",
                        [&] { return describe(connection); });
            fuzz::check(connection.state != PeerConnectionState::Closed, "opened closed");
            m_seen[connection.id] = Seen{connection, false, quietBelow};
            ++opened;
            return quietBelow;
        }
        const auto seen = m_seen.find(connection.id);
        fuzz::check(seen != m_seen.end(), "an event for a connection never opened");
        fuzz::check(!seen->second.closed, "an event after Closed", [&] { return describe(connection); });
        checkGrowth(seen->second.last, connection);
        if (event == PeerFlowEvent::Progress) {
            fuzz::check(connection.state != PeerConnectionState::Closed, "progress of a closed connection");
            fuzz::check(connection.parentToChildBytes > seen->second.last.parentToChildBytes
                            || connection.acknowledgedBytes > seen->second.last.acknowledgedBytes,
                        "progress without growth", [&] { return describe(connection); });
            fuzz::check(progress >= seen->second.quietBelow, "progress told below the count asked for",
                        [&] { return describe(connection); });
        } else {
            fuzz::check(connection.state == PeerConnectionState::Closed
                            && connection.closeReason != PeerCloseReason::None,
                        "closed without a reason");
            seen->second.closed = true;
            ++closed;
        }
        seen->second.last = connection;
        seen->second.quietBelow = quietBelow;
        return quietBelow;
    }

    // The live connections as the tracker lists them, between events.
    void checkLive(const PeerFlowTracker &tracker, qsizetype maxConnections)
    {
        const QList<PeerConnection> live = tracker.liveConnections();
        fuzz::check(live.size() == tracker.liveCount(), "live list and count disagree");
        fuzz::check(live.size() <= maxConnections, "more live connections than the bound");
        for (const PeerConnection &connection : live) {
            const auto seen = m_seen.find(connection.id);
            fuzz::check(seen != m_seen.end() && !seen->second.closed, "a live connection never opened, or closed");
            fuzz::check(connection.state != PeerConnectionState::Closed, "a live connection in state Closed");
            checkGrowth(seen->second.last, connection);
            seen->second.last = connection;
        }
        const PeerFlowStats &stats = tracker.stats();
        fuzz::check(stats.opened == opened && stats.closed == closed, "statistics disagree with the events");
        fuzz::check(stats.opened - stats.closed == quint64(tracker.liveCount()), "opened - closed is not live");
        fuzz::check(stats.refused + stats.abandoned + stats.evicted <= stats.closed, "more special closes than closes");
        fuzz::check(stats.peerSegments <= stats.segments && stats.untracked <= stats.peerSegments,
                    "segment counts out of order");
    }

    quint64 opened = 0;
    quint64 closed = 0;

private:
    struct Seen {
        PeerConnection last;
        bool closed = false;
        quint64 quietBelow = 0;
    };

    static void checkShape(const PeerConnection &c)
    {
        fuzz::check(c.parent.port == kPeerPort && c.child.port != kPeerPort, "roles against the peer port");
        fuzz::check(c.parent.address == kParentAddress, "a parent that is no parent");
        fuzz::check(c.parentToChildBytes < kNeverReached && c.acknowledgedBytes < kNeverReached
                        && c.childToParentBytes < kNeverReached && c.retransmittedBytes < kNeverReached,
                    "a count below zero", [&] { return describe(c); });
    }

    static void checkGrowth(const PeerConnection &before, const PeerConnection &now)
    {
        fuzz::check(now.parentToChildBytes >= before.parentToChildBytes
                        && now.acknowledgedBytes >= before.acknowledgedBytes
                        && now.childToParentBytes >= before.childToParentBytes
                        && now.retransmittedBytes >= before.retransmittedBytes,
                    "a count went down", [&] { return describe(before).append(" -> ").append(describe(now)); });
        fuzz::check(now.parent == before.parent && now.child == before.child && now.startUs == before.startUs
                        && now.joinedLate == before.joinedLate,
                    "a connection changed identity");
    }

    std::map<quint64, Seen> m_seen;
};

// Each side's next sequence number, per child, as a sender would keep it.
struct Streams {
    std::array<std::array<quint32, 2>, kChildren> next{};
};

TcpSegment decode(fuzz::Choices &choose, Streams &streams, qint64 *nowUs, bool *expireInstead)
{
    const quint8 who = choose.byte();
    const quint8 flags = choose.byte();
    const quint8 step = choose.byte();
    const quint16 length = choose.word();
    const quint8 ack = choose.byte();
    const quint8 time = choose.byte();

    *nowUs += time == 0xFF ? 600LL * 1000 * 1000 : time == 0xFE ? -3600LL * 1000 * 1000 : time * 1000LL;
    *expireInstead = (who & 0xE0) == 0xE0;
    const int child = who & 3;
    const bool fromParent = who & 4;
    const int ports = (who >> 3) & 3;
    TcpSegment segment;
    segment.timeUs = *nowUs;
    const Endpoint parent{kParentAddress, quint16(ports == 2 ? 4052 : kPeerPort)};
    const Endpoint childSide{childEndpoint(child).address, ports == 3 ? kPeerPort : childEndpoint(child).port};
    segment.source = fromParent ? parent : childSide;
    segment.destination = fromParent ? childSide : parent;
    segment.sourceMac = (flags & 0x80) ? 0 : (fromParent ? 0x020000000001 : 0x020000000010 + quint64(child));
    segment.flags = flags & 0x1F;
    segment.length = (length >> 8) == 0xFF ? -1 - (length & 0xFF)
        : (length >> 8) == 0xFE            ? 65536 + (length & 0xFF)
                                           : length;

    quint32 &next = streams.next[size_t(child)][fromParent ? 0 : 1];
    const quint32 amount = step & 0x3F;
    switch (step >> 6) {
    case 1: next += amount * 1000; break;
    case 2: next -= amount * 1000; break;
    case 3: next += amount << 26; break;
    default: break;
    }
    segment.sequence = next;
    segment.acknowledgement = streams.next[size_t(child)][fromParent ? 1 : 0] - ack * 500u;
    // As a sender would: its SYN and FIN take a sequence number each.
    next += quint32(qMax<qsizetype>(0, segment.length) & 0xFFFF) + (segment.has(TcpSegment::Syn) ? 1 : 0)
        + (segment.has(TcpSegment::Fin) ? 1 : 0);
    return segment;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Choices choose(fuzz::input(data, size));
    const quint8 header = choose.byte();
    PeerFlowLimits limits;
    limits.maxConnections = 1 + (header & 3);
    limits.maxClosedRemembered = (header >> 2) & 3;
    limits.idleTimeoutUs = (header & 0x10) ? 50LL * 1000 * 1000 : 300LL * 1000 * 1000;
    limits.closedLingerUs = (header & 0x20) ? 0 : 60LL * 1000 * 1000;
    Streams streams;
    const quint32 start = (header & 0x40) ? 0xFFFFF000u : 1000u; // near the wrap, or not
    for (int child = 0; child < kChildren; ++child) {
        streams.next[size_t(child)][0] = start + quint32(child) * 0x01000000u;
        streams.next[size_t(child)][1] = start + 0x40000000u + quint32(child) * 0x01000000u;
    }

    PeerFlowTracker tracker(kPeerPort, limits);
    Checker checker;
    tracker.setObserver(&checker);
    qint64 nowUs = 0;
    while (!choose.rest().isEmpty()) {
        bool expireInstead = false;
        const TcpSegment segment = decode(choose, streams, &nowUs, &expireInstead);
        if (expireInstead) {
            tracker.expire(nowUs);
        } else {
            const bool peer = segment.source.port == kPeerPort || segment.destination.port == kPeerPort;
            fuzz::check(tracker.feed(segment) == peer, "feed() misjudged peer traffic");
        }
        checker.checkLive(tracker, limits.maxConnections);
    }
    // Far past any segment time the input can reach: every connection ends.
    tracker.expire(std::numeric_limits<qint64>::max());
    checker.checkLive(tracker, limits.maxConnections);
    fuzz::check(tracker.liveCount() == 0 && checker.opened == checker.closed, "a connection outlived the capture");
    return 0;
}

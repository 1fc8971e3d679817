// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QtGlobal>

#include <array>

// One direction of a TCP connection as a passive observer counts it: its
// 32-bit sequence numbers as 64-bit offsets from a first byte, so counts go
// on across the wrap-around. Bytes are counted from sequence numbers, never
// from captured payload: a capture cut to a small snap length counts every
// byte, a retransmission counts once, and a range the capture missed counts
// (it crossed the wire, or is in flight) and is kept as a gap until filled.
// Shared by the TCP trackers (peerflows.h, httpdownloads.h).
namespace pfs::wire {

class TcpSequenceSpace {
public:
    // The largest TCP window (RFC 7323, window scale 14). A sequence number
    // further ahead of the highest one seen cannot belong to the stream:
    // counting it would add up to 2 GiB of garbage.
    static constexpr qint64 kMaxWindow = qint64(1) << 30;
    // Gaps remembered; beyond them the lowest is forgotten (its late fill
    // then counts as a retransmission).
    static constexpr int kMaxGaps = 4;

    // What one segment did to the space.
    struct Received {
        qint64 start = 0;          // the segment's first byte, as an offset (valid unless outOfWindow)
        qint64 end = 0;            // its data end, as an offset (valid unless outOfWindow)
        quint64 advanced = 0;      // growth of the highest end
        quint64 retransmitted = 0; // bytes seen before, not in a gap
        quint64 gapsForgotten = 0;
        bool outOfWindow = false;
    };

    bool isStarted() const { return m_started; }
    // Offset 0 is this sequence number: the first data byte (ISN + 1), or
    // the first one seen when the capture joined late (counts are then
    // lower bounds). Only the first call counts.
    void start(quint32 sequence);
    quint32 base() const { return m_base; }
    qint64 highestEnd() const { return m_highestEnd; }

    // The offset nearest to `reference` whose sequence number is `sequence`:
    // exact across the wrap-around as long as the two are less than 2 GiB
    // apart. Needs start().
    qint64 offsetOf(qint64 reference, quint32 sequence) const;

    // A segment's data: `length` bytes from `sequence` (after its SYN, if
    // any). Needs start(). Out of window: nothing changes.
    Received receive(quint32 sequence, qint64 length);

private:
    struct Gap {
        qint64 from = 0;
        qint64 to = 0;
    };

    quint64 fillGaps(qint64 from, qint64 to, quint64 *forgotten);
    bool addGap(qint64 from, qint64 to);

    bool m_started = false;
    quint32 m_base = 0;                 // sequence number of offset 0
    qint64 m_highestEnd = 0;            // the highest data end seen
    std::array<Gap, kMaxGaps> m_gaps{}; // ranges below the highest end not seen yet
    int m_gapCount = 0;
};

} // namespace pfs::wire

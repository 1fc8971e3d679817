// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "wire/tcpsequence.h"

#include <algorithm>

namespace pfs::wire {

void TcpSequenceSpace::start(quint32 sequence)
{
    if (m_started)
        return;
    m_started = true;
    m_base = sequence;
}

qint64 TcpSequenceSpace::offsetOf(qint64 reference, quint32 sequence) const
{
    // A modular difference from the reference's own sequence number.
    const quint32 referenceSequence = m_base + quint32(quint64(reference));
    return reference + qint32(sequence - referenceSequence);
}

TcpSequenceSpace::Received TcpSequenceSpace::receive(quint32 sequence, qint64 length)
{
    Received received;
    const qint64 highest = m_highestEnd;
    const qint64 start = offsetOf(highest, sequence);
    if (start - highest > kMaxWindow) {
        received.outOfWindow = true;
        return received;
    }
    const qint64 end = start + length;
    received.start = start;
    received.end = end;
    if (end > highest) {
        // Ahead of the highest end: what lies between crossed the wire
        // uncaptured, or is still in flight; remember it as a gap.
        if (start > highest && !addGap(highest, start))
            ++received.gapsForgotten;
        received.advanced = quint64(end - highest);
        m_highestEnd = end;
    }
    // Below the highest end: a late segment filling a gap, or a retransmission.
    // Bytes before the first counted one (a late join) count as neither.
    const qint64 belowFrom = qMax<qint64>(start, 0);
    const qint64 belowTo = qMin(end, highest);
    if (belowTo > belowFrom) {
        const quint64 filled = fillGaps(belowFrom, belowTo, &received.gapsForgotten);
        received.retransmitted = quint64(belowTo - belowFrom) - filled;
    }
    return received;
}

quint64 TcpSequenceSpace::fillGaps(qint64 from, qint64 to, quint64 *forgotten)
{
    quint64 filled = 0;
    int i = 0;
    while (i < m_gapCount) {
        Gap &gap = m_gaps[size_t(i)];
        const qint64 overlapFrom = qMax(gap.from, from);
        const qint64 overlapTo = qMin(gap.to, to);
        if (overlapFrom >= overlapTo) {
            ++i;
            continue;
        }
        filled += quint64(overlapTo - overlapFrom);
        if (overlapFrom == gap.from && overlapTo == gap.to) {
            gap = m_gaps[size_t(--m_gapCount)]; // gone: the last one takes its place
            continue;
        }
        if (overlapFrom == gap.from) {
            gap.from = overlapTo;
        } else if (overlapTo == gap.to) {
            gap.to = overlapFrom;
        } else {
            const Gap upper{overlapTo, gap.to};
            gap.to = overlapFrom;
            if (!addGap(upper.from, upper.to))
                ++*forgotten;
        }
        ++i;
    }
    return filled;
}

bool TcpSequenceSpace::addGap(qint64 from, qint64 to)
{
    if (m_gapCount < kMaxGaps) {
        m_gaps[size_t(m_gapCount++)] = Gap{from, to};
        return true;
    }
    // Full: the lowest gap is the oldest, the likeliest lost to the capture
    // for good. Filling it later counts as a retransmission.
    const auto lowest
        = std::min_element(m_gaps.begin(), m_gaps.end(), [](const Gap &a, const Gap &b) { return a.from < b.from; });
    if (lowest->from < from)
        *lowest = Gap{from, to};
    return false;
}

} // namespace pfs::wire

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "capture/xidlocator.h"

#include <QtEndian>

namespace pfs {

void XidLocator::feed(quint32 sender, QByteArrayView payload, qint64 timeMs, const KnownXid &known, QList<Tie> *ties)
{
    ++m_stats.payloads;
    if (m_place.found())
        read(sender, payload, timeMs, known, ties);
    else
        search(sender, payload, timeMs, known, ties);
}

quint32 XidLocator::valueAt(QByteArrayView payload, int offset, XidPlace::ByteOrder order)
{
    const uchar *at = reinterpret_cast<const uchar *>(payload.data()) + offset;
    return order == XidPlace::ByteOrder::Big ? qFromBigEndian<quint32>(at) : qFromLittleEndian<quint32>(at);
}

// Before a place is found: every offset of the payload's head, in both byte
// orders. A payload counts once per place, however often an XID repeats.
void XidLocator::search(quint32 sender, QByteArrayView payload, qint64 timeMs, const KnownXid &known, QList<Tie> *ties)
{
    const int end = int(qMin<qsizetype>(payload.size(), kScanBytes)) - 4;
    int best = -1;
    bool held = false;
    for (int offset = 0; offset <= end; ++offset) {
        for (const XidPlace::ByteOrder order : {XidPlace::ByteOrder::Big, XidPlace::ByteOrder::Little}) {
            const quint32 value = valueAt(payload, offset, order);
            if (value == 0 || !known(value))
                continue;
            const int index = offset * 2 + int(order);
            held = true;
            count(m_candidates[size_t(index)], sender);
            if (m_pending.size() >= size_t(kMaxPending)) {
                m_pending.pop_front();
                ++m_stats.pendingDropped;
            }
            m_pending.push_back({{sender, value, timeMs}, index});
            if (best < 0 || m_candidates[size_t(index)].hits > m_candidates[size_t(best)].hits)
                best = index;
        }
    }
    if (!held)
        return;
    ++m_stats.withKnownXid;
    if (trusted(m_candidates[size_t(best)]))
        settle(best, ties);
}

void XidLocator::count(Candidate &candidate, quint32 sender)
{
    ++candidate.hits;
    for (int i = 0; i < candidate.senderCount; ++i) {
        if (candidate.senders[size_t(i)] == sender)
            return;
    }
    if (candidate.senderCount < kMinSenders)
        candidate.senders[size_t(candidate.senderCount++)] = sender;
}

// Enough payloads, from more than one phone (one phone's own number at a
// fixed place proves nothing of the layout), and most of those that hold an
// XID at all: a consistent place, not a coincidence.
bool XidLocator::trusted(const Candidate &candidate) const
{
    return candidate.hits >= kMinHits && candidate.senderCount >= kMinSenders
        && qint64(candidate.hits) * 100 >= m_stats.withKnownXid * kMinSharePercent;
}

void XidLocator::settle(int candidate, QList<Tie> *ties)
{
    m_place.offset = candidate / 2;
    m_place.order = XidPlace::ByteOrder(candidate % 2);
    for (const Sighting &seen : m_pending) {
        if (seen.candidate == candidate) {
            ties->append(seen.tie);
            ++m_stats.ties;
        }
    }
    m_pending.clear();
    m_pending.shrink_to_fit();
}

void XidLocator::read(quint32 sender, QByteArrayView payload, qint64 timeMs, const KnownXid &known, QList<Tie> *ties)
{
    if (payload.size() < m_place.offset + 4) {
        ++m_stats.tooShort;
        return;
    }
    const quint32 value = valueAt(payload, m_place.offset, m_place.order);
    if (value == 0 || !known(value)) {
        ++m_stats.unknownAtPlace;
        return;
    }
    ties->append({sender, value, timeMs});
    ++m_stats.ties;
}

} // namespace pfs

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArrayView>
#include <QList>

#include <array>
#include <deque>
#include <functional>

// Where the phones put their hierarchy's XID in a PFS broadcast (UDP 4051).
// The payload's layout is not public (../shared/docs/pfs-field-guide.md), so
// nothing is assumed: every payload is searched for the 4 bytes of an XID a
// trace named, in either byte order, and a place (offset and byte order) is
// trusted only once it holds a known XID in enough payloads, from more than
// one sender, and in most of the payloads that hold one anywhere. From then
// on the value at that place ties its sender to that hierarchy: an
// inference, labelled so wherever it is shown. A payload too short for the
// place, or holding there an XID no trace named, is counted, never guessed at.
namespace pfs {

struct XidPlace {
    enum class ByteOrder : quint8 { Big, Little };
    int offset = -1; // -1: none found (yet)
    ByteOrder order = ByteOrder::Big;

    bool found() const { return offset >= 0; }
};

struct XidLocatorStats {
    qint64 payloads = 0;       // searched
    qint64 withKnownXid = 0;   // that held a known XID somewhere before a place was found
    qint64 ties = 0;           // sender tied to a hierarchy (pending ones included once the place is found)
    qint64 tooShort = 0;       // once a place is found: payloads ending before it
    qint64 unknownAtPlace = 0; // once a place is found: no known XID there
    qint64 pendingDropped = 0; // early sightings forgotten, over the bound, before a place was found
};

class XidLocator {
public:
    static constexpr int kScanBytes = 128; // of a payload, searched for an XID
    static constexpr int kMinHits = 8;     // payloads agreeing on a place before it is trusted
    static constexpr int kMinSenders = 2;
    static constexpr int kMinSharePercent = 80; // of the payloads holding a known XID anywhere
    static constexpr int kMaxPending = 1024;    // sightings kept until a place is found

    struct Tie {
        quint32 sender = 0;
        quint32 xid = 0;
        qint64 timeMs = 0;
    };
    using KnownXid = std::function<bool(quint32 xid)>;

    // Reads one broadcast's captured payload. Appends to `ties` what it ties:
    // at most this sender once a place is found; the moment it is found, the
    // sightings kept until then at that place too.
    void feed(quint32 sender, QByteArrayView payload, qint64 timeMs, const KnownXid &known, QList<Tie> *ties);

    const XidPlace &place() const { return m_place; }
    const XidLocatorStats &stats() const { return m_stats; }

private:
    struct Candidate {
        int hits = 0;
        std::array<quint32, kMinSenders> senders{}; // the first distinct ones
        int senderCount = 0;
    };
    struct Sighting {
        Tie tie;
        int candidate = 0;
    };
    static constexpr int kCandidates = kScanBytes * 2; // every offset, in each byte order

    static quint32 valueAt(QByteArrayView payload, int offset, XidPlace::ByteOrder order);
    void search(quint32 sender, QByteArrayView payload, qint64 timeMs, const KnownXid &known, QList<Tie> *ties);
    void read(quint32 sender, QByteArrayView payload, qint64 timeMs, const KnownXid &known, QList<Tie> *ties);
    void count(Candidate &candidate, quint32 sender);
    bool trusted(const Candidate &candidate) const;
    void settle(int candidate, QList<Tie> *ties);

    XidPlace m_place;
    std::array<Candidate, kCandidates> m_candidates{};
    std::deque<Sighting> m_pending;
    XidLocatorStats m_stats;
};

} // namespace pfs

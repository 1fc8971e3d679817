// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "capture/receiveddatagram.h"
#include "capture/xidlocator.h"
#include "logs/syslogparser.h"
#include "model/rolloutmodel.h"

#include <QHash>
#include <functional>

// The one path from what the console heard to the rollout model, shared by
// live sources and capture replay: syslog (UDP datagrams, TCP stream bytes)
// to DLoad records to events; PFS broadcasts decoded when they follow the
// modelled layout, else kept as counted, undecoded traffic per sender, and
// searched for the XIDs the traces name (XidLocator: an inference).
namespace pfs {

struct BroadcastSender {
    qint64 datagrams = 0;
    qint64 bytes = 0;
    qint64 decoded = 0;
    qint64 undecoded = 0;
    qint64 lastUs = 0;
    quint32 lastXid = 0; // from the last decoded payload
};

struct IngestCounters {
    qint64 datagrams = 0;
    qint64 dloadRecords = 0;
    qint64 otherSyslogRecords = 0; // syslog lines that carry no DLoad record
    qint64 pfsDecoded = 0;
    qint64 pfsUndecoded = 0;
    qint64 tcpOversizedFrames = 0;
    qint64 tcpResyncs = 0;        // malformed frame starts skipped to the next frame
    qint64 tcpDiscardedBytes = 0; // of oversized, malformed or cut-short frames
    SyslogStats syslog;
    XidPlace xidPlace; // where the broadcasts carry the traced XIDs, once found (inferred)
    XidLocatorStats xids;
};

class Ingest {
public:
    static constexpr int kMaxStreams = 4096;
    static constexpr int kMaxBroadcastSenders = 65536;

    explicit Ingest(RolloutModel *model);

    // Routes one datagram. TCP bytes are followed whatever their framing;
    // false only when a new TCP stream finds the table of streams full (the
    // caller closes that connection).
    bool receive(const ReceivedDatagram &datagram);
    // The stream's end (at `timeUs`) ends its last line, if it has one.
    void closeStream(quint32 stream, qint64 timeUs);

    using RecordObserver
        = std::function<void(QByteArrayView record, const DLoadEvent &event, const RecordOrigin &origin, qint64 ms)>;
    // Called with every DLoad record, as parsed, and its sender, e.g. for an
    // event log. The views are valid during the call only.
    void setRecordObserver(RecordObserver observer) { m_observer = std::move(observer); }

    const IngestCounters &counters() const { return m_counters; }
    const QHash<quint32, BroadcastSender> &broadcastSenders() const { return m_senders; }

private:
    bool readStreamBytes(const ReceivedDatagram &datagram);
    void readSyslogFrame(QByteArrayView frame, const ReceivedDatagram &datagram, QDate day);
    void readBroadcast(const ReceivedDatagram &datagram);
    const QByteArray &senderKey(quint32 source);

    RolloutModel *m_model;
    QHash<quint32, SyslogStreamSplitter> m_streams;
    QHash<quint32, BroadcastSender> m_senders;
    XidLocator m_xids; // where the broadcasts carry the traced XIDs, if they do
    XidLocator::KnownXid m_knownXid;
    QList<XidLocator::Tie> m_ties;
    IngestCounters m_counters;
    RecordObserver m_observer;
    QList<QByteArrayView> m_frames;
    QList<SyslogRecordView> m_records;
    QByteArray m_retagged; // a record whose "DLoad:" travelled as the syslog TAG
    RecordOrigin m_origin; // of the frame being read
    DLoadEvent m_event;    // of the record being read
    quint32 m_senderKeySource = 0;
    QByteArray m_senderKey;
};

} // namespace pfs

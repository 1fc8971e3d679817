#pragma once

#include "receiveddatagram.h"
#include "rolloutmodel.h"
#include "syslogmessage.h"

#include <QHash>
#include <functional>

// The one path from what the console heard to the rollout model, shared by
// live sources and capture replay: syslog (UDP datagrams, TCP stream bytes)
// to DLoad records to events; PFS broadcasts decoded when they follow the
// modelled layout, else kept as counted, undecoded traffic per sender.
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
    qint64 tcpStreamsBroken = 0;
    qint64 tcpOversizedFrames = 0;
    SyslogStats syslog;
};

class Ingest
{
public:
    static constexpr int kMaxStreams = 4096;
    static constexpr int kMaxBroadcastSenders = 65536;

    explicit Ingest(RolloutModel *model);

    // Routes one datagram. For TCP bytes, returns false when the stream can no
    // longer be followed (the caller closes the connection).
    bool take(const ReceivedDatagram &datagram);
    void closeStream(quint32 stream);

    using RecordObserver
        = std::function<void(const QByteArray &record, const DLoadEvent &event, const RecordOrigin &origin, qint64 ms)>;
    // Called with every DLoad record, as parsed, and its sender, e.g. for an event log.
    void setRecordObserver(RecordObserver observer) { m_observer = std::move(observer); }

    const IngestCounters &counters() const { return m_counters; }
    const QHash<quint32, BroadcastSender> &broadcastSenders() const { return m_senders; }

private:
    void takeSyslogFrame(QByteArrayView frame, const ReceivedDatagram &datagram);
    void takeBroadcast(const ReceivedDatagram &datagram);

    RolloutModel *m_model;
    QHash<quint32, SyslogStreamSplitter> m_streams;
    QHash<quint32, BroadcastSender> m_senders;
    IngestCounters m_counters;
    RecordObserver m_observer;
    QList<QByteArray> m_frames;
};

} // namespace pfs

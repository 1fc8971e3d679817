#include "ingest.h"

#include "dloadparser.h"
#include "ipv4.h"
#include "pfsdatagram.h"

#include <QDateTime>

namespace pfs {

Ingest::Ingest(RolloutModel *model)
    : m_model(model)
{
}

bool Ingest::take(const ReceivedDatagram &d)
{
    ++m_counters.datagrams;
    switch (d.channel) {
    case ReceivedDatagram::Channel::Pfs:
        takeBroadcast(d);
        return true;
    case ReceivedDatagram::Channel::SyslogUdp:
        takeSyslogFrame(d.payload, d);
        return true;
    case ReceivedDatagram::Channel::SyslogTcp:
        break;
    }
    if (!m_streams.contains(d.stream) && m_streams.size() >= kMaxStreams)
        return false; // bounded: a flood of connections cannot grow this without end
    if (d.lostBefore)
        m_streams.remove(d.stream); // its half-read frame lost its end: framing starts again
    SyslogStreamSplitter &splitter = m_streams[d.stream];
    m_frames.clear();
    const qint64 oversizedBefore = splitter.oversizedFrames();
    const bool alive = splitter.feed(d.payload, &m_frames);
    m_counters.tcpOversizedFrames += splitter.oversizedFrames() - oversizedBefore;
    for (const QByteArray &frame : std::as_const(m_frames))
        takeSyslogFrame(frame, d);
    if (!alive)
        ++m_counters.tcpStreamsBroken;
    if (!alive || d.lostAfter)
        m_streams.remove(d.stream);
    return alive;
}

void Ingest::closeStream(quint32 stream)
{
    const auto it = m_streams.find(stream);
    if (it == m_streams.end())
        return;
    const QByteArray last = it->finish();
    m_streams.erase(it);
    if (!last.isEmpty()) {
        ReceivedDatagram d;
        d.channel = ReceivedDatagram::Channel::SyslogTcp;
        takeSyslogFrame(last, d);
    }
}

// The transport's facts only (host, source address, UDP or TCP): whether the
// source is the phone or a relay is the model's decision (RolloutModel::noteSender).
void Ingest::takeSyslogFrame(QByteArrayView frame, const ReceivedDatagram &d)
{
    const qint64 ms = d.timeUs / 1000;
    const QDate day = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
    const QList<SyslogRecord> records = SyslogParser::parse(frame, day, &m_counters.syslog);
    RecordOrigin origin;
    origin.source = d.source;
    origin.transport = d.channel == ReceivedDatagram::Channel::SyslogTcp ? RecordOrigin::Transport::Tcp
                                                                         : RecordOrigin::Transport::Udp;
    // Records without a HOSTNAME from one sender are one phone's, not one each.
    if (d.source)
        origin.stream = "syslog:" + formatIpv4(d.source).toLatin1();
    for (const SyslogRecord &r : records) {
        DLoadEvent event;
        if (!DLoadParser::parse(r.message, event)) {
            ++m_counters.otherSyslogRecords;
            continue;
        }
        ++m_counters.dloadRecords;
        origin.host = r.host;
        m_model->apply(event, origin, ms);
        if (m_observer)
            m_observer(r.message, event, origin, ms);
    }
}

void Ingest::takeBroadcast(const ReceivedDatagram &d)
{
    if (!m_senders.contains(d.source) && m_senders.size() >= kMaxBroadcastSenders) {
        ++m_counters.pfsUndecoded;
        return;
    }
    BroadcastSender &sender = m_senders[d.source];
    ++sender.datagrams;
    sender.bytes += d.payload.size();
    sender.lastUs = d.timeUs;
    PfsDatagram decoded;
    if (PfsDatagram::decode(d.payload, &decoded)) {
        ++sender.decoded;
        ++m_counters.pfsDecoded;
        sender.lastXid = decoded.xid;
    } else {
        ++sender.undecoded;
        ++m_counters.pfsUndecoded;
    }
}

} // namespace pfs

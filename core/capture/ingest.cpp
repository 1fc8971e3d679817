// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "capture/ingest.h"

#include "protocol/dloadparser.h"
#include "protocol/ipv4.h"
#include "protocol/pfsdatagram.h"

#include <QDate>

namespace pfs {

Ingest::Ingest(RolloutModel *model)
    : m_model(model)
    , m_knownXid([model](quint32 xid) { return model->hierarchyByXid(xid) != nullptr; })
{
}

namespace {
constexpr qint64 kMsPerDay = 86400000;
constexpr qint64 kUnixEpochJulianDay = 2440588;

// The UTC date of a time in ms since the epoch, without a time zone lookup.
QDate utcDate(qint64 ms)
{
    const qint64 days = ms >= 0 ? ms / kMsPerDay : -((-ms + kMsPerDay - 1) / kMsPerDay);
    return QDate::fromJulianDay(kUnixEpochJulianDay + days);
}
} // namespace

bool Ingest::receive(const ReceivedDatagram &d)
{
    ++m_counters.datagrams;
    switch (d.channel) {
    case ReceivedDatagram::Channel::Pfs: readBroadcast(d); return true;
    case ReceivedDatagram::Channel::SyslogUdp: readSyslogFrame(d.payload, d, utcDate(d.timeUs / 1000)); return true;
    case ReceivedDatagram::Channel::SyslogTcp: return readStreamBytes(d);
    case ReceivedDatagram::Channel::Wire: --m_counters.datagrams; return true; // the wire ingest's
    }
    return true;
}

bool Ingest::readStreamBytes(const ReceivedDatagram &d)
{
    auto it = m_streams.find(d.stream);
    if (it == m_streams.end()) {
        if (m_streams.size() >= kMaxStreams)
            return false; // bounded: a flood of connections cannot grow this without end
        it = m_streams.insert(d.stream, SyslogStreamSplitter());
    } else if (d.lostBefore) {
        *it = SyslogStreamSplitter(); // its half-read frame lost its end: framing starts again
    }
    SyslogStreamSplitter &splitter = *it;
    const qint64 oversized = splitter.oversizedFrames(), resyncs = splitter.resyncs();
    const qint64 discarded = splitter.discardedBytes();
    m_frames.clear();
    splitter.feed(d.payload, &m_frames);
    m_counters.tcpOversizedFrames += splitter.oversizedFrames() - oversized;
    m_counters.tcpResyncs += splitter.resyncs() - resyncs;
    m_counters.tcpDiscardedBytes += splitter.discardedBytes() - discarded;
    const QDate day = utcDate(d.timeUs / 1000);
    for (const QByteArrayView frame : std::as_const(m_frames))
        readSyslogFrame(frame, d, day);
    if (d.lostAfter)
        m_streams.erase(it);
    return true;
}

void Ingest::closeStream(quint32 stream, qint64 timeUs)
{
    const auto it = m_streams.find(stream);
    if (it == m_streams.end())
        return;
    const qint64 discarded = it->discardedBytes();
    const QList<QByteArray> last = it->finish();
    m_counters.tcpDiscardedBytes += it->discardedBytes() - discarded;
    m_streams.erase(it);
    ReceivedDatagram d;
    d.channel = ReceivedDatagram::Channel::SyslogTcp;
    d.stream = stream;
    d.timeUs = timeUs;
    for (const QByteArray &frame : last)
        readSyslogFrame(frame, d, utcDate(timeUs / 1000));
}

// The transport's facts only (host, source address, UDP or TCP): whether the
// source is the phone or a relay is the model's decision (RolloutModel::noteSender).
// `day`: the receive date, for RFC 3164's missing year.
void Ingest::readSyslogFrame(QByteArrayView frame, const ReceivedDatagram &d, QDate day)
{
    const qint64 ms = d.timeUs / 1000;
    SyslogParser::parse(frame, day, &m_records, &m_counters.syslog);
    RecordOrigin &origin = m_origin; // kept: its sender key changes only with the sender
    origin.source = d.source;
    origin.transport = d.channel == ReceivedDatagram::Channel::SyslogTcp ? RecordOrigin::Transport::Tcp
                                                                         : RecordOrigin::Transport::Udp;
    // Records without a HOSTNAME from one sender are one phone's, not one each.
    if (!d.source)
        origin.stream.clear();
    else if (d.source != m_senderKeySource || origin.stream.isEmpty())
        origin.stream = senderKey(d.source);
    for (const SyslogRecordView &r : std::as_const(m_records)) {
        const QByteArrayView message = r.message(&m_retagged);
        DLoadEvent &event = m_event; // parse() sets every field
        if (!DLoadParser::parse(message, event)) {
            ++m_counters.otherSyslogRecords;
            continue;
        }
        ++m_counters.dloadRecords;
        origin.host = r.host;
        m_model->apply(event, origin, ms);
        if (m_observer)
            m_observer(message, event, origin, ms);
    }
}

// "syslog:ADDRESS", made once for a run of frames from one sender: formatting
// it costs more than parsing the record.
const QByteArray &Ingest::senderKey(quint32 source)
{
    if (source != m_senderKeySource || m_senderKey.isEmpty()) {
        m_senderKeySource = source;
        m_senderKey = "syslog:" + formatIpv4(source).toLatin1();
    }
    return m_senderKey;
}

void Ingest::readBroadcast(const ReceivedDatagram &d)
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
    // Whatever the layout, modelled or not: the place is found in the payloads, not assumed.
    m_ties.clear();
    m_xids.feed(d.source, d.payload, d.timeUs / 1000, m_knownXid, &m_ties);
    for (const XidLocator::Tie &tie : std::as_const(m_ties))
        m_model->applyBroadcastXid(tie.sender, tie.xid, tie.timeMs);
    m_counters.xidPlace = m_xids.place();
    m_counters.xids = m_xids.stats();
}

} // namespace pfs

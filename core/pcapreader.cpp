#include "pcapreader.h"

#include "pfsdatagram.h"

#include <QFile>
#include <QtEndian>

#include <pcap/pcap.h>

namespace pfs {
namespace {

constexpr quint16 kEtherIpv4 = 0x0800;
constexpr quint16 kEtherVlan = 0x8100;
constexpr quint16 kEtherQinQ = 0x88a8;
constexpr quint8 kTcpSyn = 0x02;
#ifndef DLT_IPV4
constexpr int DLT_IPV4 = 228;
#endif
#ifndef DLT_LINUX_SLL2
constexpr int DLT_LINUX_SLL2 = 276;
#endif

quint16 be16(QByteArrayView b, qsizetype at)
{
    return qFromBigEndian<quint16>(b.data() + at);
}

quint32 be32(QByteArrayView b, qsizetype at)
{
    return qFromBigEndian<quint32>(b.data() + at);
}

quint64 flowKey(quint32 src, quint16 sport, quint32 dst, quint16 dport)
{
    quint64 key = (quint64(src) << 32) | dst;
    key ^= (quint64(sport) << 48) ^ (quint64(dport) << 16) ^ 0x9e3779b97f4a7c15ULL;
    return key;
}

// "<PRI>…" (a datagram, an LF-framed stream) or "LEN <PRI>…" (octet counting).
bool looksLikeSyslog(QByteArrayView data)
{
    qsizetype i = 0;
    while (i < data.size() && i < 10 && data[i] >= '0' && data[i] <= '9')
        ++i;
    if (i > 0) {
        if (i >= data.size() || data[i] != ' ')
            return false;
        ++i;
    }
    return data.size() > i + 2 && data[i] == '<' && data[i + 1] >= '0' && data[i + 1] <= '9';
}

} // namespace

PcapReader::~PcapReader()
{
    if (m_pcap)
        pcap_close(m_pcap);
}

bool PcapReader::open(const QString &path, QString *error)
{
    char message[PCAP_ERRBUF_SIZE] = {};
    m_pcap = pcap_open_offline_with_tstamp_precision(QFile::encodeName(path).constData(),
                                                     PCAP_TSTAMP_PRECISION_MICRO, message);
    if (!m_pcap) {
        *error = tr("cannot open capture %1: %2").arg(path, QString::fromLocal8Bit(message));
        return false;
    }
    m_linkType = pcap_datalink(m_pcap);
    return true;
}

void PcapReader::setPorts(quint16 pfsPort, QSet<quint16> syslogPorts)
{
    m_pfsPort = pfsPort;
    m_syslogPorts = std::move(syslogPorts);
}

bool PcapReader::next(ReceivedDatagram *out)
{
    if (!m_pcap)
        return false;
    while (true) {
        pcap_pkthdr *header = nullptr;
        const u_char *data = nullptr;
        const int status = pcap_next_ex(m_pcap, &header, &data);
        if (status == PCAP_ERROR_BREAK)
            return false;
        if (status == PCAP_ERROR) {
            m_error = tr("capture file is damaged: %1").arg(QString::fromLocal8Bit(pcap_geterr(m_pcap)));
            return false;
        }
        if (status != 1)
            continue;
        ++m_stats.packets;
        const qint64 timeUs = qint64(header->ts.tv_sec) * 1000000 + header->ts.tv_usec;
        const QByteArrayView frame(reinterpret_cast<const char *>(data), qsizetype(header->caplen));
        if (decodeFrame(m_linkType, frame, timeUs, out))
            return true;
    }
}

bool PcapReader::decodeFrame(int linkType, QByteArrayView frame, qint64 timeUs, ReceivedDatagram *out)
{
    qsizetype offset = 0;
    quint16 etherType = kEtherIpv4;
    if (linkType == DLT_EN10MB) {
        if (frame.size() < 14)
            return ++m_stats.malformed, false;
        etherType = be16(frame, 12);
        offset = 14;
        while ((etherType == kEtherVlan || etherType == kEtherQinQ) && frame.size() >= offset + 4) {
            etherType = be16(frame, offset + 2);
            offset += 4;
        }
    } else if (linkType == DLT_LINUX_SLL) {
        if (frame.size() < 16)
            return ++m_stats.malformed, false;
        etherType = be16(frame, 14);
        offset = 16;
    } else if (linkType == DLT_LINUX_SLL2) {
        if (frame.size() < 20)
            return ++m_stats.malformed, false;
        etherType = be16(frame, 0);
        offset = 20;
    } else if (linkType == DLT_NULL || linkType == DLT_LOOP) {
        if (frame.size() < 4)
            return ++m_stats.malformed, false;
        const quint32 family = linkType == DLT_LOOP ? be32(frame, 0) : qFromLittleEndian<quint32>(frame.data());
        etherType = family == 2 || family == 0x02000000 ? kEtherIpv4 : 0;
        offset = 4;
    } else if (linkType != DLT_RAW && linkType != DLT_IPV4) {
        m_error = tr("unsupported link type %1 in the capture").arg(linkType);
        return false;
    }
    if (etherType != kEtherIpv4)
        return ++m_stats.skipped, false;
    return decodeIpv4(frame.sliced(offset), timeUs, out);
}

bool PcapReader::decodeIpv4(QByteArrayView p, qint64 timeUs, ReceivedDatagram *out)
{
    if (p.size() < 20)
        return ++m_stats.malformed, false;
    if ((quint8(p[0]) >> 4) != 4)
        return ++m_stats.skipped, false;
    const qsizetype headerLength = (quint8(p[0]) & 0x0f) * 4;
    const qsizetype total = be16(p, 2);
    if (headerLength < 20 || total < headerLength || p.size() < headerLength)
        return ++m_stats.malformed, false;
    if ((be16(p, 6) & 0x3fff) != 0)
        return ++m_stats.fragments, false;
    const quint8 protocol = quint8(p[9]);
    const QByteArrayView transport = p.sliced(headerLength, qMin(p.size(), total) - headerLength);
    *out = ReceivedDatagram{};
    out->source = be32(p, 12);
    out->destination = be32(p, 16);
    out->timeUs = timeUs;
    if (protocol == 17 && transport.size() >= 8) {
        out->sourcePort = be16(transport, 0);
        out->destinationPort = be16(transport, 2);
        const qsizetype length = qBound<qsizetype>(8, be16(transport, 4), transport.size());
        out->payload = transport.sliced(8, length - 8).toByteArray();
        // PFS by its port; the modelled layout (pfsdatagram.h) by its magic on any port.
        if (out->destinationPort == m_pfsPort || out->payload.startsWith(PfsDatagram::kMagic)) {
            out->channel = ReceivedDatagram::Channel::Pfs;
            return ++m_stats.pfs, true;
        }
        if (m_syslogPorts.contains(out->destinationPort) || looksLikeSyslog(out->payload)) {
            out->channel = ReceivedDatagram::Channel::SyslogUdp;
            return ++m_stats.syslogUdp, true;
        }
        return ++m_stats.skipped, false;
    }
    if (protocol == 6 && transport.size() >= 20) {
        out->sourcePort = be16(transport, 0);
        out->destinationPort = be16(transport, 2);
        const qsizetype offset = (quint8(transport[12]) >> 4) * 4;
        if (offset < 20 || offset > transport.size())
            return ++m_stats.malformed, false;
        const quint64 key = flowKey(out->source, out->sourcePort, out->destination, out->destinationPort);
        const QByteArrayView data = transport.sliced(offset);
        // A flow is syslog by its port, or by how its first bytes look.
        if (!m_syslogPorts.contains(out->destinationPort) && !m_flows.contains(key)
            && (data.isEmpty() || !looksLikeSyslog(data)))
            return ++m_stats.skipped, false;
        return acceptTcp(key, data, quint8(transport[13]), be32(transport, 4), out);
    }
    return ++m_stats.skipped, false;
}

// In-order stream bytes per flow: retransmitted bytes are dropped, a gap
// (bytes the capture missed) is counted and stepped over.
bool PcapReader::acceptTcp(quint64 key, QByteArrayView data, quint8 flags, quint32 sequence, ReceivedDatagram *out)
{
    Flow &flow = m_flows[key];
    if (!flow.id)
        flow.id = quint32(m_flows.size());
    if (flags & kTcpSyn) {
        flow.next = sequence + 1;
        flow.started = true;
        return false;
    }
    if (data.isEmpty())
        return false;
    if (!flow.started) {
        flow.next = sequence;
        flow.started = true;
    }
    const qint32 ahead = qint32(sequence - flow.next);
    if (ahead > 0) {
        ++m_stats.tcpGaps;
    } else if (ahead < 0) {
        if (-ahead >= data.size())
            return false; // all seen before
        data = data.sliced(-ahead);
    }
    const quint32 firstNewByte = ahead < 0 ? flow.next : sequence;
    flow.next = firstNewByte + quint32(data.size());
    out->channel = ReceivedDatagram::Channel::SyslogTcp;
    out->stream = flow.id;
    out->payload = data.toByteArray();
    ++m_stats.syslogTcpSegments;
    return true;
}

} // namespace pfs

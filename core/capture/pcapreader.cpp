// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "capture/pcapreader.h"

#include "protocol/pfsdatagram.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QtEndian>

#include <pcap/pcap.h>

#include <cstdio>

namespace pfs {
namespace {

constexpr quint16 kEtherIpv4 = 0x0800;
constexpr quint16 kEtherVlan = 0x8100;
constexpr quint16 kEtherQinQ = 0x88a8;
constexpr int kMaxVlanTags = 8;
constexpr quint8 kProtocolTcp = 6;
constexpr quint8 kProtocolUdp = 17;
constexpr qsizetype kIpv4Header = 20;
constexpr qsizetype kUdpHeader = 8;
constexpr qsizetype kTcpHeader = 20;
constexpr quint8 kTcpSyn = 0x02;
constexpr qint64 kMaxSeconds = 253402300799; // 9999-12-31 23:59:59 UTC, the end of QDateTime's usual range
constexpr int kMaxCountDigits = 10;
#ifndef DLT_IPV4
constexpr int DLT_IPV4 = 228;
#endif
#ifndef DLT_LINUX_SLL2
constexpr int DLT_LINUX_SLL2 = 276;
#endif

// Callers check the bounds first: every read below is inside `b`.
quint16 be16(QByteArrayView b, qsizetype at)
{
    Q_ASSERT(at >= 0 && at + 2 <= b.size());
    return qFromBigEndian<quint16>(b.data() + at);
}

quint32 be32(QByteArrayView b, qsizetype at)
{
    Q_ASSERT(at >= 0 && at + 4 <= b.size());
    return qFromBigEndian<quint32>(b.data() + at);
}

quint64 flowKey(quint32 src, quint16 sport, quint32 dst, quint16 dport)
{
    quint64 key = (quint64(src) << 32) | dst;
    key ^= (quint64(sport) << 48) ^ (quint64(dport) << 16) ^ 0x9e3779b97f4a7c15ULL;
    return key;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "LEN " in front of an octet-counted frame: the digits and the space, or 0.
qsizetype countPrefix(QByteArrayView data, qint64 *count)
{
    qsizetype i = 0;
    qint64 value = 0;
    while (i < data.size() && i < kMaxCountDigits && isDigit(data[i]))
        value = value * 10 + (data[i++] - '0');
    if (i == 0 || i >= data.size() || data[i] != ' ')
        return 0;
    *count = value;
    return i + 1;
}

bool startsWithPri(QByteArrayView data)
{
    return data.size() > 2 && data[0] == '<' && isDigit(data[1]);
}

// "<PRI>…" (a datagram, an LF-framed stream) or "LEN <PRI>…" (octet counting).
bool looksLikeSyslog(QByteArrayView data)
{
    qint64 count = 0;
    return startsWithPri(data.sliced(countPrefix(data, &count)));
}

// An octet-counted frame at `at` whose length leads to the end of what was
// captured, past it, or to another such frame: a frame start we can trust.
bool countedFrameAt(QByteArrayView data, qsizetype at, int depth = 2)
{
    qint64 count = 0;
    const qsizetype prefix = countPrefix(data.sliced(at), &count);
    if (prefix == 0 || count == 0 || !startsWithPri(data.sliced(at + prefix)))
        return false;
    const qint64 end = qint64(at) + prefix + count;
    if (end >= data.size())
        return true;
    return depth == 0 || countedFrameAt(data, qsizetype(end), depth - 1);
}

// After a hole the stream resumes in the middle of a frame: where the next
// whole frame starts, or -1 when these bytes hold none. A line-framed
// frame starts after a line feed, an octet-counted one after any byte that
// is not a digit (frames follow each other without separator).
qsizetype frameStartAfterHole(QByteArrayView data)
{
    for (qsizetype at = 0; at < data.size(); ++at) {
        const bool lineStart = at == 0 || data[at - 1] == '\n';
        if (lineStart && startsWithPri(data.sliced(at)))
            return at;
        if ((at == 0 || !isDigit(data[at - 1])) && countedFrameAt(data, at))
            return at;
    }
    const qsizetype newline = data.indexOf('\n');
    return newline < 0 || newline + 1 == data.size() ? -1 : newline + 1;
}

// A datagram cut by the snap length: its whole lines, without the cut one.
QByteArrayView wholeLines(QByteArrayView payload)
{
    const qsizetype newline = payload.lastIndexOf('\n');
    return payload.first(newline + 1);
}

} // namespace

PcapReader::~PcapReader()
{
    if (m_pcap)
        pcap_close(m_pcap);
}

bool PcapReader::supportsLinkType(int linkType)
{
    switch (linkType) {
    case DLT_EN10MB:
    case DLT_LINUX_SLL:
    case DLT_LINUX_SLL2:
    case DLT_NULL:
    case DLT_LOOP:
    case DLT_RAW:
    case DLT_IPV4: return true;
    default: return false;
    }
}

bool PcapReader::looksLikeCapture(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4);
    if (head.size() < 4)
        return false;
    const quint32 magic = qFromBigEndian<quint32>(head.constData());
    // pcap in microseconds and nanoseconds, and pcapng's Section Header Block (a palindrome).
    for (const quint32 known : {0xa1b2c3d4u, 0xa1b23c4du, 0x0a0d0d0au}) {
        if (magic == known || magic == qbswap(known))
            return true;
    }
    return false;
}

bool PcapReader::open(const QString &path, QString *error)
{
    char message[PCAP_ERRBUF_SIZE] = {};
    m_path = path;
    m_pcap = pcap_open_offline_with_tstamp_precision(QFile::encodeName(path).constData(), PCAP_TSTAMP_PRECISION_MICRO,
                                                     message);
    if (!m_pcap) {
        *error = tr("cannot open capture %1: %2").arg(path, QString::fromLocal8Bit(message));
        return false;
    }
    m_linkType = pcap_datalink(m_pcap);
    if (!supportsLinkType(m_linkType)) {
        *error = m_error = tr("cannot replay %1: unsupported link type %2 in the capture").arg(path).arg(m_linkType);
        pcap_close(m_pcap);
        m_pcap = nullptr;
        return false;
    }
    return true;
}

void PcapReader::setPorts(quint16 pfsPort, QSet<quint16> syslogPorts)
{
    m_pfsPort = pfsPort;
    m_syslogPorts = std::move(syslogPorts);
    m_syslogPortBits = portBits(m_syslogPorts);
}

std::array<quint64, 65536 / 64> PcapReader::portBits(const QSet<quint16> &ports)
{
    std::array<quint64, 65536 / 64> bits{};
    for (const quint16 port : ports)
        bits[port >> 6] |= quint64(1) << (port & 63);
    return bits;
}

bool PcapReader::clampTime(qint64 seconds, qint64 microseconds, qint64 *out)
{
    const bool valid = seconds >= 0 && seconds <= kMaxSeconds && microseconds >= 0 && microseconds < 1000000;
    *out = qBound(qint64(0), seconds, kMaxSeconds) * 1000000 + qBound(qint64(0), microseconds, qint64(999999));
    return valid;
}

bool PcapReader::next(ReceivedDatagram *out)
{
    if (!m_pcap || !m_damage.isEmpty())
        return false;
    while (true) {
        pcap_pkthdr *header = nullptr;
        const u_char *data = nullptr;
        const int status = pcap_next_ex(m_pcap, &header, &data);
        if (status == PCAP_ERROR_BREAK)
            return false;
        if (status == PCAP_ERROR) {
            m_damage = damageReport();
            return false;
        }
        if (status != 1)
            continue;
        const QByteArrayView frame(reinterpret_cast<const char *>(data), qsizetype(header->caplen));
        if (takeFrame(qint64(header->ts.tv_sec), qint64(header->ts.tv_usec), frame, qint64(header->len), out))
            return true;
    }
}

bool PcapReader::setLinkType(int linkType, QString *error)
{
    if (!supportsLinkType(linkType)) {
        *error = m_error = tr("unsupported link type %1 in the capture").arg(linkType);
        return false;
    }
    m_linkType = linkType;
    return true;
}

bool PcapReader::decodeCaptured(const CapturedFrame &frame, ReceivedDatagram *out)
{
    return takeFrame(frame.seconds, frame.microseconds, frame.data, frame.wireLength, out);
}

// Every frame, from a file or given, is counted and decoded here.
bool PcapReader::takeFrame(qint64 seconds, qint64 microseconds, QByteArrayView frame, qint64 wireLength,
                           ReceivedDatagram *out)
{
    ++m_stats.packets;
    qint64 time = 0;
    if (!clampTime(seconds, microseconds, &time))
        ++m_stats.badTimestamps;
    m_handedToSink = false;
    if (decodeFrame(m_linkType, frame, time, out, wireLength))
        return true;
    if (!m_handedToSink)
        return false;
    *out = ReceivedDatagram{};
    out->channel = ReceivedDatagram::Channel::Wire;
    out->timeUs = time;
    return true;
}

// libpcap stops at the first damaged record and cannot go past it; where it
// stopped tells a file cut short (at its end) from one damaged inside.
QString PcapReader::damageReport() const
{
    const QString packets = QLocale().toString(m_stats.packets);
    const QString reason = QString::fromLocal8Bit(pcap_geterr(m_pcap));
    FILE *file = pcap_file(m_pcap);
    const long position = file ? std::ftell(file) : -1;
    if (position >= 0 && position >= QFileInfo(m_path).size())
        return tr("capture file ends in the middle of a packet after %1 packets: the rest is lost (%2)")
            .arg(packets, reason);
    return tr("capture file is damaged after %1 packets: %2; the rest of it is not read").arg(packets, reason);
}

QStringList PcapReader::warnings() const
{
    QStringList lines;
    const QLocale locale;
    if (m_stats.packetsCut > 0) {
        lines.append(tr("capture cut at %1 bytes per packet (snap length): %2 packets cut short, at least %3 syslog "
                        "records lost; recapture with `tcpdump -s 0`")
                         .arg(locale.toString(m_stats.snapLength), locale.toString(m_stats.packetsCut),
                              locale.toString(m_stats.syslogRecordsCut)));
    }
    if (!m_damage.isEmpty())
        lines.append(m_damage);
    return lines;
}

void PcapReader::countCut(ReceivedDatagram::Channel channel)
{
    switch (channel) {
    case ReceivedDatagram::Channel::Pfs: ++m_stats.cutPfs; return;
    case ReceivedDatagram::Channel::SyslogUdp: ++m_stats.cutSyslogUdp; break;
    case ReceivedDatagram::Channel::SyslogTcp: ++m_stats.cutSyslogTcp; break;
    case ReceivedDatagram::Channel::Wire: ++m_stats.cutOther; return;
    }
    ++m_stats.syslogRecordsCut; // at least the record the cut went through
}

bool PcapReader::decodeFrame(int linkType, QByteArrayView frame, qint64 timeUs, ReceivedDatagram *out,
                             qint64 wireLength)
{
    const bool cut = wireLength > frame.size();
    if (!cut)
        return decodeLink(linkType, frame, false, timeUs, out);
    ++m_stats.packetsCut;
    m_stats.bytesNotCaptured += wireLength - frame.size();
    m_stats.snapLength = qMax<qint64>(m_stats.snapLength, frame.size());
    const qint64 cutBefore = m_stats.cutByKind();
    const bool decoded = decodeLink(linkType, frame, true, timeUs, out);
    if (m_stats.cutByKind() == cutBefore)
        ++m_stats.cutOther; // other traffic, cut in its headers, or cut where nothing pfsmon reads was lost
    return decoded;
}

// Headers cut by the snap length are not malformed: such a packet counts as cut, of no known kind.
bool PcapReader::malformed(bool cut)
{
    if (!cut)
        ++m_stats.malformed;
    return false;
}

// The sender's hardware address, where the link layer carries it: an
// Ethernet frame's source, a Linux cooked header's 6-byte address.
quint64 PcapReader::sourceMac(int linkType, QByteArrayView frame)
{
    qsizetype at = -1;
    if (linkType == DLT_EN10MB && frame.size() >= 14)
        at = 6;
    else if (linkType == DLT_LINUX_SLL && frame.size() >= 16 && be16(frame, 4) == 6)
        at = 6;
    else if (linkType == DLT_LINUX_SLL2 && frame.size() >= 20 && quint8(frame[11]) == 6)
        at = 12;
    if (at < 0)
        return 0;
    return (quint64(be16(frame, at)) << 32) | be32(frame, at + 2);
}

bool PcapReader::decodeLink(int linkType, QByteArrayView frame, bool cut, qint64 timeUs, ReceivedDatagram *out)
{
    m_frameMac = m_sink ? sourceMac(linkType, frame) : 0;
    qsizetype offset = 0;
    quint16 etherType = kEtherIpv4;
    if (linkType == DLT_EN10MB) {
        if (frame.size() < 14)
            return malformed(cut);
        etherType = be16(frame, 12);
        offset = 14;
        for (int tags = 0; (etherType == kEtherVlan || etherType == kEtherQinQ) && tags < kMaxVlanTags; ++tags) {
            if (frame.size() < offset + 4)
                return malformed(cut);
            etherType = be16(frame, offset + 2);
            offset += 4;
        }
    } else if (linkType == DLT_LINUX_SLL) {
        if (frame.size() < 16)
            return malformed(cut);
        etherType = be16(frame, 14);
        offset = 16;
    } else if (linkType == DLT_LINUX_SLL2) {
        if (frame.size() < 20)
            return malformed(cut);
        etherType = be16(frame, 0);
        offset = 20;
    } else if (linkType == DLT_NULL || linkType == DLT_LOOP) {
        if (frame.size() < 4)
            return malformed(cut);
        const quint32 family = linkType == DLT_LOOP ? be32(frame, 0) : qFromLittleEndian<quint32>(frame.data());
        etherType = family == 2 || family == 0x02000000 ? kEtherIpv4 : 0;
        offset = 4;
    } else if (linkType != DLT_RAW && linkType != DLT_IPV4) {
        m_error = tr("unsupported link type %1 in the capture").arg(linkType);
        return false;
    }
    if (etherType != kEtherIpv4)
        return ++m_stats.skipped, false;
    return decodeIpv4(frame.sliced(offset), cut, timeUs, out);
}

bool PcapReader::decodeIpv4(QByteArrayView p, bool cut, qint64 timeUs, ReceivedDatagram *out)
{
    if (p.size() < kIpv4Header)
        return malformed(cut);
    if ((quint8(p[0]) >> 4) != 4)
        return ++m_stats.skipped, false;
    const qsizetype headerLength = (quint8(p[0]) & 0x0f) * 4;
    const qsizetype total = be16(p, 2);
    if (headerLength < kIpv4Header || total < headerLength)
        return ++m_stats.malformed, false;
    if (p.size() < headerLength)
        return malformed(cut);
    // The packet claims more than was captured: the snap length, or a lie.
    if (total > p.size() && !cut)
        return ++m_stats.malformed, false;
    if ((be16(p, 6) & 0x3fff) != 0)
        return ++m_stats.fragments, false;
    const quint8 protocol = quint8(p[9]);
    const QByteArrayView transport = p.sliced(headerLength, qMin(p.size(), total) - headerLength);
    *out = ReceivedDatagram{};
    out->source = be32(p, 12);
    out->destination = be32(p, 16);
    out->timeUs = timeUs;
    if (protocol == kProtocolUdp)
        return decodeUdp(transport, cut, out);
    if (protocol == kProtocolTcp)
        return decodeTcp(transport, total - headerLength, cut, out);
    return ++m_stats.skipped, false;
}

bool PcapReader::decodeUdp(QByteArrayView transport, bool cut, ReceivedDatagram *out)
{
    if (transport.size() < kUdpHeader)
        return malformed(cut);
    out->sourcePort = be16(transport, 0);
    out->destinationPort = be16(transport, 2);
    const qsizetype length = be16(transport, 4);
    if (length < kUdpHeader || (length > transport.size() && !cut))
        return ++m_stats.malformed, false;
    const QByteArrayView payload = transport.sliced(kUdpHeader, qMin(length, transport.size()) - kUdpHeader);
    const bool payloadCut = length > transport.size();
    if (m_sink) {
        m_handedToSink = true;
        m_sink->udp({out->timeUs,
                     m_frameMac,
                     {out->source, out->sourcePort},
                     {out->destination, out->destinationPort},
                     length - kUdpHeader,
                     payload});
    }
    // PFS by its port; the modelled layout (pfsdatagram.h) by its magic on any port.
    if (out->destinationPort == m_pfsPort || payload.startsWith(PfsDatagram::kMagic)) {
        out->channel = ReceivedDatagram::Channel::Pfs;
        out->payload = payload.toByteArray(); // undecodable when cut, but its sender and time still count
        if (payloadCut)
            countCut(out->channel);
        return ++m_stats.pfs, true;
    }
    if (!isSyslogPort(out->destinationPort) && !looksLikeSyslog(payload))
        return ++m_stats.skipped, false;
    out->channel = ReceivedDatagram::Channel::SyslogUdp;
    ++m_stats.syslogUdp;
    if (!payloadCut) {
        out->payload = payload.toByteArray();
        return true;
    }
    countCut(out->channel);
    const QByteArrayView whole = wholeLines(payload);
    out->payload = whole.toByteArray();
    return !whole.isEmpty();
}

bool PcapReader::decodeTcp(QByteArrayView transport, qsizetype segmentLength, bool cut, ReceivedDatagram *out)
{
    if (transport.size() < kTcpHeader)
        return malformed(cut);
    out->sourcePort = be16(transport, 0);
    out->destinationPort = be16(transport, 2);
    const qsizetype offset = (quint8(transport[12]) >> 4) * 4;
    if (offset < kTcpHeader || offset > segmentLength)
        return ++m_stats.malformed, false;
    const quint64 key = flowKey(out->source, out->sourcePort, out->destination, out->destinationPort);
    Segment segment;
    // Cut inside the options (only a cut packet gets here): no byte of data, but its sequence numbers count.
    segment.data = offset <= transport.size() ? transport.sliced(offset) : QByteArrayView();
    segment.length = segmentLength - offset;
    segment.sequence = be32(transport, 4);
    segment.flags = quint8(transport[13]);
    if (m_sink) {
        m_handedToSink = true;
        m_sink->tcp({out->timeUs,
                     m_frameMac,
                     {out->source, out->sourcePort},
                     {out->destination, out->destinationPort},
                     segment.sequence,
                     be32(transport, 8),
                     segment.flags,
                     segment.length,
                     segment.data});
    }
    // A flow is syslog by its port, or by how its first bytes look.
    if (!isSyslogPort(out->destinationPort) && (segment.data.isEmpty() || !looksLikeSyslog(segment.data))
        && !m_flows.contains(key))
        return ++m_stats.skipped, false;
    return acceptTcp(key, segment, out);
}

// In-order stream bytes per flow, by modular sequence arithmetic: bytes
// seen before are dropped; a hole (bytes the capture lost, or cut off by
// the snap length) is counted and the receiver told, and the stream goes on
// from the next frame start after it.
bool PcapReader::acceptTcp(quint64 key, Segment segment, ReceivedDatagram *out)
{
    if (!m_flows.contains(key) && m_flows.size() >= kMaxFlows)
        return ++m_stats.tcpFlowsOverLimit, false;
    Flow &flow = m_flows[key];
    if (!flow.id)
        flow.id = quint32(m_flows.size());
    if (segment.flags & kTcpSyn) {
        flow.hole = flow.hole || flow.started; // a new connection on the same addresses and ports
        flow.next = segment.sequence + 1;
        flow.started = true;
        return false;
    }
    if (segment.length == 0)
        return false;
    if (!flow.started) {
        flow.next = segment.sequence;
        flow.started = true;
    }
    const quint32 ahead = segment.sequence - flow.next;
    const quint32 behind = flow.next - segment.sequence;
    qsizetype seen = 0; // leading bytes of this segment delivered before
    if (ahead != 0 && ahead <= kReassemblyWindow) {
        ++m_stats.tcpGaps;
        m_stats.tcpBytesLost += ahead;
        flow.hole = true;
    } else if (behind != 0 && behind <= kReassemblyWindow) {
        if (qint64(behind) >= segment.length)
            return false; // all seen before
        seen = qsizetype(behind);
    } else if (ahead != 0) {
        ++m_stats.tcpGaps; // nowhere near: an unrelated stream as far as we can tell
        flow.hole = true;
    }
    flow.next = segment.sequence + quint32(segment.length);
    ++m_stats.syslogTcpSegments;
    const qsizetype captured = segment.data.size();
    const bool cutHere = captured < segment.length;
    if (cutHere) {
        countCut(ReceivedDatagram::Channel::SyslogTcp);
        m_stats.tcpBytesLost += segment.length - qMax(captured, seen);
    }
    QByteArrayView fresh = seen < captured ? segment.data.sliced(seen) : QByteArrayView();
    out->lostBefore = false;
    if (flow.hole && !fresh.isEmpty()) {
        const qsizetype start = frameStartAfterHole(fresh);
        m_stats.tcpResyncBytes += start < 0 ? fresh.size() : start;
        fresh = start < 0 ? QByteArrayView() : fresh.sliced(start);
        out->lostBefore = start >= 0;
        flow.hole = start < 0;
    }
    flow.hole = flow.hole || cutHere;
    if (fresh.isEmpty() && !cutHere)
        return false;
    out->channel = ReceivedDatagram::Channel::SyslogTcp;
    out->stream = flow.id;
    out->payload = fresh.toByteArray();
    out->lostAfter = cutHere;
    return true;
}

} // namespace pfs

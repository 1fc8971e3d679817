// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "capture/pcaprecorder.h"

#include <QFile>
#include <QtEndian>

#include <pcap/pcap.h>

namespace pfs {
namespace {

constexpr int kIpHeader = 20;
constexpr int kUdpHeader = 8;
constexpr int kTcpHeader = 20;
constexpr int kMaxTcpChunk = 60000; // IPv4 total length is 16 bits
constexpr quint8 kUdp = 17;
constexpr quint8 kTcp = 6;

void put16(QByteArray &b, int at, quint16 v)
{
    qToBigEndian(v, b.data() + at);
}

void put32(QByteArray &b, int at, quint32 v)
{
    qToBigEndian(v, b.data() + at);
}

quint16 ipChecksum(const QByteArray &header)
{
    quint32 sum = 0;
    for (int i = 0; i < kIpHeader; i += 2)
        sum += qFromBigEndian<quint16>(header.constData() + i);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum);
}

QByteArray ipv4(const ReceivedDatagram &d, quint8 protocol, int transportLength)
{
    QByteArray header(kIpHeader, '\0');
    header[0] = char(0x45);
    put16(header, 2, quint16(kIpHeader + transportLength));
    header[8] = char(64);
    header[9] = char(protocol);
    put32(header, 12, d.source);
    put32(header, 16, d.destination);
    put16(header, 10, ipChecksum(header));
    return header;
}

QByteArray udpPacket(const ReceivedDatagram &d)
{
    const QByteArray payload = d.payload.left(65535 - kIpHeader - kUdpHeader);
    QByteArray udp(kUdpHeader, '\0');
    put16(udp, 0, d.sourcePort);
    put16(udp, 2, d.destinationPort);
    put16(udp, 4, quint16(kUdpHeader + payload.size()));
    return ipv4(d, kUdp, kUdpHeader + int(payload.size())) + udp + payload; // checksum 0: none, legal in IPv4
}

QByteArray tcpSegment(const ReceivedDatagram &d, QByteArrayView chunk, quint32 sequence)
{
    QByteArray tcp(kTcpHeader, '\0');
    put16(tcp, 0, d.sourcePort);
    put16(tcp, 2, d.destinationPort);
    put32(tcp, 4, sequence);
    tcp[12] = char(0x50);  // 5 words of header
    tcp[13] = char(0x18);  // PSH, ACK
    put16(tcp, 14, 65535); // window
    return ipv4(d, kTcp, kTcpHeader + int(chunk.size())) + tcp + chunk.toByteArray();
}

} // namespace

PcapRecorder::~PcapRecorder()
{
    close();
}

bool PcapRecorder::open(const QString &path, QString *error)
{
    return open(path, DLT_RAW, 65535, error);
}

bool PcapRecorder::openFrames(const QString &path, int linkType, QString *error)
{
    return open(path, linkType, 262144, error);
}

bool PcapRecorder::open(const QString &path, int linkType, int snapLength, QString *error)
{
    close();
    m_pcap = pcap_open_dead(linkType, snapLength);
    if (!m_pcap) {
        *error = tr("cannot start a capture file");
        return false;
    }
    m_dumper = pcap_dump_open(m_pcap, QFile::encodeName(path).constData());
    if (!m_dumper) {
        *error = tr("cannot record to %1: %2").arg(path, QString::fromLocal8Bit(pcap_geterr(m_pcap)));
        pcap_close(m_pcap);
        m_pcap = nullptr;
        return false;
    }
    return true;
}

QList<QByteArray> PcapRecorder::packetsFor(const ReceivedDatagram &d, quint32 *tcpSequence)
{
    if (d.channel != ReceivedDatagram::Channel::SyslogTcp)
        return {udpPacket(d)};
    QList<QByteArray> packets;
    const QByteArrayView bytes(d.payload);
    for (qsizetype at = 0; at < bytes.size(); at += kMaxTcpChunk) {
        const QByteArrayView chunk = bytes.sliced(at, qMin<qsizetype>(kMaxTcpChunk, bytes.size() - at));
        packets.append(tcpSegment(d, chunk, *tcpSequence));
        *tcpSequence += quint32(chunk.size());
    }
    return packets;
}

void PcapRecorder::write(const ReceivedDatagram &d)
{
    if (!m_dumper)
        return;
    quint32 &sequence = m_tcpSequence[d.stream];
    const qint64 timeUs = qMax<qint64>(0, d.timeUs); // pcap has no time before 1970
    for (const QByteArray &packet : packetsFor(d, &sequence)) {
        pcap_pkthdr header{};
        header.ts.tv_sec = time_t(timeUs / 1000000);
        header.ts.tv_usec = suseconds_t(timeUs % 1000000); // microseconds, as received
        header.caplen = bpf_u_int32(packet.size());
        header.len = bpf_u_int32(packet.size());
        pcap_dump(reinterpret_cast<u_char *>(m_dumper), &header, reinterpret_cast<const u_char *>(packet.constData()));
        ++m_packets;
    }
}

void PcapRecorder::writeFrame(const CapturedFrame &frame)
{
    if (!m_dumper)
        return;
    pcap_pkthdr header{};
    header.ts.tv_sec = time_t(frame.seconds);
    header.ts.tv_usec = suseconds_t(frame.microseconds);
    header.caplen = bpf_u_int32(frame.data.size());
    header.len = bpf_u_int32(qMax<qint64>(frame.wireLength, frame.data.size()));
    pcap_dump(reinterpret_cast<u_char *>(m_dumper), &header, reinterpret_cast<const u_char *>(frame.data.constData()));
    ++m_packets;
}

void PcapRecorder::flush()
{
    if (m_dumper)
        pcap_dump_flush(m_dumper);
}

void PcapRecorder::close()
{
    if (m_dumper) {
        pcap_dump_close(m_dumper);
        m_dumper = nullptr;
    }
    if (m_pcap) {
        pcap_close(m_pcap);
        m_pcap = nullptr;
    }
    m_tcpSequence.clear();
}

} // namespace pfs

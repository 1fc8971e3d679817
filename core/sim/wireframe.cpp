// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "sim/wireframe.h"

#include <QtEndian>

namespace pfs::sim {
namespace {

constexpr int kEthernetHeader = 14;
constexpr int kIpHeader = 20;
constexpr int kUdpHeader = 8;
constexpr int kTcpHeader = 20;
constexpr int kMssOption = 4;
constexpr int kMinFrame = 60; // Ethernet's minimum without the FCS: shorter frames are padded
constexpr quint16 kEtherIpv4 = 0x0800;
constexpr quint16 kMss = 1460;
constexpr quint16 kTcpWindow = 64240;

void append16(QByteArray &b, quint16 v)
{
    b.append(char(v >> 8)).append(char(v));
}

void append32(QByteArray &b, quint32 v)
{
    append16(b, quint16(v >> 16));
    append16(b, quint16(v));
}

void appendMac(QByteArray &b, quint64 mac)
{
    for (int shift = 40; shift >= 0; shift -= 8)
        b.append(char(mac >> shift));
}

void put16(QByteArray &b, qsizetype at, quint16 v)
{
    qToBigEndian(v, b.data() + at);
}

qsizetype transportHeaderLength(const WireFrame &frame)
{
    if (frame.protocol == WireFrame::Udp)
        return kUdpHeader;
    return kTcpHeader + (frame.mssOption ? kMssOption : 0);
}

} // namespace

FrameWriter::FrameWriter(FrameConsumer *consumer, int snapLength, qint64 epochUtcUs)
    : m_consumer(consumer)
    , m_snapLength(qBound(kMinSnapLength, snapLength, kMaxSnapLength))
    , m_epochUtcUs(epochUtcUs)
{
    m_buffer.reserve(2048);
}

quint32 FrameWriter::onesComplementSum(QByteArrayView bytes, quint32 sum)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    qsizetype i = 0;
    for (; i + 1 < bytes.size(); i += 2)
        sum += quint32(p[i]) << 8 | p[i + 1];
    if (i < bytes.size())
        sum += quint32(p[i]) << 8; // an odd last byte is padded with a zero
    // Fold early and often: a 1,500-byte packet cannot overflow, a long head could.
    return (sum & 0xffff) + (sum >> 16);
}

quint16 FrameWriter::fold(quint32 sum)
{
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(sum);
}

void FrameWriter::write(const WireFrame &frame)
{
    const qsizetype transportLength = transportHeaderLength(frame) + frame.payloadLength();
    const qsizetype ipLength = kIpHeader + transportLength;
    const qint64 wireLength = qMax<qint64>(kMinFrame, kEthernetHeader + ipLength);
    const qint64 captured = qMin<qint64>(wireLength, m_snapLength);

    m_buffer.clear();
    appendMac(m_buffer, frame.destinationMac);
    appendMac(m_buffer, frame.sourceMac);
    append16(m_buffer, kEtherIpv4);
    m_buffer.append(char(0x45)).append('\0');
    append16(m_buffer, quint16(ipLength));
    append16(m_buffer, m_ipIds[frame.sourceAddress]++);
    append16(m_buffer, frame.protocol == WireFrame::Tcp ? 0x4000 : 0); // DF on TCP
    m_buffer.append(char(64)).append(char(frame.protocol));
    append16(m_buffer, 0); // the checksum, below
    append32(m_buffer, frame.sourceAddress);
    append32(m_buffer, frame.destinationAddress);
    put16(m_buffer, kEthernetHeader + 10,
          quint16(~fold(onesComplementSum(QByteArrayView(m_buffer).sliced(kEthernetHeader, kIpHeader)))));
    appendTransportHeader(frame, transportLength);
    m_buffer.append(frame.head);
    if (m_buffer.size() < captured)
        m_buffer.append(captured - m_buffer.size(), '\0'); // filler and padding: zeros, only as far as kept
    m_consumer->frame(m_epochUtcUs + frame.timeUs, QByteArrayView(m_buffer).first(captured), wireLength);
    ++m_frames;
    m_wireBytes += wireLength;
}

// The transport header with its checksum over the pseudo-header, itself and
// the payload's known bytes: the filler is zeros and adds nothing.
void FrameWriter::appendTransportHeader(const WireFrame &frame, qsizetype transportLength)
{
    const qsizetype start = m_buffer.size();
    append16(m_buffer, frame.sourcePort);
    append16(m_buffer, frame.destinationPort);
    qsizetype checksumAt = 0;
    if (frame.protocol == WireFrame::Udp) {
        append16(m_buffer, quint16(transportLength));
        checksumAt = m_buffer.size();
        append16(m_buffer, 0);
    } else {
        append32(m_buffer, frame.sequence);
        append32(m_buffer, frame.acknowledgement);
        const qsizetype words = transportHeaderLength(frame) / 4;
        m_buffer.append(char(words << 4)).append(char(frame.flags));
        append16(m_buffer, kTcpWindow);
        checksumAt = m_buffer.size();
        append16(m_buffer, 0);
        append16(m_buffer, 0); // urgent pointer
        if (frame.mssOption) {
            m_buffer.append(char(2)).append(char(4)); // kind MSS, length 4
            append16(m_buffer, kMss);
        }
    }
    quint32 sum = (frame.sourceAddress >> 16) + (frame.sourceAddress & 0xffff) + (frame.destinationAddress >> 16)
        + (frame.destinationAddress & 0xffff) + frame.protocol + quint32(transportLength);
    sum = onesComplementSum(QByteArrayView(m_buffer).sliced(start), sum);
    sum = onesComplementSum(frame.head, sum);
    quint16 checksum = quint16(~fold(sum));
    if (frame.protocol == WireFrame::Udp && checksum == 0)
        checksum = 0xffff; // UDP's zero means "no checksum"
    put16(m_buffer, checksumAt, checksum);
}

} // namespace pfs::sim

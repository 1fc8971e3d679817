// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QtGlobal>

// One Ethernet/IPv4 frame of the simulated wire, described rather than
// built: the simulator's traffic is mostly firmware data whose payload is
// not public, so a frame is its headers, the payload bytes that are known
// (`head`) and a run of zero filler after them. FrameWriter builds the bytes
// only up to the snap length, and the checksums arithmetically over the
// whole original packet (zeros add nothing to a ones' complement sum).
namespace pfs::sim {

constexpr quint64 kBroadcastMac = 0xffffffffffffULL;

struct WireFrame {
    enum Protocol : quint8 { Udp = 17, Tcp = 6 };
    enum TcpFlag : quint8 { Fin = 0x01, Syn = 0x02, Rst = 0x04, Psh = 0x08, Ack = 0x10 };

    qint64 timeUs = 0; // virtual time
    quint64 sourceMac = 0;
    quint64 destinationMac = 0;
    quint32 sourceAddress = 0; // IPv4, host order
    quint32 destinationAddress = 0;
    Protocol protocol = Udp;
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    // TCP only.
    quint32 sequence = 0;
    quint32 acknowledgement = 0;
    quint8 flags = 0;
    bool mssOption = false; // a SYN's MSS 1460 option
    // The payload: known bytes, then `filler` zero bytes.
    QByteArray head;
    qint64 filler = 0;

    qint64 payloadLength() const { return head.size() + filler; }
};

// Receives the frames, in nondecreasing time.
class FrameConsumer {
public:
    virtual ~FrameConsumer() = default;
    // `utcUs`: microseconds since the epoch. `captured` is the frame as a
    // capture with the snap length keeps it (valid during the call only),
    // `originalLength` its length on the wire.
    virtual void frame(qint64 utcUs, QByteArrayView captured, qint64 originalLength) = 0;
};

// Builds frames into one reused buffer and hands them on: IPv4 header
// checksum, UDP and TCP checksums over pseudo-header, header and the whole
// original payload, an IP ID counter per sender, TTL 64, DF on TCP, padding
// to Ethernet's 60-byte minimum.
class FrameWriter {
public:
    static constexpr int kMaxSnapLength = 262144; // libpcap's own maximum
    static constexpr int kMinSnapLength = 14;     // the Ethernet header

    FrameWriter(FrameConsumer *consumer, int snapLength, qint64 epochUtcUs);

    void write(const WireFrame &frame);
    qint64 frames() const { return m_frames; }
    qint64 wireBytes() const { return m_wireBytes; }

    // The ones' complement sum of `bytes` as 16-bit big-endian words (not
    // folded, not inverted); `bytes` starts on an even offset of the sum.
    static quint32 onesComplementSum(QByteArrayView bytes, quint32 sum = 0);
    static quint16 fold(quint32 sum);

private:
    void appendTransportHeader(const WireFrame &frame, qsizetype transportLength);

    FrameConsumer *m_consumer;
    int m_snapLength;
    qint64 m_epochUtcUs;
    QByteArray m_buffer;
    QHash<quint32, quint16> m_ipIds; // per sending address
    qint64 m_frames = 0;
    qint64 m_wireBytes = 0;
};

} // namespace pfs::sim

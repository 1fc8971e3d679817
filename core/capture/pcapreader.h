// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "capture/capturedframe.h"
#include "capture/receiveddatagram.h"
#include "protocol/wire.h"
#include "wire/packet.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>

typedef struct pcap pcap_t;

// Reads a capture file (pcap or pcapng, through libpcap) and hands out what
// a console would have received: PFS broadcasts (UDP to the PFS port),
// syslog datagrams (UDP to a syslog port) and syslog TCP stream bytes in
// order. Syslog is told by its port or by its look ("<PRI>"), so a
// recording made on other ports replays as it is. Everything else is
// skipped and counted. Link layers: Ethernet (with
// VLAN tags), raw IPv4, Linux cooked (v1 and v2), BSD loopback.
// The file is untrusted: every length in it is checked against the bytes
// really captured, and what the capture did not keep (snap length, a file
// cut short) is counted and reported, never passed on as if it were whole.
namespace pfs {

struct CaptureStats {
    qint64 packets = 0;
    qint64 pfs = 0;
    qint64 syslogUdp = 0;
    qint64 syslogTcpSegments = 0;
    qint64 skipped = 0;        // other traffic
    qint64 malformed = 0;      // broken headers, or lengths beyond the packet
    qint64 fragments = 0;      // IPv4 fragments: not reassembled, skipped
    qint64 tcpGaps = 0;        // holes in a stream: bytes the capture lost, or a jump to an unrelated sequence number
    qint64 tcpBytesLost = 0;   // stream bytes known to be missing (gaps and cut segments)
    qint64 tcpResyncBytes = 0; // captured bytes skipped after a hole to find the next frame
    qint64 tcpFlowsOverLimit = 0; // segments of new streams past kMaxFlows: skipped
    qint64 badTimestamps = 0;     // outside 1970..9999: clamped
    // Snap length: packets stored shorter than they were on the wire.
    qint64 packetsCut = 0;
    qint64 bytesNotCaptured = 0;
    qint64 cutPfs = 0;
    qint64 cutSyslogUdp = 0;
    qint64 cutSyslogTcp = 0;
    qint64 cutOther = 0;         // other traffic, cut inside its headers, or nothing of use lost
    qint64 syslogRecordsCut = 0; // syslog records lost or left partial by the cut (not passed on)
    qint64 snapLength = 0;       // the longest cut packet as stored: the capture's limit per packet
    qint64 cutByKind() const { return cutPfs + cutSyslogUdp + cutSyslogTcp + cutOther; }
};

class PcapReader {
    Q_DECLARE_TR_FUNCTIONS(PcapReader)
public:
    static constexpr int kMaxFlows = 65536;
    // How far a TCP sequence number may be from the expected one and still be
    // the same stream: behind it, a retransmission; ahead, bytes the capture
    // lost. Farther off either way, the stream starts again there.
    static constexpr quint32 kReassemblyWindow = 16u * 1024 * 1024;

    PcapReader() = default;
    ~PcapReader();
    PcapReader(const PcapReader &) = delete;
    PcapReader &operator=(const PcapReader &) = delete;

    bool open(const QString &path, QString *error);
    // Whether the file starts as a pcap or pcapng file does (its magic number),
    // either byte order: how `pfsmon FILE` tells a capture from a log.
    static bool looksLikeCapture(const QString &path);
    // Ports that mean PFS (UDP) and syslog (UDP and TCP) in this capture.
    void setPorts(quint16 pfsPort, QSet<quint16> syslogPorts);
    // Also hands every UDP datagram and TCP segment, whatever it carries, to
    // `sink` (the wire trackers), with the Ethernet source where the link has
    // one; null: none. The sink must outlive the reading. With a sink, next()
    // also stops at every packet only the sink took (Channel::Wire), so that
    // a replay paces the wire as it paces syslog.
    void setPacketSink(wire::PacketSink *sink) { m_sink = sink; }

    // Decodes frames that come from elsewhere (a live capture, a pipe) instead
    // of a file: what next() does with each frame it reads, decodeCaptured()
    // does with each frame it is given. False for a link type it cannot decode.
    bool setLinkType(int linkType, QString *error);
    bool decodeCaptured(const CapturedFrame &frame, ReceivedDatagram *out);

    // The next datagram for the console; false at the end, on error(), or
    // where the file is damaged (see warnings()).
    bool next(ReceivedDatagram *out);
    // Why the capture cannot be read at all (empty when it can).
    QString error() const { return m_error; }
    // One line each: what the capture did not keep (snap length) and where
    // the file is damaged; the packets before the damage were all read.
    QStringList warnings() const;
    const CaptureStats &stats() const { return m_stats; }

    // Takes one link-layer frame apart; exposed for tests. `wireLength` is
    // the packet's length on the wire when the capture kept less of it.
    bool decodeFrame(int linkType, QByteArrayView frame, qint64 timeUs, ReceivedDatagram *out, qint64 wireLength = -1);
    static bool supportsLinkType(int linkType);
    // Microseconds since the epoch, clamped to 1970..9999 (false when clamped).
    static bool clampTime(qint64 seconds, qint64 microseconds, qint64 *out);

private:
    bool takeFrame(qint64 seconds, qint64 microseconds, QByteArrayView frame, qint64 wireLength, ReceivedDatagram *out);
    bool decodeLink(int linkType, QByteArrayView frame, bool cut, qint64 timeUs, ReceivedDatagram *out);
    static quint64 sourceMac(int linkType, QByteArrayView frame);
    bool decodeIpv4(QByteArrayView packet, bool cut, qint64 timeUs, ReceivedDatagram *out);
    bool malformed(bool cut);
    bool decodeUdp(QByteArrayView transport, bool cut, ReceivedDatagram *out);
    bool decodeTcp(QByteArrayView transport, qsizetype segmentLength, bool cut, ReceivedDatagram *out);
    struct Segment {
        QByteArrayView data;  // the bytes captured
        qsizetype length = 0; // the segment's length on the wire
        quint32 sequence = 0;
        quint8 flags = 0;
    };
    bool acceptTcp(quint64 key, Segment segment, ReceivedDatagram *out);
    void countCut(ReceivedDatagram::Channel channel);
    QString damageReport() const;
    // m_syslogPorts as one bit per port: asked for every packet, a set's hash is too dear.
    bool isSyslogPort(quint16 port) const { return m_syslogPortBits[port >> 6] & (quint64(1) << (port & 63)); }

    static std::array<quint64, 65536 / 64> portBits(const QSet<quint16> &ports);

    struct Flow {
        quint32 id = 0;
        quint32 next = 0; // next expected sequence number
        bool started = false;
        bool hole = false; // bytes were lost before `next`: find a frame start first
    };

    QString m_path;
    pcap_t *m_pcap = nullptr;
    int m_linkType = 0;
    quint16 m_pfsPort = wire::kPfsPort;
    QSet<quint16> m_syslogPorts{514, 5514, 601};
    std::array<quint64, 65536 / 64> m_syslogPortBits = portBits(m_syslogPorts);
    QHash<quint64, Flow> m_flows; // (src, sport, dst, dport) hashed
    wire::PacketSink *m_sink = nullptr;
    quint64 m_frameMac = 0;      // the frame's link-layer source, 0 when it has none
    bool m_handedToSink = false; // the frame being read went to the sink
    QString m_error;
    QString m_damage;
    CaptureStats m_stats;
};

} // namespace pfs

#pragma once

#include "receiveddatagram.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

typedef struct pcap pcap_t;

// Reads a capture file (pcap or pcapng, through libpcap) and hands out what
// a console would have received: PFS broadcasts (UDP to the PFS port),
// syslog datagrams (UDP to a syslog port) and syslog TCP stream bytes in
// order. Syslog is told by its port or by its look ("<PRI>"), so a
// recording made on other ports replays as it is. Everything else is
// skipped and counted. Link layers: Ethernet (with
// VLAN tags), raw IPv4, Linux cooked (v1 and v2), BSD loopback.
namespace pfs {

struct CaptureStats {
    qint64 packets = 0;
    qint64 pfs = 0;
    qint64 syslogUdp = 0;
    qint64 syslogTcpSegments = 0;
    qint64 skipped = 0;   // other traffic
    qint64 malformed = 0; // cut or broken headers
    qint64 fragments = 0; // IPv4 fragments: not reassembled, skipped
    qint64 tcpGaps = 0;   // missing stream bytes (capture lost them)
};

class PcapReader
{
    Q_DECLARE_TR_FUNCTIONS(PcapReader)
public:
    PcapReader() = default;
    ~PcapReader();
    PcapReader(const PcapReader &) = delete;
    PcapReader &operator=(const PcapReader &) = delete;

    bool open(const QString &path, QString *error);
    // Ports that mean PFS (UDP) and syslog (UDP and TCP) in this capture.
    void setPorts(quint16 pfsPort, QSet<quint16> syslogPorts);

    // The next datagram for the console; false at the end (or on error()).
    bool next(ReceivedDatagram *out);
    QString error() const { return m_error; }
    const CaptureStats &stats() const { return m_stats; }

    // Takes one link-layer frame apart; exposed for tests.
    bool decodeFrame(int linkType, QByteArrayView frame, qint64 timeUs, ReceivedDatagram *out);

private:
    bool decodeIpv4(QByteArrayView packet, qint64 timeUs, ReceivedDatagram *out);
    bool acceptTcp(quint64 key, QByteArrayView segment, quint8 flags, quint32 sequence, ReceivedDatagram *out);

    struct Flow {
        quint32 id = 0;
        quint32 next = 0; // next expected sequence number
        bool started = false;
    };

    pcap_t *m_pcap = nullptr;
    int m_linkType = 0;
    quint16 m_pfsPort = 4051;
    QSet<quint16> m_syslogPorts{514, 5514, 601};
    QHash<quint64, Flow> m_flows; // (src, sport, dst, dport) hashed
    QString m_error;
    CaptureStats m_stats;
};

} // namespace pfs

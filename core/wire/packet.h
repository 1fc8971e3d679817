// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArrayView>
#include <QHashFunctions>
#include <QString>
#include <QtGlobal>

// One captured packet's transport facts: what the wire decoders need, and
// nothing captured beyond it. Lengths are the original ones, from the IP
// header, never the captured ones: a capture cut to a small snap length
// still counts every byte that crossed the wire. Payload views are only what
// was captured, and only valid during the call they are passed to.
namespace pfs::wire {

struct Endpoint {
    quint32 address = 0; // IPv4, host order
    quint16 port = 0;

    bool operator==(const Endpoint &o) const { return address == o.address && port == o.port; }
    bool operator!=(const Endpoint &o) const { return !(*this == o); }
};

struct UdpPacket {
    qint64 timeUs = 0;
    quint64 sourceMac = 0; // the Ethernet source (48 bits), 0 when the link type has none
    Endpoint source;
    Endpoint destination;
    qsizetype length = 0;   // the UDP payload's original length
    QByteArrayView payload; // what was captured of it (maybe less than `length`)
};

struct TcpSegment {
    enum Flag : quint8 { Fin = 0x01, Syn = 0x02, Rst = 0x04, Psh = 0x08, Ack = 0x10 };

    qint64 timeUs = 0;
    quint64 sourceMac = 0;
    Endpoint source;
    Endpoint destination;
    quint32 sequence = 0;
    quint32 acknowledgement = 0;
    quint8 flags = 0;
    qsizetype length = 0;   // the segment's original payload length
    QByteArrayView payload; // what was captured of it

    bool has(Flag flag) const { return flags & flag; }
};

// A download from a server, named by its client's address and port and the
// server's address: the server's own port may change (a TFTP transfer ID) or
// tell nothing (every HTTP connection goes to 6970).
struct ClientServerKey {
    quint32 clientAddress = 0;
    quint32 serverAddress = 0;
    quint16 clientPort = 0;

    bool operator==(const ClientServerKey &o) const
    {
        return clientAddress == o.clientAddress && serverAddress == o.serverAddress && clientPort == o.clientPort;
    }
    friend size_t qHash(const ClientServerKey &key, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, key.clientAddress, key.serverAddress, key.clientPort);
    }
};

// Where a capture reader hands every UDP datagram and TCP segment, before
// it sorts out syslog and PFS: the wire trackers' input.
class PacketSink {
public:
    virtual ~PacketSink() = default;
    virtual void udp(const UdpPacket &packet) = 0;
    virtual void tcp(const TcpSegment &segment) = 0;
};

// The file a request names, without its folders ("/dnld/x.sbn" -> "x.sbn"),
// as the model keys components; bytes that are not text are made visible.
QString bareFileName(QByteArrayView path);

} // namespace pfs::wire

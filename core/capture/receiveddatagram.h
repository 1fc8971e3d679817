// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArray>

// One thing the console heard, as it arrived: a UDP datagram (PFS broadcast
// or syslog) or a chunk of a syslog TCP stream. Live sources, the recorder
// and capture replay all speak this, so replay takes the live path.
namespace pfs {

struct ReceivedDatagram {
    // Wire: a packet only the wire trackers read (PcapReader's packet sink
    // had it); it carries nothing for the console, but its time paces a replay.
    enum class Channel : quint8 { Pfs, SyslogUdp, SyslogTcp, Wire };
    Channel channel = Channel::SyslogUdp;
    QByteArray payload;
    quint32 source = 0; // IPv4, host order
    quint16 sourcePort = 0;
    quint32 destination = 0;
    quint16 destinationPort = 0;
    qint64 timeUs = 0;  // receive time, microseconds since the epoch (UTC)
    quint32 stream = 0; // TCP: which connection the bytes belong to
    // TCP from a capture: stream bytes were lost right before (lostBefore) or
    // right after (lostAfter) these; the receiver drops the frame it holds
    // half-read there, so that no partial record passes as a whole one.
    bool lostBefore = false;
    bool lostAfter = false;
};

} // namespace pfs

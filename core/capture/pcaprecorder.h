// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "capture/capturedframe.h"
#include "capture/receiveddatagram.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

typedef struct pcap pcap_t;
typedef struct pcap_dumper pcap_dumper_t;

// Records what the console receives into a classic pcap file with libpcap,
// with receive timestamps and the original addresses and ports: each datagram
// becomes a raw IPv4 packet (UDP, or TCP for stream bytes), so Wireshark and
// tshark open the file. A live capture is recorded as it was captured
// instead: its frames, whole, with their link type (openFrames, writeFrame).
// The caller flushes at least every second.
namespace pfs {

class PcapRecorder {
    Q_DECLARE_TR_FUNCTIONS(PcapRecorder)
public:
    PcapRecorder() = default;
    ~PcapRecorder();
    PcapRecorder(const PcapRecorder &) = delete;
    PcapRecorder &operator=(const PcapRecorder &) = delete;

    bool open(const QString &path, QString *error);
    // A file of captured frames of `linkType` (libpcap's DLT_ value).
    bool openFrames(const QString &path, int linkType, QString *error);
    void write(const ReceivedDatagram &datagram);
    void writeFrame(const CapturedFrame &frame);
    void flush();
    void close();
    bool isOpen() const { return m_dumper != nullptr; }
    qint64 packets() const { return m_packets; }

    // The raw IPv4 packets for one datagram (TCP bytes may need several).
    static QList<QByteArray> packetsFor(const ReceivedDatagram &datagram, quint32 *tcpSequence);

private:
    bool open(const QString &path, int linkType, int snapLength, QString *error);

    pcap_t *m_pcap = nullptr;
    pcap_dumper_t *m_dumper = nullptr;
    QHash<quint32, quint32> m_tcpSequence; // per stream
    qint64 m_packets = 0;
};

} // namespace pfs

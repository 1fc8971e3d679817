// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "model/rolloutmodel.h"
#include "wire/httpdownloads.h"
#include "wire/packet.h"
#include "wire/peerflows.h"
#include "wire/tftp.h"

#include <QHash>

// The wire's facts into the rollout model (issue #13): every UDP datagram
// and TCP segment of a capture or a live interface goes through the three
// trackers of core/wire, and what they see becomes phones, transfers and
// tree edges, each labelled with where it comes from:
// - TFTP (UDP 69) and HTTP (TCP 6970) downloads from the server: the WAN,
//   observed (file name, tsize or Content-Length, bytes); a phone's
//   SEP<MAC>.cnf.xml request says it came (back);
// - TCP 4051 connections: observed edges (the SYN's sender is the child)
//   and observed bytes, carrying a file that is inferred
//   (RolloutModel::inferServedFile), never seen;
// - a phone's own frames (its requests, its broadcasts on UDP 4051, its
//   side of a connection) give its MAC, hence its SEP name.
// Time is the capture's. Memory is the trackers' bounds plus one entry per
// live TCP 4051 connection.
namespace pfs {

struct WireCounters {
    qint64 wanDownloads = 0;    // TFTP and HTTP downloads of firmware files begun
    qint64 configRequests = 0;  // SEP<MAC>.cnf.xml requests
    qint64 peerConnections = 0; // TCP 4051 connections opened
    qint64 edges = 0;           // of them, placed as an edge of a hierarchy
    // Connections ended without anything telling their file (the parent
    // has nothing the capture saw of that size, or several files fit):
    // counted, not drawn, never guessed.
    qint64 filesUnknown = 0;
    qint64 broadcasts = 0;          // UDP 4051 datagrams: their senders take part in PFS
    qint64 inferencesCorrected = 0; // a file inferred, then found another by its size at the end
};

class WireIngest : public wire::PacketSink,
                   private wire::TftpObserver,
                   private wire::PeerFlowObserver,
                   private wire::HttpDownloadObserver {
public:
    explicit WireIngest(RolloutModel *model);
    ~WireIngest() override;
    WireIngest(const WireIngest &) = delete;
    WireIngest &operator=(const WireIngest &) = delete;

    void udp(const wire::UdpPacket &packet) override;
    void tcp(const wire::TcpSegment &segment) override;
    // The capture ended (or paused) at `nowUs`: what has been idle since is abandoned.
    void expire(qint64 nowUs);
    // The capture ended or stopped: the model hears every live transfer's
    // latest byte count. It hears of progress once in a step, and a transfer
    // that fell silent mid-step (a receiver gone without a reset) may never
    // end in the capture.
    void flushProgress();

    const WireCounters &counters() const { return m_counters; }
    const wire::TftpStats &tftpStats() const { return m_tftp.stats(); }
    const wire::PeerFlowStats &peerStats() const { return m_peers.stats(); }
    const wire::HttpDownloadStats &httpStats() const { return m_http.stats(); }

private:
    struct Flow {
        PhoneId child = kNoPhone;
        PhoneId parent = kNoPhone;
        QString file;            // inferred; empty until something tells
        qint64 appliedBytes = 0; // what the model was last told
    };

    void transferChanged(wire::TftpEvent event, const wire::TftpTransfer &transfer) override;
    quint64 connectionChanged(wire::PeerFlowEvent event, const wire::PeerConnection &connection) override;
    void downloadChanged(wire::HttpDownloadEvent event, const wire::HttpDownload &download) override;

    void serverDownload(PhoneId phone, const QString &file, WireTransfer::Stage stage, qint64 bytes, qint64 size,
                        qint64 timeUs);
    void openFlow(const wire::PeerConnection &connection);
    void placeFlow(Flow &flow, const wire::PeerConnection &connection, bool ended);
    bool isBroadcastFrom(quint32 source, quint32 destination) const;
    static qint64 peerBytes(const wire::PeerConnection &connection);
    void checkInference(Flow &flow, const wire::PeerConnection &connection);
    void applyPeerBytes(Flow &flow, const wire::PeerConnection &connection, WireTransfer::Stage stage);
    bool isCurrentAttempt(PhoneId phone, const QString &file, quint32 peer) const;
    bool endedWhole(const Flow &flow, const wire::PeerConnection &connection, qint64 bytes) const;

    RolloutModel *m_model;
    wire::TftpTracker m_tftp;
    wire::PeerFlowTracker m_peers;
    wire::HttpDownloadTracker m_http;
    QHash<quint64, Flow> m_flows; // live TCP 4051 connections, by the tracker's id
    WireCounters m_counters;
};

} // namespace pfs

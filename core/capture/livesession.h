// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "capture/capturefeed.h"
#include "capture/ingest.h"
#include "capture/pcapreader.h"
#include "capture/pcaprecorder.h"
#include "capture/wireingest.h"
#include "protocol/wire.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>
#include <vector>

class QTcpServer;
class QTcpSocket;

// pfsmon's live data: a passive listener for PFS broadcasts (it never
// transmits), syslog over UDP and over TCP (RFC 6587), the replay of a
// capture, a capture read as it arrives (standard input, a FIFO) or taken
// on an interface, all into one bounded queue that a tick drains into the
// model. Every capture, whatever its source, is decoded by one PcapReader.
// Everything received is recorded as it arrives when a record file is set.
namespace pfs {

using wire::kPfsPort;
using wire::kSyslogUdpPort;

struct SessionConfig {
    QHostAddress bind = QHostAddress::AnyIPv4;
    quint16 pfsPort = kPfsPort;             // 0: off
    quint16 syslogUdpPort = kSyslogUdpPort; // 0: off
    quint16 syslogTcpPort = 0;              // 0: off
    bool anyFreePort = false;               // tests: a port of 0 means "any free port", not off
    QList<QPair<QHostAddress, int>> allow;  // empty: everyone
    QString recordFile;
    // The queue between the sockets and the model: a UDP datagram that finds
    // it full is dropped (counted); a TCP connection waits for room instead.
    qsizetype maxQueued = 200000;
    qint64 maxQueuedBytes = 64LL * 1024 * 1024;
    int maxTcpConnections = 512;
    int receiveBuffer = 32 * 1024 * 1024; // per UDP socket, asked of the kernel
    int tickMs = 50;
};

// What the user chose about listening, as given on the command line or in
// Capture > Settings; checked where it is typed in.
struct ListenOptions {
    QString bind = QStringLiteral("0.0.0.0");
    int pfsPort = kPfsPort;
    int syslogUdpPort = kSyslogUdpPort;
    int syslogTcpPort = 0;
    QStringList allow; // subnets, "10.20.0.0/16"; empty: everyone
    QString recordFile;
    CaptureOptions capture; // an interface: capture there instead of opening sockets; empty: none
};

// The one way from what the user chose to a live session's configuration:
// the window and a headless run both listen through it.
SessionConfig sessionConfigFor(const ListenOptions &listen);

// Warning: listening, but receiving nothing while the kernel drops datagrams.
enum class SourceState : quint8 { Off, Listening, Failed, Replaying, Finished, Stopped, Warning };

struct SourceStatus {
    QString name; // "PFS broadcasts (UDP 4051)", …
    SourceState state = SourceState::Off;
    QString detail; // the reason, when it failed or warns; a finished replay's warnings (snap length, damage)
    qint64 received = 0;
    qint64 kernelDrops = 0; // UDP: lost in the kernel, before pfsmon could read them
    qint64 queueDrops = 0;  // UDP: read, but pfsmon's hand-off was full
    int receiveBuffer = 0;  // UDP: bytes the kernel granted, 0 when not a UDP socket
};

// Judges a listening UDP source over windows of a second: nothing received
// while the kernel dropped is a warning; receiving again ends it.
class SourceHealth {
public:
    static constexpr qint64 kWindowMs = 1000;
    // Returns Listening or Warning.
    SourceState judge(qint64 received, qint64 kernelDrops, qint64 nowMs);

private:
    qint64 m_windowStartMs = -1;
    qint64 m_received = 0;
    qint64 m_kernelDrops = 0;
    SourceState m_state = SourceState::Listening;
};

struct SessionCounters {
    qint64 received = 0;
    qint64 dropped = 0;     // pfsmon's queues were full
    qint64 kernelDrops = 0; // UDP datagrams the kernel dropped before pfsmon read them
    qint64 ignored = 0;     // source outside the allow-list
    qint64 tcpConnections = 0;
    qint64 tcpRefused = 0; // over the connection limit
    qint64 tcpPaused = 0;  // times a connection waited for room in the queue (the sender was slowed down)
    qint64 recorded = 0;   // packets written to the capture file
};

class LiveSession : public QObject {
    Q_OBJECT
public:
    LiveSession(RolloutModel *model, SessionConfig config, QObject *parent = nullptr);
    ~LiveSession() override;

    // Opens every configured source; one that cannot listen says why in its
    // status and the others go on. False when none listens.
    bool start();
    // Replays a capture (pcap or pcapng) through the live path; `speed` is
    // the pace against the capture's own clock, 0 for as fast as possible.
    // "-" (standard input) or a FIFO is read as it arrives instead, unpaced,
    // and finishes at the end of its stream.
    bool startReplay(const QString &file, double speed, QString *error);
    // Captures on an interface (see CaptureFeed: dumpcap or libpcap,
    // passive) until stop(); a recording holds the frames as captured.
    bool startCapture(const CaptureOptions &options, QString *error);
    void stop();
    // Ends the replay once the capture's clock is this far past its first packet.
    void setReplayStop(qint64 microseconds) { m_replayStopUs = microseconds; }
    qint64 replayStartUs() const { return m_replayFirstUs; } // its first packet's time; -1 before it
    // Processes what is queued now (the tick does it otherwise).
    void drain();

    QList<SourceStatus> statuses() const;
    SessionCounters counters() const;
    const Ingest &ingest() const { return m_ingest; }
    Ingest &ingest() { return m_ingest; }
    const WireIngest &wire() const { return m_wire; } // what a capture's traffic itself showed
    const CaptureStats *replayStats() const { return m_replay ? &m_replay->stats() : nullptr; }
    QStringList replayWarnings() const { return m_replay ? m_replay->warnings() : QStringList(); }
    qsizetype queued() const { return qsizetype(m_queue.size()); }
    // An interface capture or a stream is being read (its status is the last one).
    bool isFeedRunning() const { return m_feed && m_feed->running(); }
    // The port a source listens on (useful when configured as 0: any free port).
    quint16 boundPort(ReceivedDatagram::Channel channel) const;

    static QString bindFailure(const QString &what, quint16 port, const QString &reason, bool denied);
    // The syslog port is held by another program (syslog ports are never shared).
    static QString syslogPortInUse(quint16 port);

Q_SIGNALS:
    void updated();
    void replayFinished();

private:
    struct Source;
    void openUdp(Source &source, ReceivedDatagram::Channel channel, quint16 port);
    void openTcp(Source &source, quint16 port);
    void takeUdp();
    void judgeUdpHealth();
    static void updateUdpStatus(const Source &source, SourceStatus *status);
    void acceptTcp();
    void readTcp(QTcpSocket *socket, quint32 stream);
    ReceivedDatagram readTcpChunk(QTcpSocket *socket, quint32 stream, qint64 maxSize);
    void pauseTcp(quint32 stream);
    void resumeTcp();
    void closeTcp(QTcpSocket *socket, quint32 stream);
    bool allowed(quint32 address);
    bool hasRoomFor(qint64 bytes) const;
    qint64 queueRoom() const;
    bool enqueue(ReceivedDatagram datagram);
    void processQueue();
    void replayTick();
    std::unique_ptr<PcapReader> captureDecoder();
    bool startFeed(bool opened, QString *error);
    void takeFrames();
    void takeFrame(const CapturedFrame &frame);
    bool feedStarted();
    void finishFeed(SourceState state, const QString &detail);
    void tick();

    RolloutModel *m_model;
    SessionConfig m_config;
    Ingest m_ingest;
    WireIngest m_wire;
    struct InOrder : wire::PacketSink {
        LiveSession *session;
        explicit InOrder(LiveSession *s)
            : session(s)
        {
        }
        void udp(const wire::UdpPacket &packet) override;
        void tcp(const wire::TcpSegment &segment) override;
    } m_inOrder{this};
    PcapRecorder m_recorder;
    std::unique_ptr<Source> m_pfs, m_syslogUdp, m_syslogTcp, m_replaySource;
    std::unique_ptr<QTcpServer> m_tcpServer;
    QHash<quint32, QTcpSocket *> m_connections;
    QList<quint32> m_pausedTcp; // waiting for room, oldest first
    QTimer m_drainSoon;         // a paused connection has the queue drained without waiting for the tick
    bool m_processedSinceTick = false;
    quint32 m_nextStream = 1;
    std::deque<ReceivedDatagram> m_queue;
    qint64 m_queuedBytes = 0;
    SessionCounters m_counters;
    std::vector<ReceivedDatagram> m_udpBatch; // storage reused batch after batch
    QElapsedTimer m_clock;
    QTimer m_tick;
    QTimer m_flush;
    // Replay
    std::unique_ptr<PcapReader> m_replay;
    QTimer m_replayTimer;
    QElapsedTimer m_replayClock;
    double m_replaySpeed = 0;
    qint64 m_replayFirstUs = -1;
    qint64 m_replayStopUs = -1;
    ReceivedDatagram m_replayPending;
    bool m_hasPending = false;
    // Interface capture or stream: frames from the feed's thread, decoded by m_replay.
    std::unique_ptr<CaptureFeed> m_feed;
    std::vector<CapturedFrame> m_frames; // storage reused batch after batch
    bool m_feedStarted = false;
    bool m_feedFinished = false; // it ended by itself (or failed): told once
};

} // namespace pfs

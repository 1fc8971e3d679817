#pragma once

#include "ingest.h"
#include "pcapreader.h"
#include "pcaprecorder.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>

class QTcpServer;
class QTcpSocket;
class QUdpSocket;

// pfsmon's live data: a passive listener for PFS broadcasts (it never
// transmits), syslog over UDP and over TCP (RFC 6587), or the replay of a
// capture, all into one bounded queue that a tick drains into the model.
// Everything received is recorded as it arrives when a record file is set.
namespace pfs {

struct SessionConfig {
    QHostAddress bind = QHostAddress::AnyIPv4;
    quint16 pfsPort = 4051;      // 0: off
    quint16 syslogUdpPort = 514; // 0: off
    quint16 syslogTcpPort = 0;   // 0: off
    bool anyFreePort = false;    // tests: a port of 0 means "any free port", not off
    QList<QPair<QHostAddress, int>> allow; // empty: everyone
    QString recordFile;
    qsizetype maxQueued = 200000;
    qint64 maxQueuedBytes = 64LL * 1024 * 1024;
    int maxTcpConnections = 512;
    int tickMs = 50;
};

enum class SourceState : quint8 { Off, Listening, Failed, Replaying, Finished };

struct SourceStatus {
    QString name;   // "PFS broadcasts (UDP 4051)", …
    SourceState state = SourceState::Off;
    QString detail; // the reason, when it failed; a finished replay's warnings (snap length, damage)
    qint64 received = 0;
};

struct SessionCounters {
    qint64 received = 0;
    qint64 dropped = 0;  // the queue was full
    qint64 ignored = 0;  // source outside the allow-list
    qint64 tcpConnections = 0;
    qint64 tcpRefused = 0; // over the connection limit
    qint64 recorded = 0;   // packets written to the capture file
};

class LiveSession : public QObject
{
    Q_OBJECT
public:
    LiveSession(RolloutModel *model, SessionConfig config, QObject *parent = nullptr);
    ~LiveSession() override;

    // Opens every configured source; one that cannot listen says why in its
    // status and the others go on. False when none listens.
    bool start();
    // Replays a capture (pcap or pcapng) through the live path; `speed` is
    // the pace against the capture's own clock, 0 for as fast as possible.
    bool startReplay(const QString &file, double speed, QString *error);
    void stop();
    // Ends the replay once the capture's clock is this far past its first packet.
    void setReplayStop(qint64 microseconds) { m_replayStopUs = microseconds; }
    // Processes what is queued now (the tick does it otherwise).
    void drain();

    QList<SourceStatus> statuses() const;
    const SessionCounters &counters() const { return m_counters; }
    const Ingest &ingest() const { return m_ingest; }
    Ingest &ingest() { return m_ingest; }
    const CaptureStats *replayStats() const { return m_replay ? &m_replay->stats() : nullptr; }
    QStringList replayWarnings() const { return m_replay ? m_replay->warnings() : QStringList(); }
    qsizetype queued() const { return qsizetype(m_queue.size()); }
    // The port a source listens on (useful when configured as 0: any free port).
    quint16 boundPort(ReceivedDatagram::Channel channel) const;

    static QString bindFailure(const QString &what, quint16 port, const QString &reason, bool denied);

Q_SIGNALS:
    void updated();
    void replayFinished();

private:
    struct Source;
    void openUdp(Source &source, ReceivedDatagram::Channel channel, quint16 port);
    void openTcp(Source &source, quint16 port);
    void readUdp(QUdpSocket *socket, ReceivedDatagram::Channel channel, Source *source);
    void acceptTcp();
    void readTcp(QTcpSocket *socket, quint32 stream);
    bool allowed(quint32 address);
    bool enqueue(ReceivedDatagram datagram);
    void replayTick();
    void tick();

    RolloutModel *m_model;
    SessionConfig m_config;
    Ingest m_ingest;
    PcapRecorder m_recorder;
    std::unique_ptr<Source> m_pfs, m_syslogUdp, m_syslogTcp, m_replaySource;
    std::unique_ptr<QTcpServer> m_tcpServer;
    QHash<quint32, QTcpSocket *> m_connections;
    quint32 m_nextStream = 1;
    std::deque<ReceivedDatagram> m_queue;
    qint64 m_queuedBytes = 0;
    SessionCounters m_counters;
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
};

} // namespace pfs

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "capture/livesession.h"

#include "capture/udpreceiver.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <utility>

namespace pfs {

namespace {
constexpr int kReplayBatch = 5000;
constexpr qint64 kFrameSliceMs = 20; // frames decoded per turn of the event loop, at most this long
constexpr qint64 kTcpReadChunk = 64 * 1024;

// Receive times to the microsecond, as the recordings keep them.
qint64 nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}
} // namespace

SessionConfig sessionConfigFor(const ListenOptions &listen)
{
    SessionConfig config;
    config.bind = QHostAddress(listen.bind);
    config.pfsPort = quint16(listen.pfsPort);
    config.syslogUdpPort = quint16(listen.syslogUdpPort);
    config.syslogTcpPort = quint16(listen.syslogTcpPort);
    config.recordFile = listen.recordFile;
    for (const QString &subnet : listen.allow)
        config.allow.append(QHostAddress::parseSubnet(subnet));
    return config;
}

struct LiveSession::Source {
    SourceStatus status;
    std::unique_ptr<UdpReceiver> udp;
    SourceHealth health;
};

SourceState SourceHealth::judge(qint64 received, qint64 kernelDrops, qint64 nowMs)
{
    const bool receiving = received > m_received;
    if (receiving)
        m_state = SourceState::Listening;
    const bool windowOver = m_windowStartMs >= 0 && nowMs - m_windowStartMs >= kWindowMs;
    if (windowOver && !receiving && kernelDrops > m_kernelDrops)
        m_state = SourceState::Warning;
    if (receiving || windowOver || m_windowStartMs < 0) {
        m_windowStartMs = nowMs;
        m_received = received;
        m_kernelDrops = kernelDrops;
    }
    return m_state;
}

LiveSession::LiveSession(RolloutModel *model, SessionConfig config, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_config(std::move(config))
    , m_ingest(model)
    , m_wire(model)
    , m_drainSoon(this)
    , m_tick(this)
    , m_flush(this)
    , m_replayTimer(this)
{
    m_tick.setInterval(m_config.tickMs);
    connect(&m_tick, &QTimer::timeout, this, &LiveSession::tick);
    m_clock.start();
    m_drainSoon.setSingleShot(true);
    m_drainSoon.setInterval(0);
    connect(&m_drainSoon, &QTimer::timeout, this, &LiveSession::drain);
    m_flush.setInterval(1000);
    connect(&m_flush, &QTimer::timeout, this, [this] { m_recorder.flush(); });
    connect(&m_replayTimer, &QTimer::timeout, this, &LiveSession::replayTick);
}

LiveSession::~LiveSession()
{
    stop();
}

QString LiveSession::bindFailure(const QString &what, quint16 port, const QString &reason, bool denied)
{
    // The phones send to 514: a port of 1024 or more needs a relay in between.
    if (denied && port < 1024) {
        const QString program = QCoreApplication::applicationFilePath();
        return tr("cannot listen for %1 on port %2: %3. Ports below 1024 need privileges: listen on a port of "
                  "1024 or more such as %4 and have a syslog relay forward the phones' logs to it (see the README), or "
                  "let pfsmon bind low ports: sudo setcap cap_net_bind_service=+ep %5")
            .arg(what)
            .arg(port)
            .arg(reason)
            .arg(port == kSyslogUdpPort ? 5514 : port + 5000)
            .arg(program.isEmpty() ? QStringLiteral("pfsmon") : program);
    }
    return tr("cannot listen for %1 on port %2: %3. Another program may hold the port: stop it, or choose "
              "another port.")
        .arg(what)
        .arg(port)
        .arg(reason);
}

QString LiveSession::syslogPortInUse(quint16 port)
{
    return tr("UDP %1 is in use by another program, probably the system's syslog daemon: forward from it "
              "(README) or use --syslog-udp %2 (in the window: Capture > Settings).")
        .arg(port)
        .arg(port == 514 ? 5514 : port + 1);
}

bool LiveSession::start()
{
    if (!m_config.recordFile.isEmpty()) {
        QString error;
        if (!m_recorder.open(m_config.recordFile, &error)) {
            m_pfs = std::make_unique<Source>();
            m_pfs->status = {tr("Recording"), SourceState::Failed, error, 0};
            return false;
        }
        m_flush.start();
    }
    m_pfs = std::make_unique<Source>();
    m_syslogUdp = std::make_unique<Source>();
    m_syslogTcp = std::make_unique<Source>();
    openUdp(*m_pfs, ReceivedDatagram::Channel::Pfs, m_config.pfsPort);
    openUdp(*m_syslogUdp, ReceivedDatagram::Channel::SyslogUdp, m_config.syslogUdpPort);
    openTcp(*m_syslogTcp, m_config.syslogTcpPort);
    m_tick.start();
    const auto listening = [](const std::unique_ptr<Source> &s) { return s->status.state == SourceState::Listening; };
    return listening(m_pfs) || listening(m_syslogUdp) || listening(m_syslogTcp);
}

void LiveSession::openUdp(Source &source, ReceivedDatagram::Channel channel, quint16 port)
{
    const bool pfs = channel == ReceivedDatagram::Channel::Pfs;
    source.status.name = pfs ? tr("PFS broadcasts (UDP %1)").arg(port) : tr("Syslog (UDP %1)").arg(port);
    if (port == 0 && !m_config.anyFreePort) {
        source.status.name = pfs ? tr("PFS broadcasts") : tr("Syslog (UDP)");
        return;
    }
    UdpReceiver::Options options;
    options.address = m_config.bind.toIPv4Address();
    options.port = port;
    // PFS broadcasts reach every socket on the port: share it with other
    // tools. Syslog datagrams reach one socket only: never take the site's.
    options.sharing = pfs ? UdpReceiver::Sharing::Shared : UdpReceiver::Sharing::Exclusive;
    options.channel = channel;
    options.receiveBuffer = m_config.receiveBuffer;
    options.maxPending = m_config.maxQueued;
    options.maxPendingBytes = m_config.maxQueuedBytes;
    source.udp = std::make_unique<UdpReceiver>();
    int error = 0;
    if (!source.udp->open(options, &error)) {
        source.status.state = SourceState::Failed;
        source.status.detail = !pfs && error == EADDRINUSE
            ? syslogPortInUse(port)
            : bindFailure(pfs ? tr("PFS broadcasts") : tr("syslog over UDP"), port,
                          QString::fromLocal8Bit(std::strerror(error)), error == EACCES);
        source.udp.reset();
        return;
    }
    source.status.state = SourceState::Listening;
    source.status.name = pfs ? tr("PFS broadcasts (UDP %1)").arg(source.udp->port())
                             : tr("Syslog (UDP %1)").arg(source.udp->port()); // the free port chosen, if any
    source.status.receiveBuffer = source.udp->grantedBuffer();
    // Called from the receive thread: a queued call, which Qt drops if the
    // session is gone; the tick takes batches too, so none waits for long.
    source.udp->start([this] { QMetaObject::invokeMethod(this, &LiveSession::takeUdp, Qt::QueuedConnection); });
}

void LiveSession::openTcp(Source &source, quint16 port)
{
    source.status.name = port ? tr("Syslog (TCP %1)").arg(port) : tr("Syslog (TCP)");
    if (port == 0 && !m_config.anyFreePort)
        return;
    m_tcpServer = std::make_unique<QTcpServer>();
    if (!m_tcpServer->listen(m_config.bind, port)) {
        const bool denied = m_tcpServer->serverError() == QAbstractSocket::SocketAccessError;
        source.status.state = SourceState::Failed;
        source.status.detail = bindFailure(tr("syslog over TCP"), port, m_tcpServer->errorString(), denied);
        m_tcpServer.reset();
        return;
    }
    source.status.state = SourceState::Listening;
    connect(m_tcpServer.get(), &QTcpServer::newConnection, this, &LiveSession::acceptTcp);
}

// Moves what the receive threads read into the queue, on this thread.
void LiveSession::takeUdp()
{
    for (Source *source : {m_pfs.get(), m_syslogUdp.get()}) {
        if (!source || !source->udp)
            continue;
        source->udp->takeAll(&m_udpBatch);
        for (ReceivedDatagram &d : m_udpBatch) {
            // The receive thread's hand-off is the bound for UDP: what it
            // handed over is processed, never dropped for want of room here.
            if (!hasRoomFor(d.payload.size()))
                processQueue();
            enqueue(std::move(d));
        }
        m_udpBatch.clear();
    }
}

// The receive thread's counters while it runs; the last ones read stay after.
void LiveSession::updateUdpStatus(const Source &source, SourceStatus *status)
{
    if (!source.udp)
        return;
    const UdpReceiver::Counters c = source.udp->counters();
    status->received = c.received;
    status->kernelDrops = c.kernelDrops;
    status->queueDrops = c.queueDrops;
}

void LiveSession::judgeUdpHealth()
{
    for (Source *source : {m_pfs.get(), m_syslogUdp.get()}) {
        if (!source || !source->udp)
            continue;
        SourceStatus &status = source->status;
        updateUdpStatus(*source, &status);
        status.state = source->health.judge(status.received, status.kernelDrops, m_clock.elapsed());
        status.detail = status.state != SourceState::Warning
            ? QString()
            : tr("receiving nothing while the kernel drops its datagrams (%1 lost so far)")
                  .arg(QLocale().toString(status.kernelDrops));
    }
}

void LiveSession::acceptTcp()
{
    while (QTcpSocket *socket = m_tcpServer->nextPendingConnection()) {
        if (m_connections.size() >= m_config.maxTcpConnections || !allowed(socket->peerAddress().toIPv4Address())) {
            ++m_counters.tcpRefused;
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_counters.tcpConnections;
        const quint32 stream = m_nextStream++;
        m_connections.insert(stream, socket);
        // Bounded: once full, Qt stops reading, the kernel's buffer fills and
        // TCP makes the sender wait.
        socket->setReadBufferSize(kTcpReadChunk * 4);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, stream] { readTcp(socket, stream); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket, stream] { closeTcp(socket, stream); });
    }
}

// TCP is flow-controlled, never dropped: only what the queue has room for is
// read. Without room the connection pauses until drain() resumes it.
void LiveSession::readTcp(QTcpSocket *socket, quint32 stream)
{
    if (m_pausedTcp.contains(stream))
        return; // resumed in its turn
    while (socket->bytesAvailable() > 0) {
        const qint64 room = qMin(queueRoom(), kTcpReadChunk);
        if (room <= 0) {
            pauseTcp(stream);
            return;
        }
        enqueue(readTcpChunk(socket, stream, room));
    }
}

ReceivedDatagram LiveSession::readTcpChunk(QTcpSocket *socket, quint32 stream, qint64 maxSize)
{
    ReceivedDatagram d;
    d.channel = ReceivedDatagram::Channel::SyslogTcp;
    d.payload = socket->read(maxSize);
    d.source = socket->peerAddress().toIPv4Address();
    d.sourcePort = socket->peerPort();
    d.destination = socket->localAddress().toIPv4Address();
    d.destinationPort = socket->localPort();
    d.stream = stream;
    d.timeUs = nowUs();
    ++m_syslogTcp->status.received;
    return d;
}

void LiveSession::pauseTcp(quint32 stream)
{
    ++m_counters.tcpPaused;
    m_pausedTcp.append(stream);
    m_drainSoon.start(); // the queue is full: process it now rather than at the tick
}

// Paused connections in turn, as long as the queue has room. What is in a
// connection's buffer is read now: no readyRead comes again for bytes that
// are already there, and Qt reads on from the kernel once it has room.
void LiveSession::resumeTcp()
{
    for (qsizetype n = m_pausedTcp.size(); n > 0 && queueRoom() > 0; --n) {
        const quint32 stream = m_pausedTcp.takeFirst();
        if (QTcpSocket *socket = m_connections.value(stream))
            readTcp(socket, stream); // back at the end of the line if it fills the queue again
    }
}

// The peer closed: everything it sent before is processed, in queue-sized
// steps, before its stream ends.
void LiveSession::closeTcp(QTcpSocket *socket, quint32 stream)
{
    m_pausedTcp.removeOne(stream);
    while (socket->bytesAvailable() > 0) {
        const qint64 room = qMin(queueRoom(), kTcpReadChunk);
        if (room <= 0)
            processQueue();
        else
            enqueue(readTcpChunk(socket, stream, room));
    }
    processQueue();
    m_ingest.closeStream(stream, nowUs());
    m_connections.remove(stream);
    socket->deleteLater();
}

bool LiveSession::allowed(quint32 address)
{
    if (m_config.allow.isEmpty())
        return true;
    const QHostAddress host(address);
    for (const auto &subnet : std::as_const(m_config.allow)) {
        if (host.isInSubnet(subnet))
            return true;
    }
    return false;
}

// One rule for the queue's limits, for what UDP drops and for what TCP reads.
bool LiveSession::hasRoomFor(qint64 bytes) const
{
    return qsizetype(m_queue.size()) < m_config.maxQueued && m_queuedBytes + bytes <= m_config.maxQueuedBytes;
}

qint64 LiveSession::queueRoom() const
{
    return hasRoomFor(0) ? m_config.maxQueuedBytes - m_queuedBytes : 0;
}

bool LiveSession::enqueue(ReceivedDatagram d)
{
    ++m_counters.received;
    if (!allowed(d.source)) {
        ++m_counters.ignored;
        return false;
    }
    if (m_recorder.isOpen() && !m_feed) { // a capture records its frames, in takeFrame()
        const qint64 before = m_recorder.packets();
        m_recorder.write(d);
        m_counters.recorded += m_recorder.packets() - before;
    }
    // A TCP chunk is never dropped: readTcp read no more than there was room for.
    if (d.channel != ReceivedDatagram::Channel::SyslogTcp && !hasRoomFor(d.payload.size())) {
        ++m_counters.dropped;
        return false;
    }
    m_queuedBytes += d.payload.size();
    m_queue.push_back(std::move(d));
    return true;
}

// Processes what is queued, then lets paused TCP connections fill the room.
void LiveSession::drain()
{
    processQueue();
    resumeTcp();
}

// A capture's packets reach the wire ingest as they are read, and its
// syslog and broadcasts reach the model from the queue: what the queue
// holds is earlier in the capture, so it goes first (a trace's hierarchy
// then exists when the wire's edges join it).
void LiveSession::InOrder::udp(const wire::UdpPacket &packet)
{
    session->processQueue();
    session->m_wire.udp(packet);
}

void LiveSession::InOrder::tcp(const wire::TcpSegment &segment)
{
    session->processQueue();
    session->m_wire.tcp(segment);
}

void LiveSession::processQueue()
{
    m_processedSinceTick = m_processedSinceTick || !m_queue.empty();
    while (!m_queue.empty()) {
        ReceivedDatagram d = std::move(m_queue.front());
        m_queue.pop_front();
        m_queuedBytes -= d.payload.size();
        if (!m_ingest.receive(d) && d.channel == ReceivedDatagram::Channel::SyslogTcp) {
            // No room for one more stream; closed once this drain is over.
            if (QTcpSocket *socket = m_connections.value(d.stream))
                QTimer::singleShot(0, socket, [socket] { socket->abort(); });
        }
    }
}

void LiveSession::tick()
{
    takeFrames();
    takeUdp();
    judgeUdpHealth();
    drain();
    if (std::exchange(m_processedSinceTick, false))
        Q_EMIT updated();
}

// The one decoder of captures, told the ports that mean syslog and PFS here.
std::unique_ptr<PcapReader> LiveSession::captureDecoder()
{
    auto reader = std::make_unique<PcapReader>();
    QSet<quint16> syslogPorts{514, 601, 5514};
    if (m_config.syslogUdpPort)
        syslogPorts.insert(m_config.syslogUdpPort);
    if (m_config.syslogTcpPort)
        syslogPorts.insert(m_config.syslogTcpPort);
    reader->setPorts(m_config.pfsPort ? m_config.pfsPort : kPfsPort, syslogPorts);
    reader->setPacketSink(&m_inOrder);
    return reader;
}

bool LiveSession::startReplay(const QString &file, double speed, QString *error)
{
    m_replay = captureDecoder();
    if (CaptureFeed::isStream(file)) {
        m_feed = std::make_unique<CaptureFeed>();
        return startFeed(m_feed->openStream(file, error), error);
    }
    if (!m_replay->open(file, error)) {
        m_replay.reset();
        return false;
    }
    m_replaySource = std::make_unique<Source>();
    m_replaySource->status = {tr("Replay of %1").arg(file), SourceState::Replaying, {}, 0};
    m_replaySpeed = speed;
    m_replayClock.start();
    m_replayTimer.start(speed > 0 ? 10 : 0);
    m_tick.start();
    return true;
}

// Hands the capture's datagrams over when their time comes (or at once at
// full speed), never more than the queue takes: a replay loses nothing.
void LiveSession::replayTick()
{
    for (int n = 0; n < kReplayBatch; ++n) {
        if (!m_hasPending)
            m_hasPending = m_replay->next(&m_replayPending);
        const bool pastStop = m_hasPending && m_replayStopUs >= 0 && m_replayFirstUs >= 0
            && m_replayPending.timeUs - m_replayFirstUs > m_replayStopUs;
        if (!m_hasPending || pastStop) {
            m_replayTimer.stop();
            drain();
            m_wire.flushProgress();
            // Damage and snap-length losses are warnings: what was read is replayed.
            const bool failed = !m_replay->error().isEmpty();
            m_replaySource->status.state = failed ? SourceState::Failed : SourceState::Finished;
            m_replaySource->status.detail = failed ? m_replay->error() : m_replay->warnings().join(QLatin1String("; "));
            Q_EMIT updated();
            Q_EMIT replayFinished();
            return;
        }
        if (m_replayFirstUs < 0)
            m_replayFirstUs = m_replayPending.timeUs;
        if (m_replaySpeed > 0) {
            const double due = double(m_replayPending.timeUs - m_replayFirstUs) / m_replaySpeed;
            if (due > double(m_replayClock.nsecsElapsed()) / 1000.0)
                return;
        }
        m_hasPending = false;
        if (m_replayPending.channel == ReceivedDatagram::Channel::Wire)
            continue; // the wire ingest had it as it was read; its time paced it
        if (!hasRoomFor(m_replayPending.payload.size()))
            drain();
        ++m_replaySource->status.received;
        enqueue(std::move(m_replayPending));
    }
}

bool LiveSession::startCapture(const CaptureOptions &options, QString *error)
{
    m_replay = captureDecoder();
    m_feed = std::make_unique<CaptureFeed>();
    return startFeed(m_feed->openInterface(options, CaptureFeed::facts(), error), error);
}

bool LiveSession::startFeed(bool opened, QString *error)
{
    if (!opened) {
        m_feed.reset();
        m_replay.reset();
        return false;
    }
    m_replaySource = std::make_unique<Source>();
    m_replaySource->status = {m_feed->description(), SourceState::Off, {}, 0};
    connect(m_feed.get(), &CaptureFeed::changed, this, &LiveSession::takeFrames);
    m_tick.start();
    feedStarted(); // a live handle starts at once; a stream once its header has come
    if (m_replaySource->status.state != SourceState::Failed)
        return true;
    *error = m_replaySource->status.detail;
    return false;
}

// The feed knows its link type once it runs: the decoder and the recording
// take it from there. False while it is not running yet or when it failed.
bool LiveSession::feedStarted()
{
    if (m_feedStarted)
        return true;
    if (m_feed->linkType() == 0) // a stream that has ended may have been read whole already
        return false;
    QString error;
    if (!m_replay->setLinkType(m_feed->linkType(), &error)
        || (!m_config.recordFile.isEmpty()
            && !m_recorder.openFrames(m_config.recordFile, m_feed->linkType(), &error))) {
        m_feed->stop();
        finishFeed(SourceState::Failed, error);
        return false;
    }
    if (m_recorder.isOpen())
        m_flush.start();
    m_feedStarted = true;
    const bool stream = m_feed->method() == CaptureFeed::Method::Stream;
    m_replaySource->status.state = stream ? SourceState::Replaying : SourceState::Listening;
    Q_EMIT updated();
    return true;
}

// Frames as they came, for a slice of time at most: the tick takes the rest.
// The feed's queue is the bound: a frame taken is decoded, never dropped here.
void LiveSession::takeFrames()
{
    if (!m_feed || m_feedFinished)
        return;
    const bool ended = m_feed->ended(); // before taking: every frame of an ended feed is queued already
    if (!feedStarted() && !ended)
        return;
    QElapsedTimer slice;
    slice.start();
    do {
        m_feed->take(&m_frames, kReplayBatch);
        for (const CapturedFrame &frame : m_frames)
            takeFrame(frame);
    } while (!m_frames.empty() && (ended || slice.elapsed() < kFrameSliceMs));
    const FrameReader::Counters counters = m_feed->counters();
    m_replaySource->status.kernelDrops = counters.kernelDrops;
    m_replaySource->status.queueDrops = counters.dropped;
    if (ended && m_frames.empty()) {
        const QString failure = m_feed->failure();
        const bool stream = m_feed->method() == CaptureFeed::Method::Stream;
        finishFeed(!failure.isEmpty() ? SourceState::Failed
                       : stream       ? SourceState::Finished
                                      : SourceState::Stopped,
                   failure.isEmpty() ? m_replay->warnings().join(QLatin1String("; ")) : failure);
    }
}

void LiveSession::takeFrame(const CapturedFrame &frame)
{
    ++m_replaySource->status.received;
    if (m_recorder.isOpen()) {
        m_recorder.writeFrame(frame);
        ++m_counters.recorded;
    }
    ReceivedDatagram d;
    if (!m_replay->decodeCaptured(frame, &d) || d.channel == ReceivedDatagram::Channel::Wire)
        return; // nothing for the console (the wire ingest had what it carried)
    if (!hasRoomFor(d.payload.size()))
        processQueue();
    enqueue(std::move(d));
}

// The capture came to its end (a stream's end, dumpcap or the interface gone).
void LiveSession::finishFeed(SourceState state, const QString &detail)
{
    m_feedFinished = true;
    disconnect(m_feed.get(), &CaptureFeed::changed, this, &LiveSession::takeFrames);
    drain();
    m_wire.flushProgress();
    m_recorder.flush();
    m_replaySource->status.state = state;
    m_replaySource->status.detail = detail;
    Q_EMIT updated();
    Q_EMIT replayFinished();
}

void LiveSession::stop()
{
    if (m_feed) {
        disconnect(m_feed.get(), &CaptureFeed::changed, this, &LiveSession::takeFrames);
        m_feed->stop(); // joined: every frame it read is queued
        // Its header may have come since the last turn of the event loop.
        const bool started = !m_feedFinished && feedStarted();
        for (m_feed->take(&m_frames, kReplayBatch); started && !m_frames.empty();
             m_feed->take(&m_frames, kReplayBatch)) {
            for (const CapturedFrame &frame : m_frames)
                takeFrame(frame);
        }
        SourceStatus &status = m_replaySource->status;
        if (status.state == SourceState::Listening || status.state == SourceState::Replaying
            || status.state == SourceState::Off)
            status.state = SourceState::Stopped;
        if (status.detail.isEmpty())
            status.detail = m_feed->failure();
    }
    m_replayTimer.stop();
    m_wire.flushProgress(); // what a capture or a replay read so far, whole
    for (Source *source : {m_pfs.get(), m_syslogUdp.get()}) {
        if (source && source->udp)
            source->udp->stop(); // joined: what it read is all in its hand-off
    }
    takeUdp();
    drain();
    m_drainSoon.stop();
    m_pausedTcp.clear();
    const QHash<quint32, QTcpSocket *> connections = std::exchange(m_connections, {});
    for (QTcpSocket *socket : connections) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_tcpServer.reset();
    for (Source *source : {m_pfs.get(), m_syslogUdp.get(), m_syslogTcp.get()}) {
        if (!source)
            continue;
        updateUdpStatus(*source, &source->status);
        source->udp.reset();
        if (source->status.state == SourceState::Listening || source->status.state == SourceState::Warning)
            source->status.state = SourceState::Stopped;
    }
    m_tick.stop();
    m_flush.stop();
    m_recorder.close();
}

quint16 LiveSession::boundPort(ReceivedDatagram::Channel channel) const
{
    switch (channel) {
    case ReceivedDatagram::Channel::Pfs: return m_pfs && m_pfs->udp ? m_pfs->udp->port() : 0;
    case ReceivedDatagram::Channel::SyslogUdp: return m_syslogUdp && m_syslogUdp->udp ? m_syslogUdp->udp->port() : 0;
    case ReceivedDatagram::Channel::SyslogTcp: return m_tcpServer ? m_tcpServer->serverPort() : 0;
    case ReceivedDatagram::Channel::Wire: return 0;
    }
    return 0;
}

QList<SourceStatus> LiveSession::statuses() const
{
    QList<SourceStatus> list;
    for (const auto *source : {&m_pfs, &m_syslogUdp, &m_syslogTcp, &m_replaySource}) {
        if (!*source)
            continue;
        SourceStatus status = (*source)->status;
        updateUdpStatus(**source, &status);
        list.append(status);
    }
    return list;
}

// pfsmon's own drops are those of its queue and of the receive threads'
// hand-offs; what a hand-off dropped was received all the same.
SessionCounters LiveSession::counters() const
{
    SessionCounters c = m_counters;
    for (const SourceStatus &s : statuses()) {
        c.kernelDrops += s.kernelDrops;
        c.dropped += s.queueDrops;
        c.received += s.queueDrops;
    }
    return c;
}

} // namespace pfs

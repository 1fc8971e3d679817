#include "livesession.h"

#include <QNetworkDatagram>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>

#include <chrono>
#include <utility>

namespace pfs {

namespace {
constexpr int kMaxDatagramsPerRead = 2000; // then let the event loop breathe
constexpr int kReplayBatch = 5000;
constexpr qint64 kTcpReadChunk = 64 * 1024;

// Receive times to the microsecond, as the recordings keep them.
qint64 nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}
} // namespace

struct LiveSession::Source {
    SourceStatus status;
    std::unique_ptr<QUdpSocket> udp;
};

LiveSession::LiveSession(RolloutModel *model, SessionConfig config, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_config(std::move(config))
    , m_ingest(model)
    , m_tick(this)
    , m_flush(this)
    , m_replayTimer(this)
{
    m_tick.setInterval(m_config.tickMs);
    connect(&m_tick, &QTimer::timeout, this, &LiveSession::tick);
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
    if (denied && port < 1024) {
        return tr("cannot listen for %1 on port %2: %3. Ports below 1024 need privileges: use another port such "
                  "as %4 (and point the phones or the relay there), or let pfsmon bind low ports with "
                  "'sudo setcap cap_net_bind_service=+ep pfsmon'.")
            .arg(what)
            .arg(port)
            .arg(reason)
            .arg(port == 514 ? 5514 : port + 5000);
    }
    return tr("cannot listen for %1 on port %2: %3. Another program may hold the port: stop it, or choose "
              "another port.")
        .arg(what)
        .arg(port)
        .arg(reason);
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
    source.udp = std::make_unique<QUdpSocket>();
    // Shared: another tool may listen on the same port. Passive: never written to.
    if (!source.udp->bind(m_config.bind, port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        const bool denied = source.udp->error() == QAbstractSocket::SocketAccessError;
        source.status.state = SourceState::Failed;
        source.status.detail = bindFailure(pfs ? tr("PFS broadcasts") : tr("syslog over UDP"), port,
                                           source.udp->errorString(), denied);
        source.udp.reset();
        return;
    }
    source.udp->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 8 * 1024 * 1024);
    source.status.state = SourceState::Listening;
    QUdpSocket *socket = source.udp.get();
    connect(socket, &QUdpSocket::readyRead, this,
            [this, socket, channel, s = &source] { readUdp(socket, channel, s); });
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

void LiveSession::readUdp(QUdpSocket *socket, ReceivedDatagram::Channel channel, Source *source)
{
    for (int n = 0; n < kMaxDatagramsPerRead && socket->hasPendingDatagrams(); ++n) {
        const QNetworkDatagram datagram = socket->receiveDatagram(65535);
        ++source->status.received;
        ReceivedDatagram d;
        d.channel = channel;
        d.payload = datagram.data();
        d.source = datagram.senderAddress().toIPv4Address();
        d.sourcePort = quint16(qMax(datagram.senderPort(), 0));
        d.destination = datagram.destinationAddress().toIPv4Address();
        d.destinationPort = quint16(qMax(datagram.destinationPort(), 0));
        d.timeUs = nowUs();
        if (!d.destination)
            d.destination = m_config.bind.toIPv4Address();
        enqueue(std::move(d));
    }
    if (socket->hasPendingDatagrams())
        QTimer::singleShot(0, this, [this, socket, channel, source] { readUdp(socket, channel, source); });
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
        socket->setReadBufferSize(kTcpReadChunk * 4);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, stream] { readTcp(socket, stream); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket, stream] {
            readTcp(socket, stream);
            drain();
            m_ingest.closeStream(stream);
            m_connections.remove(stream);
            socket->deleteLater();
        });
    }
}

// TCP is flow-controlled: when the queue is full, stop reading and let the
// sender wait, instead of dropping.
void LiveSession::readTcp(QTcpSocket *socket, quint32 stream)
{
    while (socket->bytesAvailable() > 0) {
        if (m_queuedBytes >= m_config.maxQueuedBytes || qsizetype(m_queue.size()) >= m_config.maxQueued) {
            QTimer::singleShot(m_config.tickMs, this, [this, stream] {
                if (QTcpSocket *s = m_connections.value(stream))
                    readTcp(s, stream);
            });
            return;
        }
        ReceivedDatagram d;
        d.channel = ReceivedDatagram::Channel::SyslogTcp;
        d.payload = socket->read(kTcpReadChunk);
        d.source = socket->peerAddress().toIPv4Address();
        d.sourcePort = socket->peerPort();
        d.destination = socket->localAddress().toIPv4Address();
        d.destinationPort = socket->localPort();
        d.stream = stream;
        d.timeUs = nowUs();
        ++m_syslogTcp->status.received;
        enqueue(std::move(d));
    }
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

bool LiveSession::enqueue(ReceivedDatagram d)
{
    ++m_counters.received;
    if (!allowed(d.source)) {
        ++m_counters.ignored;
        return false;
    }
    if (m_recorder.isOpen()) {
        const qint64 before = m_recorder.packets();
        m_recorder.write(d);
        m_counters.recorded += m_recorder.packets() - before;
    }
    if (qsizetype(m_queue.size()) >= m_config.maxQueued || m_queuedBytes + d.payload.size() > m_config.maxQueuedBytes) {
        ++m_counters.dropped;
        return false;
    }
    m_queuedBytes += d.payload.size();
    m_queue.push_back(std::move(d));
    return true;
}

void LiveSession::drain()
{
    while (!m_queue.empty()) {
        ReceivedDatagram d = std::move(m_queue.front());
        m_queue.pop_front();
        m_queuedBytes -= d.payload.size();
        if (!m_ingest.take(d) && d.channel == ReceivedDatagram::Channel::SyslogTcp) {
            // The stream cannot be followed any more; closed once this drain is over.
            if (QTcpSocket *socket = m_connections.value(d.stream))
                QTimer::singleShot(0, socket, [socket] { socket->abort(); });
        }
    }
}

void LiveSession::tick()
{
    const bool busy = !m_queue.empty();
    drain();
    if (busy)
        Q_EMIT updated();
}

bool LiveSession::startReplay(const QString &file, double speed, QString *error)
{
    m_replay = std::make_unique<PcapReader>();
    if (!m_replay->open(file, error)) {
        m_replay.reset();
        return false;
    }
    QSet<quint16> syslogPorts{514, 601, 5514};
    if (m_config.syslogUdpPort)
        syslogPorts.insert(m_config.syslogUdpPort);
    if (m_config.syslogTcpPort)
        syslogPorts.insert(m_config.syslogTcpPort);
    m_replay->setPorts(m_config.pfsPort ? m_config.pfsPort : 4051, syslogPorts);
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
        if (qsizetype(m_queue.size()) >= m_config.maxQueued)
            drain();
        ++m_replaySource->status.received;
        enqueue(std::move(m_replayPending));
        m_hasPending = false;
    }
}

void LiveSession::stop()
{
    m_replayTimer.stop();
    drain();
    const QHash<quint32, QTcpSocket *> connections = std::exchange(m_connections, {});
    for (QTcpSocket *socket : connections) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_tcpServer.reset();
    for (auto *source : {&m_pfs, &m_syslogUdp}) {
        if (*source)
            (*source)->udp.reset();
    }
    m_tick.stop();
    m_flush.stop();
    m_recorder.close();
}

quint16 LiveSession::boundPort(ReceivedDatagram::Channel channel) const
{
    switch (channel) {
    case ReceivedDatagram::Channel::Pfs:
        return m_pfs && m_pfs->udp ? m_pfs->udp->localPort() : 0;
    case ReceivedDatagram::Channel::SyslogUdp:
        return m_syslogUdp && m_syslogUdp->udp ? m_syslogUdp->udp->localPort() : 0;
    case ReceivedDatagram::Channel::SyslogTcp:
        return m_tcpServer ? m_tcpServer->serverPort() : 0;
    }
    return 0;
}

QList<SourceStatus> LiveSession::statuses() const
{
    QList<SourceStatus> list;
    for (const auto *source : {&m_pfs, &m_syslogUdp, &m_syslogTcp, &m_replaySource}) {
        if (*source)
            list.append((*source)->status);
    }
    return list;
}

} // namespace pfs

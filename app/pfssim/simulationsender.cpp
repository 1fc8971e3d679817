// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "app/pfssim/simulationsender.h"

#include <QTcpSocket>
#include <QUdpSocket>

#include <limits>

namespace pfs {

namespace {
constexpr int kTickMs = 20;
constexpr qint64 kMaxBatch = 20000; // records per tick at full speed
} // namespace

SimulationSender::SimulationSender(sim::Simulator *simulator, SendTargets targets, QObject *parent)
    : QObject(parent)
    , m_simulator(simulator)
    , m_targets(std::move(targets))
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &SimulationSender::tick);
}

SimulationSender::~SimulationSender() = default;

bool SimulationSender::parseTarget(const QString &text, QHostAddress *host, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString name = text.left(colon);
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value == 0 || value > 65535)
        return false;
    const QHostAddress address
        = name == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(name);
    if (address.isNull())
        return false;
    *host = address;
    *port = quint16(value);
    return true;
}

bool SimulationSender::start(QString *error)
{
    if (!m_targets.outFile.isEmpty()) {
        m_file.setFileName(m_targets.outFile);
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = tr("cannot write %1: %2").arg(m_targets.outFile, m_file.errorString());
            return false;
        }
        m_timer.setInterval(0);
    } else {
        m_timer.setInterval(m_targets.speed > 0 || m_targets.maxRate > 0 ? kTickMs : 0);
        m_udp = std::make_unique<QUdpSocket>();
        if (m_targets.syslogTcp) {
            m_tcp = std::make_unique<QTcpSocket>();
            m_tcp->connectToHost(m_targets.syslogHost, m_targets.syslogPort);
            if (!m_tcp->waitForConnected(5000)) {
                *error = tr("cannot connect to syslog over TCP at %1:%2: %3")
                             .arg(m_targets.syslogHost.toString())
                             .arg(m_targets.syslogPort)
                             .arg(m_tcp->errorString());
                return false;
            }
        }
    }
    m_clock.start();
    m_timer.start();
    return true;
}

void SimulationSender::tick()
{
    // TCP is flow-controlled: let the socket drain before producing more.
    if (m_tcp && m_tcp->bytesToWrite() > kMaxPendingTcpBytes)
        return;
    const bool fast = m_targets.speed <= 0 || m_file.isOpen();
    const qint64 target
        = fast ? std::numeric_limits<qint64>::max() : qint64(double(m_clock.nsecsElapsed()) / 1000.0 * m_targets.speed);
    // At most maxRate records and datagrams a second (a UDP receiver keeps
    // up); otherwise a bounded batch,
    // so the event loop (and TCP's flow control) keeps running.
    const bool paced = m_udp && m_targets.maxRate > 0;
    const qint64 budget = paced ? qMax<qint64>(1, m_targets.maxRate * m_timer.interval() / 1000) : kMaxBatch;
    m_sentThisTick = 0;
    while (!m_simulator->finished() && m_simulator->nextEventTime() <= target && m_sentThisTick < budget)
        m_simulator->advanceTo(m_simulator->nextEventTime(), *this);
    if (!fast && m_sentThisTick < budget)
        m_simulator->advanceTo(qMax(target, m_simulator->now()), *this);
    if (m_simulator->finished())
        finish();
}

void SimulationSender::finish()
{
    m_timer.stop();
    if (m_file.isOpen()) {
        if (!m_file.flush())
            Q_EMIT failed(tr("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        m_file.close();
    }
    if (m_tcp) {
        while (m_tcp->bytesToWrite() > 0 && m_tcp->waitForBytesWritten(5000)) { }
        m_tcp->disconnectFromHost();
    }
    Q_EMIT finished();
}

void SimulationSender::record(qint64 timeUs, const sim::SimPhone &phone, const QByteArray &record)
{
    ++m_records;
    const qint64 utcMs = m_simulator->config().startUtcMs + timeUs / 1000;
    const QByteArray line = sim::wrapSyslog(phone.syslog, phone.host, utcMs, record);
    if (m_file.isOpen()) {
        m_file.write(line);
        m_file.write("\n", 1);
    } else if (m_tcp) {
        // RFC 6587 octet counting.
        m_tcp->write(QByteArray::number(line.size()));
        m_tcp->write(" ", 1);
        m_tcp->write(line);
    } else if (m_udp->writeDatagram(line, m_targets.syslogHost, m_targets.syslogPort) < 0) {
        ++m_sendErrors;
    }
    ++m_sentThisTick;
}

void SimulationSender::broadcast(qint64, const sim::SimPhone &, const QByteArray &payload)
{
    ++m_broadcasts;
    if (m_udp && m_udp->writeDatagram(payload, m_targets.pfsHost, m_targets.pfsPort) < 0)
        ++m_sendErrors;
    ++m_sentThisTick;
}

} // namespace pfs

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "protocol/wire.h"
#include "sim/simulator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>

class QTcpSocket;
class QUdpSocket;

// Plays a simulation out over real sockets (syslog over UDP or TCP, PFS
// broadcasts over UDP) or into a text file, paced against the wall clock.
// It sends only to the addresses it is given.
namespace pfs {

struct SendTargets {
    QHostAddress syslogHost = QHostAddress::LocalHost;
    quint16 syslogPort = 5514;
    bool syslogTcp = false;
    QHostAddress pfsHost = QHostAddress::LocalHost;
    quint16 pfsPort = wire::kPfsPort;
    double speed = 1.0;  // virtual seconds per wall second; 0: as fast as possible
    int maxRate = 20000; // datagrams per second over UDP (a receiver keeps up); 0: no limit
    QString outFile;     // set: write text lines there instead of sending
};

class SimulationSender : public QObject, public sim::Sink {
    Q_OBJECT
public:
    static constexpr qint64 kMaxPendingTcpBytes = 4 * 1024 * 1024;

    SimulationSender(sim::Simulator *simulator, SendTargets targets, QObject *parent = nullptr);
    ~SimulationSender() override;

    bool start(QString *error);

    qint64 records() const { return m_records; }
    qint64 broadcasts() const { return m_broadcasts; }
    qint64 sendErrors() const { return m_sendErrors; }

    void record(qint64 timeUs, const sim::SimPhone &phone, const QByteArray &record) override;
    void broadcast(qint64 timeUs, const sim::SimPhone &phone, const QByteArray &payload) override;

    // "HOST:PORT" with a literal address or "localhost".
    static bool parseTarget(const QString &text, QHostAddress *host, quint16 *port);

Q_SIGNALS:
    void finished();
    void failed(const QString &error);

private:
    void tick();
    void finish();

    sim::Simulator *m_simulator;
    SendTargets m_targets;
    std::unique_ptr<QUdpSocket> m_udp;
    std::unique_ptr<QTcpSocket> m_tcp;
    QFile m_file;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_records = 0;
    qint64 m_broadcasts = 0;
    qint64 m_sendErrors = 0;
    qint64 m_sentThisTick = 0;
};

} // namespace pfs

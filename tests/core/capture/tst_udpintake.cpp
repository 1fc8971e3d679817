// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// UDP intake: every datagram sent is received or counted lost, syslog ports
// are never shared with the site's daemon, and the status tells the truth.
#include "capture/livesession.h"
#include "engine/rolloutengine.h"
#include "syslogdaemon.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QNetworkDatagram>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUdpSocket>

#include <linux/filter.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <thread>

using namespace pfs;
using Channel = ReceivedDatagram::Channel;
using test::SyslogDaemon;

namespace {

SessionConfig loopback()
{
    return test::loopbackSession();
}

QList<QByteArray> syslogLines(int count = 1000)
{
    QList<QByteArray> lines;
    for (int i = 0; i < count; ++i)
        lines.append(test::syslogLine(i));
    return lines;
}

// Everything the session heard or lost, wherever it ended.
qint64 accountedFor(const LiveSession &session)
{
    const SessionCounters c = session.counters();
    return session.ingest().counters().datagrams + qint64(session.queued()) + c.dropped + c.kernelDrops + c.ignored;
}

// The session's own UDP socket, found among this process's descriptors.
int socketBoundTo(quint16 port)
{
    const QStringList fds = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::System);
    for (const QString &name : fds) {
        const int fd = name.toInt();
        int type = 0;
        socklen_t length = sizeof type;
        sockaddr_in address{};
        socklen_t addressLength = sizeof address;
        if (::getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) == 0 && type == SOCK_DGRAM
            && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &addressLength) == 0
            && address.sin_family == AF_INET && ntohs(address.sin_port) == port)
            return fd;
    }
    return -1;
}

// A socket filter that refuses everything: the kernel drops and counts each datagram.
bool dropEverything(int fd, bool on)
{
    if (!on) {
        const int unused = 0;
        return ::setsockopt(fd, SOL_SOCKET, SO_DETACH_FILTER, &unused, sizeof unused) == 0;
    }
    sock_filter code[] = {{BPF_RET | BPF_K, 0, 0, 0}};
    sock_fprog program{1, code};
    return ::setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &program, sizeof program) == 0;
}

// A free UDP port on loopback, for a program told its port on its command line.
quint16 freeUdpPort()
{
    return SyslogDaemon::freePort();
}

} // namespace

class TestUdpIntake : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Bursts from 2,000 to 200,000 datagrams/s: each one arrives or is
    // counted, by the kernel or by pfsmon. Small buffers force both kinds of loss.
    void burstsAreReceivedOrCountedLost_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<int>("receiveBuffer");
        QTest::addColumn<qsizetype>("maxQueued");
        QTest::newRow("2,000/s") << 2000.0 << qint64(2000) << (32 << 20) << qsizetype(200000);
        QTest::newRow("10,000/s") << 10000.0 << qint64(10000) << (32 << 20) << qsizetype(200000);
        QTest::newRow("50,000/s") << 50000.0 << qint64(40000) << (32 << 20) << qsizetype(200000);
        QTest::newRow("200,000/s") << 200000.0 << qint64(100000) << (32 << 20) << qsizetype(200000);
        QTest::newRow("200,000/s, tiny kernel buffer") << 200000.0 << qint64(100000) << 4096 << qsizetype(200000);
        QTest::newRow("200,000/s, tiny queue") << 200000.0 << qint64(100000) << (32 << 20) << qsizetype(100);
        QTest::newRow("unpaced, tiny both") << 0.0 << qint64(100000) << 4096 << qsizetype(100);
    }

    void burstsAreReceivedOrCountedLost()
    {
        QFETCH(double, rate);
        QFETCH(qint64, count);
        QFETCH(int, receiveBuffer);
        QFETCH(qsizetype, maxQueued);
        SessionConfig config = loopback();
        config.receiveBuffer = receiveBuffer;
        config.maxQueued = maxQueued;
        RolloutModel model;
        LiveSession session(&model, config);
        QVERIFY(session.start());
        const quint16 port = session.boundPort(Channel::SyslogUdp);
        std::atomic<qint64> sent{0};
        std::atomic<bool> done{false};
        const QList<QByteArray> lines = syslogLines();
        std::thread sender([&] {
            test::sendPaced(port, lines, count, rate, &sent);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 60000);
        sender.join();
        QVERIFY(sent.load() > count * 9 / 10);
        QTRY_COMPARE_WITH_TIMEOUT(accountedFor(session), sent.load(), 20000);
        QTRY_COMPARE(session.queued(), 0);
        const SessionCounters c = session.counters();
        // Each datagram is one DLoad record: what reached the model, exactly.
        QCOMPARE(model.counts().total, session.ingest().counters().datagrams);
        QCOMPARE(session.ingest().counters().datagrams + c.dropped + c.kernelDrops, sent.load());
        qInfo("sent %lld at %.0f/s: %lld into the model, %lld lost in the kernel, %lld dropped by pfsmon "
              "(buffer granted %d bytes)",
              sent.load(), rate, model.counts().total, c.kernelDrops, c.dropped, session.statuses()[1].receiveBuffer);
    }

    // The kernel's own count, exact: a filter makes it drop every datagram.
    void kernelDropsAreCountedExactly()
    {
        RolloutModel model;
        LiveSession session(&model, loopback());
        QVERIFY(session.start());
        const quint16 port = session.boundPort(Channel::SyslogUdp);
        const int fd = socketBoundTo(port);
        QVERIFY(fd >= 0);
        QVERIFY(dropEverything(fd, true));
        QCOMPARE(test::sendPaced(port, syslogLines(), 777, 0), 777);
        QTRY_COMPARE(session.counters().kernelDrops, 777);
        QCOMPARE(session.statuses()[1].received, 0);
        QCOMPARE(session.statuses()[1].kernelDrops, 777);
        QVERIFY(dropEverything(fd, false));
        QCOMPARE(test::sendPaced(port, syslogLines(), 5, 0), 5);
        QTRY_COMPARE(model.counts().total, 5);
        QCOMPARE(session.counters().kernelDrops, 777);
    }

    // util-linux logger, as fast as it sends: the old intake lost half of such a burst.
    void loggerBurstArrivesWhole()
    {
        const QString logger = QStandardPaths::findExecutable(QStringLiteral("logger"));
        if (logger.isEmpty())
            QSKIP("util-linux logger is not installed");
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("burst.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        constexpr int kLines = 10000;
        for (int i = 0; i < kLines; ++i)
            file.write("02:19:22.1 DLoad: ^.idl_child.c-openUDPPort " + QByteArray::number(i) + '\n');
        file.close();
        RolloutModel model;
        LiveSession session(&model, loopback());
        QVERIFY(session.start());
        QProcess process;
        process.start(logger,
                      {QStringLiteral("-d"), QStringLiteral("--rfc3164"), QStringLiteral("-n"),
                       QStringLiteral("127.0.0.1"), QStringLiteral("-P"),
                       QString::number(session.boundPort(Channel::SyslogUdp)), QStringLiteral("-p"),
                       QStringLiteral("local7.info"), QStringLiteral("-f"), file.fileName()});
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
        QCOMPARE(process.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(accountedFor(session), qint64(kLines), 20000);
        QTRY_COMPARE(session.queued(), 0);
        const SessionCounters c = session.counters();
        QCOMPARE(session.ingest().counters().datagrams + c.dropped + c.kernelDrops, qint64(kLines));
        QCOMPARE(model.counts().total, session.ingest().counters().datagrams);
        // 10,000 short datagrams fit a buffer of a few megabytes many times over.
        if (session.statuses()[1].receiveBuffer >= 8 * 1024 * 1024)
            QCOMPARE(model.counts().total, qint64(kLines));
    }

    // The stall's pattern, 20 times: Listen, two simulator runs back to back,
    // Stop, Listen again on the same ports, through the engine in its thread.
    void listenStopListenNeverStalls()
    {
        QThread thread;
        RolloutEngine engine;
        engine.setTickInterval(20);
        engine.moveToThread(&thread);
        thread.start();
        // Back to this thread, to be destroyed here once its thread is over, whatever happens.
        const auto cleanUp = qScopeGuard([&engine, &thread] {
            QMetaObject::invokeMethod(
                &engine,
                [&engine, &thread] {
                    engine.stop();
                    engine.moveToThread(thread.thread());
                },
                Qt::BlockingQueuedConnection);
            thread.quit();
            thread.wait();
        });
        std::shared_ptr<const EngineSnapshot> latest;
        connect(&engine, &RolloutEngine::snapshotReady, this,
                [&](std::shared_ptr<const EngineSnapshot> s) { latest = std::move(s); });
        constexpr int kPhones = 100, kRuns = 20;
        const test::Expected expected = test::simulate(kPhones, 1);
        SessionConfig config = loopback();
        config.anyFreePort = false;
        config.syslogUdpPort = freeUdpPort();
        config.pfsPort = freeUdpPort();
        for (int run = 0; run < kRuns; ++run) {
            latest.reset();
            QMetaObject::invokeMethod(&engine, "startLive", Qt::QueuedConnection, Q_ARG(pfs::SessionConfig, config));
            QTRY_VERIFY(latest && latest->sources.size() == 3 && latest->running);
            QCOMPARE(latest->sources[1].state, SourceState::Listening);
            for (int sim = 0; sim < 2; ++sim) {
                QProcess pfssim;
                pfssim.start(QStringLiteral(PFSSIM_BINARY),
                             {QStringLiteral("--phones"), QString::number(kPhones), QStringLiteral("--seed"),
                              QStringLiteral("1"), QStringLiteral("--speed"), QStringLiteral("max"),
                              QStringLiteral("--syslog"), QStringLiteral("127.0.0.1:%1").arg(config.syslogUdpPort),
                              QStringLiteral("--pfs"), QStringLiteral("127.0.0.1:%1").arg(config.pfsPort)});
                QTRY_VERIFY_WITH_TIMEOUT(pfssim.state() == QProcess::NotRunning, 60000);
                QCOMPARE(pfssim.exitCode(), 0);
            }
            const qint64 sent = 2 * (expected.records + expected.broadcasts);
            const auto accounted = [&] {
                const SessionCounters &c = latest->counters;
                return latest->ingest.datagrams + c.dropped + c.kernelDrops;
            };
            QTRY_COMPARE_WITH_TIMEOUT(accounted(), sent, 20000);
            QVERIFY2(latest->counters.dropped + latest->counters.kernelDrops == 0
                         || latest->sources[1].receiveBuffer < 8 * 1024 * 1024,
                     qPrintable(QStringLiteral("run %1: %2 lost").arg(run).arg(latest->counters.kernelDrops)));
            QCOMPARE(latest->model->counts().total, 2 * expected.records);
            QMetaObject::invokeMethod(&engine, "stop", Qt::QueuedConnection);
            QTRY_VERIFY(latest->stopped);
            QCOMPARE(latest->sources[1].state, SourceState::Stopped);
        }
    }

    // A program (here a socket with SO_REUSEADDR, as rsyslog binds) holds the
    // syslog port: pfsmon refuses to share it and says why; the other keeps receiving.
    void syslogPortIsNeverShared()
    {
        QUdpSocket daemon;
        QVERIFY(daemon.bind(QHostAddress::LocalHost, 0, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint));
        SessionConfig config = loopback();
        config.anyFreePort = false;
        config.pfsPort = freeUdpPort();
        config.syslogUdpPort = daemon.localPort();
        RolloutModel model;
        LiveSession session(&model, config);
        QVERIFY(session.start()); // PFS still listens
        const SourceStatus syslog = session.statuses().at(1);
        QCOMPARE(syslog.state, SourceState::Failed);
        QVERIFY2(
            syslog.detail.contains(QLatin1String("is in use by another program, probably the system's syslog daemon")),
            qPrintable(syslog.detail));
        QVERIFY(syslog.detail.contains(QStringLiteral("--syslog-udp %1").arg(config.syslogUdpPort + 1)));
        QVERIFY(syslog.detail.contains(QLatin1String("README")));
        QUdpSocket phone;
        phone.writeDatagram(test::syslogLine(1), QHostAddress::LocalHost, daemon.localPort());
        QTRY_VERIFY(daemon.hasPendingDatagrams());
        QCOMPARE(daemon.receiveDatagram().data(), test::syslogLine(1));
        QVERIFY(LiveSession::syslogPortInUse(514).contains(QLatin1String("--syslog-udp 5514")));
    }

    // The real daemons, in the foreground with private configurations: they
    // keep their port and every datagram sent to it.
    void syslogDaemonKeepsItsPort_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("rsyslog") << int(SyslogDaemon::Kind::Rsyslog);
        QTest::newRow("syslog-ng") << int(SyslogDaemon::Kind::SyslogNg);
    }

    void syslogDaemonKeepsItsPort()
    {
        QFETCH(int, kind);
        const auto k = SyslogDaemon::Kind(kind);
        if (SyslogDaemon::program(k).isEmpty())
            QSKIP(qPrintable(SyslogDaemon::name(k) + QStringLiteral(" is not available here")));
        const quint16 port = SyslogDaemon::freePort();
        const QString configuration = k == SyslogDaemon::Kind::Rsyslog
            ? QStringLiteral("global(workDirectory=\"@DIR@\")\n"
                             "module(load=\"imudp\")\n"
                             "input(type=\"imudp\" address=\"127.0.0.1\" port=\"%1\")\n"
                             "*.* action(type=\"omfile\" file=\"@DIR@/received.log\")\n")
                  .arg(port)
            : QStringLiteral("@version: 3.38\n"
                             "options { use-dns(no); keep-hostname(yes); stats-freq(0); };\n"
                             "source s_in { network(ip(\"127.0.0.1\") port(%1) transport(\"udp\")); };\n"
                             "destination d_file { file(\"@DIR@/received.log\"); };\n"
                             "log { source(s_in); destination(d_file); };\n")
                  .arg(port);
        SyslogDaemon daemon(k);
        QString error;
        QVERIFY2(daemon.start(configuration, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(SyslogDaemon::listening(port, false) || !daemon.isRunning(), 20000);
        QVERIFY2(daemon.isRunning(), qPrintable(daemon.output()));
        SessionConfig config = loopback();
        config.anyFreePort = false;
        config.syslogUdpPort = port;
        config.syslogTcpPort = SyslogDaemon::freePort(); // something listens, so start() is true
        RolloutModel model;
        LiveSession session(&model, config);
        QVERIFY(session.start());
        QCOMPARE(session.statuses()[1].state, SourceState::Failed);
        QVERIFY2(session.statuses()[1].detail.contains(QLatin1String("in use by another program")),
                 qPrintable(session.statuses()[1].detail));
        QUdpSocket phone;
        phone.writeDatagram(test::syslogLine(42), QHostAddress::LocalHost, port);
        const QString log = daemon.dir() + QStringLiteral("/received.log");
        const auto received = [&log] {
            QFile file(log);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QTRY_VERIFY_WITH_TIMEOUT(received().contains("SEP000000000042"), 20000);
    }

    // PFS broadcasts reach every socket on the port: pfsmon shares it.
    void pfsPortStaysShared()
    {
        QUdpSocket other;
        QVERIFY(other.bind(QHostAddress::AnyIPv4, 0, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint));
        SessionConfig config = loopback();
        config.bind = QHostAddress::AnyIPv4;
        config.anyFreePort = false;
        config.pfsPort = other.localPort();
        config.syslogUdpPort = freeUdpPort();
        RolloutModel model;
        LiveSession session(&model, config);
        QVERIFY(session.start());
        QCOMPARE(session.statuses()[0].state, SourceState::Listening);
        QUdpSocket phone;
        QVERIFY(phone.bind(QHostAddress::LocalHost, 0));
        QCOMPARE(
            phone.writeDatagram("PFS broadcast", QHostAddress(QStringLiteral("127.255.255.255")), other.localPort()),
            qint64(13));
        QTRY_VERIFY(other.hasPendingDatagrams());
        QTRY_COMPARE(session.statuses()[0].received, 1);
    }

    void stopSaysStopped()
    {
        RolloutModel model;
        LiveSession session(&model, loopback());
        QVERIFY(session.start());
        for (const SourceStatus &s : session.statuses())
            QCOMPARE(s.state, SourceState::Listening);
        QVERIFY(session.statuses()[1].receiveBuffer > 0);
        session.stop();
        for (const SourceStatus &s : session.statuses())
            QCOMPARE(s.state, SourceState::Stopped);
    }

    // Nothing read while the kernel drops: a warning, until datagrams arrive again.
    void kernelDropsWithNothingReceivedWarn()
    {
        RolloutModel model;
        LiveSession session(&model, loopback());
        QVERIFY(session.start());
        const quint16 port = session.boundPort(Channel::SyslogUdp);
        const int fd = socketBoundTo(port);
        QVERIFY(dropEverything(fd, true));
        test::sendPaced(port, syslogLines(), 50, 0);
        QTRY_COMPARE(session.statuses()[1].kernelDrops, 50);
        QTRY_COMPARE(session.statuses()[1].state, SourceState::Warning);
        QVERIFY(session.statuses()[1].detail.contains(QLatin1String("50")));
        QCOMPARE(session.statuses()[0].state, SourceState::Listening); // PFS is fine
        QVERIFY(dropEverything(fd, false));
        test::sendPaced(port, syslogLines(), 1, 0);
        QTRY_COMPARE(session.statuses()[1].state, SourceState::Listening);
        QVERIFY(session.statuses()[1].detail.isEmpty());
    }

    void sourceHealthJudgesWindows()
    {
        SourceHealth health;
        QCOMPARE(health.judge(0, 0, 0), SourceState::Listening);
        QCOMPARE(health.judge(0, 10, 500), SourceState::Listening); // the window is not over
        QCOMPARE(health.judge(0, 10, 1000), SourceState::Warning);
        QCOMPARE(health.judge(0, 10, 2500), SourceState::Warning); // stays until datagrams arrive
        QCOMPARE(health.judge(5, 10, 2600), SourceState::Listening);
        QCOMPARE(health.judge(9, 30, 4000), SourceState::Listening); // receiving while losing: not this warning
        QCOMPARE(health.judge(9, 30, 6000), SourceState::Listening); // idle, nothing lost
    }

    // Records/s falls to 0 once nothing arrives, and Stop says "stopped".
    void engineRateFallsToZeroAndStopSaysStopped()
    {
        RolloutEngine engine;
        engine.setTickInterval(20);
        std::shared_ptr<const EngineSnapshot> latest;
        double highest = 0;
        connect(&engine, &RolloutEngine::snapshotReady, this, [&](std::shared_ptr<const EngineSnapshot> s) {
            highest = qMax(highest, s->recordsPerSecond);
            latest = std::move(s);
        });
        engine.startLive(loopback());
        QVERIFY(latest);
        const quint16 port = quint16(latest->sources[1].name.section(QLatin1Char(' '), -1).chopped(1).toUInt());
        QVERIFY(port != 0);
        test::sendPaced(port, syslogLines(), 2000, 20000);
        QTRY_COMPARE(latest->model->counts().total, 2000);
        QVERIFY(highest > 0);
        QTRY_COMPARE(latest->recordsPerSecond, 0.0);
        engine.stop();
        QVERIFY(latest->stopped);
        QVERIFY(!latest->running);
        QCOMPARE(latest->recordsPerSecond, 0.0);
        for (const SourceStatus &s : latest->sources)
            QCOMPARE(s.state, SourceState::Stopped);

        // A finished demo: the last rate shown falls to 0 too.
        sim::Config demo;
        demo.phones = 20;
        highest = 0;
        engine.startDemo(demo, 0);
        QTRY_VERIFY_WITH_TIMEOUT(latest->finished, 30000);
        QTRY_COMPARE(latest->recordsPerSecond, 0.0);
        QVERIFY(!latest->stopped);
        QVERIFY(highest > 0);
    }
};

QTEST_GUILESS_MAIN(TestUdpIntake)
#include "tst_udpintake.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "capture/livesession.h"
#include "export/snapshot.h"
#include "model/bandwidth.h"
#include "sim/simulator.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <chrono>

#include <unistd.h>

using namespace pfs;
using Channel = ReceivedDatagram::Channel;

namespace {

SessionConfig loopback()
{
    return test::loopbackSession();
}

using test::Expected;
using test::simulate;

QString target(quint16 port)
{
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

QJsonObject snapshot(const RolloutModel &model)
{
    QJsonObject o = Snapshot::toJson(model, BandwidthReport::compute(model), {});
    return o;
}

} // namespace

class TestLiveSession : public QObject {
    Q_OBJECT

private:
    // Runs pfssim against a session and checks the model against the ground truth.
    void simulatorIntoSession(bool tcp)
    {
        RolloutModel model;
        LiveSession session(&model, loopback());
        QVERIFY(session.start());
        const quint16 syslogPort = session.boundPort(tcp ? Channel::SyslogTcp : Channel::SyslogUdp);
        QProcess sim;
        // Over UDP a gentler pace: on this loopback, bursts at a few thousand
        // datagrams a second were seen to go missing under sanitizer builds.
        const int phones = tcp ? 60 : 25;
        QStringList args{QStringLiteral("--phones"), QString::number(phones),
                         QStringLiteral("--seed"),   QStringLiteral("11"),
                         QStringLiteral("--speed"),  QStringLiteral("max"),
                         QStringLiteral("--rate"),   tcp ? QStringLiteral("5000") : QStringLiteral("1000"),
                         QStringLiteral("--syslog"), target(syslogPort),
                         QStringLiteral("--pfs"),    target(session.boundPort(Channel::Pfs))};
        if (tcp)
            args << QStringLiteral("--tcp");
        sim.start(QStringLiteral(PFSSIM_BINARY), args);
        const Expected expected = simulate(phones, 11);
        QTRY_COMPARE_WITH_TIMEOUT(model.counts().total, expected.records, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(session.ingest().counters().pfsDecoded, expected.broadcasts, 10000);
        QCOMPARE(model.counts().byGrammar[size_t(Grammar::Unknown)], 0);
        QCOMPARE(model.hierarchies().size(), expected.truth.trees.size());
        for (const sim::GroundTruth::Tree &tree : expected.truth.trees) {
            const Hierarchy *h = model.hierarchyByXid(tree.xid);
            QVERIFY(h);
            QCOMPARE(model.phone(h->root)->address, tree.root);
            for (auto it = tree.parentOf.cbegin(); it != tree.parentOf.cend(); ++it)
                QCOMPARE(model.phone(h->parent(model.phoneByAddress(it.key())))->address, it.value());
        }
        QCOMPARE(model.observedWanBytes(), expected.truth.actualWanBytes);
        QCOMPARE(BandwidthReport::compute(model).overall.traditionalWanBytes, expected.truth.traditionalWanBytes);
        QCOMPARE(session.counters().dropped, 0);
        QTRY_VERIFY_WITH_TIMEOUT(sim.state() == QProcess::NotRunning, 30000);
        QCOMPARE(sim.exitCode(), 0);
    }

private Q_SLOTS:
    void simulatorOverUdpMatchesGroundTruth() { simulatorIntoSession(false); }
    void simulatorOverTcpMatchesGroundTruth() { simulatorIntoSession(true); }

    // util-linux logger: an independent client, carrying the seed's records.
    void loggerIsUnderstood_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("tcp");
        QTest::newRow("RFC 3164 over UDP") << QStringList{QStringLiteral("--rfc3164"), QStringLiteral("-d")} << false;
        QTest::newRow("RFC 5424 over UDP") << QStringList{QStringLiteral("--rfc5424"), QStringLiteral("-d")} << false;
        QTest::newRow("RFC 3164 over TCP, octet counted")
            << QStringList{QStringLiteral("--rfc3164"), QStringLiteral("-T"), QStringLiteral("--octet-count")} << true;
        QTest::newRow("RFC 5424 over TCP, octet counted")
            << QStringList{QStringLiteral("--rfc5424"), QStringLiteral("-T"), QStringLiteral("--octet-count")} << true;
    }

    void loggerIsUnderstood()
    {
        QFETCH(QStringList, options);
        QFETCH(bool, tcp);
        const QString logger = QStandardPaths::findExecutable(QStringLiteral("logger"));
        if (logger.isEmpty())
            PFSMON_SKIP("util-linux logger is not installed");
        RolloutModel model;
        LiveSession session(&model, loopback());
        QVERIFY(session.start());
        const quint16 port = session.boundPort(tcp ? Channel::SyslogTcp : Channel::SyslogUdp);
        QProcess process;
        process.start(logger,
                      options
                          + QStringList{QStringLiteral("-n"), QStringLiteral("127.0.0.1"), QStringLiteral("-P"),
                                        QString::number(port), QStringLiteral("-f"),
                                        test::dataPath(QStringLiteral("seed-records.txt"))});
        QTRY_COMPARE_WITH_TIMEOUT(model.counts().total, 26, 20000);
        QCOMPARE(model.counts().byGrammar[size_t(Grammar::Verified)], 26);
        const Hierarchy *h = model.hierarchyByXid(0x080027F8);
        QVERIFY(h);
        QVERIFY(h->rootConfirmed);
        QCOMPARE(h->advertisements, 4);
        QCOMPARE(model.phone(h->root)->address, 0x0A6A7544u);
        QVERIFY(!model.phone(h->root)->host.isEmpty()); // the machine's name, from the header
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 20000);
        QCOMPARE(process.exitCode(), 0);
    }

    void recordThenReplayGivesTheSameSnapshot()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("session.pcap"));
        SessionConfig config = loopback();
        config.recordFile = file;
        RolloutModel live;
        QJsonObject liveSnapshot;
        qint64 sent = 0;
        {
            LiveSession session(&live, config);
            QVERIFY(session.start());
            // Syslog over TCP (lossless, and the replay must reassemble the stream);
            // broadcasts over UDP.
            QProcess sim;
            sim.start(QStringLiteral(PFSSIM_BINARY),
                      {QStringLiteral("--phones"), QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("3"),
                       QStringLiteral("--speed"), QStringLiteral("max"), QStringLiteral("--rate"),
                       QStringLiteral("3000"), QStringLiteral("--tcp"), QStringLiteral("--syslog"),
                       target(session.boundPort(Channel::SyslogTcp)), QStringLiteral("--pfs"),
                       target(session.boundPort(Channel::Pfs))});
            const Expected expected = simulate(40, 3);
            QTRY_COMPARE_WITH_TIMEOUT(live.counts().total, expected.records, 60000);
            QTRY_VERIFY_WITH_TIMEOUT(sim.state() == QProcess::NotRunning, 30000);
            QTRY_COMPARE(session.queued(), 0);
            session.stop();
            sent = session.counters().recorded;
            QVERIFY(session.counters().recorded >= session.counters().received); // big TCP reads take two packets
            QVERIFY(sent > expected.broadcasts);
            liveSnapshot = snapshot(live);
        }
        RolloutModel replayed;
        LiveSession replay(&replayed, loopback());
        QString error;
        QVERIFY2(replay.startReplay(file, 0, &error), qPrintable(error));
        QSignalSpy finished(&replay, &LiveSession::replayFinished);
        QVERIFY(finished.wait(60000));
        QCOMPARE(replay.replayStats()->packets, sent);
        const QJsonObject replaySnapshot = snapshot(replayed);
        for (const char *key : {"records", "hierarchies", "phones", "bandwidth", "anomalies"})
            QVERIFY2(replaySnapshot.value(QLatin1String(key)) == liveSnapshot.value(QLatin1String(key)), key);

        const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
        if (!tshark.isEmpty()) {
            QProcess reader;
            reader.start(tshark, {QStringLiteral("-r"), file});
            QVERIFY(reader.waitForFinished(60000));
            QCOMPARE(reader.exitCode(), 0);
            QCOMPARE(reader.readAllStandardOutput().count('\n'), sent);
        }
    }

    // Runs the console and pfssim in a network namespace of its own: every
    // packet sent there is counted, and they must all be pfssim's.
    void consoleNeverTransmits()
    {
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        QProcess probe;
        probe.start(unshare, {QStringLiteral("--net"), QStringLiteral("true")});
        if (unshare.isEmpty() || !probe.waitForFinished(10000) || probe.exitCode() != 0)
            PFSMON_SKIP("cannot create a network namespace here (needs root or user namespaces)");
        const QString script = QStringLiteral(
            "ip link set lo up || exit 3\n"
            "\"$1\" --headless --bind 127.0.0.1 --pfs-port 4051 --syslog-udp 5514 --syslog-tcp 5515 --duration 3 "
            "  >/dev/null 2>&1 &\n"
            "for i in $(seq 200); do grep -q ':158A ' /proc/net/udp && break; sleep 0.02; done\n"
            // IP OutRequests of this namespace: every packet any process here sent.
            "sent() { awk '/^Ip: [0-9]/ {print $11}' /proc/net/snmp; }\n"
            "before=$(sent)\n"
            "\"$2\" --phones 10 --seed 2 --speed max --syslog 127.0.0.1:5514 --pfs 127.0.0.1:4051 || exit 4\n"
            "wait\n"
            "echo sent-on-lo $(( $(sent) - before ))\n");
        QProcess run;
        run.start(unshare,
                  {QStringLiteral("--net"), QStringLiteral("bash"), QStringLiteral("-c"), script,
                   QStringLiteral("pfsmon-netns"), QStringLiteral(PFSMON_BINARY), QStringLiteral(PFSSIM_BINARY)});
        QVERIFY(run.waitForFinished(60000));
        const QString output = QString::fromUtf8(run.readAllStandardOutput());
        QCOMPARE(run.exitCode(), 0);
        const Expected expected = simulate(10, 2);
        QVERIFY2(output.contains(QStringLiteral("sent-on-lo %1\n").arg(expected.records + expected.broadcasts)),
                 qPrintable(output));
    }

    void bindFailuresAreExplained()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        SessionConfig config = loopback();
        config.syslogTcpPort = blocker.serverPort();
        config.anyFreePort = true;
        RolloutModel model;
        LiveSession session(&model, config);
        QVERIFY(session.start()); // the other sources still listen
        const QList<SourceStatus> statuses = session.statuses();
        QCOMPARE(statuses[0].state, SourceState::Listening);
        QCOMPARE(statuses[2].state, SourceState::Failed);
        QVERIFY(statuses[2].detail.contains(QString::number(blocker.serverPort())));
        QVERIFY(statuses[2].detail.contains(QLatin1String("another port")));
        if (geteuid() != 0) {
            SessionConfig low = loopback();
            low.syslogUdpPort = 514;
            LiveSession lowSession(&model, low);
            lowSession.start();
            QCOMPARE(lowSession.statuses()[1].state, SourceState::Failed);
            QVERIFY(lowSession.statuses()[1].detail.contains(QLatin1String("5514")));
            QVERIFY(lowSession.statuses()[1].detail.contains(QLatin1String("setcap")));
        }
        QVERIFY(LiveSession::bindFailure(QStringLiteral("syslog"), 514, QStringLiteral("denied"), true)
                    .contains(QLatin1String("5514")));
    }

    void allowListIgnoresOthers()
    {
        SessionConfig config = loopback();
        config.allow = {QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8"))};
        RolloutModel model;
        LiveSession session(&model, config);
        QVERIFY(session.start());
        QUdpSocket sender;
        for (int i = 0; i < 5; ++i)
            sender.writeDatagram("<190>Nov 24 02:19:22 h NOT 02:19:22.1 DLoad: UT:Confirmed root bumping strength",
                                 QHostAddress::LocalHost, session.boundPort(Channel::SyslogUdp));
        QTRY_COMPARE(session.counters().ignored, 5);
        QCOMPARE(model.counts().total, 0);
    }

    void floodIsBoundedAndCounted()
    {
        SessionConfig config = loopback();
        config.maxQueued = 50;
        config.tickMs = 3600 * 1000; // nothing drains until asked
        RolloutModel model;
        LiveSession session(&model, config);
        QVERIFY(session.start());
        QUdpSocket sender;
        for (int i = 0; i < 500; ++i)
            sender.writeDatagram("<190>Nov 24 02:19:22 h NOT 02:19:22.1 DLoad: ^.idl_child.c-openUDPPort",
                                 QHostAddress::LocalHost, session.boundPort(Channel::SyslogUdp));
        // The receive thread's hand-off holds at most 50: beyond it datagrams
        // are dropped and counted; what was handed over is never dropped.
        QTRY_COMPARE(session.counters().received, 500);
        QVERIFY(session.queued() <= 50);
        session.drain();
        QCOMPARE(session.counters().kernelDrops, 0);
        QCOMPARE(model.counts().total + session.counters().dropped, 500);
    }

    // Receive times to the microsecond, kept so in the recording.
    void recordingKeepsMicroseconds()
    {
        QTemporaryDir dir;
        SessionConfig config = loopback();
        config.recordFile = dir.filePath(QStringLiteral("us.pcap"));
        RolloutModel model;
        const auto wallUs = [] {
            using namespace std::chrono;
            return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
        };
        const qint64 before = wallUs();
        {
            LiveSession session(&model, config);
            QVERIFY(session.start());
            QUdpSocket sender;
            for (int i = 0; i < 5; ++i)
                sender.writeDatagram("<190>x " + QByteArray::number(i), QHostAddress::LocalHost,
                                     session.boundPort(Channel::SyslogUdp));
            QTRY_COMPARE(session.counters().recorded, 5);
            session.stop();
        }
        const qint64 after = wallUs();
        PcapReader reader;
        QString error;
        QVERIFY2(reader.open(config.recordFile, &error), qPrintable(error));
        ReceivedDatagram d;
        int read = 0, subMillisecond = 0;
        while (reader.next(&d)) {
            ++read;
            QVERIFY(d.timeUs >= before && d.timeUs <= after);
            subMillisecond += d.timeUs % 1000 != 0;
        }
        QCOMPARE(read, 5);
        QVERIFY2(subMillisecond > 0, "every time a whole millisecond: milliseconds, not microseconds");
    }

    // A replay of a capture damaged at its end finishes, with a warning, after all it could read.
    void replayOfADamagedCaptureFinishesWithAWarning()
    {
        QTemporaryDir dir;
        const QString path = test::writeCutCopy(QStringLiteral("captures/udp-s64.pcap"), dir.path(), 10);
        QVERIFY(!path.isEmpty());
        RolloutModel model;
        SessionConfig config = loopback();
        config.pfsPort = 24051;
        LiveSession replay(&model, config);
        QString error;
        QVERIFY2(replay.startReplay(path, 0, &error), qPrintable(error));
        QSignalSpy finished(&replay, &LiveSession::replayFinished);
        QVERIFY(finished.wait(30000));
        const SourceStatus status = replay.statuses().constLast();
        QCOMPARE(status.state, SourceState::Finished);
        QCOMPARE(replay.replayStats()->packets, 649);
        QCOMPARE(replay.replayWarnings().size(), 2);
        QVERIFY2(status.detail.startsWith(QLatin1String("capture cut at 64 bytes per packet (snap length)")),
                 qPrintable(status.detail));
        QVERIFY2(
            status.detail.contains(QLatin1String("; capture file ends in the middle of a packet after 649 packets")),
            qPrintable(status.detail));
    }

    void badDatagramsAreCountedNotFatal()
    {
        RolloutModel model;
        LiveSession session(&model, loopback());
        QVERIFY(session.start());
        QUdpSocket sender;
        const quint16 syslog = session.boundPort(Channel::SyslogUdp), pfs = session.boundPort(Channel::Pfs);
        QByteArray noise(60000, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919) & 0xff);
        sender.writeDatagram(QByteArray(), QHostAddress::LocalHost, syslog);
        sender.writeDatagram(noise, QHostAddress::LocalHost, syslog);
        sender.writeDatagram("<190>" + QByteArray(20000, 'x'), QHostAddress::LocalHost, syslog);
        sender.writeDatagram(noise.left(300), QHostAddress::LocalHost, pfs);
        sender.writeDatagram("PFSM\x01", QHostAddress::LocalHost, pfs); // our magic, cut short
        sender.writeDatagram("<190>Nov 24 02:19:22 h NOT 02:19:22.1 DLoad: UT:Confirmed root bumping strength",
                             QHostAddress::LocalHost, syslog);
        QTRY_COMPARE(session.counters().received, 6);
        QTRY_COMPARE(model.counts().total, 1); // the one good record still arrives
        QCOMPARE(session.ingest().counters().pfsUndecoded, 2);
        QVERIFY(session.ingest().counters().syslog.truncatedRecords >= 1);
        QCOMPARE(session.statuses()[1].state, SourceState::Listening);
    }

    // A malformed frame start costs that frame, not the connection.
    void tcpPeerWithAHugeCountIsResynchronised()
    {
        RolloutModel model;
        LiveSession session(&model, loopback());
        QVERIFY(session.start());
        QTcpSocket peer;
        peer.connectToHost(QHostAddress::LocalHost, session.boundPort(Channel::SyslogTcp));
        QVERIFY(peer.waitForConnected(5000));
        const QByteArray frame = "<190>Nov 24 02:19:22 h NOT 02:19:22.1 DLoad: UT:Confirmed root bumping strength";
        peer.write("99999999999 <190>x");
        QTRY_COMPARE_WITH_TIMEOUT(session.ingest().counters().tcpResyncs, 1, 10000);
        // The first frame after the garbage proves itself by the next one's start.
        peer.write(QByteArray::number(frame.size()) + ' ' + frame + QByteArray::number(frame.size()) + ' ' + frame);
        QTRY_COMPARE(model.counts().total, 2);
        QCOMPARE(session.ingest().counters().tcpDiscardedBytes, 18);
        QCOMPARE(peer.state(), QAbstractSocket::ConnectedState);
    }

    void tcpPeerThatNeverFinishesAFrameStaysBounded()
    {
        RolloutModel model;
        LiveSession session(&model, loopback());
        QVERIFY(session.start());
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, session.boundPort(Channel::SyslogTcp));
        QVERIFY(slow.waitForConnected(5000));
        const QByteArray endless = "<190>" + QByteArray(300000, 'y'); // no LF, ever
        slow.write(endless);
        QTRY_COMPARE_WITH_TIMEOUT(session.ingest().counters().tcpOversizedFrames, 1, 10000);
        QTRY_COMPARE(session.queued(), 0);
        slow.write("\n<190>Nov 24 02:19:22 h NOT 02:19:22.1 DLoad: UT:Confirmed root bumping strength\n");
        QTRY_COMPARE(model.counts().total, 1); // and the connection still works
    }
};

QTEST_GUILESS_MAIN(TestLiveSession)
#include "tst_livesession.moc"

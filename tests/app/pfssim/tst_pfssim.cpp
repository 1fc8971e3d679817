// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "logs/logimporter.h"
#include "logs/syslogparser.h"
#include "sim/simulator.h"
#include "sim/wiretraffic.h"
#include "testsupport.h"

#include <QDir>
#include <QHostAddress>
#include <QMultiHash>
#include <QNetworkDatagram>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <QtEndian>

using namespace pfs;

namespace {

using test::Expected;
using test::simulate;

// The rollout the tshark test captures: keep-TFTP and never-back phones, so
// every tree edge is a connection that ends well.
sim::Config tsharkRollout()
{
    sim::Config c;
    c.phones = 12;
    c.seed = 2;
    c.faults.keepTftp = 1;
    c.faults.neverBack = 1;
    return c;
}

QByteArray runTshark(const QString &tshark, const QStringList &arguments)
{
    QProcess process;
    process.start(tshark, arguments);
    if (!process.waitForFinished(240000) || process.exitCode() != 0) {
        qWarning("tshark %s: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput();
}

// The values of an io,stat table's one interval row, in the order asked.
QList<qint64> ioStatRow(const QByteArray &output)
{
    QList<qint64> values;
    for (const QByteArray &line : output.split('\n')) {
        if (!line.contains("<>"))
            continue;
        const QList<QByteArray> cells = line.split('|');
        for (qsizetype i = 2; i < cells.size(); ++i) {
            bool ok = false;
            const qint64 value = cells[i].trimmed().toLongLong(&ok);
            if (ok)
                values.append(value);
        }
    }
    return values;
}

// The first `records` packets of a pcap file, with the IPv4 TTL of the first
// one changed: its header checksum no longer holds.
QByteArray corruptedHead(const QString &path, int records)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.read(24);
    for (int i = 0; i < records; ++i) {
        const QByteArray header = file.read(16);
        const quint32 captured = qFromLittleEndian<quint32>(header.constData() + 8);
        bytes += header + file.read(captured);
    }
    bytes[24 + 16 + 14 + 8] = char(63);
    return bytes;
}

QStringList simArgs(int phones, quint64 seed)
{
    return {QStringLiteral("--phones"), QString::number(phones),   QStringLiteral("--seed"),
            QString::number(seed),      QStringLiteral("--speed"), QStringLiteral("max")};
}

} // namespace

class TestPfssim : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fileOutputImportsToTheGroundTruth()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("rollout.log"));
        QProcess sim;
        sim.start(QStringLiteral(PFSSIM_BINARY), simArgs(150, 5) << QStringLiteral("--out") << file);
        QVERIFY(sim.waitForFinished(60000));
        QCOMPARE(sim.exitCode(), 0);
        const Expected expected = simulate(150, 5);
        RolloutModel model;
        LogImporter importer(&model, QDate(2026, 11, 24));
        QString error;
        QVERIFY2(importer.importFile(file, &error), qPrintable(error));
        QCOMPARE(importer.stats().records, expected.records);
        QCOMPARE(importer.stats().syslogLines, expected.records);
        QCOMPARE(model.counts().byGrammar[size_t(Grammar::Unknown)], 0);
        QCOMPARE(model.hierarchies().size(), expected.truth.trees.size());
        QCOMPARE(model.observedWanBytes(), expected.truth.actualWanBytes);
        QCOMPARE(qsizetype(model.phones().size()), qsizetype(150));
    }

    void sendsSyslogAndBroadcastsOverUdp()
    {
        QUdpSocket syslog, pfs;
        QVERIFY(syslog.bind(QHostAddress::LocalHost, 0));
        QVERIFY(pfs.bind(QHostAddress::LocalHost, 0));
        syslog.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 16 * 1024 * 1024);
        qint64 records = 0, broadcasts = 0, dloads = 0;
        connect(&syslog, &QUdpSocket::readyRead, this, [&] {
            while (syslog.hasPendingDatagrams()) {
                const QByteArray datagram = syslog.receiveDatagram().data();
                ++records;
                dloads += datagram.contains("DLoad:");
            }
        });
        connect(&pfs, &QUdpSocket::readyRead, this, [&] {
            while (pfs.hasPendingDatagrams()) {
                ++broadcasts;
                pfs.receiveDatagram();
            }
        });
        QProcess sim;
        sim.start(QStringLiteral(PFSSIM_BINARY),
                  simArgs(12, 3) << QStringLiteral("--rate") << QStringLiteral("1000") << QStringLiteral("--syslog")
                                 << QStringLiteral("127.0.0.1:%1").arg(syslog.localPort()) << QStringLiteral("--pfs")
                                 << QStringLiteral("127.0.0.1:%1").arg(pfs.localPort()));
        const Expected expected = simulate(12, 3);
        QTRY_COMPARE_WITH_TIMEOUT(records, expected.records, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(broadcasts, expected.broadcasts, 10000);
        QCOMPARE(dloads, records);
        // Already finished, waitForFinished() would say false: poll the state.
        QTRY_VERIFY_WITH_TIMEOUT(sim.state() == QProcess::NotRunning, 30000);
        QCOMPARE(sim.exitCode(), 0);
    }

    void sendsSyslogOverTcpWithOctetCounting()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QTcpSocket *peer = nullptr;
        SyslogStreamSplitter splitter;
        QList<QByteArray> frames;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            peer = server.nextPendingConnection();
            connect(peer, &QTcpSocket::readyRead, this, [&] { splitter.feed(peer->readAll(), &frames); });
        });
        QProcess sim;
        sim.start(QStringLiteral(PFSSIM_BINARY),
                  simArgs(12, 3) << QStringLiteral("--tcp") << QStringLiteral("--syslog")
                                 << QStringLiteral("127.0.0.1:%1").arg(server.serverPort()) << QStringLiteral("--pfs")
                                 << QStringLiteral("127.0.0.1:9"));
        const Expected expected = simulate(12, 3);
        QTRY_COMPARE_WITH_TIMEOUT(qint64(frames.size()), expected.records, 60000);
        QVERIFY(frames.first().contains("DLoad: UPG start"));
        QTRY_VERIFY_WITH_TIMEOUT(sim.state() == QProcess::NotRunning, 30000);
        QCOMPARE(sim.exitCode(), 0);
    }

    void writesACaptureFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("rollout.pcap"));
        QProcess sim;
        sim.start(QStringLiteral(PFSSIM_BINARY), simArgs(10, 4) << QStringLiteral("--pcap") << file);
        QVERIFY(sim.waitForFinished(60000));
        QCOMPARE(sim.exitCode(), 0);
        QVERIFY(sim.readAllStandardOutput().contains(file.toUtf8()));
        QFile capture(file);
        QVERIFY(capture.open(QIODevice::ReadOnly));
        const QByteArray header = capture.read(24);
        QCOMPARE(header.left(4), QByteArray("\xd4\xc3\xb2\xa1", 4)); // microsecond pcap, little endian
        QCOMPARE(qFromLittleEndian<quint32>(header.constData() + 16), quint32(sim::WireOptions::kDefaultSnapLength));
        QCOMPARE(qFromLittleEndian<quint32>(header.constData() + 20), quint32(1)); // Ethernet
        QVERIFY(capture.size() > 1000000);
        // Written beside the file and renamed into place: nothing else is left.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("rollout.pcap")});
    }

    void aCaptureThatCannotBeWrittenIsOneLine()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("missing/rollout.pcap"));
        QProcess sim;
        sim.start(QStringLiteral(PFSSIM_BINARY), simArgs(5, 4) << QStringLiteral("--pcap") << file);
        QVERIFY(sim.waitForFinished(60000));
        QCOMPARE(sim.exitCode(), 1);
        const QByteArray error = sim.readAllStandardError();
        QVERIFY2(error.startsWith("pfssim: ") && error.count('\n') == 1 && error.contains(file.toUtf8()),
                 error.constData());
        QVERIFY(!QFile::exists(file));
    }

    // tshark, an independent dissector, finds every frame well formed with
    // good checksums, and counts what the ground truth says.
    void tsharkAgreesWithTheGroundTruth()
    {
        const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
        if (tshark.isEmpty())
            PFSMON_SKIP("tshark is not installed (.ci/setup.sh --tests installs it)");
        const sim::Config c = tsharkRollout();
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("rollout.pcap"));
        QProcess sim;
        sim.start(QStringLiteral(PFSSIM_BINARY),
                  simArgs(c.phones, c.seed)
                      << QStringLiteral("--fault-keep-tftp") << QStringLiteral("1")
                      << QStringLiteral("--fault-never-back") << QStringLiteral("1") << QStringLiteral("--pcap") << file
                      << QStringLiteral("--snaplen") << QStringLiteral("65535"));
        QVERIFY(sim.waitForFinished(120000));
        QCOMPARE(sim.exitCode(), 0);
        const QStringList checksums = {QStringLiteral("-o"), QStringLiteral("ip.check_checksum:TRUE"),
                                       QStringLiteral("-o"), QStringLiteral("udp.check_checksum:TRUE"),
                                       QStringLiteral("-o"), QStringLiteral("tcp.check_checksum:TRUE")};
        const QString errors = QStringLiteral("_ws.malformed || _ws.expert.severity >= error || "
                                              "ip.checksum.status == 0 || udp.checksum.status == 0 || "
                                              "tcp.checksum.status == 0");
        const QStringList findErrors = QStringList{QStringLiteral("-Y"), errors,
                                                   QStringLiteral("-T"), QStringLiteral("fields"),
                                                   QStringLiteral("-e"), QStringLiteral("frame.number")}
            + checksums;
        // The check itself sees a broken checksum.
        const QString broken = test::writeFile(dir.filePath(QStringLiteral("broken.pcap")), corruptedHead(file, 20));
        QCOMPARE(runTshark(tshark, QStringList{QStringLiteral("-r"), broken} + findErrors).trimmed(), QByteArray("1"));
        QCOMPARE(runTshark(tshark, QStringList{QStringLiteral("-r"), file} + findErrors), QByteArray());

        const QString columns = QStringLiteral(
            "io,stat,0,COUNT(frame)frame,COUNT(ip.checksum.status)ip.checksum.status==1,"
            "COUNT(udp.checksum.status)udp.checksum.status==1,COUNT(tcp.checksum.status)tcp.checksum.status==1,"
            "COUNT(tcp.flags.syn)tcp.flags.syn==1 && tcp.flags.ack==0,"
            "COUNT(tcp.flags.syn)tcp.flags.syn==1 && tcp.flags.ack==1,SUM(tcp.len)tcp.len,"
            "COUNT(tftp.opcode)tftp.opcode==1,COUNT(tftp.opcode)tftp.opcode==6,"
            "COUNT(tftp.opcode)tftp.opcode==3,SUM(udp.length)udp.length && tftp.opcode==3");
        const QByteArray stats
            = runTshark(tshark,
                        QStringList{QStringLiteral("-r"), file, QStringLiteral("-q"), QStringLiteral("-z"),
                                    QStringLiteral("conv,tcp"), QStringLiteral("-z"), columns}
                            + checksums);
        const QList<qint64> v = ioStatRow(stats);
        QCOMPARE(v.size(), 11);
        const qint64 frames = v[0];
        QVERIFY(frames > 10000);
        QCOMPARE(v[1], frames);        // every IPv4 header checksum verified good
        QCOMPARE(v[2] + v[3], frames); // and every UDP and TCP checksum

        sim::Simulator simulator(c);
        struct Nothing : sim::Sink {
            void record(qint64, const sim::SimPhone &, const QByteArray &) override { }
            void broadcast(qint64, const sim::SimPhone &, const QByteArray &) override { }
        } nothing;
        simulator.runToEnd(nothing);
        const sim::GroundTruth &truth = simulator.truth();
        QCOMPARE(truth.completedPhones, c.phones);
        QMultiHash<quint32, quint32> edges;
        qint64 peerBytes = 0;
        QHash<quint32, QString> loadOf;
        for (const sim::SimPhone &p : simulator.phones())
            loadOf.insert(p.address, p.load);
        const FirmwareCatalogue catalogue = FirmwareCatalogue::builtIn();
        for (const sim::GroundTruth::Tree &tree : truth.trees) {
            for (auto it = tree.parentOf.cbegin(); it != tree.parentOf.cend(); ++it) {
                edges.insert(it.key(), it.value());
                peerBytes += catalogue.load(loadOf.value(it.key()))->component(tree.file)->bytes;
            }
        }
        // One handshake and one conversation per tree edge, child to parent's 4051.
        QCOMPARE(v[4], qint64(edges.size()));
        QCOMPARE(v[5], qint64(edges.size()));
        QCOMPARE(v[6], peerBytes);
        static const QRegularExpression conversation(QStringLiteral("^([0-9.]+):[0-9]+ +<-> ([0-9.]+):4051 "),
                                                     QRegularExpression::MultilineOption);
        QMultiHash<quint32, quint32> seen;
        for (auto it = conversation.globalMatch(QString::fromLatin1(stats)); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            seen.insert(QHostAddress(m.captured(1)).toIPv4Address(), QHostAddress(m.captured(2)).toIPv4Address());
        }
        QCOMPARE(seen.size(), edges.size());
        for (auto it = edges.cbegin(); it != edges.cend(); ++it)
            QVERIFY(seen.contains(it.key(), it.value()));

        // TFTP: as many option answers as requests, and the data is the WAN's
        // firmware plus every configuration file (at boot, and after the
        // upgrade's reboot but for the never-back phone).
        qint64 configBytes = 0;
        for (const sim::SimPhone &p : simulator.phones()) {
            const int fetches = p.fault == sim::SimPhone::Fault::NeverBack ? 1 : 2;
            configBytes += fetches * sim::WireTraffic::configFileSize(p, c.seed);
        }
        QVERIFY(v[7] > 2 * c.phones);
        QCOMPARE(v[8], v[7]);
        constexpr qint64 kHeaders = 8 + 4; // UDP and TFTP, in udp.length
        QCOMPARE(v[10] - kHeaders * v[9], truth.actualWanBytes + configBytes);
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("snap length") << QStringList{QStringLiteral("--snaplen"), QStringLiteral("10")};
        QTest::newRow("sources") << QStringList{QStringLiteral("--sources"), QStringLiteral("all")};
        QTest::newRow("two outputs") << QStringList{QStringLiteral("--pcap"), QStringLiteral("x.pcap"),
                                                    QStringLiteral("--out"), QStringLiteral("x.log")};
        QTest::newRow("no port") << QStringList{QStringLiteral("--syslog"), QStringLiteral("127.0.0.1")};
        QTest::newRow("a name") << QStringList{QStringLiteral("--pfs"), QStringLiteral("phones.example:4051")};
        QTest::newRow("speed") << QStringList{QStringLiteral("--speed"), QStringLiteral("-2")};
        QTest::newRow("phones") << QStringList{QStringLiteral("--phones"), QStringLiteral("0")};
    }

    void refusesBadArguments()
    {
        QFETCH(QStringList, arguments);
        QProcess sim;
        sim.start(QStringLiteral(PFSSIM_BINARY), arguments);
        QVERIFY(sim.waitForFinished(30000));
        QCOMPARE(sim.exitCode(), 2);
        QVERIFY(!sim.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPfssim)
#include "tst_pfssim.moc"

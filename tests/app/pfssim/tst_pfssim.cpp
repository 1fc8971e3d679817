// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "logs/logimporter.h"
#include "logs/syslogparser.h"
#include "sim/simulator.h"
#include "testsupport.h"

#include <QNetworkDatagram>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace pfs;

namespace {

using test::Expected;
using test::simulate;

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

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
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

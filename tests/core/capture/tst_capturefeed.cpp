// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "capture/capturefeed.h"
#include "capture/livesession.h"
#include "export/snapshot.h"
#include "model/bandwidth.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace pfs;
using Backend = CaptureOptions::Backend;
using Method = CaptureFeed::Method;

namespace {

QJsonObject snapshot(const RolloutModel &model)
{
    return Snapshot::toJson(model, BandwidthReport::compute(model), {});
}

// The model a replay of `file` as fast as it goes gives: the reference.
QJsonObject replayed(const QString &file, qint64 *datagrams)
{
    RolloutModel model;
    LiveSession session(&model, test::loopbackSession());
    QString error;
    if (!session.startReplay(file, 0, &error))
        return {};
    QSignalSpy finished(&session, &LiveSession::replayFinished);
    if (!finished.wait(30000))
        return {};
    *datagrams = session.ingest().counters().dloadRecords + session.ingest().counters().otherSyslogRecords;
    return snapshot(model);
}

void compareModels(const QJsonObject &actual, const QJsonObject &expected)
{
    for (const char *key : {"records", "hierarchies", "phones", "bandwidth", "anomalies", "relays"})
        QVERIFY2(actual.value(QLatin1String(key)) == expected.value(QLatin1String(key)), key);
}

} // namespace

class TestCaptureFeed : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The Wireshark way: dumpcap first, then libpcap, else nothing (and the message).
    void choosesHowToCapture_data()
    {
        QTest::addColumn<QString>("dumpcap");
        QTest::addColumn<bool>("selfMayCapture");
        QTest::addColumn<Backend>("wanted");
        QTest::addColumn<Method>("chosen");
        const QString dumpcap = QStringLiteral("/usr/bin/dumpcap");
        QTest::newRow("dumpcap runs, pfsmon may not") << dumpcap << false << Backend::Auto << Method::Dumpcap;
        QTest::newRow("both may: dumpcap first") << dumpcap << true << Backend::Auto << Method::Dumpcap;
        QTest::newRow("no dumpcap, pfsmon may") << QString() << true << Backend::Auto << Method::Libpcap;
        QTest::newRow("neither") << QString() << false << Backend::Auto << Method::None;
        QTest::newRow("libpcap asked for") << dumpcap << true << Backend::Libpcap << Method::Libpcap;
        QTest::newRow("libpcap asked for, not permitted") << dumpcap << false << Backend::Libpcap << Method::None;
        QTest::newRow("dumpcap asked for, absent") << QString() << true << Backend::Dumpcap << Method::None;
    }

    void choosesHowToCapture()
    {
        QFETCH(QString, dumpcap);
        QFETCH(bool, selfMayCapture);
        QFETCH(Backend, wanted);
        QFETCH(Method, chosen);
        QCOMPARE(CaptureFeed::choose({dumpcap, selfMayCapture}, wanted), chosen);
    }

    // Neither may capture: one line, with exactly both remedies, and nothing started.
    void notPermittedNamesBothRemedies()
    {
        CaptureFeed feed;
        CaptureOptions options;
        options.interface = QStringLiteral("eth1");
        QString error;
        QVERIFY(!feed.openInterface(options, CaptureFacts{}, &error));
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
        QVERIFY2(error.startsWith(QLatin1String("cannot capture on eth1: ")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("sudo usermod -aG wireshark $USER")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("sudo setcap cap_net_raw,cap_net_admin=eip ")
                                + QCoreApplication::applicationFilePath()),
                 qPrintable(error));
        QVERIFY(!feed.running());
    }

    // dumpcap runs but may not capture (installed without the wireshark
    // group's rights): its own words, then both remedies, in one line.
    void dumpcapRefusedSaysWhatToDo()
    {
        QTemporaryDir dir;
        const QString fake = test::writeFile(
            dir.filePath(QStringLiteral("dumpcap")),
            "#!/bin/sh\n"
            "echo \"Capturing on 'eth1'\" >&2\n"
            "echo \"dumpcap: You don't have permission to capture on that device (socket: Operation not "
            "permitted)\" >&2\n"
            "exit 2\n");
        QVERIFY(QFile::setPermissions(fake, QFile::ReadOwner | QFile::ExeOwner));
        CaptureFeed feed;
        CaptureOptions options;
        options.interface = QStringLiteral("eth1");
        QString error;
        QVERIFY2(feed.openInterface(options, CaptureFacts{fake, false}, &error), qPrintable(error));
        QCOMPARE(feed.method(), Method::Dumpcap);
        QTRY_VERIFY(feed.ended());
        const QString failure = feed.failure();
        QVERIFY2(failure.startsWith(QLatin1String("cannot capture on eth1: You don't have permission to capture on "
                                                  "that device (socket: Operation not permitted). ")),
                 qPrintable(failure));
        QVERIFY2(failure.contains(QLatin1String("sudo usermod -aG wireshark $USER")), qPrintable(failure));
        QVERIFY2(failure.contains(QLatin1String("sudo setcap cap_net_raw,cap_net_admin=eip ")), qPrintable(failure));
        QVERIFY(!failure.contains(QLatin1Char('\n')));
    }

    void invalidFilterIsOneLine()
    {
        QString error;
        QVERIFY(CaptureFeed::checkFilter(QLatin1String(kDefaultCaptureFilter), &error));
        QVERIFY(!CaptureFeed::checkFilter(QStringLiteral("udp or"), &error));
        QVERIFY2(error.startsWith(QLatin1String("invalid capture filter \"udp or\": ")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        // Checked before anything else, permissions included.
        CaptureFeed feed;
        CaptureOptions options;
        options.interface = QStringLiteral("lo");
        options.filter = QStringLiteral("tcp port 99999");
        QVERIFY(!feed.openInterface(options, CaptureFacts{QString(), true}, &error));
        QVERIFY2(error.startsWith(QLatin1String("invalid capture filter")), qPrintable(error));
    }

    void tellsStreamsFromFiles()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(CaptureFeed::isStream(QStringLiteral("-")));
        QVERIFY(CaptureFeed::isStream(fifo));
        QVERIFY(!CaptureFeed::isStream(test::dataPath(QStringLiteral("captures/udp-s0.pcap"))));
        QVERIFY(!CaptureFeed::isStream(dir.filePath(QStringLiteral("absent"))));
    }

    void listsInterfaces()
    {
        QString error;
        const QList<CaptureInterface> devices = CaptureFeed::interfaces(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(std::any_of(devices.cbegin(), devices.cend(),
                            [](const CaptureInterface &d) { return d.name == QLatin1String("lo"); }));
    }

    // A FIFO written slowly, a header first and then the packets in pieces
    // with turns of the event loop between them, gives what the file's
    // replay gives; what came through is recorded frame for frame.
    void fifoFedSlowlyGivesTheReplaysModel_data()
    {
        QTest::addColumn<QString>("capture");
        QTest::newRow("syslog over UDP, pcap") << QStringLiteral("captures/udp-s0.pcap");
        QTest::newRow("syslog over TCP, pcap") << QStringLiteral("captures/tcp-s0.pcap");
        QTest::newRow("syslog over TCP, pcapng") << QStringLiteral("captures/tcp-s200.pcapng");
    }

    void fifoFedSlowlyGivesTheReplaysModel()
    {
        QFETCH(QString, capture);
        const QString file = test::dataPath(capture);
        qint64 expectedRecords = 0;
        const QJsonObject expected = replayed(file, &expectedRecords);
        QVERIFY(expectedRecords > 0);

        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("capture.fifo"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        SessionConfig config = test::loopbackSession();
        config.recordFile = dir.filePath(QStringLiteral("recorded.pcap"));
        RolloutModel model;
        LiveSession session(&model, config);
        QString error;
        QVERIFY2(session.startReplay(fifo, 1, &error), qPrintable(error));
        QSignalSpy finished(&session, &LiveSession::replayFinished);
        QCOMPARE(session.statuses().constLast().state, SourceState::Off); // no writer yet, no header

        const QByteArray bytes = test::readData(capture);
        const int fd = open(QFile::encodeName(fifo).constData(), O_WRONLY | O_CLOEXEC);
        QVERIFY(fd >= 0);
        const auto feed = [fd](QByteArrayView piece) {
            return write(fd, piece.data(), size_t(piece.size())) == ssize_t(piece.size());
        };
        const qsizetype header = bytes.startsWith("\x0a\x0d\x0d\x0a") ? 28 : 24; // up to the first record
        QVERIFY(feed(QByteArrayView(bytes).first(header)));
        QTRY_VERIFY(session.isFeedRunning() || bytes.startsWith("\x0a\x0d\x0d\x0a")); // pcapng: its IDB first
        constexpr qsizetype kPiece = 777; // cuts packets and headers anywhere
        for (qsizetype at = header; at < bytes.size(); at += kPiece) {
            QVERIFY(feed(QByteArrayView(bytes).sliced(at, qMin(kPiece, bytes.size() - at))));
            QCoreApplication::processEvents();
        }
        QTRY_VERIFY(session.isFeedRunning());
        QVERIFY(finished.isEmpty()); // the writer is still there: the stream goes on
        close(fd);
        QVERIFY(finished.wait(30000));
        QCOMPARE(session.statuses().constLast().state, SourceState::Finished);
        const qint64 records
            = session.ingest().counters().dloadRecords + session.ingest().counters().otherSyslogRecords;
        QCOMPARE(records, expectedRecords);
        compareModels(snapshot(model), expected);
        QCOMPARE(session.counters().dropped, 0);

        session.stop(); // closes the recording
        qint64 recordedRecords = 0;
        compareModels(replayed(config.recordFile, &recordedRecords), expected);
        QCOMPARE(session.counters().recorded, session.replayStats()->packets);
    }

    // A writer that writes a whole capture and closes at once (a file piped
    // in): its stream may end before the session has seen its header, and is
    // decoded whole all the same. (The race is not forced here: the headless
    // `--replay -` test met it about once in five runs before the fix.)
    void fifoWrittenAtOnceGivesTheReplaysModel()
    {
        const QString capture = QStringLiteral("captures/tcp-s200.pcapng"); // less than a pipe holds
        qint64 expectedRecords = 0;
        const QJsonObject expected = replayed(test::dataPath(capture), &expectedRecords);
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("capture.fifo"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        RolloutModel model;
        LiveSession session(&model, test::loopbackSession());
        QString error;
        QVERIFY2(session.startReplay(fifo, 0, &error), qPrintable(error));
        QSignalSpy finished(&session, &LiveSession::replayFinished);
        const QByteArray bytes = test::readData(capture);
        const int fd = open(QFile::encodeName(fifo).constData(), O_WRONLY | O_CLOEXEC);
        QVERIFY(fd >= 0);
        QCOMPARE(write(fd, bytes.constData(), size_t(bytes.size())), ssize_t(bytes.size()));
        close(fd);
        QVERIFY(finished.wait(30000));
        QCOMPARE(session.ingest().counters().dloadRecords + session.ingest().counters().otherSyslogRecords,
                 expectedRecords);
        compareModels(snapshot(model), expected);
    }

    // The hand-off is bounded: when nobody takes, a live source (Drop) keeps
    // the first frames and counts the others as dropped.
    void fullQueueDropsAndCounts()
    {
        int fds[2] = {-1, -1};
        QCOMPARE(pipe2(fds, O_CLOEXEC), 0);
        FrameReader reader;
        reader.startStream(fds[0], FrameReader::WhenFull::Drop, {10, 1024 * 1024}, [] {});
        const QByteArray bytes = test::readData(QStringLiteral("captures/udp-40.pcapng"));
        QCOMPARE(write(fds[1], bytes.constData(), size_t(bytes.size())), ssize_t(bytes.size()));
        close(fds[1]);
        QTRY_VERIFY(reader.ended());
        QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
        std::vector<CapturedFrame> frames;
        reader.take(&frames, 1000);
        QCOMPARE(qsizetype(frames.size()), 10);
        const FrameReader::Counters counters = reader.counters();
        QVERIFY(counters.frames > 10);
        QCOMPARE(counters.dropped, counters.frames - 10);
    }

    // A stream with no writer and nothing in it stops at once when asked.
    void silentFifoStopsAtOnce()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("silent.fifo"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        RolloutModel model;
        LiveSession session(&model, test::loopbackSession());
        QString error;
        QVERIFY(session.startReplay(fifo, 0, &error));
        const int fd = open(QFile::encodeName(fifo).constData(), O_WRONLY | O_CLOEXEC);
        QVERIFY(fd >= 0);
        QVERIFY(write(fd, "\xd4\xc3", 2) == 2); // half a header, then nothing
        QCoreApplication::processEvents();
        session.stop();
        QCOMPARE(session.statuses().constLast().state, SourceState::Stopped);
        close(fd);
    }

    // Not a capture at all: the stream fails with libpcap's reason.
    void streamThatIsNoCaptureFails()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("text.fifo"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        RolloutModel model;
        LiveSession session(&model, test::loopbackSession());
        QString error;
        QVERIFY(session.startReplay(fifo, 0, &error));
        QSignalSpy finished(&session, &LiveSession::replayFinished);
        const int fd = open(QFile::encodeName(fifo).constData(), O_WRONLY | O_CLOEXEC);
        QVERIFY(write(fd, "this is not a capture, just some text\n", 38) == 38);
        close(fd);
        QVERIFY(finished.wait(10000));
        QCOMPARE(session.statuses().constLast().state, SourceState::Failed);
        QVERIFY(!session.statuses().constLast().detail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaptureFeed)
#include "tst_capturefeed.moc"

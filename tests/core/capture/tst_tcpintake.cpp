// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// Syslog over TCP at full speed into a live session: flow control slows the
// senders down and loses nothing; a malformed frame costs only itself.
#include "capture/livesession.h"
#include "tcppusher.h"
#include "testsupport.h"

#include <QTest>

using namespace pfs;
using test::NumberedFrames;
using test::TcpPusher;

namespace {

// 1,000,000 by default; PFSMON_TCP_FRAMES makes slow (sanitizer) builds bearable.
qint64 frameCount()
{
    bool ok = false;
    const qint64 n = qEnvironmentVariableIntValue("PFSMON_TCP_FRAMES", &ok);
    return ok && n > 0 ? n : 1000000;
}

// Small on purpose: a sender at loopback speed fills it at once.
SessionConfig smallQueue()
{
    SessionConfig c = test::loopbackSession();
    c.maxQueued = 16;
    c.maxQueuedBytes = 256 * 1024;
    return c;
}

// Frames [from, to) of one phone, `perBatch` at a time.
TcpPusher::Producer numbered(const NumberedFrames &frames, qint64 from, qint64 to, qint64 perBatch = 2000)
{
    return [frames, next = from, to, perBatch](QByteArray *batch) mutable {
        for (const qint64 end = qMin(to, next + perBatch); next < end; ++next)
            frames.append(batch, next);
        return !batch->isEmpty();
    };
}

// Checks, record by record, that each sender's numbers come in order, each once.
struct OrderCheck {
    QHash<QByteArray, qint64> next; // by host
    qint64 records = 0;
    qint64 outOfOrder = 0;

    void watch(Ingest &ingest)
    {
        ingest.setRecordObserver([this](QByteArrayView, const DLoadEvent &e, const RecordOrigin &origin, qint64) {
            qint64 &expected = next[origin.host.toByteArray()];
            outOfOrder += e.bytes != expected;
            expected = e.bytes + 1;
            ++records;
        });
    }
};

// A live session with a small queue, every record it takes order-checked.
struct CheckedIntake {
    RolloutModel model;
    LiveSession session{&model, smallQueue()};
    OrderCheck check;

    bool start()
    {
        check.watch(session.ingest());
        return session.start();
    }
    quint16 port() const { return session.boundPort(ReceivedDatagram::Channel::SyslogTcp); }
};

} // namespace

class TestTcpIntake : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyFrameArrivesInOrder()
    {
        const qint64 n = frameCount();
        CheckedIntake intake;
        QVERIFY(intake.start());
        auto &[model, session, check] = intake;
        const NumberedFrames frames;
        TcpPusher pusher(intake.port(), numbered(frames, 0, n));
        QTRY_VERIFY_WITH_TIMEOUT(pusher.finished(), 120000);
        QVERIFY2(!pusher.failed(), qPrintable(pusher.error()));
        QTRY_COMPARE_WITH_TIMEOUT(check.records, n, 60000);
        QCOMPARE(check.outOfOrder, 0);
        QCOMPARE(check.next.value(frames.host()), n);
        QCOMPARE(model.counts().total, n);
        QVERIFY(session.counters().tcpPaused > 0); // flow control did engage
        QCOMPARE(session.counters().dropped, 0);
        const IngestCounters &c = session.ingest().counters();
        QCOMPARE(c.tcpResyncs, 0);
        QCOMPARE(c.tcpDiscardedBytes, 0);
        QCOMPARE(c.otherSyslogRecords, 0);
    }

    void concurrentConnectionsEachArriveInOrder()
    {
        const int senders = 8;
        const qint64 each = qMax<qint64>(1, frameCount() / 10);
        CheckedIntake intake;
        QVERIFY(intake.start());
        auto &[model, session, check] = intake;
        const quint16 port = intake.port();
        std::vector<std::unique_ptr<TcpPusher>> pushers;
        std::vector<NumberedFrames> phones;
        for (int i = 0; i < senders; ++i) {
            phones.emplace_back(i);
            pushers.push_back(std::make_unique<TcpPusher>(port, numbered(phones.back(), 0, each, 500)));
        }
        for (const auto &pusher : pushers) {
            QTRY_VERIFY_WITH_TIMEOUT(pusher->finished(), 120000);
            QVERIFY2(!pusher->failed(), qPrintable(pusher->error()));
        }
        QTRY_COMPARE_WITH_TIMEOUT(check.records, senders * each, 60000);
        QCOMPARE(check.outOfOrder, 0);
        for (const NumberedFrames &phone : phones)
            QCOMPARE(check.next.value(phone.host()), each);
        QCOMPARE(session.counters().tcpConnections, senders);
        QVERIFY(session.counters().tcpPaused > 0);
    }

    void malformedFramesCostOnlyThemselves()
    {
        CheckedIntake intake;
        QVERIFY(intake.start());
        auto &[model, session, check] = intake;
        const NumberedFrames frames;
        const QByteArray garbage = "garbage between frames\n";
        const QByteArray tooLong = "12345678901 <191>a count with too many digits";
        QByteArray tooShort; // a count smaller than its frame: the rest of it is skipped
        frames.append(&tooShort, 1000000);
        tooShort.replace(0, tooShort.indexOf(' '), "20");
        const qint64 skipped = garbage.size() + tooLong.size() + tooShort.size() - 3 - 20;
        const QList<QByteArray> after{garbage, tooLong, tooShort, {}}; // what follows each thousand frames
        TcpPusher pusher(intake.port(), [frames, after, step = 0](QByteArray *batch) mutable {
            if (step == after.size())
                return false;
            for (int i = 0; i < 1000; ++i)
                frames.append(batch, step * 1000 + i);
            batch->append(after[step++]);
            return true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(pusher.finished(), 60000);
        QVERIFY2(!pusher.failed(), qPrintable(pusher.error()));
        QTRY_COMPARE_WITH_TIMEOUT(check.records, 4000, 60000);
        QCOMPARE(check.outOfOrder, 0);
        const IngestCounters &c = session.ingest().counters();
        QCOMPARE(c.tcpResyncs, 3);
        QCOMPARE(c.tcpDiscardedBytes, skipped);
        QCOMPARE(c.otherSyslogRecords, 1);              // the 20 bytes of the short frame: no DLoad record
        QCOMPARE(session.counters().tcpConnections, 1); // one connection throughout
    }
};

QTEST_GUILESS_MAIN(TestTcpIntake)
#include "tst_tcpintake.moc"

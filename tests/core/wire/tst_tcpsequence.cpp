// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "wire/tcpsequence.h"

#include <QTest>

using namespace pfs::wire;

class TestTcpSequence : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countsAcrossTheWrap()
    {
        TcpSequenceSpace space;
        space.start(0xFFFFFF00u);
        const TcpSequenceSpace::Received first = space.receive(0xFFFFFF00u, 1000); // wraps inside
        QCOMPARE(first.start, qint64(0));
        QCOMPARE(first.end, qint64(1000));
        const TcpSequenceSpace::Received second = space.receive(0xFFFFFF00u + 1000u, 1000);
        QCOMPARE(second.start, qint64(1000));
        QCOMPARE(space.highestEnd(), qint64(2000));
        QCOMPARE(space.offsetOf(space.highestEnd(), 0xFFFFFF00u + 2000u), qint64(2000));
    }

    void aGapAndARetransmissionAcrossTheWrap()
    {
        TcpSequenceSpace space;
        space.start(0xFFFFFF00u);
        space.receive(0xFFFFFF00u, 100);
        const TcpSequenceSpace::Received after = space.receive(0x00000100u, 100); // 0x200 bytes on, wrapped
        QCOMPARE(after.start, qint64(0x200));
        QCOMPARE(space.highestEnd(), qint64(0x200 + 100));
        const TcpSequenceSpace::Received again = space.receive(0xFFFFFF00u, 100); // from before the wrap
        QVERIFY(!again.outOfWindow);
        QCOMPARE(again.start, qint64(0));
        QCOMPARE(again.retransmitted, quint64(100));
    }

    void retransmissionsCountOnceAndGapsFillWithoutBeingRetransmissions()
    {
        TcpSequenceSpace space;
        space.start(100);
        space.receive(100, 500);
        const TcpSequenceSpace::Received ahead = space.receive(1100, 500); // 500..1000 missed so far
        QCOMPARE(ahead.advanced, quint64(1000));
        QCOMPARE(space.highestEnd(), qint64(1500));
        const TcpSequenceSpace::Received fill = space.receive(600, 500);
        QCOMPARE(fill.advanced, quint64(0));
        QCOMPARE(fill.retransmitted, quint64(0));
        const TcpSequenceSpace::Received again = space.receive(600, 500);
        QCOMPARE(again.retransmitted, quint64(500));
        QCOMPARE(space.highestEnd(), qint64(1500));
    }

    void beyondAnyWindowChangesNothing()
    {
        TcpSequenceSpace space;
        space.start(0);
        space.receive(0, 100);
        const TcpSequenceSpace::Received far = space.receive(0x60000000u, 100);
        QVERIFY(far.outOfWindow);
        QCOMPARE(space.highestEnd(), qint64(100));
    }

    void onlyTheFirstStartCounts()
    {
        TcpSequenceSpace space;
        QVERIFY(!space.isStarted());
        space.start(7);
        space.start(9);
        QVERIFY(space.isStarted());
        QCOMPARE(space.base(), quint32(7));
    }
};

QTEST_GUILESS_MAIN(TestTcpSequence)
#include "tst_tcpsequence.moc"

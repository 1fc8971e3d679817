#include "syslogmessage.h"

#include <QTest>

using pfs::SyslogStreamSplitter;

namespace {

QList<QByteArray> feedInPieces(SyslogStreamSplitter &splitter, const QByteArray &stream, int piece)
{
    QList<QByteArray> frames;
    for (qsizetype i = 0; i < stream.size(); i += piece)
        splitter.feed(QByteArrayView(stream).sliced(i, qMin<qsizetype>(piece, stream.size() - i)), &frames);
    return frames;
}

} // namespace

class TestSyslogStreamSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framingAcrossAnyBoundary_data()
    {
        QTest::addColumn<int>("piece");
        for (int piece : {1, 2, 3, 7, 64, 100000})
            QTest::newRow(QByteArray::number(piece).constData()) << piece;
    }

    // Octet-counted, LF and CRLF frames mixed in one stream, cut anywhere.
    void framingAcrossAnyBoundary()
    {
        QFETCH(int, piece);
        const QByteArray a = "<190>Nov 24 02:19:22 h NOT 02:19:22.1 DLoad: a";
        const QByteArray b = "<190>Nov 24 02:19:22 h NOT 02:19:22.2 DLoad: b\nwith a newline inside";
        const QByteArray stream = QByteArray::number(a.size()) + ' ' + a + QByteArray::number(b.size()) + ' ' + b
            + "<189>LF framed\n<189>CRLF framed\r\n\n" + QByteArray::number(a.size()) + ' ' + a;
        SyslogStreamSplitter splitter;
        const QList<QByteArray> frames = feedInPieces(splitter, stream, piece);
        QCOMPARE(frames, (QList<QByteArray>{a, b, "<189>LF framed", "<189>CRLF framed", a}));
        QCOMPARE(splitter.buffered(), 0);
        QVERIFY(splitter.error().isEmpty());
    }

    void nulAlsoEndsAFrame()
    {
        SyslogStreamSplitter splitter;
        QList<QByteArray> frames;
        QVERIFY(splitter.feed(QByteArrayView("<1>one\0<1>two\0", 14), &frames));
        QCOMPARE(frames, (QList<QByteArray>{"<1>one", "<1>two"}));
    }

    void oversizedCountedFrameIsSkipped()
    {
        SyslogStreamSplitter splitter(100);
        const QByteArray stream = "500 " + QByteArray(500, 'x') + "5 hello";
        const QList<QByteArray> frames = feedInPieces(splitter, stream, 37);
        QCOMPARE(frames, QList<QByteArray>{"hello"});
        QCOMPARE(splitter.oversizedFrames(), 1);
        QCOMPARE(splitter.discardedBytes(), 500);
        QVERIFY(splitter.error().isEmpty());
    }

    void oversizedLineIsDiscardedUpToItsEnd()
    {
        SyslogStreamSplitter splitter(100);
        const QByteArray stream = "<1>" + QByteArray(1000, 'y') + "\n<1>next\n";
        const QList<QByteArray> frames = feedInPieces(splitter, stream, 50);
        QCOMPARE(frames, QList<QByteArray>{"<1>next"});
        QCOMPARE(splitter.oversizedFrames(), 1);
        QVERIFY(splitter.discardedBytes() >= 1000);
    }

    void hugeOctetCountBreaksTheStream()
    {
        SyslogStreamSplitter splitter;
        QList<QByteArray> frames;
        QVERIFY(!splitter.feed("99999999999 <1>x", &frames));
        QVERIFY(!splitter.error().isEmpty());
        QVERIFY(frames.isEmpty());
        QVERIFY(!splitter.feed("5 hello", &frames)); // stays broken: the caller closes
    }

    void digitsWithoutSpaceAreALine()
    {
        SyslogStreamSplitter splitter;
        QList<QByteArray> frames;
        QVERIFY(splitter.feed("2026-11-24T02:19:22Z h x\n", &frames));
        QCOMPARE(frames, QList<QByteArray>{"2026-11-24T02:19:22Z h x"});
    }

    void unfinishedFrameStaysBounded()
    {
        const qsizetype max = 1000;
        SyslogStreamSplitter splitter(max);
        QList<QByteArray> frames;
        for (int i = 0; i < 100; ++i) {
            QVERIFY(splitter.feed(QByteArray(100, 'z'), &frames));
            QVERIFY(splitter.buffered() <= max + 16);
        }
        QVERIFY(frames.isEmpty());
        QCOMPARE(splitter.oversizedFrames(), 1);
        QVERIFY(splitter.feed("\n<1>after\n", &frames));
        QCOMPARE(frames, QList<QByteArray>{"<1>after"});
    }

    void unfinishedCountedFrameStaysBounded()
    {
        SyslogStreamSplitter splitter(1000);
        QList<QByteArray> frames;
        QVERIFY(splitter.feed("900 ", &frames));
        for (int i = 0; i < 8; ++i)
            QVERIFY(splitter.feed(QByteArray(100, 'q'), &frames));
        QVERIFY(frames.isEmpty());
        QVERIFY(splitter.buffered() <= 1000 + 16);
        QVERIFY(splitter.feed(QByteArray(100, 'q'), &frames));
        QCOMPARE(frames.size(), 1);
        QCOMPARE(frames[0].size(), 900);
    }

    void finishReturnsTheLastLine()
    {
        SyslogStreamSplitter splitter;
        QList<QByteArray> frames;
        QVERIFY(splitter.feed("<1>done\n<1>no newline at the end\r", &frames));
        QCOMPARE(frames.size(), 1);
        QCOMPARE(splitter.finish(), QByteArray("<1>no newline at the end"));
        QCOMPARE(splitter.finish(), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestSyslogStreamSplitter)
#include "tst_syslogstreamsplitter.moc"

#include "syslogmessage.h"

#include <QElapsedTimer>
#include <QTest>

using pfs::SyslogStreamSplitter;

namespace {

// Feeds `stream` in pieces of `piece` bytes; every feed must succeed.
QList<QByteArray> feedInPieces(SyslogStreamSplitter &splitter, const QByteArray &stream, qsizetype piece)
{
    QList<QByteArray> frames;
    for (qsizetype i = 0; i < stream.size(); i += piece) {
        if (!splitter.feed(QByteArrayView(stream).sliced(i, qMin(piece, stream.size() - i)), &frames))
            return {QByteArrayLiteral("feed failed")};
    }
    return frames;
}

QByteArray counted(const QByteArray &frame) { return QByteArray::number(frame.size()) + ' ' + frame; }

} // namespace

class TestSyslogStreamSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mixedFramingAcrossAnyBoundary_data();
    void mixedFramingAcrossAnyBoundary();
    void nulAlsoEndsAFrame();
    void frameOfExactlyMaxSizeIsKept_data();
    void frameOfExactlyMaxSizeIsKept();
    void oversizedCountedFrameIsSkipped_data();
    void oversizedCountedFrameIsSkipped();
    void oversizedLineIsDiscardedUpToItsEnd_data();
    void oversizedLineIsDiscardedUpToItsEnd();
    void hugeOctetCountBreaksTheStream_data();
    void hugeOctetCountBreaksTheStream();
    void digitsWithoutSpaceAreALine();
    void unfinishedLineStaysBounded();
    void unfinishedCountedFrameStaysBounded();
    void finishReturnsTheLastLine();
    void finishDropsAnUnfinishedCountedFrame();
    void lineFedByteByByteIsLinear();
};

void TestSyslogStreamSplitter::mixedFramingAcrossAnyBoundary_data()
{
    QTest::addColumn<int>("piece");
    for (int piece : {1, 2, 3, 7, 64, 100000})
        QTest::newRow(QByteArray::number(piece).constData()) << piece;
}

// Octet-counted, LF and CRLF frames mixed in one stream, cut anywhere.
void TestSyslogStreamSplitter::mixedFramingAcrossAnyBoundary()
{
    QFETCH(int, piece);
    const QByteArray a = "<190>Nov 24 02:19:22 h NOT 02:19:22.1 DLoad: a";
    const QByteArray b = "<190>Nov 24 02:19:22 h NOT 02:19:22.2 DLoad: b\nwith a newline inside\r\n";
    const QByteArray stream = counted(a) + counted(b) + "<189>LF framed\n<189>CRLF framed\r\n\n\r\n" + counted(a)
        + "0 " + counted("7") + "<1>last\n";
    SyslogStreamSplitter splitter;
    const QList<QByteArray> frames = feedInPieces(splitter, stream, piece);
    QCOMPARE(frames, (QList<QByteArray>{a, b, "<189>LF framed", "<189>CRLF framed", a, "7", "<1>last"}));
    QCOMPARE(splitter.buffered(), 0);
    QVERIFY(splitter.error().isEmpty());
    QCOMPARE(splitter.oversizedFrames(), 0);
    QCOMPARE(splitter.discardedBytes(), 0);
    QCOMPARE(splitter.finish(), QByteArray());
}

void TestSyslogStreamSplitter::nulAlsoEndsAFrame()
{
    SyslogStreamSplitter splitter;
    QList<QByteArray> frames;
    QVERIFY(splitter.feed(QByteArrayView("<1>one\0<1>two\r\0", 15), &frames));
    QCOMPARE(frames, (QList<QByteArray>{"<1>one", "<1>two"}));
}

void TestSyslogStreamSplitter::frameOfExactlyMaxSizeIsKept_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<int>("piece");
    const QByteArray full(100, 'f');
    for (int piece : {1, 13, 1000}) {
        QTest::addRow("counted/%d", piece) << counted(full) << piece;
        QTest::addRow("LF/%d", piece) << full + '\n' << piece;
        QTest::addRow("CRLF/%d", piece) << full + "\r\n" << piece;
    }
    QTest::newRow("CRLF, a feed ending on the CR") << full + "\r\n" << 101;
}

void TestSyslogStreamSplitter::frameOfExactlyMaxSizeIsKept()
{
    QFETCH(QByteArray, stream);
    QFETCH(int, piece);
    SyslogStreamSplitter splitter(100);
    QCOMPARE(feedInPieces(splitter, stream, piece), QList<QByteArray>{QByteArray(100, 'f')});
    QCOMPARE(splitter.oversizedFrames(), 0);
    QCOMPARE(splitter.discardedBytes(), 0);
}

void TestSyslogStreamSplitter::oversizedCountedFrameIsSkipped_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("piece");
    for (int piece : {1, 37, 100000}) {
        QTest::addRow("one over/%d", piece) << 101 << piece;
        QTest::addRow("five times/%d", piece) << 500 << piece;
    }
}

// Skipped exactly: the frame after it is read although it starts with a digit.
void TestSyslogStreamSplitter::oversizedCountedFrameIsSkipped()
{
    QFETCH(int, size);
    QFETCH(int, piece);
    SyslogStreamSplitter splitter(100);
    const QByteArray stream = counted(QByteArray(size, '9')) + counted("hello") + "<1>x\n";
    QCOMPARE(feedInPieces(splitter, stream, piece), (QList<QByteArray>{"hello", "<1>x"}));
    QCOMPARE(splitter.oversizedFrames(), 1);
    QCOMPARE(splitter.discardedBytes(), size);
    QVERIFY(splitter.error().isEmpty());
    QCOMPARE(splitter.buffered(), 0);
}

void TestSyslogStreamSplitter::oversizedLineIsDiscardedUpToItsEnd_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("piece");
    for (int piece : {1, 50, 100000}) {
        QTest::addRow("one over/%d", piece) << 101 << piece;
        QTest::addRow("ten times/%d", piece) << 1000 << piece;
    }
}

void TestSyslogStreamSplitter::oversizedLineIsDiscardedUpToItsEnd()
{
    QFETCH(int, size);
    QFETCH(int, piece);
    SyslogStreamSplitter splitter(100);
    const QByteArray stream = QByteArray(size, 'y') + "\n<1>next\n" + QByteArray(size, 'w') + "\r\n5 hello";
    QCOMPARE(feedInPieces(splitter, stream, piece), (QList<QByteArray>{"<1>next", "hello"}));
    QCOMPARE(splitter.oversizedFrames(), 2);
    QCOMPARE(splitter.discardedBytes(), 2 * size + 1); // the bytes before each LF, CR included
    QCOMPARE(splitter.buffered(), 0);
}

void TestSyslogStreamSplitter::hugeOctetCountBreaksTheStream_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<int>("piece");
    QTest::newRow("eleven digits") << QByteArray("99999999999 <1>x") << 1000;
    QTest::newRow("ten digits, byte by byte") << QByteArray("1000000000 <1>x") << 1;
    QTest::newRow("after a good frame") << QByteArray("5 hello0000000001 x") << 3;
}

void TestSyslogStreamSplitter::hugeOctetCountBreaksTheStream()
{
    QFETCH(QByteArray, stream);
    QFETCH(int, piece);
    SyslogStreamSplitter splitter;
    QList<QByteArray> frames;
    bool alive = true;
    for (qsizetype i = 0; i < stream.size() && alive; i += piece)
        alive = splitter.feed(QByteArrayView(stream).sliced(i, qMin<qsizetype>(piece, stream.size() - i)), &frames);
    QVERIFY(!alive);
    QVERIFY(!splitter.error().isEmpty());
    QVERIFY(!frames.contains("<1>x"));
    QVERIFY(!splitter.feed("5 hello", &frames)); // stays broken: the caller closes
    QVERIFY(!frames.contains("hello") || stream.startsWith("5 hello"));
}

// "2026-…" is an rsyslog file line sent as it is, not an octet count.
void TestSyslogStreamSplitter::digitsWithoutSpaceAreALine()
{
    SyslogStreamSplitter splitter;
    const QByteArray stream = "2026-11-24T02:19:22Z h x\n42\n5 seven";
    QCOMPARE(feedInPieces(splitter, stream, 1), (QList<QByteArray>{"2026-11-24T02:19:22Z h x", "42", "seven"}));
}

void TestSyslogStreamSplitter::unfinishedLineStaysBounded()
{
    const qsizetype max = 1000;
    SyslogStreamSplitter splitter(max);
    QList<QByteArray> frames;
    for (int i = 0; i < 100; ++i) { // 10 x max without a LF
        QVERIFY(splitter.feed(QByteArray(100, 'z'), &frames));
        QVERIFY2(splitter.buffered() <= max + 16, QByteArray::number(splitter.buffered()).constData());
    }
    QVERIFY(frames.isEmpty());
    QCOMPARE(splitter.oversizedFrames(), 1);
    QVERIFY(splitter.feed("\n<1>after\n", &frames));
    QCOMPARE(frames, QList<QByteArray>{"<1>after"});
    QCOMPARE(splitter.discardedBytes(), 100 * 100);
}

void TestSyslogStreamSplitter::unfinishedCountedFrameStaysBounded()
{
    SyslogStreamSplitter splitter(1000);
    QList<QByteArray> frames;
    QVERIFY(splitter.feed("1000 ", &frames));
    for (int i = 0; i < 9; ++i)
        QVERIFY(splitter.feed(QByteArray(100, 'q'), &frames));
    QVERIFY(frames.isEmpty());
    QVERIFY(splitter.buffered() <= 1000 + 16);
    QVERIFY(splitter.feed(QByteArray(QByteArray(100, 'q') + "<1"), &frames));
    QCOMPARE(frames, QList<QByteArray>{QByteArray(1000, 'q')});
    QCOMPARE(splitter.buffered(), 2); // "<1": the next frame, begun
}

void TestSyslogStreamSplitter::finishReturnsTheLastLine()
{
    SyslogStreamSplitter splitter;
    QList<QByteArray> frames;
    QVERIFY(splitter.feed("<1>done\n<1>no newline at the end\r", &frames));
    QCOMPARE(frames, QList<QByteArray>{"<1>done"});
    QCOMPARE(splitter.finish(), QByteArray("<1>no newline at the end"));
    QCOMPARE(splitter.buffered(), 0);
    QCOMPARE(splitter.finish(), QByteArray());
}

void TestSyslogStreamSplitter::finishDropsAnUnfinishedCountedFrame()
{
    SyslogStreamSplitter splitter;
    QList<QByteArray> frames;
    QVERIFY(splitter.feed("10 <1>abc", &frames));
    QVERIFY(frames.isEmpty());
    QCOMPARE(splitter.finish(), QByteArray());
    QCOMPARE(splitter.discardedBytes(), 6);
    QCOMPARE(splitter.buffered(), 0);
    QVERIFY(splitter.feed("3 new", &frames)); // a fresh start after finish()
    QCOMPARE(frames, QList<QByteArray>{"new"});
}

// A long line arriving a byte at a time must not be rescanned per byte:
// quadratic work here would take many seconds, linear takes milliseconds.
void TestSyslogStreamSplitter::lineFedByteByByteIsLinear()
{
    const qsizetype size = 150000;
    SyslogStreamSplitter splitter(size);
    const QByteArray stream = QByteArray(size, 'l') + '\n';
    QElapsedTimer timer;
    timer.start();
    const QList<QByteArray> frames = feedInPieces(splitter, stream, 1);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(frames, QList<QByteArray>{QByteArray(size, 'l')});
    QVERIFY2(elapsed < 2000, QByteArray::number(elapsed).constData());
}

QTEST_GUILESS_MAIN(TestSyslogStreamSplitter)
#include "tst_syslogstreamsplitter.moc"

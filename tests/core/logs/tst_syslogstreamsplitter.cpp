// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "logs/syslogparser.h"
#include "streamsplits.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using pfs::SyslogStreamSplitter;

namespace {

using Outcome = pfs::test::SplitOutcome;

Outcome split(const QByteArray &stream, const QList<qsizetype> &cuts, qsizetype maxFrame)
{
    return pfs::test::splitStream(stream, cuts, maxFrame);
}

Outcome inPieces(const QByteArray &stream, qsizetype piece, qsizetype maxFrame)
{
    QList<qsizetype> cuts;
    for (qsizetype i = piece; i < stream.size(); i += piece)
        cuts.append(i);
    return split(stream, cuts, maxFrame);
}

// The same bytes must give the same frames however TCP delivers them: fed
// whole, byte by byte, cut in two at every point, and cut at a few random points.
bool sameAtEverySplit(const QByteArray &stream, qsizetype maxFrame, Outcome *whole, QByteArray *mismatch)
{
    *whole = split(stream, {}, maxFrame);
    QList<QList<qsizetype>> ways{{}};
    for (qsizetype i = 1; i < stream.size(); ++i) {
        ways.first().append(i);
        ways.append(QList<qsizetype>{i});
    }
    QRandomGenerator random(quint32(stream.size()));
    for (int n = 0; n < 20 && stream.size() > 1; ++n) {
        QList<qsizetype> cuts;
        for (qsizetype at = random.bounded(1, int(stream.size())); at < stream.size(); at += random.bounded(1, 9))
            cuts.append(at);
        ways.append(cuts);
    }
    for (const QList<qsizetype> &cuts : std::as_const(ways)) {
        const Outcome o = split(stream, cuts, maxFrame);
        if (!(o == *whole)) {
            QByteArray at;
            for (qsizetype cut : cuts)
                at += QByteArray::number(cut) + ' ';
            *mismatch = "cut at " + at + ": " + o.describe() + "\nwhole: " + whole->describe();
            return false;
        }
    }
    return true;
}

QByteArray counted(const QByteArray &frame)
{
    return QByteArray::number(frame.size()) + ' ' + frame;
}

const QByteArray kA = "<190>Nov 24 02:19:22 h NOT 02:19:22.1 DLoad: a";
const QByteArray kB = "<190>Nov 24 02:19:22 h NOT 02:19:22.2 DLoad: b\nwith a newline inside\r\n";
const QByteArray kC = "<190>Nov 24 02:19:22 h NOT 02:19:22.3 DLoad: c";

} // namespace

class TestSyslogStreamSplitter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameFramesAtEverySplit_data();
    void sameFramesAtEverySplit();
    void randomStreamsGiveTheSameFramesAtEverySplit();
    void viewsAndCopiesAgree();
    void nulAlsoEndsAFrame();
    void oversizedCountedFrameIsSkipped_data();
    void oversizedCountedFrameIsSkipped();
    void oversizedLineIsDiscardedUpToItsEnd_data();
    void oversizedLineIsDiscardedUpToItsEnd();
    void garbageFloodStaysBounded();
    void unfinishedLineStaysBounded();
    void unfinishedCountedFrameStaysBounded();
    void manyResyncsInOneFeedStayLinear();
    void finishReturnsTheLastLine();
    void finishDropsAnUnfinishedCountedFrame();
    void lineFedByteByByteIsLinear();
};

void TestSyslogStreamSplitter::sameFramesAtEverySplit_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<int>("maxFrame");
    QTest::addColumn<QList<QByteArray>>("frames"); // as the bytes come
    QTest::addColumn<QList<QByteArray>>("atEnd");  // once the stream has ended
    QTest::addColumn<int>("oversized");
    QTest::addColumn<int>("discarded");
    QTest::addColumn<int>("resyncs");
    using Frames = QList<QByteArray>;
    const int big = int(pfs::SyslogParser::kMaxDatagram);
    auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

    // Well-formed streams.
    row("octet counted") << counted(kA) + counted(kB) + "0 " + counted("7") + counted(kA) << big
                         << Frames{kA, kB, "7", kA} << Frames{} << 0 << 0 << 0;
    row("LF and CRLF framed") << QByteArray("<189>LF framed\n<189>CRLF framed\r\n\n\r\n<1>x") + '\0' + "<1>no end\r"
                              << big << Frames{"<189>LF framed", "<189>CRLF framed", "<1>x"} << Frames{"<1>no end"} << 0
                              << 0 << 0;
    row("lines, then octet counting") << "<189>LF\n" + counted(kA) + counted(kC) << big << Frames{"<189>LF", kA, kC}
                                      << Frames{} << 0 << 0 << 0;
    row("CR, LF and NUL between counted frames pass")
        << counted(kA) + "\r\n" + counted(kC) + '\n' + QByteArray(1, '\0') + counted(kA) + "\r\n"
        << big << Frames{kA, kC, kA} << Frames{} << 0 << 0 << 0;
    // "2026-…" is an rsyslog file line sent as it is, not an octet count.
    row("digits without a space are a line")
        << QByteArray("2026-11-24T02:19:22Z h x\n42\n5 seven") << big
        << Frames{"2026-11-24T02:19:22Z h x", "42", "seven"} << Frames{} << 0 << 0 << 0;

    // Fuzzing found these cut differently depending on the segments.
    const QByteArray full(100, 'f');
    row("CRLF frame exactly at the limit") << full + "\r\n" + full + '\n'
                                           << 100 << Frames{full, full} << Frames{} << 0 << 0 << 0;
    row("counted frame exactly at the limit")
        << counted(full) + counted("x") << 100 << Frames{full, "x"} << Frames{} << 0 << 0 << 0;
    row("NUL after an oversized line") << QByteArray(150, 'y') + '\0' + "<1>after" + '\0' << 100 << Frames{"<1>after"}
                                       << Frames{} << 1 << 150 << 0;
    row("ten-digit count followed by >") << QByteArray("1234567890>x\n<1>next\n") << big << Frames{"<1>next"}
                                         << Frames{} << 0 << 12 << 1;

    // Malformed, then resynchronised on the next proven "DIGITS SP <"; the
    // first frame after it waits for the next start or the end.
    const QByteArray tooLong = "12345678901 <1>lost";
    row("count with too many digits") << counted(kA) + tooLong + counted(kC) << big << Frames{kA} << Frames{kC} << 0
                                      << int(tooLong.size()) << 1;
    row("count with too many digits, first")
        << "99999999999 <190>x" + counted(kC) + counted(kA) << big << Frames{kC, kA} << Frames{} << 0 << 18 << 1;
    row("ten digits, first") << "1000000000 <1>x" + counted(kC) << big << Frames{} << Frames{kC} << 0 << 15 << 1;
    row("garbage between frames") << counted(kA) + "garbage!" + counted(kB) + counted(kC) << big << Frames{kA, kB, kC}
                                  << Frames{} << 0 << 8 << 1;
    row("digits and no space between frames")
        << counted(kA) + "12x" + counted(kC) << big << Frames{kA} << Frames{kC} << 0 << 3 << 1;
    row("count too small") << "5 <1>abcdef" + counted(kC) << big << Frames{"<1>ab"} << Frames{kC} << 0 << 4 << 1;
    // A message that ends in digits runs into the next count: "…10.0.0.2" "46 <".
    const QByteArray kD = "<190>Nov 24 02:19:22 h DBG 02:19:22.4 DLoad: Rx progress /dnld/a.sbn bytes=7 self=10.0.0.2";
    row("count too small, before a message ending in digits")
        << "40 " + kD + counted(kD).repeated(5) + counted(kC) << big << Frames{kD.left(40), kD, kD, kD, kD, kD, kC}
        << Frames{} << 0 << int(kD.size()) - 40 << 1;
    // Swallows the first 5 bytes of kA's frame; the rest of it is skipped.
    row("count too large") << "13 <1>short" + counted(kA) + counted(kC) << big
                           << Frames{"<1>short" + counted(kA).left(5)} << Frames{kC} << 0 << int(counted(kA).size()) - 5
                           << 1;
    row("twice") << counted(kA) + "x" + counted(kB) + counted(kA) + "yy" + counted(kC) << big << Frames{kA, kB, kA}
                 << Frames{kC} << 0 << 3 << 2;
    row("a frame followed by garbage does not prove itself")
        << counted(kA) + "x" + counted(kB) + "yy" + counted(kC) << big << Frames{kA} << Frames{kC} << 0
        << int(counted(kB).size()) + 3 << 1;
    row("no start in a run of too many digits")
        << counted(kA) + "x1234567890 <1>no" + counted(kC) << big << Frames{kA} << Frames{kC} << 0 << 17 << 1;
    row("no start in a count of 0") << counted(kA) + "x0 <1>no" + counted(kC) << big << Frames{kA} << Frames{kC} << 0
                                    << 8 << 1;
    row("no start in a count over the limit")
        << counted("x") + "?200 <1>no" + counted("<1>y") << 100 << Frames{"x"} << Frames{"<1>y"} << 0 << 10 << 1;
    row("no line end as a start once counted")
        << counted(kA) + "junk\n<1>lf\n" + counted(kC) << big << Frames{kA} << Frames{kC} << 0 << 11 << 1;
    row("LF stream: a long number skips its line")
        << QByteArray("<1>a\n12345678901 x 5 <1>not a frame\n<1>b\n") << big << Frames{"<1>a", "<1>b"} << Frames{} << 0
        << int(qstrlen("12345678901 x 5 <1>not a frame")) << 1;
    row("cut short while resynchronising") << counted(kA) + "junk 4" << big << Frames{kA} << Frames{} << 0 << 6 << 1;
    row("proven by the end, then a count cut short")
        << counted(kA) + "junk" + counted(kC) + "12" << big << Frames{kA} << Frames{kC} << 0 << 6 << 1;
    row("counted frame cut short") << counted(kA) + "10 <1>abc" << big << Frames{kA} << Frames{} << 0 << 6 << 0;
    row("count cut short") << counted(kA) + "10" << big << Frames{kA} << Frames{} << 0 << 2 << 0;
}

void TestSyslogStreamSplitter::sameFramesAtEverySplit()
{
    QFETCH(QByteArray, stream);
    QFETCH(int, maxFrame);
    Outcome whole;
    QByteArray mismatch;
    QVERIFY2(sameAtEverySplit(stream, maxFrame, &whole, &mismatch), mismatch.constData());
    QFETCH(QList<QByteArray>, frames);
    QFETCH(QList<QByteArray>, atEnd);
    QFETCH(int, oversized);
    QFETCH(int, discarded);
    QFETCH(int, resyncs);
    QCOMPARE(whole.frames, frames);
    QCOMPARE(whole.atEnd, atEnd);
    QCOMPARE(whole.oversized, oversized);
    QCOMPARE(whole.discarded, discarded);
    QCOMPARE(whole.resyncs, resyncs);
}

// Streams put together at random from the pieces framing can go wrong on.
void TestSyslogStreamSplitter::randomStreamsGiveTheSameFramesAtEverySplit()
{
    const QList<QByteArray> pieces{counted(kA),
                                   counted("<1>x"),
                                   counted(""),
                                   counted(QByteArray(40, 'o')),
                                   "<189>line\n",
                                   "<1>crlf\r\n",
                                   "\n",
                                   "\r",
                                   QByteArray(1, '\0'),
                                   "12345678901 ",
                                   "1234567890",
                                   "9 ",
                                   "3 <1",
                                   "x",
                                   " <",
                                   "42",
                                   "garbage",
                                   "0 ",
                                   "60 <"};
    QRandomGenerator random(6587);
    int resynchronised = 0, oversized = 0, framed = 0;
    for (int n = 0; n < 300; ++n) {
        QByteArray stream;
        while (stream.size() < 120)
            stream += pieces[random.bounded(int(pieces.size()))];
        Outcome whole;
        QByteArray mismatch;
        QVERIFY2(sameAtEverySplit(stream, 50, &whole, &mismatch),
                 QByteArray(stream.toPercentEncoding(" <>") + '\n' + mismatch).constData());
        resynchronised += whole.resyncs > 0;
        oversized += whole.oversized > 0;
        framed += whole.frames.size() + whole.atEnd.size() > 1;
    }
    // The pieces do reach every path.
    QVERIFY2(resynchronised > 150 && oversized > 60 && framed > 150,
             qPrintable(QStringLiteral("%1 %2 %3").arg(resynchronised).arg(oversized).arg(framed)));
}

void TestSyslogStreamSplitter::viewsAndCopiesAgree()
{
    const QByteArray stream = counted(kA) + "junk" + counted(kC) + counted(kB);
    SyslogStreamSplitter viewing, copying;
    QList<QByteArrayView> views;
    QList<QByteArray> copies;
    for (qsizetype i = 0; i < stream.size(); i += 7) {
        const QByteArray piece = stream.mid(i, 7); // gone before the views are read: they must not point into it
        views.clear();
        viewing.feed(piece, &views);
        QList<QByteArray> fromViews;
        for (const QByteArrayView v : std::as_const(views))
            fromViews.append(v.toByteArray());
        const qsizetype before = copies.size();
        copying.feed(piece, &copies);
        QCOMPARE(fromViews, copies.mid(before));
    }
    QCOMPARE(copies, (QList<QByteArray>{kA, kC, kB}));
}

void TestSyslogStreamSplitter::nulAlsoEndsAFrame()
{
    SyslogStreamSplitter splitter;
    QList<QByteArray> frames;
    splitter.feed(QByteArrayView("<1>one\0<1>two\r\0", 15), &frames);
    QCOMPARE(frames, (QList<QByteArray>{"<1>one", "<1>two"}));
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
    const QByteArray stream = counted(QByteArray(size, '9')) + counted("hello") + counted("<1>x");
    const Outcome o = inPieces(stream, piece, 100);
    QCOMPARE(o.frames, (QList<QByteArray>{"hello", "<1>x"}));
    QCOMPARE(o.oversized, 1);
    QCOMPARE(o.discarded, size);
    QCOMPARE(o.resyncs, 0);
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
    const QByteArray stream = QByteArray(size, 'y') + "\n<1>next\n" + QByteArray(size, 'w') + "\r\n5 hello";
    const Outcome o = inPieces(stream, piece, 100);
    QCOMPARE(o.frames, (QList<QByteArray>{"<1>next", "hello"}));
    QCOMPARE(o.oversized, 2);
    QCOMPARE(o.discarded, 2 * size + 1); // the bytes before each LF, CR included
}

// Resynchronising keeps nothing but a count's few digits.
void TestSyslogStreamSplitter::garbageFloodStaysBounded()
{
    SyslogStreamSplitter splitter(1000);
    QList<QByteArray> frames;
    splitter.feed(counted("<1>first"), &frames);
    QByteArray garbage(100000, 'g');
    for (int i = 0; i < garbage.size(); i += 13)
        garbage[i] = char('0' + i % 10);
    for (int i = 0; i < 100; ++i) {
        splitter.feed(garbage, &frames);
        QCOMPARE(splitter.buffered(), 0);
    }
    splitter.feed(QByteArray(counted("<1>after") + counted("<1>next")), &frames);
    QCOMPARE(frames, (QList<QByteArray>{"<1>first", "<1>after", "<1>next"}));
    QCOMPARE(splitter.resyncs(), 1);
    QCOMPARE(splitter.discardedBytes(), 100 * garbage.size());
}

void TestSyslogStreamSplitter::unfinishedLineStaysBounded()
{
    const qsizetype max = 1000;
    SyslogStreamSplitter splitter(max);
    QList<QByteArray> frames;
    for (int i = 0; i < 100; ++i) { // 10 x max without a LF
        splitter.feed(QByteArray(100, 'z'), &frames);
        QVERIFY2(splitter.buffered() <= max + 16, QByteArray::number(splitter.buffered()).constData());
    }
    QVERIFY(frames.isEmpty());
    QCOMPARE(splitter.oversizedFrames(), 1);
    splitter.feed("\n<1>after\n", &frames);
    QCOMPARE(frames, QList<QByteArray>{"<1>after"});
    QCOMPARE(splitter.discardedBytes(), 100 * 100);
}

void TestSyslogStreamSplitter::unfinishedCountedFrameStaysBounded()
{
    SyslogStreamSplitter splitter(1000);
    QList<QByteArray> frames;
    splitter.feed("1000 ", &frames);
    for (int i = 0; i < 9; ++i)
        splitter.feed(QByteArray(100, 'q'), &frames);
    QVERIFY(frames.isEmpty());
    QVERIFY(splitter.buffered() <= 1000 + 16);
    splitter.feed(QByteArray(QByteArray(100, 'q') + "20 <1"), &frames);
    QCOMPARE(frames, QList<QByteArray>{QByteArray(1000, 'q')});
    QCOMPARE(splitter.buffered(), 5); // "20 <1": the next frame, begun
}

// Found by fuzzing: each resynchronisation copied the rest of the feed and
// read it one level deeper, so 66 KB of malformed frames held 230 MB and
// took 0.35 s. Now the feed is scanned where it is.
void TestSyslogStreamSplitter::manyResyncsInOneFeedStayLinear()
{
    constexpr int kGlitches = 6000;
    QByteArray stream = "3 <a>3 <a>";
    for (int i = 0; i < kGlitches; ++i)
        stream += "X3 <a>3 <a>";
    SyslogStreamSplitter splitter;
    QList<QByteArrayView> frames;
    splitter.feed(stream, &frames);
    QCOMPARE(frames.size(), 2 + 2 * kGlitches);
    QCOMPARE(splitter.resyncs(), qint64(kGlitches));
    QCOMPARE(splitter.discardedBytes(), qint64(kGlitches));
    QVERIFY2(splitter.keptBytes() <= stream.size(), QByteArray::number(splitter.keptBytes()).constData());
    // The same stream cut mid-way: the second feed reads on from the window once.
    SyslogStreamSplitter cut;
    QList<QByteArray> pieces;
    cut.feed(QByteArrayView(stream).first(stream.size() / 2 + 3), &pieces);
    cut.feed(QByteArrayView(stream).sliced(stream.size() / 2 + 3), &pieces);
    pieces += cut.finish();
    QCOMPARE(pieces.size(), frames.size());
    QVERIFY(cut.keptBytes() == 0 || cut.keptBytes() <= stream.size() / 2 + 64);
}

void TestSyslogStreamSplitter::finishReturnsTheLastLine()
{
    SyslogStreamSplitter splitter;
    QList<QByteArray> frames;
    splitter.feed("<1>done\n<1>no newline at the end\r", &frames);
    QCOMPARE(frames, QList<QByteArray>{"<1>done"});
    QCOMPARE(splitter.finish(), QList<QByteArray>{"<1>no newline at the end"});
    QCOMPARE(splitter.buffered(), 0);
    QCOMPARE(splitter.finish(), QList<QByteArray>());
}

void TestSyslogStreamSplitter::finishDropsAnUnfinishedCountedFrame()
{
    SyslogStreamSplitter splitter;
    QList<QByteArray> frames;
    splitter.feed("10 <1>abc", &frames);
    QVERIFY(frames.isEmpty());
    QCOMPARE(splitter.finish(), QList<QByteArray>());
    QCOMPARE(splitter.discardedBytes(), 6);
    QCOMPARE(splitter.buffered(), 0);
    splitter.feed("<1>a fresh start, LF framed\n", &frames); // the next stream decides its own framing
    QCOMPARE(frames, QList<QByteArray>{"<1>a fresh start, LF framed"});
}

// A long line arriving a byte at a time must not be rescanned per byte:
// quadratic work here would take many seconds, linear takes milliseconds.
void TestSyslogStreamSplitter::lineFedByteByByteIsLinear()
{
    const qsizetype size = 150000;
    const QByteArray stream = QByteArray(size, 'l') + '\n';
    QElapsedTimer timer;
    timer.start();
    const Outcome o = inPieces(stream, 1, size);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(o.frames, QList<QByteArray>{QByteArray(size, 'l')});
    QVERIFY2(elapsed < 2000, QByteArray::number(elapsed).constData());
}

QTEST_GUILESS_MAIN(TestSyslogStreamSplitter)
#include "tst_syslogstreamsplitter.moc"

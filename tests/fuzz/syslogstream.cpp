// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// TCP syslog framing (RFC 6587): the same bytes give the same frames however
// TCP cuts them. The stream is fed whole, then in two or three pieces cut
// where the input says; frames, errors and counters must agree.
#include "fuzzcheck.h"

#include "logs/syslogparser.h"
#include "streamsplits.h"

using namespace pfs;

namespace {

using Outcome = test::SplitOutcome;

Outcome run(QByteArrayView stream, const QList<qsizetype> &cuts, qsizetype maxFrame)
{
    // (Messages are built only on failure: this runs at every feed.)
    const auto bounded = [maxFrame](const SyslogStreamSplitter &splitter, qsizetype fed) {
        // A frame found by resynchronisation waits for the next frame's start
        // to prove itself: at most a frame and the next one's header.
        if (splitter.buffered() > 2 * (maxFrame + 16))
            fuzz::fail("the splitter buffers more than a frame and a header", QByteArray::number(splitter.buffered()));
        // Resynchronising many times in one feed must not keep a copy each time.
        if (splitter.keptBytes() > fed + 2 * (maxFrame + 16))
            fuzz::fail("the splitter keeps more than its feed and a frame", QByteArray::number(splitter.keptBytes()));
    };
    Outcome out = test::splitStream(stream, cuts, maxFrame, bounded);
    for (const QByteArray &frame : std::as_const(out.frames))
        fuzz::check(!frame.isEmpty() && frame.size() <= maxFrame, "a frame empty or over the limit");
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Choices choose(fuzz::input(data, size));
    // A small limit reaches the oversized paths with small inputs; 0 keeps the real one.
    const quint8 limit = choose.byte();
    const qsizetype maxFrame = limit == 0 ? SyslogParser::kMaxDatagram : limit;
    const quint16 first = choose.word();
    const quint16 second = choose.word();
    const QByteArrayView stream = choose.rest();
    const qsizetype n = stream.size();
    QList<qsizetype> cuts{first % (n + 1)};
    if (second & 0x8000)
        cuts.append((second & 0x7fff) % (n + 1));
    std::sort(cuts.begin(), cuts.end());

    const Outcome whole = run(stream, {}, maxFrame);
    const Outcome pieces = run(stream, cuts, maxFrame);
    if (!(whole == pieces)) {
        QByteArray where;
        for (const qsizetype cut : std::as_const(cuts))
            where += ' ' + QByteArray::number(cut);
        fuzz::fail("frames depend on how the stream is cut",
                   "max frame " + QByteArray::number(maxFrame) + ", cut at" + where
                       + "\n  stream: " + stream.toByteArray().toPercentEncoding() + "\n  whole:  " + whole.describe()
                       + "\n  pieces: " + pieces.describe());
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "streamsplits.h"

namespace pfs::test {

QByteArray SplitOutcome::describe() const
{
    QByteArray text = "frames";
    for (const QByteArray &f : frames)
        text += " [" + f.toPercentEncoding(" <>:.=/") + ']';
    text += " at end";
    for (const QByteArray &f : atEnd)
        text += " [" + f.toPercentEncoding(" <>:.=/") + ']';
    return text + " oversized " + QByteArray::number(oversized) + " discarded " + QByteArray::number(discarded)
        + " resyncs " + QByteArray::number(resyncs);
}

SplitOutcome splitStream(QByteArrayView stream, const QList<qsizetype> &cuts, qsizetype maxFrame,
                         const AfterFeed &afterFeed)
{
    SyslogStreamSplitter splitter(maxFrame);
    SplitOutcome o;
    qsizetype from = 0;
    for (const qsizetype to : cuts + QList<qsizetype>{stream.size()}) {
        splitter.feed(stream.sliced(from, to - from), &o.frames);
        if (afterFeed)
            afterFeed(splitter, to - from);
        from = to;
    }
    o.atEnd = splitter.finish();
    o.oversized = splitter.oversizedFrames();
    o.discarded = splitter.discardedBytes();
    o.resyncs = splitter.resyncs();
    return o;
}

} // namespace pfs::test

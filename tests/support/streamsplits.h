// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "logs/syslogparser.h"

#include <QByteArray>
#include <QList>

#include <functional>

// TCP syslog framing seen from outside: what a SyslogStreamSplitter makes of
// a stream delivered in pieces. The unit test and the fuzz target both ask
// whether the same bytes give the same frames however they are cut. Plain
// text, no Qt Test, so the fuzz build can use it.
namespace pfs::test {

struct SplitOutcome {
    QList<QByteArray> frames;
    QList<QByteArray> atEnd; // finish()
    qint64 oversized = 0;
    qint64 discarded = 0;
    qint64 resyncs = 0;

    bool operator==(const SplitOutcome &o) const
    {
        return frames == o.frames && atEnd == o.atEnd && oversized == o.oversized && discarded == o.discarded
            && resyncs == o.resyncs;
    }
    QByteArray describe() const;
};

// Called after each piece is fed, with the size of that piece.
using AfterFeed = std::function<void(const SyslogStreamSplitter &, qsizetype fed)>;

// Feeds `stream` cut at `cuts` (ascending offsets), then finishes it.
SplitOutcome splitStream(QByteArrayView stream, const QList<qsizetype> &cuts, qsizetype maxFrame,
                         const AfterFeed &afterFeed = {});

} // namespace pfs::test

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QVarLengthArray>

namespace pfs {

// Recovers DLoad records from console-log text as people actually have it:
// saved from a phone, or pasted out of a document (the seed is a PDF copy).
// Such text wraps records, glues two into one line, cuts a severity, quotes
// records and surrounds them with prose. Fed line by line; emits normalised
// records "SEV hh:mm:ss.uuuuuu DLoad: body".
//
// Rules, from what the seed shows:
// - A record starts at "[SEV] TIME DLoad:" anywhere in a line; a line may hold
//   several. SEV is 1-4 capital letters (a cut "NF" is kept as written).
// - A record whose next line starts with a bare TIME steals a severity code
//   glued to its own end ("…ClaimRoot(tent)INF" / "02:19:34… DLoad: …").
// - Blank lines do not end a record. A following line continues it when it
//   is made only of technical tokens (key=value, paths, CAPITALS, numbers):
//   "strength=31d4d43d", "ROOT=10.106.117.68 /dnld/…", "TO". Prose ends it.
// - Quotes around records are dropped; a closing quote ends the record.
class ConsoleLogSplitter {
public:
    static constexpr qsizetype kMaxRecord = 8192;
    static constexpr int kMaxContinuationLines = 3;

    // Where records come out: a view valid only during the call (it points
    // into the splitter's buffer, reused for the next record), with the time
    // of day its header holds, as DLoadParser reads it (the splitter read it
    // to find the header: the parser need not read it again, issue #17).
    class RecordSink {
    public:
        virtual void take(QByteArrayView record, qint64 timeOfDayUs) = 0;

    protected:
        ~RecordSink() = default;
    };

    void addLine(QByteArrayView line, QList<QByteArray> *records);
    void finish(QList<QByteArray> *records);

    // The same in two steps, with no copy of a record: scanLine() finds the
    // record starts of `line` and says how many (a caller pairs each with
    // its line's time before any record comes out), then addScannedLine()
    // emits what `line` completes. `line` must stay valid in between.
    int scanLine(QByteArrayView line);
    void addScannedLine(RecordSink &sink);
    void finish(RecordSink &sink);

    qint64 ignoredLines() const { return m_ignoredLines; }
    qint64 truncatedRecords() const { return m_truncatedRecords; }

    // True when the view at `tagPos` ("DLoad:") is preceded by a record
    // header; sets where the header starts, whether it has a severity and,
    // when asked, its time of day in microseconds.
    static bool findHeaderStart(QByteArrayView line, qsizetype tagPos, qsizetype *start, bool *hasSeverity,
                                qint64 *timeOfDayUs = nullptr);
    // Where "DLoad:" is in `line` from `from` on, -1 if nowhere: memchr and
    // memcmp, as QByteArrayView::indexOf's search for a short needle cost
    // ~1,400 instructions a line, and every line is searched (issue #17).
    static qsizetype findTag(QByteArrayView line, qsizetype from);

private:
    struct Header {
        qsizetype start;
        qsizetype tag;
        qint64 timeOfDayUs;
        bool hasSeverity;
    };

    void flush(RecordSink &sink);
    void startRecord(const Header &h, QByteArrayView tagged, RecordSink &sink);
    void append(QByteArrayView text);
    bool continues(QByteArrayView text) const;

    QByteArrayView m_line;                // scanLine()'s, trimmed
    QVarLengthArray<Header, 2> m_headers; // the record starts in m_line
    QByteArray m_pending;                 // the record begun; its capacity kept from record to record
    qint64 m_pendingTimeUs = -1;          // its header's time of day
    bool m_closed = false;
    int m_continuations = 0;
    qint64 m_ignoredLines = 0;
    qint64 m_truncatedRecords = 0;
};

} // namespace pfs

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QList>

// Syslog envelopes (RFC 3164 and RFC 5424) around the phones' DLoad records.
// Input comes from the network: every length is bounded and every oddity is
// counted, never a crash.
namespace pfs {

// One record as views into the datagram or frame it was read from: valid
// while that text is. The hot path (live intake) reads these, copying nothing.
struct SyslogRecordView {
    enum class Format : quint8 { Rfc3164, Rfc5424, Bare };
    Format format = Format::Bare;
    int priority = -1;       // PRI value 0..191; -1 when absent
    qint64 timestampMs = -1; // header time, ms since the epoch (UTC); -1 when absent
    QByteArrayView host;     // HOSTNAME (may be an address); bytes as received
    QByteArrayView app;      // TAG / APP-NAME, without ':' or "[pid]"
    QByteArrayView text;     // one line of the message, CR/LF removed
    bool truncated = false;  // the line was longer than kMaxRecord and was cut
    bool untagged = false;   // a DLoad record whose "DLoad:" travelled as the TAG alone

    // The record as the DLoad parser reads it: `text`, with the "DLoad:" tag
    // put back in `scratch` when it travelled as the TAG.
    QByteArrayView message(QByteArray *scratch) const;
};

// The same record, owning its bytes.
struct SyslogRecord {
    using Format = SyslogRecordView::Format;
    Format format = Format::Bare;
    int priority = -1;
    qint64 timestampMs = -1;
    QByteArray host;
    QByteArray app;
    QByteArray message; // as SyslogRecordView::message() gives it
    bool truncated = false;

    static SyslogRecord from(const SyslogRecordView &view);
};

struct SyslogStats {
    qint64 datagrams = 0;
    qint64 records = 0;
    qint64 oversizedDatagrams = 0; // longer than kMaxDatagram: cut there
    qint64 truncatedRecords = 0;   // lines longer than kMaxRecord: cut there
    qint64 malformedHeaders = 0;   // "<PRI>" present but the rest unreadable: kept as Bare
};

class SyslogParser {
    Q_DECLARE_TR_FUNCTIONS(SyslogParser)
public:
    static constexpr qsizetype kMaxDatagram = 65535;
    static constexpr qsizetype kMaxRecord = 8192;

    // Splits one datagram or one TCP frame into records. A datagram may hold
    // several lines (CR, LF or CRLF); a line that starts with "<PRI>" opens a
    // new header, other lines share the last header seen. Empty lines are
    // skipped. RFC 3164 has no year: `referenceDate` supplies it (the
    // receive date), choosing last year when the month is far ahead of it.
    // The records replace the list's content and point into `datagram`.
    static void parse(QByteArrayView datagram, QDate referenceDate, QList<SyslogRecordView> *records,
                      SyslogStats *stats = nullptr);
    // The same, with the records copied out.
    static QList<SyslogRecord> parse(QByteArrayView datagram, QDate referenceDate, SyslogStats *stats = nullptr);

    // Parses the header of one line; false when it has none (a bare line).
    static bool parseHeader(QByteArrayView line, QDate referenceDate, SyslogRecordView *record);
    static bool parseHeader(QByteArrayView line, QDate referenceDate, SyslogRecord *record);
};

// RFC 6587 framing of syslog over TCP: octet counting ("LEN SP MSG") and
// non-transparent framing (MSG LF), detected frame by frame from the first
// byte (RFC 6587 3.4): a digit opens an octet count, anything else a line.
// The same bytes give the same frames however they are cut into feeds.
//
// A stream is never given up. Once a stream has used octet counting, every
// frame must start with "LEN SP" (CR, LF or NUL between frames are let pass);
// a frame start that does not (garbage, a count too long, a count that did
// not match its frame) is skipped, counted, up to the next place that looks
// like a frame start, "DIGITS SP <", and whose frame is followed by another
// such start (resynchronisation: a message that ends in digits, "…10.0.0.2",
// glued to the next count "156 <", shows why one look is not enough). The
// frame found that way waits for the next frame's start, or the end of the
// stream, to prove itself. In a line-framed stream an octet count with more
// digits than any frame is skipped to the end of its line. Oversized frames
// are skipped as they stream by: a stream costs at most about one frame of
// memory.
class SyslogStreamSplitter {
public:
    explicit SyslogStreamSplitter(qsizetype maxFrame = SyslogParser::kMaxDatagram);

    // Consumes `bytes` and appends every frame it completes to `frames`. The
    // views point into `bytes` or into the splitter: valid until the next
    // feed() or finish().
    void feed(QByteArrayView bytes, QList<QByteArrayView> *frames);
    // The same, with the frames copied out.
    void feed(QByteArrayView bytes, QList<QByteArray> *frames);
    // At end of stream: the frames its end completes (a last LF-less line, a
    // frame that waited to prove itself); the splitter is then ready for a
    // new stream.
    QList<QByteArray> finish();

    qsizetype buffered() const { return m_buffer.size() + m_window.size(); }
    // Copies the last feed's frames may point into: at most that feed's
    // bytes and about one frame, however many frames it resynchronised on.
    qsizetype keptBytes() const;
    qint64 oversizedFrames() const { return m_oversizedFrames; }
    qint64 discardedBytes() const { return m_discardedBytes; } // of oversized, malformed or cut-short frames
    qint64 resyncs() const { return m_resyncs; }               // malformed frame starts skipped

private:
    enum class Framing : quint8 { Unknown, Counted, Lines }; // as the last frame was
    enum class Verdict : quint8 { No, Wait, Yes };

    void consume(QByteArrayView bytes, QList<QByteArrayView> *frames);
    qsizetype skipOctets(QByteArrayView bytes);
    qsizetype skipLine(QByteArrayView bytes);
    qsizetype extendPending(QByteArrayView bytes, QList<QByteArrayView> *frames);
    qsizetype takeNew(QByteArrayView bytes, QList<QByteArrayView> *frames);
    qsizetype takeFrame(QByteArrayView rest, QList<QByteArrayView> *frames);
    qsizetype takeCounted(QByteArrayView rest, QList<QByteArrayView> *frames);
    qsizetype takeLine(QByteArrayView rest, QList<QByteArrayView> *frames);
    void startResync();
    qsizetype resync(QByteArrayView bytes, QByteArrayView *readOn);
    Verdict headerAt(QByteArrayView bytes, qsizetype at, qsizetype *size, qint64 *count) const;
    Verdict frameStartAt(QByteArrayView bytes, qsizetype at) const;

    QByteArray m_buffer;      // the frame begun and not complete yet
    QList<QByteArray> m_kept; // completed buffers, while views into them are out
    qsizetype m_maxFrame;
    Framing m_framing = Framing::Unknown;
    qint64 m_skipOctets = 0;      // remaining bytes of an oversized octet-counted frame
    bool m_skipToNewline = false; // inside an oversized LF-framed frame
    bool m_resyncing = false;
    bool m_skipDigits = false; // the malformed start's own digits are no frame start
    bool m_ending = false;     // finish(): no more bytes will come
    QByteArray m_window;       // resynchronising: bytes from the first possible frame start on
    qint64 m_oversizedFrames = 0;
    qint64 m_discardedBytes = 0;
    qint64 m_resyncs = 0;
};

} // namespace pfs

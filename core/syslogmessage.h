#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// Syslog envelopes (RFC 3164 and RFC 5424) around the phones' DLoad records.
// Input comes from the network: every length is bounded and every oddity is
// counted, never a crash.
namespace pfs {

struct SyslogRecord {
    enum class Format : quint8 { Rfc3164, Rfc5424, Bare };
    Format format = Format::Bare;
    int priority = -1;        // PRI value 0..191; -1 when absent
    qint64 timestampMs = -1;  // header time, ms since the epoch (UTC); -1 when absent
    QByteArray host;          // HOSTNAME (may be an address); bytes as received
    QByteArray app;           // TAG / APP-NAME, without ':' or "[pid]"
    QByteArray message;       // one record: one line of the message, CR/LF removed
    bool truncated = false;   // the line was longer than kMaxRecord and was cut
};

struct SyslogStats {
    qint64 datagrams = 0;
    qint64 records = 0;
    qint64 oversizedDatagrams = 0; // longer than kMaxDatagram: cut there
    qint64 truncatedRecords = 0;   // lines longer than kMaxRecord: cut there
    qint64 malformedHeaders = 0;   // "<PRI>" present but the rest unreadable: kept as Bare
};

class SyslogParser
{
    Q_DECLARE_TR_FUNCTIONS(SyslogParser)
public:
    static constexpr qsizetype kMaxDatagram = 65535;
    static constexpr qsizetype kMaxRecord = 8192;

    // Splits one datagram or one TCP frame into records. A datagram may hold
    // several lines (CR, LF or CRLF); a line that starts with "<PRI>" opens a
    // new header, other lines share the last header seen. Empty lines are
    // skipped. RFC 3164 has no year: `referenceDate` supplies it (the
    // receive date), choosing last year when the month is far ahead of it.
    static QList<SyslogRecord> parse(QByteArrayView datagram, QDate referenceDate, SyslogStats *stats = nullptr);

    // Parses the header of one line; false when it has none (a bare line).
    static bool parseHeader(QByteArrayView line, QDate referenceDate, SyslogRecord *record);
};

// RFC 6587 framing of syslog over TCP: octet counting ("LEN SP MSG") and
// non-transparent framing (MSG LF), detected frame by frame.
class SyslogStreamSplitter
{
    Q_DECLARE_TR_FUNCTIONS(SyslogStreamSplitter)
public:
    explicit SyslogStreamSplitter(qsizetype maxFrame = SyslogParser::kMaxDatagram);

    // Consumes `bytes`; appends every complete frame to `frames`. Returns
    // false once the stream cannot be followed any more (an octet count with
    // more digits than any sane frame): the caller closes the connection and
    // shows error(). Oversized frames are skipped and counted, not buffered.
    bool feed(QByteArrayView bytes, QList<QByteArray> *frames);
    // At end of stream: the last LF-less frame, if any (empty otherwise).
    QByteArray finish();

    QString error() const { return m_error; }
    qsizetype buffered() const { return m_buffer.size(); }
    qint64 oversizedFrames() const { return m_oversizedFrames; }
    qint64 discardedBytes() const { return m_discardedBytes; }

private:
    bool drainBuffer(QList<QByteArray> *frames);
    qsizetype takeCounted(QByteArrayView rest, QList<QByteArray> *frames);
    qsizetype takeLine(QByteArrayView rest, QList<QByteArray> *frames);

    QByteArray m_buffer;
    qsizetype m_maxFrame;
    qint64 m_skipOctets = 0;    // remaining bytes of an oversized octet-counted frame
    bool m_skipToNewline = false; // inside an oversized LF-framed frame
    qint64 m_oversizedFrames = 0;
    qint64 m_discardedBytes = 0;
    QString m_error;
};

} // namespace pfs

#include "syslogmessage.h"

namespace pfs {
namespace {

constexpr int kMaxCountDigits = 9;           // RFC 6587 counts beyond this are no frame of ours
constexpr qsizetype kLargestFrame = 999999999; // the largest 9-digit count

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isTerminator(char c) { return c == '\n' || c == '\0'; }

qsizetype findTerminator(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (isTerminator(bytes[i]))
            return i;
    }
    return -1;
}

// The start of a frame read as an RFC 6587 octet count "LEN SP".
struct OctetCount {
    enum Kind { Counted, Undecided, NotACount, TooLong };
    Kind kind = NotACount;
    qsizetype headerSize = 0; // "LEN SP"
    qint64 count = 0;
};

OctetCount readOctetCount(QByteArrayView start)
{
    OctetCount header;
    qsizetype digits = 0;
    for (; digits < start.size() && isDigit(start[digits]); ++digits) {
        if (digits == kMaxCountDigits) {
            header.kind = OctetCount::TooLong;
            return header;
        }
        header.count = header.count * 10 + (start[digits] - '0');
    }
    if (digits == 0)
        header.kind = OctetCount::NotACount;
    else if (digits == start.size())
        header.kind = OctetCount::Undecided; // the byte after the digits decides
    else if (start[digits] != ' ')
        header.kind = OctetCount::NotACount; // e.g. an ISO timestamp: a line, LF-framed
    else
        header = {OctetCount::Counted, digits + 1, header.count};
    return header;
}

// How many of `bytes` the pending frame `pending` may take now: never past
// its end, and never so many that the buffer outgrows one frame. Only new
// bytes are scanned, so feeding a frame in pieces stays linear.
qsizetype bytesForPending(QByteArrayView pending, QByteArrayView bytes, qsizetype maxFrame)
{
    const OctetCount header = readOctetCount(pending);
    if (header.kind == OctetCount::Undecided)
        return 1; // one at a time until the count's end is seen (at most 10 bytes)
    if (header.kind == OctetCount::Counted)
        return qsizetype(qMin<qint64>(bytes.size(), header.headerSize + header.count - pending.size()));
    // A line: up to its terminator, or one byte past the longest line (+ CR)
    // so that the buffer shows it is oversized.
    const qsizetype room = qBound<qsizetype>(1, maxFrame + 2 - pending.size(), bytes.size());
    const qsizetype end = findTerminator(bytes.first(room));
    return end < 0 ? room : end + 1;
}

// A pending line that has neither ended nor outgrown a frame: nothing to decide.
bool awaitsLineEnd(QByteArrayView pending, qsizetype maxFrame)
{
    if (isDigit(pending.front()) && readOctetCount(pending).kind != OctetCount::NotACount)
        return false;
    return !isTerminator(pending.back()) && pending.size() <= maxFrame + 1;
}

} // namespace

SyslogStreamSplitter::SyslogStreamSplitter(qsizetype maxFrame)
    : m_maxFrame(qBound<qsizetype>(1, maxFrame, kLargestFrame))
{
}

// Frame by frame: a leading digit means "LEN SP MSG" (octet counting), else
// the frame runs to LF (or NUL). Complete frames are cut straight out of
// `bytes`; only an incomplete one is buffered, and an oversized frame is
// skipped as it streams by, never stored.
bool SyslogStreamSplitter::feed(QByteArrayView bytes, QList<QByteArray> *frames)
{
    if (!m_error.isEmpty())
        return false; // the stream's position is lost for good
    while (!bytes.isEmpty()) {
        if (m_skipOctets > 0) {
            const qsizetype n = qsizetype(qMin<qint64>(m_skipOctets, bytes.size()));
            m_skipOctets -= n;
            m_discardedBytes += n;
            bytes = bytes.sliced(n);
        } else if (m_skipToNewline) {
            const qsizetype end = findTerminator(bytes);
            m_skipToNewline = end < 0;
            m_discardedBytes += end < 0 ? bytes.size() : end;
            bytes = bytes.sliced(end < 0 ? bytes.size() : end + 1);
        } else if (!m_buffer.isEmpty()) {
            const qsizetype n = bytesForPending(m_buffer, bytes, m_maxFrame);
            m_buffer.append(bytes.first(n));
            bytes = bytes.sliced(n);
            if (!drainBuffer(frames))
                return false;
        } else {
            const qsizetype used = isDigit(bytes.front()) ? takeCounted(bytes, frames) : takeLine(bytes, frames);
            if (used < 0)
                return false;
            if (used == 0)
                m_buffer = bytes.toByteArray(); // an incomplete frame, at most one frame long
            bytes = bytes.sliced(used == 0 ? bytes.size() : used);
        }
    }
    return true;
}

// Completes the pending frame in the buffer when its end has arrived.
bool SyslogStreamSplitter::drainBuffer(QList<QByteArray> *frames)
{
    if (awaitsLineEnd(m_buffer, m_maxFrame))
        return true; // not rescanned: it cannot hold a terminator
    const QByteArrayView pending(m_buffer);
    const qsizetype used = isDigit(pending.front()) ? takeCounted(pending, frames) : takeLine(pending, frames);
    if (used < 0)
        return false;
    if (used == pending.size())
        m_buffer.clear();
    else
        m_buffer.remove(0, used);
    return true;
}

// Returns bytes used, 0 when the frame is incomplete, -1 when the stream is lost.
qsizetype SyslogStreamSplitter::takeCounted(QByteArrayView rest, QList<QByteArray> *frames)
{
    const OctetCount header = readOctetCount(rest);
    switch (header.kind) {
    case OctetCount::TooLong:
        m_error = tr("Syslog over TCP: octet count too long (more than %1 digits); the stream cannot be followed.")
                      .arg(kMaxCountDigits);
        return -1;
    case OctetCount::Undecided:
        return 0;
    case OctetCount::NotACount:
        return takeLine(rest, frames);
    case OctetCount::Counted:
        break;
    }
    const qint64 available = rest.size() - header.headerSize;
    if (header.count > m_maxFrame) {
        // Skipped as it goes by: what is here now, then m_skipOctets more.
        const qint64 here = qMin(header.count, available);
        ++m_oversizedFrames;
        m_discardedBytes += here;
        m_skipOctets = header.count - here;
        return header.headerSize + qsizetype(here);
    }
    if (available < header.count)
        return 0;
    if (header.count > 0)
        frames->append(rest.sliced(header.headerSize, qsizetype(header.count)).toByteArray());
    return header.headerSize + qsizetype(header.count);
}

// Returns bytes used or 0 when the line has not ended yet.
qsizetype SyslogStreamSplitter::takeLine(QByteArrayView rest, QList<QByteArray> *frames)
{
    const qsizetype end = findTerminator(rest);
    if (end < 0) {
        if (rest.size() <= m_maxFrame + 1) // + 1: a CR may still be followed by LF
            return 0;
        ++m_oversizedFrames;
        m_discardedBytes += rest.size();
        m_skipToNewline = true;
        return rest.size();
    }
    QByteArrayView frame = rest.first(end);
    if (frame.endsWith('\r'))
        frame.chop(1);
    if (frame.size() > m_maxFrame) {
        ++m_oversizedFrames;
        m_discardedBytes += end;
    } else if (!frame.isEmpty()) {
        frames->append(frame.toByteArray());
    }
    return end + 1;
}

QByteArray SyslogStreamSplitter::finish()
{
    QList<QByteArray> last;
    const OctetCount header = readOctetCount(m_buffer);
    if (header.kind == OctetCount::Counted) {
        m_discardedBytes += m_buffer.size() - header.headerSize; // cut short by the close
    } else if (!m_buffer.isEmpty()) {
        m_buffer.append('\n'); // the end of the stream ends the line
        takeLine(m_buffer, &last);
    }
    m_buffer.clear();
    m_skipOctets = 0;
    m_skipToNewline = false;
    return last.value(0);
}

} // namespace pfs

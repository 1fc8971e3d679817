// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "logs/syslogparser.h"

#include <cstring>
#include <utility>

namespace pfs {
namespace {

constexpr int kMaxCountDigits = 9;             // RFC 6587 counts beyond this are no frame of ours
constexpr qsizetype kLargestFrame = 999999999; // the largest 9-digit count

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isTerminator(char c)
{
    return c == '\n' || c == '\0';
}
// What some senders put after an octet-counted frame; let pass, not counted.
bool isFrameGap(char c)
{
    return isTerminator(c) || c == '\r';
}

// memchr, not a loop: line-framed streams are scanned at every byte.
qsizetype findTerminator(QByteArrayView bytes)
{
    const char *begin = bytes.data();
    const char *lf = static_cast<const char *>(std::memchr(begin, '\n', size_t(bytes.size())));
    const qsizetype upTo = lf ? lf - begin : bytes.size();
    const char *nul = static_cast<const char *>(std::memchr(begin, '\0', size_t(upTo)));
    return nul ? nul - begin : lf ? upTo : -1;
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

qsizetype SyslogStreamSplitter::keptBytes() const
{
    qsizetype sum = 0;
    for (const QByteArray &kept : m_kept)
        sum += kept.size();
    return sum;
}

void SyslogStreamSplitter::feed(QByteArrayView bytes, QList<QByteArrayView> *frames)
{
    m_kept.clear(); // the caller is done with the views of the last feed
    consume(bytes, frames);
}

void SyslogStreamSplitter::feed(QByteArrayView bytes, QList<QByteArray> *frames)
{
    QList<QByteArrayView> views;
    feed(bytes, &views);
    for (const QByteArrayView frame : std::as_const(views))
        frames->append(frame.toByteArray());
}

// Frame by frame. Complete frames are cut straight out of `bytes`; only an
// incomplete one is buffered, and an oversized one is skipped as it streams
// by. Each step takes at least one byte or changes state.
void SyslogStreamSplitter::consume(QByteArrayView bytes, QList<QByteArrayView> *frames)
{
    while (!bytes.isEmpty()) {
        qsizetype used = 0;
        if (m_skipOctets > 0)
            used = skipOctets(bytes);
        else if (m_skipToNewline)
            used = skipLine(bytes);
        else if (m_resyncing) {
            QByteArrayView window;
            used = resync(bytes, &window);
            if (!window.isEmpty()) { // it holds the rest of `bytes`: read on from there
                bytes = window;
                continue;
            }
        } else if (!m_buffer.isEmpty())
            used = extendPending(bytes, frames);
        else
            used = takeNew(bytes, frames);
        bytes = bytes.sliced(used);
    }
}

qsizetype SyslogStreamSplitter::skipOctets(QByteArrayView bytes)
{
    const qsizetype n = qsizetype(qMin<qint64>(m_skipOctets, bytes.size()));
    m_skipOctets -= n;
    m_discardedBytes += n;
    return n;
}

qsizetype SyslogStreamSplitter::skipLine(QByteArrayView bytes)
{
    const qsizetype end = findTerminator(bytes);
    m_skipToNewline = end < 0;
    m_discardedBytes += end < 0 ? bytes.size() : end;
    return end < 0 ? bytes.size() : end + 1;
}

// Grows the pending frame and completes it when its end has arrived.
qsizetype SyslogStreamSplitter::extendPending(QByteArrayView bytes, QList<QByteArrayView> *frames)
{
    const qsizetype n = bytesForPending(m_buffer, bytes, m_maxFrame);
    m_buffer.append(bytes.first(n));
    if (m_framing != Framing::Counted && awaitsLineEnd(m_buffer, m_maxFrame))
        return n; // not rescanned: it cannot hold a terminator (once counted, nothing pending is a line)
    // Kept aside: the frame's view points into it, or resync() reads it.
    m_kept.append(std::exchange(m_buffer, {}));
    const QByteArrayView pending(m_kept.constLast());
    const qsizetype used = takeFrame(pending, frames);
    if (used == 0 && !m_resyncing)
        m_buffer = m_kept.takeLast(); // still incomplete
    else if (used < pending.size())
        consume(pending.sliced(used), frames); // what a malformed start leaves: resynchronised
    return n;
}

// A frame starting at the first of `bytes`: cut out when complete, else buffered.
qsizetype SyslogStreamSplitter::takeNew(QByteArrayView bytes, QList<QByteArrayView> *frames)
{
    const qsizetype used = takeFrame(bytes, frames);
    if (used > 0 || m_resyncing)
        return used;
    m_buffer = bytes.toByteArray(); // an incomplete frame, at most one frame long
    return bytes.size();
}

// Returns the bytes used, 0 when the frame is incomplete or malformed (then
// resynchronising).
qsizetype SyslogStreamSplitter::takeFrame(QByteArrayView rest, QList<QByteArrayView> *frames)
{
    const bool counted = m_framing == Framing::Counted;
    if (!isDigit(rest.front())) {
        if (!counted)
            return takeLine(rest, frames);
        if (isFrameGap(rest.front()))
            return 1;
        startResync();
        return 0;
    }
    switch (readOctetCount(rest).kind) {
    case OctetCount::Counted: return takeCounted(rest, frames);
    case OctetCount::Undecided: return 0;
    case OctetCount::NotACount:
        if (!counted)
            return takeLine(rest, frames);
        break;
    case OctetCount::TooLong: break;
    }
    startResync();
    return 0;
}

qsizetype SyslogStreamSplitter::takeCounted(QByteArrayView rest, QList<QByteArrayView> *frames)
{
    const OctetCount header = readOctetCount(rest);
    const qint64 available = rest.size() - header.headerSize;
    if (header.count > m_maxFrame) {
        // Skipped as it goes by: what is here now, then m_skipOctets more.
        const qint64 here = qMin(header.count, available);
        ++m_oversizedFrames;
        m_discardedBytes += here;
        m_skipOctets = header.count - here;
        m_framing = Framing::Counted;
        return header.headerSize + qsizetype(here);
    }
    if (available < header.count)
        return 0;
    if (header.count > 0)
        frames->append(rest.sliced(header.headerSize, qsizetype(header.count)));
    m_framing = Framing::Counted;
    return header.headerSize + qsizetype(header.count);
}

// Returns bytes used or 0 when the line has not ended yet.
qsizetype SyslogStreamSplitter::takeLine(QByteArrayView rest, QList<QByteArrayView> *frames)
{
    const qsizetype end = findTerminator(rest);
    if (end < 0) {
        if (rest.size() <= m_maxFrame + 1) // + 1: a CR may still be followed by LF
            return 0;
        ++m_oversizedFrames;
        m_discardedBytes += rest.size();
        m_skipToNewline = true;
        m_framing = Framing::Lines;
        return rest.size();
    }
    QByteArrayView frame = rest.first(end);
    if (frame.endsWith('\r'))
        frame.chop(1);
    if (frame.size() > m_maxFrame) {
        ++m_oversizedFrames;
        m_discardedBytes += end;
    } else if (!frame.isEmpty()) {
        frames->append(frame);
    }
    m_framing = Framing::Lines;
    return end + 1;
}

void SyslogStreamSplitter::startResync()
{
    ++m_resyncs;
    m_resyncing = true;
    m_skipDigits = true;
}

// Looks for the first frame start: a proven "DIGITS SP <" in a stream that
// is or may be octet-counted, the end of the line in one that is or may be
// line-framed. What comes before is discarded; a start that cannot be judged
// yet waits in the window with what follows it. Bytes are scanned where they
// are unless earlier ones wait in the window, so a run of malformed frames
// in one feed copies nothing and never nests: a hostile stream costs linear
// time and at most about one frame of memory. Returns the bytes of `bytes`
// used; when the start lies in the window, `*readOn` is the window from
// there on (it holds all of `bytes`), to be read as frames.
qsizetype SyslogStreamSplitter::resync(QByteArrayView bytes, QByteArrayView *readOn)
{
    const bool carried = !m_window.isEmpty();
    if (carried)
        m_window.append(bytes);
    const QByteArrayView scan = carried ? QByteArrayView(m_window) : bytes;
    const bool toCount = m_framing != Framing::Lines;
    const bool toLineEnd = m_framing != Framing::Counted;
    qsizetype at = 0;
    if (m_skipDigits) {
        while (at < scan.size() && isDigit(scan[at]))
            ++at;
        m_skipDigits = at == scan.size();
    }
    qsizetype from = -1; // where frames start again
    for (; at < scan.size(); ++at) {
        if (toLineEnd && isTerminator(scan[at])) {
            m_framing = Framing::Lines;
            from = at + 1; // the terminator is discarded, as for a skipped line
            break;
        }
        const Verdict start = toCount ? frameStartAt(scan, at) : Verdict::No;
        if (start == Verdict::Yes) {
            from = at;
            break;
        }
        if (start == Verdict::Wait)
            break;
    }
    m_discardedBytes += at;
    if (from < 0) { // no start yet: keep what may still become one
        if (carried)
            m_window.remove(0, at);
        else
            m_window = bytes.sliced(at).toByteArray();
        return bytes.size();
    }
    m_resyncing = false;
    m_skipDigits = false;
    if (!carried)
        return from;
    m_window.remove(0, from);
    m_kept.append(std::exchange(m_window, {})); // the frames' views point into it
    *readOn = m_kept.constLast();
    return bytes.size();
}

// "DIGITS SP <" at `at`, with at most kMaxCountDigits digits; Wait when the
// bytes end first.
SyslogStreamSplitter::Verdict SyslogStreamSplitter::headerAt(QByteArrayView bytes, qsizetype at, qsizetype *size,
                                                             qint64 *count) const
{
    qint64 value = 0;
    qsizetype i = at;
    for (; i < bytes.size() && isDigit(bytes[i]); ++i) {
        if (i - at == kMaxCountDigits)
            return Verdict::No;
        value = value * 10 + (bytes[i] - '0');
    }
    if (i == at)
        return Verdict::No;
    if (i + 2 > bytes.size())
        return i == bytes.size() || bytes[i] == ' ' ? Verdict::Wait : Verdict::No;
    if (bytes[i] != ' ' || bytes[i + 1] != '<')
        return Verdict::No;
    *size = i - at + 1;
    *count = value;
    return Verdict::Yes;
}

// A frame start at `at` is proven when its frame is followed by another start
// (CR, LF or NUL between let pass) or by the end of the stream.
SyslogStreamSplitter::Verdict SyslogStreamSplitter::frameStartAt(QByteArrayView bytes, qsizetype at) const
{
    qsizetype size = 0;
    qint64 count = 0;
    const Verdict header = headerAt(bytes, at, &size, &count);
    if (header != Verdict::Yes)
        return header == Verdict::Wait && !m_ending ? Verdict::Wait : Verdict::No;
    if (count < 1 || count > m_maxFrame)
        return Verdict::No;
    const qint64 end = at + size + count;
    if (end > bytes.size())
        return m_ending ? Verdict::No : Verdict::Wait;
    qsizetype next = qsizetype(end);
    while (next < bytes.size() && next - end < 2 && isFrameGap(bytes[next]))
        ++next;
    if (next == bytes.size())
        return m_ending ? Verdict::Yes : Verdict::Wait;
    qsizetype nextSize = 0;
    qint64 nextCount = 0;
    const Verdict following = headerAt(bytes, next, &nextSize, &nextCount);
    return following == Verdict::Wait && m_ending ? Verdict::Yes : following;
}

QList<QByteArray> SyslogStreamSplitter::finish()
{
    m_kept.clear();
    m_ending = true;
    QList<QByteArrayView> views;
    if (m_resyncing) { // what waited for more bytes is decided now
        QByteArrayView window;
        resync({}, &window);
        consume(window, &views);
    }
    if (!m_buffer.isEmpty()) {
        const OctetCount header = readOctetCount(m_buffer);
        if (header.kind == OctetCount::Counted) {
            m_discardedBytes += m_buffer.size() - header.headerSize; // cut short by the close
        } else if (m_framing == Framing::Counted) {
            m_discardedBytes += m_buffer.size(); // a count cut short
        } else {
            m_buffer.append('\n'); // the end of the stream ends the line
            takeLine(m_buffer, &views);
        }
    }
    QList<QByteArray> frames;
    for (const QByteArrayView frame : std::as_const(views))
        frames.append(frame.toByteArray());
    m_buffer.clear();
    m_window.clear();
    m_kept.clear();
    m_framing = Framing::Unknown;
    m_skipOctets = 0;
    m_skipToNewline = false;
    m_resyncing = false;
    m_skipDigits = false;
    m_ending = false;
    return frames;
}

} // namespace pfs

#include "syslogmessage.h"

namespace pfs {
namespace {

constexpr int kMaxCountDigits = 9;

bool isDigit(char c) { return c >= '0' && c <= '9'; }

} // namespace

SyslogStreamSplitter::SyslogStreamSplitter(qsizetype maxFrame)
    : m_maxFrame(qMax<qsizetype>(maxFrame, 16))
{
}

// Frame by frame: a leading digit means "LEN SP MSG" (octet counting), else
// the frame runs to LF (or NUL). The buffer never holds more than one frame,
// and an oversized frame is skipped as it streams by, never stored.
bool SyslogStreamSplitter::feed(QByteArrayView bytes, QList<QByteArray> *frames)
{
    if (!m_error.isEmpty())
        return false;
    while (!bytes.isEmpty()) {
        if (m_skipOctets > 0) {
            const qsizetype n = qsizetype(qMin<qint64>(m_skipOctets, bytes.size()));
            m_skipOctets -= n;
            m_discardedBytes += n;
            bytes = bytes.sliced(n);
            continue;
        }
        if (m_skipToNewline) {
            const qsizetype end = bytes.indexOf('\n');
            const qsizetype n = end < 0 ? bytes.size() : end + 1;
            m_discardedBytes += n;
            m_skipToNewline = end < 0;
            bytes = bytes.sliced(n);
            continue;
        }
        const qsizetype room = m_maxFrame + kMaxCountDigits + 2 - m_buffer.size();
        const qsizetype take = qMin(bytes.size(), room);
        m_buffer.append(bytes.first(take));
        bytes = bytes.sliced(take);
        if (!drainBuffer(frames))
            return false;
    }
    return true;
}

bool SyslogStreamSplitter::drainBuffer(QList<QByteArray> *frames)
{
    qsizetype pos = 0;
    while (pos < m_buffer.size() && m_skipOctets == 0 && !m_skipToNewline) {
        const QByteArrayView rest = QByteArrayView(m_buffer).sliced(pos);
        const qsizetype used = isDigit(rest.front()) ? takeCounted(rest, frames) : takeLine(rest, frames);
        if (used < 0)
            return false;
        if (used == 0)
            break;
        pos += used;
    }
    m_buffer.remove(0, pos);
    if (m_skipOctets > 0 || m_skipToNewline)
        m_buffer.clear(); // what is left belongs to the frame being skipped
    return true;
}

// Returns bytes used, 0 when the frame is incomplete, -1 when the stream is lost.
qsizetype SyslogStreamSplitter::takeCounted(QByteArrayView rest, QList<QByteArray> *frames)
{
    qsizetype digits = 0;
    qint64 count = 0;
    while (digits < rest.size() && isDigit(rest[digits])) {
        if (digits < kMaxCountDigits)
            count = count * 10 + (rest[digits] - '0');
        ++digits;
    }
    if (digits < rest.size() && rest[digits] != ' ')
        return takeLine(rest, frames); // a message that starts with digits, LF-framed
    if (digits > kMaxCountDigits) {
        m_error = tr("syslog over TCP: octet count too long (more than %1 digits); the stream cannot be followed")
                      .arg(kMaxCountDigits);
        return -1;
    }
    if (digits == rest.size())
        return 0;
    const qsizetype header = digits + 1;
    if (count > m_maxFrame) {
        ++m_oversizedFrames;
        const qint64 inBuffer = qMin<qint64>(count, rest.size() - header);
        m_discardedBytes += inBuffer;
        m_skipOctets = count - inBuffer;
        return header + qsizetype(inBuffer);
    }
    if (rest.size() - header < count)
        return 0;
    if (count > 0)
        frames->append(rest.sliced(header, qsizetype(count)).toByteArray());
    return header + qsizetype(count);
}

qsizetype SyslogStreamSplitter::takeLine(QByteArrayView rest, QList<QByteArray> *frames)
{
    qsizetype end = 0;
    while (end < rest.size() && rest[end] != '\n' && rest[end] != '\0')
        ++end;
    if (end == rest.size()) {
        if (rest.size() <= m_maxFrame)
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
        m_discardedBytes += frame.size();
    } else if (!frame.isEmpty()) {
        frames->append(frame.toByteArray());
    }
    return end + 1;
}

QByteArray SyslogStreamSplitter::finish()
{
    QByteArray last;
    if (m_skipOctets == 0 && !m_skipToNewline && !m_buffer.isEmpty() && !isDigit(m_buffer.front()))
        last = m_buffer.endsWith('\r') ? m_buffer.chopped(1) : m_buffer;
    m_buffer.clear();
    return last;
}

} // namespace pfs

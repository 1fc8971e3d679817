// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "logs/consolelogsplitter.h"

#include "protocol/dloadparser.h"
#include "protocol/wire.h"

#include <QVarLengthArray>

#include <cstring>

namespace pfs {
namespace {

constexpr QByteArrayView kOpenQuote = "\xe2\x80\x9c";  // “
constexpr QByteArrayView kCloseQuote = "\xe2\x80\x9d"; // ”

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}
bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}
bool isTimeChar(char c)
{
    return (c >= '0' && c <= '9') || c == ':' || c == '.';
}

QByteArrayView stripQuotes(QByteArrayView text, bool *closing)
{
    text = text.trimmed();
    if (text.startsWith('"'))
        text = text.sliced(1).trimmed();
    else if (text.startsWith(kOpenQuote))
        text = text.sliced(kOpenQuote.size()).trimmed();
    *closing = false;
    if (text.endsWith('"')) {
        text.chop(1);
        *closing = true;
    } else if (text.endsWith(kCloseQuote)) {
        text.chop(kCloseQuote.size());
        *closing = true;
    }
    return text.trimmed();
}

// key=value, a path, CAPITALS_AND_DIGITS: what a wrapped record's tail is made of.
bool isTechnicalToken(QByteArrayView token)
{
    if (token.contains('=') || token.startsWith('/'))
        return true;
    bool alnum = false;
    for (const char c : token) {
        if (isLower(c) || static_cast<unsigned char>(c) >= 0x80)
            return false;
        alnum = alnum || isUpper(c) || (c >= '0' && c <= '9');
    }
    return alnum;
}

// Trailing capitals glued to a record ("…(tent)INF"), when they are a severity code.
qsizetype gluedSeverityLength(QByteArrayView record)
{
    qsizetype n = 0;
    while (n < record.size() && n < 5 && isUpper(record[record.size() - 1 - n]))
        ++n;
    if (n < 2 || n > 4)
        return 0;
    bool repaired = false;
    const Severity s = DLoadParser::severityFromCode(record.last(n), &repaired);
    return s != Severity::Unknown && !repaired ? n : 0;
}

// A record's text is put together from a few pieces (severity, header,
// tag, body): they are gathered first and copied in with one resize, as
// QByteArray::append() is an insert() for each in Qt 6.4 (issue #17: about
// 850 instructions a record on the reader's thread).
using Pieces = QVarLengthArray<QByteArrayView, 8>;

void appendPieces(const Pieces &pieces, QByteArray *out)
{
    qsizetype total = 0;
    for (const QByteArrayView piece : pieces)
        total += piece.size();
    const qsizetype at = out->size();
    out->resize(at + total);
    char *to = out->data() + at;
    for (const QByteArrayView piece : pieces) {
        if (!piece.isEmpty())
            std::memcpy(to, piece.data(), size_t(piece.size()));
        to += piece.size();
    }
}

// "SEV TIME " with single blanks, as the records come out. A header
// written that way already (nearly all) is one piece.
void headerPieces(QByteArrayView header, Pieces *out)
{
    bool single = true;
    for (qsizetype i = 0; i < header.size() && single; ++i) {
        if (isBlank(header[i]))
            single = header[i] == ' ' && (i + 1 == header.size() || !isBlank(header[i + 1]));
    }
    if (single) {
        out->append(header);
        if (!header.isEmpty() && header.back() != ' ')
            out->append(" ");
        return;
    }
    for (qsizetype i = 0; i < header.size();) {
        const qsizetype word = i;
        while (i < header.size() && !isBlank(header[i]))
            ++i;
        out->append(header.sliced(word, i - word));
        out->append(" ");
        while (i < header.size() && isBlank(header[i]))
            ++i;
    }
}

} // namespace

bool ConsoleLogSplitter::findHeaderStart(QByteArrayView line, qsizetype tagPos, qsizetype *start, bool *hasSeverity,
                                         qint64 *timeOfDayUs)
{
    qsizetype i = tagPos;
    while (i > 0 && isBlank(line[i - 1]))
        --i;
    const qsizetype timeEnd = i;
    while (i > 0 && isTimeChar(line[i - 1]))
        --i;
    qint64 us = 0;
    if (timeEnd == i || timeEnd == tagPos || !DLoadParser::parseTimeOfDay(line.sliced(i, timeEnd - i), &us))
        return false;
    *start = i;
    *hasSeverity = false;
    if (timeOfDayUs)
        *timeOfDayUs = us;
    qsizetype j = i;
    while (j > 0 && isBlank(line[j - 1]))
        --j;
    if (j == i)
        return true;
    qsizetype k = j;
    while (k > 0 && isUpper(line[k - 1]) && j - k < 5)
        --k;
    // "(tent)INF 02:…" is a severity too; "RootINF 02:…" is not (a word's tail).
    const char before = k > 0 ? line[k - 1] : ' ';
    const bool standsAlone = !isUpper(before) && !isLower(before) && !(before >= '0' && before <= '9');
    if (j - k >= 1 && j - k <= 4 && standsAlone) {
        *start = k;
        *hasSeverity = true;
    }
    return true;
}

qsizetype ConsoleLogSplitter::findTag(QByteArrayView line, qsizetype from)
{
    if (from < 0 || line.size() - from < wire::kDLoadTag.size())
        return -1;
    // memchr for the 'D', then the rest: glibc's memmem cost ~500
    // instructions on a line of ~150 bytes, memchr a tenth of that.
    const char *p = line.data() + from;
    const char *const last = line.data() + line.size() - wire::kDLoadTag.size();
    while (p <= last) {
        p = static_cast<const char *>(std::memchr(p, 'D', size_t(last - p + 1)));
        if (!p)
            return -1;
        if (std::memcmp(p + 1, wire::kDLoadTag.data() + 1, size_t(wire::kDLoadTag.size() - 1)) == 0)
            return p - line.data();
        ++p;
    }
    return -1;
}

namespace {

// The list API's sink: each record copied out.
class ListSink final : public ConsoleLogSplitter::RecordSink {
public:
    explicit ListSink(QList<QByteArray> *records)
        : m_records(records)
    {
    }
    void take(QByteArrayView record, qint64) override { m_records->append(record.toByteArray()); }

private:
    QList<QByteArray> *m_records;
};

} // namespace

void ConsoleLogSplitter::addLine(QByteArrayView line, QList<QByteArray> *records)
{
    ListSink sink(records);
    scanLine(line);
    addScannedLine(sink);
}

void ConsoleLogSplitter::finish(QList<QByteArray> *records)
{
    ListSink sink(records);
    finish(sink);
}

int ConsoleLogSplitter::scanLine(QByteArrayView line)
{
    m_line = line.trimmed();
    m_headers.clear();
    for (qsizetype from = 0;;) {
        const qsizetype tag = findTag(m_line, from);
        if (tag < 0)
            break;
        Header h{};
        h.tag = tag;
        if (findHeaderStart(m_line, tag, &h.start, &h.hasSeverity, &h.timeOfDayUs))
            m_headers.append(h);
        from = tag + wire::kDLoadTag.size();
    }
    return int(m_headers.size());
}

void ConsoleLogSplitter::addScannedLine(RecordSink &sink)
{
    const QByteArrayView line = m_line;
    if (line.isEmpty())
        return;
    bool closing = false;
    const QByteArrayView lead
        = stripQuotes(line.first(m_headers.isEmpty() ? line.size() : m_headers[0].start), &closing);
    if (!lead.isEmpty()) {
        if (!m_pending.isEmpty() && continues(lead)) {
            append(lead);
            m_closed = m_closed || closing;
        } else {
            flush(sink);
            ++m_ignoredLines;
        }
    }
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
        const qsizetype end = i + 1 < m_headers.size() ? m_headers[i + 1].start : line.size();
        const Header &h = m_headers[i];
        startRecord(h, stripQuotes(line.sliced(h.tag, end - h.tag), &closing), sink);
        m_closed = closing;
    }
}

// The header ("SEV TIME ", blanks of any length between) comes out with
// single spaces, then "DLoad: " and the body: only the body is bounded, so
// no run of blanks can push the tag out of the record. The header's time is
// the record's only token that starts with a digit before its tag (a glued
// severity is capitals): the time DLoadParser would read from it.
void ConsoleLogSplitter::startRecord(const Header &h, QByteArrayView tagged, RecordSink &sink)
{
    const QByteArrayView header = m_line.sliced(h.start, h.tag - h.start);
    char severity[4]; // a glued code is 2 to 4 capitals
    qsizetype severityLength = 0;
    if (!h.hasSeverity) {
        severityLength = gluedSeverityLength(m_pending);
        if (severityLength) {
            std::memcpy(severity, m_pending.constData() + m_pending.size() - severityLength, size_t(severityLength));
            m_pending.chop(severityLength);
        }
    }
    flush(sink);
    m_continuations = 0;
    m_closed = false;
    m_pendingTimeUs = h.timeOfDayUs;
    Pieces pieces;
    if (severityLength) {
        pieces.append(QByteArrayView(severity, severityLength));
        pieces.append(" ");
    }
    headerPieces(header, &pieces);
    pieces.append(wire::kDLoadTag);
    pieces.append(" ");
    QByteArrayView body = tagged.sliced(wire::kDLoadTag.size());
    while (!body.isEmpty() && isBlank(body.front()))
        body = body.sliced(1);
    pieces.append(body.first(qMin(body.size(), kMaxRecord)));
    if (body.size() > kMaxRecord)
        ++m_truncatedRecords;
    appendPieces(pieces, &m_pending);
}

void ConsoleLogSplitter::append(QByteArrayView text)
{
    ++m_continuations;
    if (m_pending.size() + 1 + text.size() > kMaxRecord) {
        ++m_truncatedRecords;
        return;
    }
    m_pending.append(' ').append(text);
}

bool ConsoleLogSplitter::continues(QByteArrayView text) const
{
    if (m_closed || m_continuations >= kMaxContinuationLines)
        return false;
    qsizetype tokens = 0;
    for (qsizetype i = 0; i < text.size();) {
        while (i < text.size() && isBlank(text[i]))
            ++i;
        qsizetype j = i;
        while (j < text.size() && !isBlank(text[j]))
            ++j;
        if (j > i) {
            if (!isTechnicalToken(text.sliced(i, j - i)))
                return false;
            ++tokens;
        }
        i = j;
    }
    return tokens > 0;
}

// The record goes out as a view into m_pending, which then keeps its
// capacity: no allocation per record (issue #17).
void ConsoleLogSplitter::flush(RecordSink &sink)
{
    const QByteArrayView record = QByteArrayView(m_pending).trimmed();
    m_continuations = 0;
    m_closed = false;
    if (!record.isEmpty())
        sink.take(record, m_pendingTimeUs);
    m_pending.resize(0);
    m_pendingTimeUs = -1;
}

void ConsoleLogSplitter::finish(RecordSink &sink)
{
    m_line = {};
    m_headers.clear();
    flush(sink);
}

} // namespace pfs

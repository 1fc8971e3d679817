// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "logs/consolelogsplitter.h"

#include "protocol/dloadparser.h"
#include "protocol/wire.h"

#include <QVarLengthArray>

#include <string.h> // memmem

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

} // namespace

bool ConsoleLogSplitter::findHeaderStart(QByteArrayView line, qsizetype tagPos, qsizetype *start, bool *hasSeverity)
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
    if (from >= line.size())
        return -1;
    const void *found = ::memmem(line.data() + from, size_t(line.size() - from), wire::kDLoadTag.data(),
                                 size_t(wire::kDLoadTag.size()));
    return found ? static_cast<const char *>(found) - line.data() : -1;
}

void ConsoleLogSplitter::addLine(QByteArrayView line, QList<QByteArray> *records)
{
    line = line.trimmed();
    if (line.isEmpty())
        return;
    struct Header {
        qsizetype start;
        qsizetype tag;
        bool hasSeverity;
    };
    QVarLengthArray<Header, 2> headers;
    for (qsizetype from = 0;;) {
        const qsizetype tag = findTag(line, from);
        if (tag < 0)
            break;
        Header h{};
        h.tag = tag;
        if (findHeaderStart(line, tag, &h.start, &h.hasSeverity))
            headers.append(h);
        from = tag + wire::kDLoadTag.size();
    }
    bool closing = false;
    const QByteArrayView lead = stripQuotes(line.first(headers.isEmpty() ? line.size() : headers[0].start), &closing);
    if (!lead.isEmpty()) {
        if (!m_pending.isEmpty() && continues(lead)) {
            append(lead);
            m_closed = m_closed || closing;
        } else {
            flush(records);
            ++m_ignoredLines;
        }
    }
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const qsizetype end = i + 1 < headers.size() ? headers[i + 1].start : line.size();
        const Header &h = headers[i];
        const QByteArrayView text = stripQuotes(line.sliced(h.tag, end - h.tag), &closing);
        startRecord(line.sliced(h.start, h.tag - h.start), text, h.hasSeverity, records);
        m_closed = closing;
    }
}

// The header ("SEV TIME ", blanks of any length between) comes out with
// single spaces, then "DLoad: " and the body: only the body is bounded, so
// no run of blanks can push the tag out of the record.
void ConsoleLogSplitter::startRecord(QByteArrayView header, QByteArrayView tagged, bool hasSeverity,
                                     QList<QByteArray> *records)
{
    QByteArray severity;
    if (!hasSeverity) {
        const qsizetype glued = gluedSeverityLength(m_pending);
        if (glued) {
            severity = m_pending.right(glued) + ' ';
            m_pending.chop(glued);
        }
    }
    flush(records);
    m_pending = severity;
    m_continuations = 0;
    m_closed = false;
    for (qsizetype i = 0; i < header.size();) {
        const qsizetype word = i;
        while (i < header.size() && !isBlank(header[i]))
            ++i;
        m_pending.append(header.sliced(word, i - word)).append(' ');
        while (i < header.size() && isBlank(header[i]))
            ++i;
    }
    m_pending.append(wire::kDLoadTag).append(' ');
    QByteArrayView body = tagged.sliced(wire::kDLoadTag.size());
    while (!body.isEmpty() && isBlank(body.front()))
        body = body.sliced(1);
    m_pending.append(body.first(qMin(body.size(), kMaxRecord)));
    if (body.size() > kMaxRecord)
        ++m_truncatedRecords;
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

void ConsoleLogSplitter::flush(QList<QByteArray> *records)
{
    const QByteArray record = m_pending.trimmed();
    m_pending.clear();
    m_continuations = 0;
    m_closed = false;
    if (!record.isEmpty())
        records->append(record);
}

void ConsoleLogSplitter::finish(QList<QByteArray> *records)
{
    flush(records);
}

} // namespace pfs

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "inventory/csvreader.h"

#include <algorithm>
#include <array>

namespace pfs {
namespace {

constexpr char kQuote = '"';

bool isLineEnd(char c)
{
    return c == '\n' || c == '\r';
}

} // namespace

CsvReader::CsvReader(QByteArrayView text, char separator, Limits limits, int firstLine)
    : m_text(text)
    , m_separator(separator)
    , m_limits(limits)
    , m_line(firstLine)
{
}

bool CsvReader::next(Record *record)
{
    while (atLineEnd())
        skipLineEnd();
    if (m_pos >= m_text.size())
        return false;
    record->fields.clear();
    record->line = m_line;
    record->problem = Problem::None;
    for (;;) {
        readField(record);
        if (m_pos < m_text.size() && m_text[m_pos] == m_separator) {
            ++m_pos;
            continue;
        }
        skipLineEnd();
        return true;
    }
}

void CsvReader::readField(Record *record)
{
    QByteArray field;
    if (m_pos < m_text.size() && m_text[m_pos] == kQuote)
        readQuoted(record, &field);
    else
        readUnquoted(record, &field);
    if (record->fields.size() < m_limits.maxFields)
        record->fields.append(field);
    else if (record->problem == Problem::None)
        record->problem = Problem::TooManyFields;
}

void CsvReader::readQuoted(Record *record, QByteArray *field)
{
    ++m_pos; // the opening quote
    for (;;) {
        const qsizetype quote = m_text.indexOf(kQuote, m_pos);
        const qsizetype end = quote < 0 ? m_text.size() : quote;
        const QByteArrayView chunk = m_text.sliced(m_pos, end - m_pos);
        countLineEnds(chunk);
        append(record, field, chunk);
        m_pos = end;
        if (quote < 0) {
            record->problem = Problem::UnclosedQuote;
            return;
        }
        ++m_pos; // the closing quote, or the first of a doubled one
        if (m_pos < m_text.size() && m_text[m_pos] == kQuote) {
            append(record, field, "\"");
            ++m_pos;
            continue;
        }
        if (!atFieldEnd()) {
            if (record->problem == Problem::None)
                record->problem = Problem::TextAfterQuote;
            skipToFieldEnd();
        }
        return;
    }
}

void CsvReader::readUnquoted(Record *record, QByteArray *field)
{
    const qsizetype start = m_pos;
    skipToFieldEnd();
    append(record, field, m_text.sliced(start, m_pos - start));
}

void CsvReader::skipToFieldEnd()
{
    while (!atFieldEnd())
        ++m_pos;
}

void CsvReader::append(Record *record, QByteArray *field, QByteArrayView chunk)
{
    const qsizetype room = m_limits.maxFieldBytes - field->size();
    if (chunk.size() > room) {
        if (record->problem == Problem::None)
            record->problem = Problem::FieldTooLong;
        chunk = chunk.first(std::max<qsizetype>(room, 0));
    }
    field->append(chunk);
}

// A line end inside a quoted field still moves the line count on, so the
// records after it are numbered as an editor shows them.
void CsvReader::countLineEnds(QByteArrayView chunk)
{
    for (qsizetype i = 0; i < chunk.size(); ++i) {
        if (chunk[i] == '\n' || (chunk[i] == '\r' && (i + 1 == chunk.size() || chunk[i + 1] != '\n')))
            ++m_line;
    }
}

bool CsvReader::atLineEnd() const
{
    return m_pos < m_text.size() && isLineEnd(m_text[m_pos]);
}

bool CsvReader::atFieldEnd() const
{
    return m_pos >= m_text.size() || m_text[m_pos] == m_separator || isLineEnd(m_text[m_pos]);
}

void CsvReader::skipLineEnd()
{
    if (!atLineEnd())
        return;
    if (m_text[m_pos] == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
}

char CsvReader::detectSeparator(QByteArrayView text)
{
    static constexpr std::array<char, 3> kCandidates = {',', ';', '\t'};
    std::array<qsizetype, 3> counts = {};
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == kQuote)
            quoted = !quoted; // a doubled quote toggles twice: still inside
        else if (!quoted && isLineEnd(c))
            break;
        else if (!quoted) {
            const auto *candidate = std::find(kCandidates.cbegin(), kCandidates.cend(), c);
            if (candidate != kCandidates.cend())
                ++counts[size_t(candidate - kCandidates.cbegin())];
        }
    }
    // The first of the most frequent: ',' wins a tie, as RFC 4180 has it.
    const auto most = std::max_element(counts.cbegin(), counts.cend());
    return *most == 0 ? ',' : kCandidates[size_t(most - counts.cbegin())];
}

} // namespace pfs

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// Records of CSV text (RFC 4180), one at a time, from UTF-8 text held whole:
// fields quoted or not, a doubled quote inside quotes for a quote, a quoted
// field spanning lines, records ended by CRLF, LF or a lone CR. The separator
// is the caller's (',' ';' or tab: see detectSeparator()).
//
// The text is untrusted: a record never holds more than maxFields fields nor
// a field more than maxFieldBytes bytes. A record beyond either bound, or
// malformed, is still scanned to its end (the next one starts in the right
// place) and comes back with its problem set, for the caller to count and
// skip. Scanning is linear in the text; nothing is copied but the fields kept.
//
// Deliberately lenient in one place, as spreadsheets are: a quote inside an
// unquoted field (12" screen) is kept as a character.
namespace pfs {

class CsvReader {
public:
    struct Limits {
        qsizetype maxFields = 4096; // an "All Details" export: ~116 columns a phone, ~90 more a line
        qsizetype maxFieldBytes = 64 * 1024;
    };

    enum class Problem : quint8 {
        None,
        TooManyFields,
        FieldTooLong,
        TextAfterQuote, // "abc"def: neither RFC 4180 nor anything a spreadsheet writes
        UnclosedQuote,  // a quoted field runs to the end of the text
    };

    struct Record {
        QList<QByteArray> fields; // as read, quotes removed; cut at the bounds when `problem` says so
        int line = 0;             // the line the record starts on, from 1
        Problem problem = Problem::None;
    };

    // `firstLine`: the line `text` starts on, when it is the rest of a file.
    CsvReader(QByteArrayView text, char separator, Limits limits, int firstLine = 1);

    // The next record; empty lines are skipped. False at the end of the text.
    bool next(Record *record);
    // The line the next record would start on.
    int line() const { return m_line; }

    // The separator a header line uses: whichever of ',' ';' and tab appears
    // most often outside quotes in its first record (',' when none does).
    static char detectSeparator(QByteArrayView text);

private:
    void readField(Record *record);
    void readQuoted(Record *record, QByteArray *field);
    void readUnquoted(Record *record, QByteArray *field);
    void skipToFieldEnd();
    void append(Record *record, QByteArray *field, QByteArrayView chunk);
    void countLineEnds(QByteArrayView chunk);
    bool atLineEnd() const;
    bool atFieldEnd() const;
    void skipLineEnd();

    QByteArrayView m_text;
    char m_separator;
    Limits m_limits;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace pfs

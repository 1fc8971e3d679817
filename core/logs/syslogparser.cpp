// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "logs/syslogparser.h"
#include "logs/consolelogsplitter.h"
#include "protocol/wire.h"

#include <QDateTime>

#include <cstring>
#include <limits>

namespace pfs {
namespace {

constexpr QByteArrayView kNil = "-";
constexpr int kMaxPriority = 191;        // facility 23, severity 7
constexpr qsizetype kMaxTagLength = 48;  // RFC 5424's APP-NAME bound; a longer word is text
constexpr qsizetype kMaxPidLength = 128; // RFC 5424's PROCID bound

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A forward reader over one line. Composite reads work on a copy and commit
// it only on success, so a failed read leaves the reader where it was.
struct Reader {
    QByteArrayView text;
    qsizetype pos = 0;

    bool atEnd() const { return pos >= text.size(); }
    char peek(qsizetype ahead = 0) const { return pos + ahead < text.size() ? text[pos + ahead] : '\0'; }
    QByteArrayView rest() const { return text.sliced(qMin(pos, text.size())); }
    bool skip(char c)
    {
        if (atEnd() || text[pos] != c)
            return false;
        ++pos;
        return true;
    }
    QByteArrayView token() // up to the next space
    {
        const qsizetype start = qMin(pos, text.size());
        if (start == text.size()) { // also a null view: memchr is never given a null pointer
            pos = start;
            return {};
        }
        const void *space = std::memchr(text.data() + start, ' ', size_t(text.size() - start));
        pos = space ? static_cast<const char *>(space) - text.data() : text.size();
        return text.sliced(start, pos - start);
    }
    bool number(int digits, int *value)
    {
        int v = 0;
        for (int i = 0; i < digits; ++i) {
            if (!isDigit(peek(i)))
                return false;
            v = v * 10 + (peek(i) - '0');
        }
        pos += digits;
        *value = v;
        return true;
    }
};

// ---- time -------------------------------------------------------------------

struct Clock {
    int hour = 0, minute = 0, second = 0, ms = 0;
};

// Calendar arithmetic (the proleptic Gregorian calendar, as QDate's, with
// H. Hinnant's days-from-civil): no QDate or time zone on the hot path.
struct Day {
    int year = 0, month = 0, day = 0;

    bool isValid() const // as QDate: there is no year 0
    {
        static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (year <= 0 || month < 1 || month > 12 || day < 1)
            return false;
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return day <= days[month - 1] + (month == 2 && leap);
    }
    qint64 daysSinceEpoch() const
    {
        const qint64 y = year - (month <= 2);
        const qint64 era = (y >= 0 ? y : y - 399) / 400;
        const qint64 yoe = y - era * 400;
        const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }
};

qint64 utcMs(const Day &date, const Clock &c)
{
    const int second = qMin(c.second, 59); // a leap second stays in its minute
    const qint64 seconds = date.daysSinceEpoch() * 86400 + c.hour * 3600 + c.minute * 60 + second;
    return seconds * 1000 + c.ms;
}

// Any number of fraction digits after '.'; the first three are milliseconds.
void readFraction(Reader &r, int *ms)
{
    *ms = 0;
    if (!r.skip('.'))
        return;
    int digits = 0;
    for (; isDigit(r.peek()); ++r.pos, ++digits) {
        if (digits < 3)
            *ms = *ms * 10 + (r.peek() - '0');
    }
    for (; digits < 3; ++digits)
        *ms *= 10;
}

// "hh:mm:ss" with an optional fraction.
bool readClock(Reader &r, Clock *c)
{
    Reader t = r;
    if (!(t.number(2, &c->hour) && t.skip(':') && t.number(2, &c->minute) && t.skip(':') && t.number(2, &c->second)))
        return false;
    if (c->hour > 23 || c->minute > 59 || c->second > 60)
        return false;
    readFraction(t, &c->ms);
    r = t;
    return true;
}

// "Z", "+hh:mm" or "-hh:mm" (also "+hhmm", journalctl's short-iso); none at
// all is read as UTC, like RFC 3164 times.
bool readUtcOffset(Reader &r, int *minutes)
{
    *minutes = 0;
    if (r.skip('Z') || r.skip('z') || r.atEnd() || r.peek() == ' ')
        return true;
    const char sign = r.peek();
    if (sign != '+' && sign != '-')
        return false;
    Reader t = r;
    ++t.pos;
    int hours = 0, mins = 0;
    if (!t.number(2, &hours))
        return false;
    t.skip(':');
    if (!t.number(2, &mins) || hours > 23 || mins > 59)
        return false;
    *minutes = (sign == '-' ? -1 : 1) * (hours * 60 + mins);
    r = t;
    return true;
}

// The lines of one second share "YYYY-MM-DDThh:mm:ss": the seconds since
// the epoch of the last one read are kept (per thread), and a line of the
// same second only reads its fraction and offset (issue #17).
struct IsoSecond {
    static constexpr qsizetype kLength = 19;
    char text[kLength] = {};
    qint64 seconds = 0;
    bool valid = false;

    bool matches(const Reader &r) const
    {
        return valid && r.text.size() - r.pos >= kLength && std::memcmp(r.text.data() + r.pos, text, kLength) == 0;
    }
};

// "2026-11-24T08:00:01.250+02:00": RFC 5424 and rsyslog's file format.
bool readIsoTime(Reader &r, qint64 *ms)
{
    thread_local IsoSecond last;
    Reader t = r;
    int offsetMinutes = 0;
    Clock clock;
    qint64 seconds = 0;
    if (last.matches(t)) {
        t.pos += IsoSecond::kLength;
        seconds = last.seconds;
        readFraction(t, &clock.ms);
    } else {
        int year = 0, month = 0, day = 0;
        if (!(t.number(4, &year) && t.skip('-') && t.number(2, &month) && t.skip('-') && t.number(2, &day)
              && t.skip('T') && readClock(t, &clock)))
            return false;
        const Day date{year, month, day};
        if (!date.isValid())
            return false;
        seconds = utcMs(date, Clock{clock.hour, clock.minute, clock.second, 0}) / 1000;
        if (t.pos - r.pos >= IsoSecond::kLength) { // the fraction, if any, comes after the second
            std::memcpy(last.text, r.text.data() + r.pos, IsoSecond::kLength);
            last.seconds = seconds;
            last.valid = true;
        }
    }
    if (!readUtcOffset(t, &offsetMinutes))
        return false;
    *ms = seconds * 1000 + clock.ms - qint64(offsetMinutes) * 60000;
    r = t;
    return true;
}

// 1..12, 0 when the text does not start with an English month abbreviation.
int readMonth(Reader &r)
{
    static constexpr char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    if (r.text.size() - r.pos < 3)
        return 0;
    const char *name = r.text.data() + r.pos;
    for (int i = 0; i < 12; ++i) {
        const char *month = months + 3 * i;
        if (name[0] == month[0] && name[1] == month[1] && name[2] == month[2]) {
            r.pos += 3;
            return i + 1;
        }
    }
    return 0;
}

// RFC 3164 has no year: the receive date's, or the year before when the month
// is more than one month ahead of it (December's lines read in January).
int yearOf(int month, QDate reference)
{
    if (!reference.isValid())
        reference = QDateTime::currentDateTimeUtc().date();
    // Every record of a day names the same reference: its calendar date is
    // worked out once (per thread), not once a record.
    thread_local qint64 cachedDay = std::numeric_limits<qint64>::min();
    thread_local int year = 0, referenceMonth = 0;
    if (reference.toJulianDay() != cachedDay) {
        reference.getDate(&year, &referenceMonth, nullptr);
        cachedDay = reference.toJulianDay();
    }
    return month > referenceMonth + 1 ? year - 1 : year;
}

// "Nov 24 08:00:01", "Nov  4 08:00:01.250": taken as UTC.
bool readBsdTime(Reader &r, QDate reference, qint64 *ms)
{
    Reader t = r;
    const int month = readMonth(t);
    if (month == 0 || !t.skip(' '))
        return false;
    t.skip(' '); // "Nov  4": a day of one digit is padded with a space
    int day = 0;
    Clock clock;
    if (!(t.number(2, &day) || t.number(1, &day)) || !t.skip(' ') || !readClock(t, &clock))
        return false;
    const Day date{yearOf(month, reference), month, day};
    if (!date.isValid())
        return false;
    *ms = utcMs(date, clock);
    r = t;
    return true;
}

// ---- header fields -----------------------------------------------------------

bool readPriority(Reader &r, int *priority)
{
    Reader t = r;
    if (!t.skip('<'))
        return false;
    int value = 0, digits = 0;
    for (; isDigit(t.peek()) && digits < 3; ++digits, ++t.pos)
        value = value * 10 + (t.peek() - '0');
    if (digits == 0 || !t.skip('>') || value > kMaxPriority)
        return false;
    *priority = value;
    r = t;
    return true;
}

// The record parser looks for "DLoad:": say when the tag travelled as the
// syslog TAG / APP-NAME alone, so that message() puts it back.
void setMessage(SyslogRecordView *record, QByteArrayView message)
{
    record->text = message;
    record->untagged = record->app == wire::kDLoadApp && ConsoleLogSplitter::findTag(message, 0) < 0;
}

struct Tag {
    QByteArrayView name;
    qsizetype messageStart = 0;
};

// "TAG: msg", "TAG[pid]: msg" or a bare "TAG:" at the end; anything else,
// such as "NOT 02:19:22.634945 DLoad: …", is message text.
bool readTag(QByteArrayView text, Tag *tag)
{
    Reader r{text};
    while (!r.atEnd() && r.pos <= kMaxTagLength && r.peek() != ':' && r.peek() != '[' && r.peek() != ' ')
        ++r.pos;
    const qsizetype nameLength = r.pos;
    if (nameLength == 0 || nameLength > kMaxTagLength)
        return false;
    if (r.skip('[')) {
        while (!r.atEnd() && r.pos - nameLength <= kMaxPidLength && r.peek() != ']' && r.peek() != ' ')
            ++r.pos;
        if (!r.skip(']'))
            return false;
    }
    if (!r.skip(':') || !(r.atEnd() || r.skip(' ')))
        return false;
    tag->name = text.first(nameLength);
    tag->messageStart = r.pos;
    return true;
}

// After the host: "DLoad: …" stays whole; "TAG[pid]: msg" gives app and msg;
// anything else (a record straight after the host) is the message.
void readTagAndMessage(QByteArrayView text, SyslogRecordView *record)
{
    Tag tag;
    if (!readTag(text, &tag)) {
        record->text = text;
        return;
    }
    record->app = tag.name;
    const bool dloadTag = text.startsWith(wire::kDLoadTag);
    setMessage(record, dloadTag ? text : text.sliced(tag.messageStart));
}

// " FIELD", where "-" is the nil value (an empty view out).
bool readField(Reader &r, QByteArrayView *value)
{
    Reader t = r;
    if (!t.skip(' '))
        return false;
    const QByteArrayView field = t.token();
    if (field.isEmpty())
        return false;
    *value = field == kNil ? QByteArrayView() : field;
    r = t;
    return true;
}

// One "[id k=\"v\" …]" element; escaped '"', '\\' and ']' do not end it.
bool skipSdElement(Reader &r)
{
    if (!r.skip('['))
        return false;
    bool quoted = false;
    for (; !r.atEnd(); ++r.pos) {
        const char c = r.peek();
        if (c == '\\' && quoted)
            ++r.pos;
        else if (c == '"')
            quoted = !quoted;
        else if (c == ']' && !quoted)
            return r.skip(']');
    }
    return false; // unterminated: not a header we can trust
}

// "-" or one or more SD elements; the content is not needed.
bool skipStructuredData(Reader &r)
{
    if (r.skip('-'))
        return true;
    Reader t = r;
    if (!skipSdElement(t))
        return false;
    while (t.peek() == '[') {
        if (!skipSdElement(t))
            return false;
    }
    r = t;
    return true;
}

// After "<PRI>": "1 TIMESTAMP HOST APP PROCID MSGID SD [MSG]".
bool readRfc5424(Reader r, SyslogRecordView *record)
{
    qint64 time = -1;
    if (!(r.skip('1') && r.skip(' ')) || !(r.skip('-') || readIsoTime(r, &time)))
        return false;
    QByteArrayView host, app, procId, msgId;
    if (!(readField(r, &host) && readField(r, &app) && readField(r, &procId) && readField(r, &msgId)))
        return false;
    if (!(r.skip(' ') && skipStructuredData(r) && (r.atEnd() || r.skip(' '))))
        return false;
    QByteArrayView message = r.rest();
    if (message.startsWith(wire::kUtf8Bom))
        message = message.sliced(wire::kUtf8Bom.size());
    record->format = SyslogRecordView::Format::Rfc5424;
    record->timestampMs = time;
    record->host = host;
    record->app = app;
    setMessage(record, message);
    return true;
}

// "TIMESTAMP [HOST] [TAG: ]MSG", the timestamp BSD style or ISO 8601
// (rsyslog's file format); also without "<PRI>".
bool readRfc3164(Reader r, QDate reference, SyslogRecordView *record)
{
    qint64 time = -1;
    if (!readIsoTime(r, &time) && !readBsdTime(r, reference, &time))
        return false;
    if (!r.atEnd() && !r.skip(' '))
        return false;
    const qsizetype hostStart = r.pos;
    QByteArrayView host = r.token();
    if (host.endsWith(':')) { // "TAG:" right after the time: no host
        r.pos = hostStart;
        host = {};
    } else {
        r.skip(' ');
    }
    record->format = SyslogRecordView::Format::Rfc3164;
    record->timestampMs = time;
    record->host = host;
    readTagAndMessage(r.rest(), record);
    return true;
}

// ---- lines -------------------------------------------------------------------

// memchr, not a loop: the scan for the line's end is most of the work on a
// one-line frame otherwise.
qsizetype lineEnd(QByteArrayView text, qsizetype from)
{
    const char *begin = text.data() + from;
    const char *end = text.data() + text.size();
    const char *lf = static_cast<const char *>(std::memchr(begin, '\n', size_t(end - begin)));
    const char *stop = lf ? lf : end;
    const char *cr = static_cast<const char *>(std::memchr(begin, '\r', size_t(stop - begin)));
    return (cr ? cr : stop) - text.data();
}

bool isBlank(QByteArrayView line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

// One non-empty line, read into `record`: a header of its own, or a
// continuation that shares the last header seen (`header`: none yet when
// null, and lines before any header are Bare). True when it had a header.
bool readLine(QByteArrayView line, QDate reference, const SyslogRecordView *header, SyslogRecordView *record,
              SyslogStats &stats)
{
    const bool truncated = line.size() > SyslogParser::kMaxRecord;
    if (truncated) {
        line.truncate(SyslogParser::kMaxRecord);
        ++stats.truncatedRecords;
    }
    const bool hasHeader = SyslogParser::parseHeader(line, reference, record);
    if (hasHeader) {
        if (record->format == SyslogRecordView::Format::Bare)
            ++stats.malformedHeaders;
    } else {
        *record = header ? *header : SyslogRecordView{};
        record->text = line; // taken as it is: only a header's own line has its tag put back
        record->untagged = false;
    }
    record->truncated = truncated;
    ++stats.records;
    return hasHeader;
}

} // namespace

QByteArrayView SyslogRecordView::message(QByteArray *scratch) const
{
    if (!untagged)
        return text;
    scratch->clear();
    scratch->reserve(wire::kDLoadTag.size() + 1 + text.size());
    scratch->append(wire::kDLoadTag).append(' ').append(text);
    return *scratch;
}

SyslogRecord SyslogRecord::from(const SyslogRecordView &view)
{
    SyslogRecord record;
    record.format = view.format;
    record.priority = view.priority;
    record.timestampMs = view.timestampMs;
    record.host = view.host.toByteArray();
    record.app = view.app.toByteArray();
    QByteArray scratch;
    record.message = view.message(&scratch).toByteArray();
    record.truncated = view.truncated;
    return record;
}

bool SyslogParser::parseHeader(QByteArrayView line, QDate referenceDate, SyslogRecordView *record)
{
    *record = SyslogRecordView{};
    Reader r{line};
    int priority = -1;
    if (!readPriority(r, &priority))
        return readRfc3164(r, referenceDate, record); // rsyslog's file format has no "<PRI>"
    record->priority = priority;
    if (readRfc5424(r, record) || readRfc3164(r, referenceDate, record))
        return true;
    // "<PRI>" and then nothing we can read: keep the text, never lose it.
    *record = SyslogRecordView{};
    record->priority = priority;
    record->text = r.rest();
    return true;
}

bool SyslogParser::parseHeader(QByteArrayView line, QDate referenceDate, SyslogRecord *record)
{
    SyslogRecordView view;
    const bool found = parseHeader(line, referenceDate, &view);
    *record = SyslogRecord::from(view);
    return found;
}

void SyslogParser::parse(QByteArrayView datagram, QDate referenceDate, QList<SyslogRecordView> *records,
                         SyslogStats *stats)
{
    SyslogStats unused;
    SyslogStats &s = stats ? *stats : unused;
    ++s.datagrams;
    if (datagram.size() > kMaxDatagram) {
        datagram.truncate(kMaxDatagram);
        ++s.oversizedDatagrams;
    }
    records->clear();
    qsizetype header = -1; // the last record with a header of its own
    for (qsizetype start = 0; start < datagram.size();) {
        const qsizetype end = lineEnd(datagram, start);
        const QByteArrayView line = datagram.sliced(start, end - start);
        start = end + 1; // CRLF leaves an empty line between, skipped below
        if (isBlank(line))
            continue;
        records->emplaceBack(); // first: the list may move its records as it grows
        const SyslogRecordView *last = header >= 0 ? &records->at(header) : nullptr;
        if (readLine(line, referenceDate, last, &records->last(), s))
            header = records->size() - 1;
    }
}

QList<SyslogRecord> SyslogParser::parse(QByteArrayView datagram, QDate referenceDate, SyslogStats *stats)
{
    QList<SyslogRecordView> views;
    parse(datagram, referenceDate, &views, stats);
    QList<SyslogRecord> records;
    records.reserve(views.size());
    for (const SyslogRecordView &view : std::as_const(views))
        records.append(SyslogRecord::from(view));
    return records;
}

} // namespace pfs

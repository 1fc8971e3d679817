#include "syslogmessage.h"

#include <QDateTime>
#include <QTimeZone>

namespace pfs {
namespace {

constexpr QByteArrayView kDLoadTag = "DLoad:";
constexpr QByteArrayView kBom = "\xef\xbb\xbf";

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// A forward reader over one line; failed reads leave it where it was.
struct Reader {
    QByteArrayView text;
    qsizetype pos = 0;

    bool atEnd() const { return pos >= text.size(); }
    char peek(qsizetype ahead = 0) const { return pos + ahead < text.size() ? text[pos + ahead] : '\0'; }
    bool skip(char c)
    {
        if (peek() != c)
            return false;
        ++pos;
        return true;
    }
    QByteArrayView token()
    {
        const qsizetype start = pos;
        while (pos < text.size() && text[pos] != ' ')
            ++pos;
        return text.sliced(start, pos - start);
    }
    QByteArrayView rest() const { return text.sliced(qMin(pos, text.size())); }
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
    // Fraction of a second after '.', any number of digits; milliseconds out.
    int fractionMs()
    {
        int ms = 0, digits = 0;
        if (!skip('.'))
            return 0;
        for (; isDigit(peek()); ++pos, ++digits) {
            if (digits < 3)
                ms = ms * 10 + (peek() - '0');
        }
        for (; digits < 3; ++digits)
            ms *= 10;
        return ms;
    }
};

bool readPriority(Reader &r, int *priority)
{
    if (!r.skip('<'))
        return false;
    int value = 0, digits = 0;
    for (; isDigit(r.peek()) && digits < 3; ++digits, ++r.pos)
        value = value * 10 + (r.peek() - '0');
    if (digits == 0 || !r.skip('>') || value > 191)
        return false;
    *priority = value;
    return true;
}

bool readClock(Reader &r, int *h, int *m, int *s)
{
    return r.number(2, h) && r.skip(':') && r.number(2, m) && r.skip(':') && r.number(2, s) && *h < 24 && *m < 60
        && *s <= 60;
}

// "2026-11-24T08:00:01.250+02:00" (or Z): RFC 5424 and rsyslog's file format.
bool readIsoTime(Reader &r, qint64 *utcMs)
{
    Reader t = r;
    int year = 0, month = 0, day = 0, h = 0, m = 0, s = 0;
    if (!(t.number(4, &year) && t.skip('-') && t.number(2, &month) && t.skip('-') && t.number(2, &day)
          && t.skip('T') && readClock(t, &h, &m, &s)))
        return false;
    const int ms = t.fractionMs();
    int offsetMinutes = 0;
    if (!t.skip('Z')) {
        const char sign = t.peek();
        int oh = 0, om = 0;
        if ((sign != '+' && sign != '-') || !(++t.pos, t.number(2, &oh) && t.skip(':') && t.number(2, &om)))
            return false;
        offsetMinutes = (sign == '-' ? -1 : 1) * (oh * 60 + om);
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return false;
    const QDateTime time(date, QTime(h, m, qMin(s, 59), ms), QTimeZone::utc());
    *utcMs = time.toMSecsSinceEpoch() - qint64(offsetMinutes) * 60000;
    r = t;
    return true;
}

// "Nov 24 08:00:01" or "Nov  4 08:00:01.250": RFC 3164, no year, taken as UTC.
bool readBsdTime(Reader &r, QDate reference, qint64 *utcMs)
{
    static constexpr QByteArrayView months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    Reader t = r;
    int month = 0;
    while (month < 12 && !t.rest().startsWith(months[month]))
        ++month;
    if (month == 12)
        return false;
    t.pos += 3;
    if (!t.skip(' '))
        return false;
    t.skip(' ');
    int day = 0;
    if (!t.number(2, &day) && !t.number(1, &day))
        return false;
    int h = 0, m = 0, s = 0;
    if (!(t.skip(' ') && readClock(t, &h, &m, &s)))
        return false;
    const int ms = t.fractionMs();
    int year = reference.isValid() ? reference.year() : QDate::currentDate().year();
    if (reference.isValid() && month + 1 > reference.month() + 1)
        --year; // December's logs read in January
    const QDate date(year, month + 1, day);
    if (!date.isValid())
        return false;
    *utcMs = QDateTime(date, QTime(h, m, qMin(s, 59), ms), QTimeZone::utc()).toMSecsSinceEpoch();
    r = t;
    return true;
}

// After the host: "DLoad: …" stays whole; "TAG[pid]: msg" gives app and msg;
// anything else (a record straight after the host) is the message.
void readTagAndMessage(Reader &r, SyslogRecord *record)
{
    const QByteArrayView rest = r.rest();
    if (rest.startsWith(kDLoadTag)) {
        record->app = "DLoad";
        record->message = rest.toByteArray();
        return;
    }
    qsizetype end = 0;
    while (end < rest.size() && end < 48 && rest[end] != ':' && rest[end] != '[' && rest[end] != ' ')
        ++end;
    if (end > 0 && end < rest.size() && (rest[end] == ':' || rest[end] == '[')) {
        qsizetype colon = rest.indexOf(':', end);
        if (colon >= 0 && colon + 1 <= rest.size() && (colon + 1 == rest.size() || rest[colon + 1] == ' ')) {
            record->app = rest.first(end).toByteArray();
            record->message = rest.sliced(qMin(colon + 2, rest.size())).toByteArray();
            return;
        }
    }
    record->message = rest.toByteArray();
}

// "[id k=\"v\"]…" or "-": skipped, with escaped quotes and brackets inside.
bool skipStructuredData(Reader &r)
{
    if (r.skip('-'))
        return true;
    if (r.peek() != '[')
        return false;
    while (r.peek() == '[') {
        bool quoted = false;
        for (++r.pos; !r.atEnd(); ++r.pos) {
            const char c = r.peek();
            if (c == '\\') {
                ++r.pos;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ']' && !quoted) {
                ++r.pos;
                break;
            }
        }
    }
    return true;
}

bool readRfc5424(Reader &r, SyslogRecord *record)
{
    if (!(r.skip('1') && r.skip(' ')))
        return false;
    if (!r.skip('-') && !readIsoTime(r, &record->timestampMs))
        return false;
    const auto field = [&r](QByteArray *out) {
        if (!r.skip(' '))
            return false;
        const QByteArrayView value = r.token();
        if (value.isEmpty())
            return false;
        *out = value == "-" ? QByteArray() : value.toByteArray();
        return true;
    };
    QByteArray procId, msgId;
    if (!(field(&record->host) && field(&record->app) && field(&procId) && field(&msgId) && r.skip(' ')
          && skipStructuredData(r)))
        return false;
    r.skip(' ');
    QByteArrayView message = r.rest();
    if (message.startsWith(kBom))
        message = message.sliced(kBom.size());
    record->message = message.toByteArray();
    record->format = SyslogRecord::Format::Rfc5424;
    return true;
}

bool readRfc3164(Reader &r, QDate reference, SyslogRecord *record)
{
    if (!readIsoTime(r, &record->timestampMs) && !readBsdTime(r, reference, &record->timestampMs))
        return false;
    if (!r.skip(' '))
        return false;
    const QByteArrayView host = r.token();
    if (host.isEmpty() || host.endsWith(':')) {
        r.pos -= host.size(); // no host: the tag follows the time
    } else {
        record->host = host.toByteArray();
        r.skip(' ');
    }
    readTagAndMessage(r, record);
    record->format = SyslogRecord::Format::Rfc3164;
    return true;
}

} // namespace

bool SyslogParser::parseHeader(QByteArrayView line, QDate referenceDate, SyslogRecord *record)
{
    *record = SyslogRecord{};
    Reader r{line};
    const bool hasPriority = readPriority(r, &record->priority);
    if (!hasPriority) {
        r.pos = 0;
        record->priority = -1;
    }
    const qsizetype afterPriority = r.pos;
    if (hasPriority && readRfc5424(r, record))
        return true;
    *record = SyslogRecord{};
    record->priority = hasPriority ? line.sliced(1, afterPriority - 2).toInt() : -1;
    r.pos = afterPriority;
    if (readRfc3164(r, referenceDate, record))
        return true;
    if (!hasPriority)
        return false;
    // "<PRI>" and then nothing we can read: keep the text, never lose it.
    *record = SyslogRecord{};
    record->priority = line.sliced(1, afterPriority - 2).toInt();
    record->message = line.sliced(afterPriority).toByteArray();
    record->format = SyslogRecord::Format::Bare;
    return true;
}

QList<SyslogRecord> SyslogParser::parse(QByteArrayView datagram, QDate referenceDate, SyslogStats *stats)
{
    SyslogStats local;
    SyslogStats &s = stats ? *stats : local;
    ++s.datagrams;
    if (datagram.size() > kMaxDatagram) {
        datagram.truncate(kMaxDatagram);
        ++s.oversizedDatagrams;
    }
    QList<SyslogRecord> records;
    SyslogRecord header;
    bool haveHeader = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= datagram.size(); ++i) {
        if (i < datagram.size() && datagram[i] != '\n' && datagram[i] != '\r')
            continue;
        QByteArrayView line = datagram.sliced(start, i - start);
        start = i + 1;
        if (line.trimmed().isEmpty())
            continue;
        const bool truncated = line.size() > kMaxRecord;
        if (truncated) {
            line.truncate(kMaxRecord);
            ++s.truncatedRecords;
        }
        SyslogRecord record;
        if (line.startsWith('<') && isDigit(line.size() > 1 ? line[1] : '\0') && parseHeader(line, referenceDate, &record)) {
            s.malformedHeaders += record.format == SyslogRecord::Format::Bare;
            header = record;
            haveHeader = true;
        } else {
            record = haveHeader ? header : SyslogRecord{};
            record.message = line.toByteArray();
        }
        record.truncated = truncated;
        records.append(record);
        ++s.records;
    }
    return records;
}

} // namespace pfs

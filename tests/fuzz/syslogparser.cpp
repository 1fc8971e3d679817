// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// Syslog envelopes (RFC 3164, RFC 5424, bare lines) of one datagram or TCP
// frame: any bytes parse without a fault; records stay within their bounds;
// a line's header reads the same alone as inside its datagram.
#include "fuzzcheck.h"

#include "logs/syslogparser.h"

using namespace pfs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Choices choose(fuzz::input(data, size));
    // The receive date decides RFC 3164's year: any day from 1970 to 2149.
    const QDate reference = QDate(1970, 1, 1).addDays(choose.word());
    const QByteArrayView datagram = choose.rest();
    SyslogStats stats;
    const QList<SyslogRecord> records = SyslogParser::parse(datagram, reference, &stats);
    fuzz::check(stats.datagrams == 1 && stats.records == records.size(), "syslog counters disagree");
    fuzz::check(records.size() <= datagram.count('\n') + datagram.count('\r') + 1, "more records than lines");
    fuzz::check((datagram.size() > SyslogParser::kMaxDatagram) == (stats.oversizedDatagrams == 1),
                "an oversized datagram not counted");
    qint64 truncated = 0;
    for (const SyslogRecord &r : records) {
        // "DLoad: " may be put back in front of a record whose tag travelled as APP-NAME.
        fuzz::check(r.message.size() <= SyslogParser::kMaxRecord + 7, "a record longer than its bound",
                    QByteArray::number(r.message.size()));
        fuzz::check(r.priority >= -1 && r.priority <= 191, "a priority out of range", QByteArray::number(r.priority));
        fuzz::check(r.host.size() <= SyslogParser::kMaxRecord && r.app.size() <= SyslogParser::kMaxRecord,
                    "a header field longer than its line");
        fuzz::check(!r.message.contains('\n') && !r.message.contains('\r'), "a line break inside a record");
        truncated += r.truncated;
    }
    fuzz::check(truncated == stats.truncatedRecords, "truncated records miscounted");
    // One line on its own: the header it gives is the one parse() gave it.
    const qsizetype end
        = std::min({datagram.indexOf('\n') < 0 ? datagram.size() : datagram.indexOf('\n'),
                    datagram.indexOf('\r') < 0 ? datagram.size() : datagram.indexOf('\r'), SyslogParser::kMaxRecord});
    const QByteArrayView line = datagram.first(end);
    SyslogRecord alone;
    if (SyslogParser::parseHeader(line, reference, &alone) && !records.isEmpty() && !line.trimmed().isEmpty()) {
        const SyslogRecord &inside = records.first();
        fuzz::check(alone.format == inside.format && alone.priority == inside.priority
                        && alone.timestampMs == inside.timestampMs && alone.host == inside.host
                        && alone.app == inside.app && alone.message == inside.message,
                    "a header reads differently alone and in its datagram", line.toByteArray());
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "protocol/dloadevent.h"

namespace pfs {

// Turns one DLoad record ("SEV HH:MM:SS.ffffff DLoad: body") into a typed
// event. Hand-written scanning, no regular expressions and no allocation: it
// sits on the hot path of every syslog datagram.
class DLoadParser {
public:
    // False when the record has no "DLoad:" tag (not a PFS trace at all).
    // A DLoad record whose body matches no known form gives an event of kind
    // Unknown, grammar Unknown: kept, never dropped.
    static bool parse(QByteArrayView record, DLoadEvent &event);
    // The same, for a record whose time of day the caller read already
    // (ConsoleLogSplitter does): when `timeOfDayUs` is not -1 it must be what
    // parse() would read from the record's prefix, and is not read again.
    static bool parse(QByteArrayView record, DLoadEvent &event, qint64 timeOfDayUs);

    static Severity severityFromCode(QByteArrayView code, bool *repaired = nullptr);
    static bool parseTimeOfDay(QByteArrayView text, qint64 *microseconds);
    // Dotted-quad IPv4 in host order; false on anything else.
    static bool parseIpv4(QByteArrayView text, quint32 *address);
};

} // namespace pfs

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// DLoad records: any bytes parse without a fault; what the parser
// understood, formatted back, parses to the same event (the round trip of
// the grammar); views stay inside the record.
#include "fuzzcheck.h"

#include "protocol/dloadparser.h"
#include "protocol/dloadrecord.h"
#include "protocol/modelledgrammar.h"
#include "testsupport.h"

using namespace pfs;

namespace {

void checkViewsInside(const DLoadEvent &e, QByteArrayView record)
{
    const QByteArrayView views[]
        = {e.severityText, e.body, e.model, e.path, e.state, e.reason, e.mac, e.sourceFile, e.function};
    for (const QByteArrayView view : views) {
        fuzz::check(view.isEmpty()
                        || (view.data() >= record.data() && view.data() + view.size() <= record.data() + record.size()),
                    "an event view points outside its record");
    }
}

void checkFields(const DLoadEvent &e)
{
    constexpr qint64 kDayUs = 24LL * 3600 * 1000000;
    fuzz::check(e.timeOfDayUs >= -1 && e.timeOfDayUs < kDayUs, "time of day outside its day",
                QByteArray::number(e.timeOfDayUs));
    fuzz::check(e.bytes >= -1 && e.size >= -1, "negative byte count");
    fuzz::check(!e.hasXid || e.xid != 0 || e.grammar == Grammar::Verified, "a modelled record kept XID 0");
    fuzz::check((e.grammar == Grammar::Unknown) == (e.kind == EventKind::Unknown), "grammar and kind disagree");
    if (e.kind == EventKind::ParentState) {
        // The parent as written is a descriptor or an address, never both.
        quint32 address = 0;
        if (DLoadParser::parseIpv4(e.state, &address))
            fuzz::check(e.peer == address && e.parentFd == -1, "a parent address read as a descriptor",
                        e.state.toByteArray());
    }
}

void roundTrip(const DLoadEvent &first, QByteArrayView record)
{
    const QByteArray formatted = formatRecord(first);
    DLoadEvent second;
    fuzz::check(DLoadParser::parse(formatted, second), "a formatted record is no DLoad record", formatted);
    const QByteArray before = test::describe(first);
    const QByteArray after = test::describe(second);
    if (before != after)
        fuzz::fail("the round trip changed the event",
                   "\n  record:    " + record.toByteArray() + "\n  formatted: " + formatted + "\n  before: " + before
                       + "\n  after:  " + after);
    fuzz::check(formatRecord(second) == formatted, "formatting is not stable", formatted);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView record = fuzz::input(data, size);
    DLoadEvent event;
    if (DLoadParser::parse(record, event)) {
        checkViewsInside(event, record);
        checkFields(event);
        roundTrip(event, record);
    } else {
        fuzz::check(!record.contains("DLoad:"), "a record with a DLoad: tag was refused");
    }
    // The helpers are public API too: any view, empty or not.
    qint64 us = -1;
    if (DLoadParser::parseTimeOfDay(record, &us))
        fuzz::check(us >= 0 && us < 24LL * 3600 * 1000000, "a time of day outside its day");
    quint32 address = 0, again = 0;
    if (DLoadParser::parseIpv4(record, &address))
        fuzz::check(DLoadParser::parseIpv4(modelled::formatAddress(address), &again) && again == address,
                    "an address that does not format back");
    bool repaired = false;
    DLoadParser::severityFromCode(record, &repaired);
    // A null view is a view too.
    fuzz::check(!DLoadParser::parse(QByteArrayView(), event) && event.kind == EventKind::Unknown,
                "a null record parsed");
    fuzz::check(!DLoadParser::parseTimeOfDay(QByteArrayView(), &us)
                    && !DLoadParser::parseIpv4(QByteArrayView(), &address),
                "a null view parsed as a time or an address");
    fuzz::check(DLoadParser::severityFromCode(QByteArrayView(), &repaired) == Severity::Unknown && !repaired,
                "a null severity code was recognised");
    return 0;
}

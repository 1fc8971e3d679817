// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The search for traced XIDs in broadcasts of an unpublished layout: any
// run of payloads neither faults nor ties a sender to an XID no trace named,
// and a place once found stays; its bounds hold.
#include "fuzzcheck.h"

#include "capture/xidlocator.h"

using namespace pfs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Choices choose(fuzz::input(data, size));
    // The known XIDs: the first two words of the input (one of them maybe 0, which no trace names).
    const quint32 first = quint32(choose.word()) << 16 | choose.word();
    const quint32 second = quint32(choose.word()) << 16 | choose.word();
    const XidLocator::KnownXid known = [&](quint32 xid) { return xid != 0 && (xid == first || xid == second); };
    XidLocator locator;
    QList<XidLocator::Tie> ties;
    XidPlace found;
    // Then payloads: a sender byte, a length byte, that many bytes.
    while (!choose.rest().isEmpty()) {
        const quint32 sender = 0x0A140000u | choose.byte();
        const QByteArrayView rest = choose.rest();
        const QByteArrayView payload = rest.first(qMin<qsizetype>(rest.size(), choose.byte()));
        for (qsizetype i = 0; i < payload.size(); ++i)
            choose.byte();
        ties.clear();
        locator.feed(sender, payload, 0, known, &ties);
        for (const XidLocator::Tie &tie : ties)
            fuzz::check(known(tie.xid), "a sender tied to an XID no trace named");
        if (found.found())
            fuzz::check(locator.place().offset == found.offset && locator.place().order == found.order,
                        "a place found moved");
        found = locator.place();
        fuzz::check(found.offset < XidLocator::kScanBytes, "a place beyond the bytes searched");
    }
    const XidLocatorStats &stats = locator.stats();
    fuzz::check(stats.withKnownXid <= stats.payloads && stats.tooShort + stats.unknownAtPlace <= stats.payloads,
                "counts beyond the payloads read");
    return 0;
}

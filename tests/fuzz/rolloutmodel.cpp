// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The rollout model fed a sequence of parsed records, from varying origins
// at varying times: after every event its invariants hold (at most two
// children unless flagged, no parent cycle, no hierarchy of XID 0, every
// root a member, bytes never negative nor above their total, counters
// consistent; tests/support/modelinvariants.h).
//
// Input: one record per line. A line may start with "N|" (N a digit) to
// choose who sent it (the table below); the record's own time of day drives
// the clock, and a line without one moves it on by its length.
#include "fuzzcheck.h"

#include "model/bandwidth.h"
#include "model/rolloutmodel.h"
#include "modelinvariants.h"
#include "protocol/dloadparser.h"

using namespace pfs;

namespace {

const FirmwareCatalogue &catalogue()
{
    static const FirmwareCatalogue builtIn = FirmwareCatalogue::builtIn();
    return builtIn;
}

// Hosts, console streams and UDP sources as the transports give them;
// several phones behind one relay address among them.
RecordOrigin origin(int index)
{
    constexpr quint32 relay = 0x7f000001, phone = 0x0a000002;
    switch (index) {
    case 1: return {"SEP001122334455", {}, 0};
    case 2: return {"SEP00AABBCCDDEE", {}, relay};
    case 3: return {"SEP001122334455", {}, relay};
    case 4: return {{}, "console:a", 0};
    case 5: return {{}, {}, phone};
    case 6: return {"10.0.0.3", {}, 0x0a000003};
    case 7: return {{}, "console:b", phone};
    case 8: return {"SEP00AABBCCDDEE", {}, phone};
    case 9: return {{}, {}, relay};
    default: return {};
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text = fuzz::input(data, size);
    RolloutModel model(catalogue());
    qint64 nowMs = 0;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(start, end - start);
        start = end + 1;
        int from = 0;
        if (line.size() >= 2 && line[0] >= '0' && line[0] <= '9' && line[1] == '|') {
            from = line[0] - '0';
            line = line.sliced(2);
        }
        DLoadEvent event;
        if (!DLoadParser::parse(line, event))
            continue;
        nowMs = event.timeOfDayUs >= 0 ? event.timeOfDayUs / 1000 : nowMs + line.size();
        model.apply(event, origin(from), nowMs);
        QByteArray broken = test::modelInvariantViolation(model);
        for (const Hierarchy &h : model.hierarchies()) {
            if (h.xid == 0) // only the wire makes one without an XID; records never do
                broken = "a record formed a hierarchy of XID 0";
        }
        if (!broken.isEmpty())
            fuzz::fail("model invariant broken", broken + "\n  after: " + line.toByteArray());
    }
    // What the views compute from the model must not overflow either.
    const BandwidthReport report = BandwidthReport::compute(model);
    fuzz::check(report.overall.traditionalWanBytes >= 0 && report.overall.actualWanBytes >= 0,
                "negative bandwidth figures");
    for (const Anomaly &anomaly : model.anomalies())
        fuzz::check(!RolloutModel::anomalyText(anomaly, model).isEmpty(), "an anomaly without a text");
    return 0;
}

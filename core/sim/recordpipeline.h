// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "protocol/dloadevent.h"
#include "sim/simulator.h"

// Runs a simulation on a thread of its own while the calling thread takes
// its records: the simulator writes a record while the model applies the
// one before (issue #17, a machine of two cores). The records and
// broadcasts reach `sink` on the calling thread in exactly the order, and
// with exactly the bytes, of a run on one thread, so the model's results
// are the same. Only those two hooks cross: a sink that needs the transport's
// hooks (the wire) runs the simulation on its own thread instead.
namespace pfs::sim {

// A sink that takes its records parsed (DLoadParser::parse). The pipeline
// parses them on the simulation's thread, which has time to spare, so the
// calling thread only applies them (issue #17: parsing was a seventh of the
// model's thread).
class ParsedRecordSink : public Sink {
public:
    // `event` views `record`'s bytes; `parsed`: DLoadParser::parse took the record.
    virtual void parsedRecord(qint64 timeUs, const SimPhone &phone, const QByteArray &record, bool parsed,
                              const DLoadEvent &event)
        = 0;
};

// Runs `simulator` up to `untilUs` of virtual time (-1: to its end).
void runPipelined(Simulator &simulator, qint64 untilUs, Sink &sink);
// The same, each record parsed on the simulation's thread.
void runPipelined(Simulator &simulator, qint64 untilUs, ParsedRecordSink &sink);

} // namespace pfs::sim

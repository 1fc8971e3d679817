// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "capture/livesession.h"
#include "health/forecast.h"
#include "health/health.h"
#include "logs/logimporter.h"
#include "model/bandwidth.h"
#include "model/rolloutmodel.h"

#include <QMetaType>

#include <memory>
#include <optional>

// What the engine hands the views once per tick: an immutable snapshot (a
// copy of the model, cheap thanks to implicit sharing) and the raw records
// that arrived. A header of its own, so that a view or an export needs the
// snapshot only, never the engine thread.
namespace pfs {

struct RawRecord {
    qint64 ms = 0;            // model time
    QByteArray host;          // syslog host, or empty
    quint32 address = 0;      // the phone's address as the model knows it (never a relay's), or 0
    PhoneId phone = kNoPhone; // the model's phone it was taken for
    QByteArray text;          // the record as received: show as plain text only
    Grammar grammar = Grammar::Unknown;
    Severity severity = Severity::Unknown;
};

// Where the snapshot stands on the run's timeline (core/engine/timeline.h):
// the bar under the toolbar shows it. Times are model times (ms).
struct TimelineState {
    qint64 originMs = -1;   // the rollout's time zero: the demo's start, a capture's first packet, a log's first record
    qint64 earliestMs = -1; // the earliest time that can be shown: the origin, or later once the oldest part was let go
    qint64 edgeMs = -1;     // the latest: how far the source has come
    qint64 shownMs = -1;    // the time shown
    bool live = true;       // following the edge
    bool playing = false;   // the shown time moves on, at `speed`
    double speed = 0;       // times the rollout's own clock; 0: as fast as it goes
    bool siteClock = false; // the times are the site's clock (a capture, a log, live), not the simulation's
    bool gaveUp = false;    // the oldest part was let go (memory bound)
    qint64 keptBytes = 0;   // what the timeline holds
    qint64 boundBytes = 0;  // and may hold
};

struct EngineSnapshot {
    std::shared_ptr<const RolloutModel> model;
    BandwidthReport bandwidth;
    QList<SourceStatus> sources;
    SessionCounters counters;
    IngestCounters ingest;
    QList<Finding> findings;   // core/health's, at clockMs
    FindingIndex findingIndex; // the same, by phone
    Forecast forecast;         // at clockMs
    double recordsPerSecond = 0;
    qint64 clockMs = 0;            // the rollout's "now": virtual in the demo, wall clock live
    qint64 rawRecordsNotShown = 0; // over the per-tick bound of the event log
    bool running = false;
    bool finished = false;
    bool stopped = false;   // by the user (Stop), before the end
    QString source;         // "demo", a file name, "live"
    TimelineState timeline; // clockMs is the time shown; the model, findings and bandwidth are at it
    // What an imported log gave (lines, records by grammar, lines without a
    // record); only when the source is a log read by importFile.
    std::optional<ImportStats> imported;
};

} // namespace pfs

Q_DECLARE_METATYPE(std::shared_ptr<const pfs::EngineSnapshot>)
Q_DECLARE_METATYPE(pfs::RawRecord)

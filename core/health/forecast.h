// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "health/health.h"
#include "model/bandwidth.h"
#include "model/rolloutmodel.h"

#include <QHash>
#include <QList>

// When the rollout will end, and each phone's file and load (issue #14),
// from nothing but the rates the rollout has shown so far. A guess, so it
// is a range: the same reckoning made once with the brisker and once with
// the slower of what was observed. "Unknown" when nothing supports one.
//
// How it reckons. Every file crosses the WAN once per PFS group (phones of
// one model, subnet and load: the root's fetch), once per phone upgrading
// the traditional way. Those fetches share the one WAN link evenly, so
// each ends as processor sharing says (the shortest first, the others then
// faster); each group also waits between two files while the next root is
// elected, as long as it has waited before. Once its root has a file, the
// file goes down the group's tree, one LAN transfer per level.
//
// Deliberately left out: fallbacks in flight (their bytes are part of the
// observed WAN rate), faults yet to come, and the reboots after the last
// file. The end it forecasts is the moment every phone has its whole load.
namespace pfs {

// A duration still to run, as a range; -1 when unknown.
struct TimeLeft {
    qint64 lowMs = -1;
    qint64 highMs = -1;

    bool known() const { return lowMs >= 0 && highMs >= 0; }
    bool operator==(const TimeLeft &other) const { return lowMs == other.lowMs && highMs == other.highMs; }
};

struct PhoneForecast {
    TimeLeft file; // its current (or next) file
    TimeLeft load; // its whole load
};

// How the rollout's phones stand, each in exactly one bucket.
struct RolloutCounts {
    int done = 0;       // the whole load arrived
    int inProgress = 0; // a file on the way
    int waiting = 0;    // heard, waiting for its next file
    int inTrouble = 0;  // a warning or an error found (core/health), whatever else holds
    int notHeard = 0;   // listed in the inventory, not heard yet

    int total() const { return done + inProgress + waiting + inTrouble + notHeard; }
};

struct RolloutForecast {
    TimeLeft end;                 // until every phone has its load
    qint64 elapsedMs = -1;        // since the first fetch over the WAN; -1 none yet
    qint64 wanBytesLeft = -1;     // still to cross the WAN; -1 when a size is unknown
    qint64 wanBytesPerSecond = 0; // the WAN link's observed throughput (the slower estimate); 0 unknown
    RolloutCounts counts;

    // What a traditional upgrade begun with this rollout would still need
    // over a WAN of `bitsPerSecond` (the figure the bandwidth view uses);
    // -1 before the first fetch.
    qint64 traditionalLeftMs(const BandwidthFigures &figures, qint64 bitsPerSecond) const;
};

class Forecast {
public:
    Forecast() = default;
    // `findings`: Health::assess's at the same `nowMs`.
    Forecast(const RolloutModel &model, const QList<Finding> &findings, qint64 nowMs);

    const RolloutForecast &rollout() const { return m_rollout; }
    // Unknown for a phone done, not heard, or silent.
    PhoneForecast phone(PhoneId id) const { return m_phones.value(id); }

private:
    RolloutForecast m_rollout;
    QHash<PhoneId, PhoneForecast> m_phones;
};

} // namespace pfs

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "health/health.h"
#include "model/modelcall.h"
#include "model/rolloutmodel.h"

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <tuple>
#include <vector>

// The replay timeline (issue #15): the state of the rollout at any time of a
// run, without reading its source again. The model journals every mutator
// call it applies (ModelCall, with owned copies of what it was given); every
// kCheckpointEvery calls the timeline keeps a copy of the model (cheap: the
// copy shares every phone and hierarchy it did not change since). The state
// at a time t is the nearest checkpoint at or before t, with the calls that
// follow it applied up to t: never more than the checkpoint interval of calls
// per seek, and the same state, exactly, as the run had when its source
// stopped at t (the model is deterministic). "Up to t" is the journal cut
// before its first call later than t, as a source read in order stops there.
// The wire trackers hand over their facts at the end of each of the
// source's steps (the demo's, every 20 ms of the window's clock): between
// two steps the cut has the records, the wire's facts come at the step's end.
//
// The journal's memory is bounded: past the bound the oldest checkpoint and
// the calls after it are let go, and the earliest time shown moves on.
namespace pfs {

// The pace of the demo, of a replay and of the timeline's play, unless told
// otherwise: times the rollout's own clock (the demo's 200 phones take about 12 s).
constexpr double kDefaultSpeed = 20;

// What the user jumps to: a finding of a kind, any finding, or an event.
enum class MomentKind : int {
    AnyFinding = -1,
    // 0 … 8: a finding of that Finding::Kind
    RootChosen = 100,    // a hierarchy's root confirmed (@@@HROOT, "Confirmed root")
    FileCompleted = 101, // a phone completed a file (its record, or the wire)
};

inline MomentKind momentOf(Finding::Kind kind)
{
    return MomentKind(int(kind));
}

class Timeline : public ModelJournal {
public:
    static constexpr int kCheckpointEvery = 2000;
    static constexpr qint64 kMemoryBound = qint64(256) * 1000 * 1000;

    // A new run from `live` as it is now (its inventory expected): it is
    // the first checkpoint, and every call it is handed from now on is journalled.
    void start(RolloutModel *live, int checkpointEvery = kCheckpointEvery, qint64 memoryBound = kMemoryBound);
    void record(ModelCall call) override;

    // Called with the model every kObserveEveryMs of the rollout's time (the
    // engine notes its findings as moments, for the jumps: a file read at
    // once has no tick in between).
    static constexpr qint64 kObserveEveryMs = 5000;
    void setObserver(std::function<void(const RolloutModel &model, qint64 reachedMs)> observer);

    bool isEmpty() const { return m_calls.empty(); }
    qint64 calls() const { return m_base + qint64(m_calls.size()); } // journalled since start
    qint64 firstCallMs() const { return m_firstCallMs; }             // the first call's time; -1 none
    qint64 reachedMs() const { return m_reachedMs; }                 // the latest call's time; -1 none
    // The earliest time whose state can be rebuilt: -1 for all of the run
    // (nothing let go), else the time the oldest kept checkpoint was reached.
    qint64 earliestMs() const { return m_gaveUp ? m_checkpoints.front().reachedMs : -1; }
    bool gaveUp() const { return m_gaveUp; }
    qint64 bytes() const { return m_bytes; }
    qint64 memoryBound() const { return m_memoryBound; }
    int checkpointEvery() const { return m_checkpointEvery; }
    int checkpoints() const { return int(m_checkpoints.size()); }

    // The state after every call up to `ms` (before the earliest kept: the earliest).
    std::shared_ptr<const RolloutModel> stateAt(qint64 ms);
    qint64 lastSeekApplied() const { return m_lastApplied; } // calls re-applied by the last stateAt

    // Moments to jump to. A finding is noted once (its phone, kind and
    // start), at `seenMs`, the time it was first found: a stall is one once
    // it has lasted, and jumping to its start would not show it yet.
    void noteFindings(const QList<Finding> &findings, qint64 seenMs);
    std::optional<qint64> nextMoment(MomentKind kind, qint64 afterMs) const;
    std::optional<qint64> previousMoment(MomentKind kind, qint64 beforeMs) const;

private:
    struct Call {
        ModelCall call;
        qint64 reachedMs; // the latest time of the calls up to this one: rises with the journal
    };
    struct Checkpoint {
        qint64 index; // the calls before it: it is the state before call `index`
        std::shared_ptr<const RolloutModel> model;
        qint64 reachedMs; // the latest time of the calls before it; -1 none
        qint64 bytes;     // an estimate of what it holds of its own
    };
    struct Moment {
        qint64 ms;
        MomentKind kind;
        friend bool operator<(const Moment &a, const Moment &b) { return a.ms < b.ms; }
    };

    void takeCheckpoint();
    void letGoOfOldest();
    void noteEvent(const ModelCall &call);
    void addMoment(qint64 ms, MomentKind kind);
    bool matches(const Moment &moment, MomentKind kind) const;

    RolloutModel *m_live = nullptr;
    int m_checkpointEvery = kCheckpointEvery;
    qint64 m_memoryBound = kMemoryBound;
    std::deque<Call> m_calls;
    qint64 m_base = 0; // calls let go of, before m_calls.front()
    std::deque<Checkpoint> m_checkpoints;
    qint64 m_bytes = 0;
    bool m_gaveUp = false;
    qint64 m_firstCallMs = -1;
    qint64 m_reachedMs = -1;
    std::unique_ptr<RolloutModel> m_cursor; // the state last rebuilt, to go on from (playing)
    qint64 m_cursorIndex = -1;
    qint64 cutBefore(qint64 ms) const; // the index of the first call later than `ms`
    qint64 m_lastApplied = 0;
    std::vector<Moment> m_moments; // by time
    std::set<std::tuple<int, PhoneId, qint64>> m_findingsNoted;
    std::function<void(const RolloutModel &, qint64)> m_observer;
    qint64 m_observedMs = -1;
};

} // namespace pfs

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "engine/timeline.h"

#include <algorithm>

namespace pfs {

void Timeline::start(RolloutModel *live, int checkpointEvery, qint64 memoryBound)
{
    m_live = live;
    m_checkpointEvery = qMax(1, checkpointEvery);
    m_memoryBound = memoryBound;
    m_calls.clear();
    m_base = 0;
    m_checkpoints.clear();
    m_bytes = 0;
    m_gaveUp = false;
    m_firstCallMs = -1;
    m_reachedMs = -1;
    m_observedMs = -1;
    m_cursor.reset();
    m_cursorIndex = -1;
    m_lastApplied = 0;
    m_moments.clear();
    m_findingsNoted.clear();
    takeCheckpoint();
}

void Timeline::setObserver(std::function<void(const RolloutModel &, qint64)> observer)
{
    m_observer = std::move(observer);
}

// Called by the live model before it applies the call: it still holds the
// state after the calls before, which is what a checkpoint at this index is.
void Timeline::record(ModelCall call)
{
    if (calls() > 0 && calls() % m_checkpointEvery == 0)
        takeCheckpoint();
    if (m_firstCallMs < 0 && call.nowMs >= 0)
        m_firstCallMs = call.nowMs;
    if (m_observer && call.nowMs >= m_observedMs + kObserveEveryMs && m_reachedMs >= 0) {
        m_observedMs = call.nowMs;
        m_observer(*m_live, m_reachedMs); // the state up to the call before
    }
    noteEvent(call);
    m_reachedMs = qMax(m_reachedMs, call.nowMs);
    m_bytes += call.bytesUsed();
    m_calls.push_back({std::move(call), m_reachedMs});
    while (m_bytes > m_memoryBound && m_checkpoints.size() > 1)
        letGoOfOldest();
}

void Timeline::takeCheckpoint()
{
    // What the copy holds of its own, roughly: what this model version
    // changed since the last copy is shared until the live model changes it again.
    const qint64 estimate = qint64(m_live->phones().size()) * qint64(sizeof(Phone) + 2 * sizeof(ComponentProgress))
        + qint64(m_live->hierarchies().size()) * qint64(sizeof(Hierarchy));
    m_checkpoints.push_back({calls(), std::make_shared<const RolloutModel>(*m_live), m_reachedMs, estimate});
    m_bytes += estimate;
}

// The oldest checkpoint and the calls up to the next one go: the next is the
// earliest state that can be shown from now on.
void Timeline::letGoOfOldest()
{
    const qint64 until = m_checkpoints[1].index;
    while (m_base < until) {
        m_bytes -= m_calls.front().call.bytesUsed();
        m_calls.pop_front();
        ++m_base;
    }
    m_bytes -= m_checkpoints.front().bytes;
    m_checkpoints.pop_front();
    m_gaveUp = true;
    if (m_cursorIndex < m_base) {
        m_cursor.reset();
        m_cursorIndex = -1;
    }
}

qint64 Timeline::cutBefore(qint64 ms) const
{
    const auto later = std::upper_bound(m_calls.begin(), m_calls.end(), ms,
                                        [](qint64 t, const Call &call) { return t < call.reachedMs; });
    return m_base + qint64(later - m_calls.begin());
}

std::shared_ptr<const RolloutModel> Timeline::stateAt(qint64 ms)
{
    m_lastApplied = 0;
    if (m_checkpoints.empty())
        return std::make_shared<const RolloutModel>();
    const qint64 target = qMax(cutBefore(ms), m_checkpoints.front().index);
    const auto after = std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), target,
                                        [](qint64 index, const Checkpoint &c) { return index < c.index; });
    const Checkpoint &from = *(after - 1);
    // On from the state rebuilt last when it is nearer than the checkpoint (playing).
    if (!m_cursor || m_cursorIndex > target || m_cursorIndex < from.index) {
        m_cursor = std::make_unique<RolloutModel>(*from.model);
        m_cursorIndex = from.index;
    }
    for (; m_cursorIndex < target; ++m_cursorIndex, ++m_lastApplied)
        m_calls[size_t(m_cursorIndex - m_base)].call.applyTo(*m_cursor);
    return std::make_shared<const RolloutModel>(*m_cursor);
}

void Timeline::noteEvent(const ModelCall &call)
{
    if (call.kind == ModelCall::Kind::Record) {
        const EventKind kind = call.recorded->event.kind;
        if (kind == EventKind::HierarchyRoot || kind == EventKind::RootConfirmed)
            addMoment(call.nowMs, MomentKind::RootChosen);
        else if (kind == EventKind::TransferDone)
            addMoment(call.nowMs, MomentKind::FileCompleted);
    } else if (call.kind == ModelCall::Kind::WireTransfer && call.transfer.stage == WireTransfer::Stage::Complete) {
        addMoment(call.nowMs, MomentKind::FileCompleted);
    }
}

void Timeline::noteFindings(const QList<Finding> &findings, qint64 seenMs)
{
    for (const Finding &f : findings) {
        if (m_findingsNoted.insert({int(f.kind), f.phone, f.sinceMs}).second)
            addMoment(seenMs, momentOf(f.kind));
    }
}

void Timeline::addMoment(qint64 ms, MomentKind kind)
{
    if (ms < 0)
        return;
    const Moment moment{ms, kind};
    m_moments.insert(std::upper_bound(m_moments.begin(), m_moments.end(), moment), moment);
}

bool Timeline::matches(const Moment &moment, MomentKind kind) const
{
    if (moment.ms < earliestMs())
        return false;
    if (kind == MomentKind::AnyFinding)
        return int(moment.kind) >= 0 && int(moment.kind) < int(MomentKind::RootChosen);
    return moment.kind == kind;
}

std::optional<qint64> Timeline::nextMoment(MomentKind kind, qint64 afterMs) const
{
    auto it = std::upper_bound(m_moments.begin(), m_moments.end(), Moment{afterMs, kind});
    for (; it != m_moments.end(); ++it) {
        if (matches(*it, kind))
            return it->ms;
    }
    return std::nullopt;
}

std::optional<qint64> Timeline::previousMoment(MomentKind kind, qint64 beforeMs) const
{
    auto it = std::lower_bound(m_moments.begin(), m_moments.end(), Moment{beforeMs, kind});
    while (it != m_moments.begin()) {
        --it;
        if (matches(*it, kind))
            return it->ms;
    }
    return std::nullopt;
}

} // namespace pfs

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "model/rolloutmodel.h"
#include "sim/simulator.h"

// Feeds a simulation straight into a rollout model, through the same parser
// a live record takes: the built-in demo's data source.
namespace pfs {

class ModelFeed : public sim::Sink {
public:
    ModelFeed(RolloutModel *model, qint64 startUtcMs);

    void record(qint64 timeUs, const sim::SimPhone &phone, const QByteArray &record) override;
    void broadcast(qint64 timeUs, const sim::SimPhone &phone, const QByteArray &payload) override;

    qint64 records() const { return m_records; }
    qint64 broadcasts() const { return m_broadcasts; }

private:
    RolloutModel *m_model;
    qint64 m_startUtcMs;
    qint64 m_records = 0;
    qint64 m_broadcasts = 0;
    RecordOrigin m_origin;
};

} // namespace pfs

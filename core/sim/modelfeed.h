// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "model/rolloutmodel.h"
#include "sim/recordpipeline.h"

#include <functional>

// Feeds a simulation straight into a rollout model, through the same parser
// a live record takes: the one simulation-to-model sink, the built-in demo's
// data source in the engine and in tests.
namespace pfs {

class ModelFeed : public sim::ParsedRecordSink {
public:
    using RecordObserver
        = std::function<void(QByteArrayView record, const DLoadEvent &event, const RecordOrigin &origin, qint64 ms)>;

    ModelFeed(RolloutModel *model, qint64 startUtcMs);

    // Called with every record once the model has it, e.g. for an event log,
    // as the live path's Ingest and the LogImporter do.
    void setRecordObserver(RecordObserver observer) { m_observer = std::move(observer); }
    // Only the records real phones print (the verified grammar): a real site's traces.
    void keepVerifiedOnly(bool verifiedOnly) { m_verifiedOnly = verifiedOnly; }

    void record(qint64 timeUs, const sim::SimPhone &phone, const QByteArray &record) override;
    void parsedRecord(qint64 timeUs, const sim::SimPhone &phone, const QByteArray &record, bool parsed,
                      const DLoadEvent &event) override;
    void broadcast(qint64 timeUs, const sim::SimPhone &phone, const QByteArray &payload) override;

    qint64 records() const { return m_records; }
    qint64 broadcasts() const { return m_broadcasts; }

private:
    RolloutModel *m_model;
    qint64 m_startUtcMs;
    qint64 m_records = 0;
    qint64 m_broadcasts = 0;
    bool m_verifiedOnly = false;
    RecordOrigin m_origin;
    RecordObserver m_observer;
};

} // namespace pfs

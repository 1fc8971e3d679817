// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "export/jsonwriter.h"
#include "health/health.h"
#include "logs/logimporter.h"
#include "model/bandwidth.h"
#include "model/rolloutmodel.h"

#include <QCoreApplication>
#include <QJsonObject>

// The JSON snapshot "pfsmon.snapshot/3": the rollout's hierarchies, phones,
// components, anomalies and bandwidth, as documented in README.md. Each
// fact is written once: a hierarchy's members[] hold the tree, the phones'
// components[] the progress; members at their default are left out.
namespace pfs {

struct SnapshotContext {
    QString source;              // what was read: a file name, "demo", …
    qint64 wanBitsPerSecond = 0; // for the time estimates
    // Health::assess(model, model.lastEventMs()) when the caller has it
    // already (the headless summary prints them too); null: assessed here.
    const QList<Finding> *findings = nullptr;
};

class Snapshot {
    Q_DECLARE_TR_FUNCTIONS(Snapshot)
public:
    static constexpr QLatin1StringView kSchema{"pfsmon.snapshot/3"};

    // The snapshot streamed into `writer` as the model is walked.
    static void writeJson(JsonWriter &writer, const RolloutModel &model, const BandwidthReport &bandwidth,
                          const SnapshotContext &context);
    // The same snapshot as a QJsonObject (read back from the stream): for
    // small models and tests; a report goes to a file with write() below.
    static QJsonObject toJson(const RolloutModel &model, const BandwidthReport &bandwidth,
                              const SnapshotContext &context);
    // One finding as the snapshot's findings[] holds it; --on-finding's alerts send the same object.
    static QJsonObject findingJson(const Finding &finding, const RolloutModel &model);
    // Written to a temporary file and renamed: never a half-written snapshot.
    // Streamed: the report's memory does not grow with the model. Lines: one
    // hierarchy, phone or finding a line, compact within it (see JsonWriter).
    static bool write(const RolloutModel &model, const BandwidthReport &bandwidth, const SnapshotContext &context,
                      const QString &path, QString *error, JsonWriter::Style style = JsonWriter::Style::Lines);
    static bool write(const QJsonObject &snapshot, const QString &path, QString *error);
};

} // namespace pfs

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "export/snapshot.h"

// The snapshot as pfsmon built it before it was streamed (issue #17): a
// QJsonObject tree. Kept here only as the oracle the streamed report must
// parse back to, value for value.
namespace pfs::test {

// pfsmon.snapshot/3, built independently of the streaming writer.
QJsonObject oracleSnapshot(const RolloutModel &model, const BandwidthReport &bw, const SnapshotContext &context);
// pfsmon.snapshot/2, as it was: what a /3 report must still say (snapshotV2FromV3).
QJsonObject oracleSnapshotV2(const RolloutModel &model, const BandwidthReport &bw, const SnapshotContext &context);
// A reader's rebuilding of /2 from a /3 report: children from the parents,
// each member's component from phones[], the defaults and what the
// hierarchies say put back.
QJsonObject snapshotV2FromV3(const QJsonObject &v3);

} // namespace pfs::test

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "export/snapshot.h"

// The snapshot as pfsmon built it before it was streamed (issue #17): a
// QJsonObject tree. Kept here only as the oracle the streamed report must
// parse back to, value for value.
namespace pfs::test {

QJsonObject oracleSnapshot(const RolloutModel &model, const BandwidthReport &bw, const SnapshotContext &context);

} // namespace pfs::test

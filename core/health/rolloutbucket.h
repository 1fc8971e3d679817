// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "model/rolloutmodel.h"

// The one bucket of the forecast's RolloutCounts a phone counts in (done,
// in progress, waiting, in trouble, not heard), for the views that filter
// by it: the overview strip, the phone table. The counts are made from it
// (core/health/forecast.cpp), so a filter and its count always agree.
namespace pfs {

enum class RolloutBucket : quint8 { Done, InProgress, Waiting, InTrouble, NotHeard };

// `troubled`: a warning or an error was found for it (PhoneHealth::troubled).
// A root that asked the server for its file is in progress
// (RolloutModel::askedTheServer), as the tree shows it.
RolloutBucket rolloutBucket(const Phone &phone, const RolloutModel &model, bool troubled);

} // namespace pfs

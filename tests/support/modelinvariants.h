// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "model/rolloutmodel.h"

#include <QByteArray>

// What must hold of a RolloutModel after any stream of events, however
// malformed: the fuzz target of the model checks it after every event, unit
// tests after the streams fuzzing found. Plain text, no Qt Test, so the fuzz
// build can use it without a test harness.
namespace pfs::test {

// Empty when every invariant holds, else the first one broken, in words.
QByteArray modelInvariantViolation(const RolloutModel &model);

} // namespace pfs::test

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "app/pfsmon/commandline.h"

#include <QCoreApplication>
#include <QTextStream>

namespace pfs {

// Runs pfsmon without a window: read, rebuild, print, optionally write a
// snapshot. Returns the process exit code: 0 ok, 1 bad input or output,
// kUnhealthy with --fail-on (main() gives 2 for a bad command line).
class Headless {
    Q_DECLARE_TR_FUNCTIONS(Headless)
public:
    // Apart from 1, so that a script tells "the rollout is unwell" from "pfsmon could not read it".
    static constexpr int kUnhealthy = 3;

    static int run(const Options &options, QTextStream &out, QTextStream &err);
};

} // namespace pfs

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "app/pfsmon/commandline.h"

#include <QCoreApplication>
#include <QTextStream>

namespace pfs {

// Runs pfsmon without a window: read, rebuild, print, optionally write a
// snapshot. Returns the process exit code (pfsmon(1)'s EXIT STATUS).
class Headless {
    Q_DECLARE_TR_FUNCTIONS(Headless)
public:
    static constexpr int kOk = 0;
    static constexpr int kBadInput = 1;       // a file, a capture or a port that cannot be used
    static constexpr int kBadCommandLine = 2; // main() itself, before any run
    // Apart from kBadInput, so that a script tells "the rollout is unwell" from "pfsmon could not read it".
    static constexpr int kUnhealthy = 3;

    static int run(const Options &options, QTextStream &out, QTextStream &err);
};

} // namespace pfs

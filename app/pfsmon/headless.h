// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "app/pfsmon/commandline.h"

#include <QCoreApplication>
#include <QTextStream>

namespace pfs {

// Runs pfsmon without a window: read, rebuild, print, optionally write a
// snapshot. Returns the process exit code (0 ok, 1 bad input or output).
class Headless {
    Q_DECLARE_TR_FUNCTIONS(Headless)
public:
    static int run(const Options &options, QTextStream &out, QTextStream &err);
};

} // namespace pfs

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "app/pfsmon/commandline.h"
#include "engine/enginesnapshot.h"

#include <functional>

#include <QCoreApplication>
#include <QTextStream>

namespace pfs {

// Runs pfsmon without a window: read, rebuild, print, optionally write a
// snapshot. Returns the process exit code (0 ok, 1 bad input or output).
class Headless {
    Q_DECLARE_TR_FUNCTIONS(Headless)
public:
    // Draws the tree as png, svg or pdf; the widgets library provides it.
    using ImageExporter = std::function<bool(const EngineSnapshot &, const Options &, QString *error)>;

    static int run(const Options &options, QTextStream &out, QTextStream &err, const ImageExporter &images = {});
};

} // namespace pfs

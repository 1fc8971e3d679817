// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>

#include "sim/simulator.h"

namespace pfs {

// The simulation's options, shared by pfsmon --demo and pfssim.
class SimulationOptions {
    Q_DECLARE_TR_FUNCTIONS(SimulationOptions)
public:
    static QList<QCommandLineOption> options(int defaultPhones);
    // False with `error` set when an option's value is wrong.
    static bool read(const QCommandLineParser &parser, sim::Config *config, QString *error);
};

} // namespace pfs

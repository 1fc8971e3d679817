// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "app/common/commandlinespec.h"
#include "app/pfssim/simulationsender.h"
#include "sim/simulator.h"
#include "sim/wiretraffic.h"

#include <QCommandLineParser>

// pfssim's command line: its options, --help and its man page from one
// table, and what they ask for.
namespace pfs {

struct SimOptions {
    sim::Config config;
    SendTargets targets;
    QString pcapFile;
    sim::WireOptions wire;
};

class SimCommandLine {
public:
    static CommandLineSpec spec();
    // False with `error` set when an option's value is wrong.
    static bool read(const QCommandLineParser &parser, SimOptions *options, QString *error);

private:
    static bool readCaptureOptions(const QCommandLineParser &parser, SimOptions *options, QString *error);
    static QList<ManSection> manSections();
};

} // namespace pfs

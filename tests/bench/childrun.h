// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <sys/types.h>

// A benchmark's child process, measured alone: its wall time and its own
// peak RSS (wait4's ru_maxrss, which a finished child does not share with
// its parent). bench_demo and bench_import run their programs so.
namespace pfs::bench {

struct ChildRun {
    bool ok = false; // exited with status 0
    double seconds = 0;
    qint64 peakKb = 0;
    double cpuSeconds = 0; // user + system, of all its threads: steadier than wall time on a shared machine
};

// Runs argv[0] (looked up in PATH) with its standard output into the file `out`, and waits for it.
ChildRun runChild(const QStringList &argv, const QString &out);
// Waits for a child already started (forked) when `timer` was.
ChildRun waitForChild(pid_t pid, const QElapsedTimer &timer);

} // namespace pfs::bench

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "childrun.h"

#include <QFile>
#include <QList>

#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace pfs::bench {

ChildRun waitForChild(pid_t pid, const QElapsedTimer &timer)
{
    int status = 0;
    rusage usage{};
    if (::wait4(pid, &status, 0, &usage) != pid)
        return {};
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return {WIFEXITED(status) && WEXITSTATUS(status) == 0, double(timer.nsecsElapsed()) / 1e9, usage.ru_maxrss,
            seconds(usage.ru_utime) + seconds(usage.ru_stime)};
}

ChildRun runChild(const QStringList &argv, const QString &out)
{
    QList<QByteArray> bytes;
    for (const QString &arg : argv)
        bytes.append(QFile::encodeName(arg));
    std::vector<char *> args;
    for (QByteArray &arg : bytes)
        args.push_back(arg.data());
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, QFile::encodeName(out).constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    return spawned == 0 ? waitForChild(pid, timer) : ChildRun{};
}

} // namespace pfs::bench

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QProcess>
#include <QSet>
#include <QString>
#include <QTemporaryDir>

// A real syslog daemon (rsyslog or syslog-ng) run as a test process: in the
// foreground, from a private configuration written into a temporary folder
// that also holds its pid, state, persist and control files. Its
// configuration listens on loopback ports only and loads no local-socket
// input, so it never touches the machine's /dev/log, port 514 or service.
namespace pfs::test {

class SyslogDaemon {
public:
    enum class Kind { Rsyslog, SyslogNg };

    // The program to start, or empty when it is not available here.
    // rsyslog: rsyslogd on the PATH or in /usr/sbin. syslog-ng: the program
    // named by $PFSMON_SYSLOG_NG, else the one .ci/fetch-syslog-ng.sh unpacks
    // into ~/.cache/pfsmon/syslog-ng (Debian's package conflicts with
    // rsyslog, so it is run from there, never installed), else an installed one.
    static QString program(Kind kind);
    static QString name(Kind kind); // "rsyslog", "syslog-ng"

    explicit SyslogDaemon(Kind kind);
    ~SyslogDaemon(); // stops the daemon (this process only)
    SyslogDaemon(const SyslogDaemon &) = delete;
    SyslogDaemon &operator=(const SyslogDaemon &) = delete;

    // A loopback port free for both UDP and TCP right now, for the daemon to listen on.
    static quint16 freePort();
    // True when something listens on 127.0.0.1:port (TCP) or is bound to it (UDP).
    static bool listening(quint16 port, bool tcp);

    // Writes `configuration` (every "@DIR@" replaced by the private folder)
    // and starts the daemon on it. False, with the reason, when it cannot start.
    bool start(const QString &configuration, QString *error);
    bool isRunning() const;
    // What the daemon holds open now (from /proc): the local ports of its
    // IPv4 sockets and the paths of its Unix sockets, to prove it left the
    // machine's /dev/log and low ports alone.
    QList<quint16> localPorts() const;
    QStringList unixSocketPaths() const;
    // What the daemon printed so far, for failure messages.
    QString output();
    QString dir() const { return m_dir.path(); }

private:
    QStringList arguments(const QString &configFile) const;
    QSet<QByteArray> socketInodes() const;

    Kind m_kind;
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_output;
};

} // namespace pfs::test

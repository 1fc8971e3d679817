// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "syslogdaemon.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUdpSocket>

namespace pfs::test {

namespace {

QString executable(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
}

QString onPathOrSbin(const QString &name)
{
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    return found;
}

} // namespace

QString SyslogDaemon::program(Kind kind)
{
    if (kind == Kind::Rsyslog)
        return onPathOrSbin(QStringLiteral("rsyslogd"));
    const QString named = qEnvironmentVariable("PFSMON_SYSLOG_NG");
    if (!named.isEmpty())
        return executable(named);
    const QString cached = executable(QDir::homePath() + QStringLiteral("/.cache/pfsmon/syslog-ng/bin/syslog-ng"));
    return cached.isEmpty() ? onPathOrSbin(QStringLiteral("syslog-ng")) : cached;
}

QString SyslogDaemon::name(Kind kind)
{
    return kind == Kind::Rsyslog ? QStringLiteral("rsyslog") : QStringLiteral("syslog-ng");
}

SyslogDaemon::SyslogDaemon(Kind kind)
    : m_kind(kind)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

SyslogDaemon::~SyslogDaemon()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

quint16 SyslogDaemon::freePort()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer tcp;
        if (!tcp.listen(QHostAddress::LocalHost, 0))
            continue;
        QUdpSocket udp;
        if (udp.bind(QHostAddress::LocalHost, tcp.serverPort()))
            return tcp.serverPort();
    }
    return 0;
}

// /proc/net/{tcp,udp}: "sl local rem st …", the local address as hex
// "0100007F:PORT"; a listening TCP socket is in state 0A, a bound UDP one in 07.
bool SyslogDaemon::listening(quint16 port, bool tcp)
{
    QFile table(tcp ? QStringLiteral("/proc/net/tcp") : QStringLiteral("/proc/net/udp"));
    if (!table.open(QIODevice::ReadOnly))
        return false;
    const QByteArray portHex = QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    const QByteArray state = tcp ? "0A" : "07";
    for (const QByteArray &line : table.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 4)
            continue;
        const bool loopbackOrAny = fields[1] == "0100007F:" + portHex || fields[1] == "00000000:" + portHex;
        if (loopbackOrAny && fields[3] == state)
            return true;
    }
    return false;
}

QStringList SyslogDaemon::arguments(const QString &configFile) const
{
    if (m_kind == Kind::Rsyslog)
        return {QStringLiteral("-n"), QStringLiteral("-f"), configFile, QStringLiteral("-i"),
                m_dir.filePath(QStringLiteral("pid"))};
    return {QStringLiteral("-F"),
            QStringLiteral("-e"),
            QStringLiteral("--no-caps"),
            QStringLiteral("-f"),
            configFile,
            QStringLiteral("--persist-file=") + m_dir.filePath(QStringLiteral("persist")),
            QStringLiteral("--pidfile=") + m_dir.filePath(QStringLiteral("pid")),
            QStringLiteral("--control=") + m_dir.filePath(QStringLiteral("ctl"))};
}

bool SyslogDaemon::start(const QString &configuration, QString *error)
{
    const QString program = SyslogDaemon::program(m_kind);
    if (program.isEmpty()) {
        *error = QStringLiteral("%1 is not available").arg(name(m_kind));
        return false;
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    const QString configFile = m_dir.filePath(QStringLiteral("daemon.conf"));
    QFile file(configFile);
    QString text = configuration;
    text.replace(QLatin1String("@DIR@"), m_dir.path());
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.flush()) {
        *error = QStringLiteral("cannot write %1").arg(configFile);
        return false;
    }
    file.close();
    m_process.start(program, arguments(configFile));
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(program, m_process.errorString());
        return false;
    }
    return true;
}

bool SyslogDaemon::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QSet<QByteArray> SyslogDaemon::socketInodes() const
{
    QSet<QByteArray> inodes;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(m_process.processId()));
    for (const QFileInfo &fd : fds.entryInfoList(QDir::System | QDir::NoDotAndDotDot)) {
        // A socket's link reads "socket:[INODE]" (Qt makes it absolute; the tail stays).
        const QByteArray target = fd.symLinkTarget().toUtf8();
        const qsizetype at = target.indexOf("socket:[");
        if (at >= 0 && target.endsWith(']'))
            inodes.insert(target.mid(at + 8).chopped(1));
    }
    return inodes;
}

QList<quint16> SyslogDaemon::localPorts() const
{
    const QSet<QByteArray> inodes = socketInodes();
    QList<quint16> ports;
    for (const char *table : {"/proc/net/udp", "/proc/net/tcp", "/proc/net/udp6", "/proc/net/tcp6"}) {
        QFile file(QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() > 9 && inodes.contains(fields[9]))
                ports.append(quint16(fields[1].mid(fields[1].lastIndexOf(':') + 1).toUInt(nullptr, 16)));
        }
    }
    return ports;
}

QStringList SyslogDaemon::unixSocketPaths() const
{
    const QSet<QByteArray> inodes = socketInodes();
    QStringList paths;
    QFile file(QStringLiteral("/proc/net/unix"));
    if (!file.open(QIODevice::ReadOnly))
        return paths;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 7 && inodes.contains(fields[6]))
            paths.append(QString::fromUtf8(fields[7]));
    }
    return paths;
}

QString SyslogDaemon::output()
{
    m_output += m_process.readAll();
    return QString::fromUtf8(m_output);
}

} // namespace pfs::test

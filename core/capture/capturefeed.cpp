// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "capture/capturefeed.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>

#include <pcap/pcap.h>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pfs {
namespace {

constexpr int kSnapLength = 262144; // tcpdump's and dumpcap's default: whole frames
// Frames reach pfsmon within this time: libpcap hands the kernel's buffer
// over when a block is full or this old. Immediate mode would hand each frame
// over at once, but in a ring of 64 KiB slots (TPACKET_V2) that a burst fills
// after 512 frames; blocks (TPACKET_V3) pack frames as they are.
constexpr int kTimeoutMs = 100;
constexpr int kKernelBuffer = 32 * 1024 * 1024;
constexpr int kCapNetRaw = 13;
constexpr int kMaxErrorLines = 8;

// CAP_NET_RAW in this process's effective set (setcap, or root in a user namespace).
bool hasNetRaw()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    while (!status.atEnd()) {
        const QByteArray line = status.readLine();
        if (line.startsWith("CapEff:")) {
            bool ok = false;
            const quint64 effective = line.mid(7).trimmed().toULongLong(&ok, 16);
            return ok && (effective >> kCapNetRaw) & 1;
        }
    }
    return false;
}

bool compile(pcap_t *pcap, const QString &filter, QString *error)
{
    bpf_program program{};
    if (pcap_compile(pcap, &program, filter.toUtf8().constData(), 1, PCAP_NETMASK_UNKNOWN) != 0) {
        *error = CaptureFeed::tr("invalid capture filter \"%1\": %2")
                     .arg(filter, QString::fromLocal8Bit(pcap_geterr(pcap)));
        return false;
    }
    const int set = pcap_setfilter(pcap, &program);
    pcap_freecode(&program);
    if (set != 0)
        *error = QString::fromLocal8Bit(pcap_geterr(pcap));
    return set == 0;
}

QString program()
{
    const QString path = QCoreApplication::applicationFilePath();
    return path.isEmpty() ? QStringLiteral("pfsmon") : path;
}

} // namespace

CaptureFeed::CaptureFeed(QObject *parent)
    : QObject(parent)
{
}

CaptureFeed::~CaptureFeed()
{
    stop();
}

CaptureFeed::Method CaptureFeed::choose(const CaptureFacts &facts, CaptureOptions::Backend wanted)
{
    const bool dumpcap = !facts.dumpcap.isEmpty() && wanted != CaptureOptions::Backend::Libpcap;
    const bool libpcap = facts.selfMayCapture && wanted != CaptureOptions::Backend::Dumpcap;
    return dumpcap ? Method::Dumpcap : libpcap ? Method::Libpcap : Method::None;
}

// Asked each time a capture starts: group membership and capabilities change.
CaptureFacts CaptureFeed::facts()
{
    CaptureFacts facts;
    facts.selfMayCapture = geteuid() == 0 || hasNetRaw();
    const QString dumpcap = QStandardPaths::findExecutable(QStringLiteral("dumpcap"));
    if (!dumpcap.isEmpty()) {
        QProcess probe;
        probe.start(dumpcap, {QStringLiteral("-D")});
        const bool ran = probe.waitForFinished(5000) && probe.exitStatus() == QProcess::NormalExit;
        if (ran && probe.exitCode() == 0)
            facts.dumpcap = dumpcap;
        else if (probe.state() != QProcess::NotRunning)
            probe.kill();
    }
    return facts;
}

QString CaptureFeed::permissionMessage(const QString &interface, const QString &reason, const QString &program)
{
    return tr("cannot capture on %1: %2. Either let your user run Wireshark's dumpcap: sudo usermod -aG wireshark "
              "$USER (then log in again), or let pfsmon capture itself: sudo setcap cap_net_raw,cap_net_admin=eip %3")
        .arg(interface, reason, program);
}

QList<CaptureInterface> CaptureFeed::interfaces(QString *error)
{
    char message[PCAP_ERRBUF_SIZE] = {};
    pcap_if_t *devices = nullptr;
    QList<CaptureInterface> list;
    if (pcap_findalldevs(&devices, message) != 0) {
        *error = QString::fromLocal8Bit(message);
        return list;
    }
    for (const pcap_if_t *d = devices; d; d = d->next)
        list.append({QString::fromLocal8Bit(d->name), QString::fromLocal8Bit(d->description)});
    pcap_freealldevs(devices);
    return list;
}

bool CaptureFeed::checkFilter(const QString &filter, QString *error)
{
    pcap_t *dead = pcap_open_dead(DLT_EN10MB, kSnapLength);
    bpf_program program{};
    const bool valid = pcap_compile(dead, &program, filter.toUtf8().constData(), 1, PCAP_NETMASK_UNKNOWN) == 0;
    if (valid)
        pcap_freecode(&program);
    else
        *error = tr("invalid capture filter \"%1\": %2").arg(filter, QString::fromLocal8Bit(pcap_geterr(dead)));
    pcap_close(dead);
    return valid;
}

bool CaptureFeed::isStream(const QString &path)
{
    struct stat info { };
    if (path == QLatin1String("-"))
        return true;
    if (stat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    return S_ISFIFO(info.st_mode) || S_ISCHR(info.st_mode) || S_ISSOCK(info.st_mode);
}

bool CaptureFeed::openInterface(const CaptureOptions &options, const CaptureFacts &facts, QString *error)
{
    m_interface = options.interface;
    if (!checkFilter(options.filter, error))
        return false;
    m_method = choose(facts, options.backend);
    switch (m_method) {
    case Method::Dumpcap: return startDumpcap(options, facts.dumpcap, error);
    case Method::Libpcap: return startLibpcap(options, facts, error);
    case Method::None:
    case Method::Stream: break;
    }
    const QString reason = options.backend == CaptureOptions::Backend::Dumpcap && facts.dumpcap.isEmpty()
        ? tr("dumpcap is not installed or may not be run by this user")
        : tr("neither dumpcap nor pfsmon may capture here");
    *error = permissionMessage(options.interface, reason, program());
    return false;
}

bool CaptureFeed::startLibpcap(const CaptureOptions &options, const CaptureFacts &facts, QString *error)
{
    char message[PCAP_ERRBUF_SIZE] = {};
    pcap_t *pcap = pcap_create(options.interface.toLocal8Bit().constData(), message);
    if (!pcap) {
        *error = tr("cannot capture on %1: %2").arg(options.interface, QString::fromLocal8Bit(message));
        return false;
    }
    pcap_set_snaplen(pcap, kSnapLength);
    pcap_set_promisc(pcap, 1); // receives frames not addressed to us; sends nothing
    pcap_set_timeout(pcap, kTimeoutMs);
    pcap_set_buffer_size(pcap, kKernelBuffer);
    pcap_set_tstamp_precision(pcap, PCAP_TSTAMP_PRECISION_MICRO);
    const int status = pcap_activate(pcap);
    if (status < 0) {
        const QString detail = QString::fromLocal8Bit(pcap_geterr(pcap));
        const QString reason = detail.isEmpty() ? QString::fromLocal8Bit(pcap_statustostr(status)) : detail;
        const bool denied = status == PCAP_ERROR_PERM_DENIED || status == PCAP_ERROR_PROMISC_PERM_DENIED;
        *error = denied && !facts.selfMayCapture ? permissionMessage(options.interface, reason, program())
                                                 : tr("cannot capture on %1: %2").arg(options.interface, reason);
        pcap_close(pcap);
        return false;
    }
    if (!compile(pcap, options.filter, error)) {
        pcap_close(pcap);
        return false;
    }
    m_description = tr("Capture on %1 (libpcap)").arg(options.interface);
    m_reader.startLive(pcap, {}, [this] { Q_EMIT changed(); });
    return true;
}

// dumpcap writes pcapng to its standard output, a pipe of ours read by the
// frame reader's thread; its standard error is read here, for its one line.
bool CaptureFeed::startDumpcap(const CaptureOptions &options, const QString &dumpcap, QString *error)
{
    int fds[2] = {-1, -1};
    if (pipe2(fds, O_CLOEXEC) != 0) {
        *error = tr("cannot capture on %1: %2").arg(options.interface, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_dumpcap = std::make_unique<QProcess>();
    m_dumpcap->setProcessChannelMode(QProcess::ForwardedOutputChannel);
    // Runs in the child after Qt set up its channels: its standard output becomes our pipe.
    const int writeEnd = fds[1];
    m_dumpcap->setChildProcessModifier([writeEnd] { dup2(writeEnd, STDOUT_FILENO); });
    connect(m_dumpcap.get(), &QProcess::readyReadStandardError, this, &CaptureFeed::readDumpcapErrors);
    connect(m_dumpcap.get(), &QProcess::finished, this, &CaptureFeed::changed);
    m_dumpcap->start(dumpcap,
                     {QStringLiteral("-i"), options.interface, QStringLiteral("-f"), options.filter,
                      QStringLiteral("-w"), QStringLiteral("-"), QStringLiteral("-q")});
    close(writeEnd); // the child holds it now: its exit is the stream's end
    if (!m_dumpcap->waitForStarted(5000)) {
        *error = tr("cannot capture on %1: dumpcap did not start: %2").arg(options.interface, m_dumpcap->errorString());
        close(fds[0]);
        m_dumpcap.reset();
        return false;
    }
    m_description = tr("Capture on %1 (dumpcap)").arg(options.interface);
    m_reader.startStream(fds[0], FrameReader::WhenFull::Drop, {}, [this] { Q_EMIT changed(); });
    return true;
}

bool CaptureFeed::openStream(const QString &path, QString *error)
{
    m_method = Method::Stream;
    const bool standardInput = path == QLatin1String("-");
    // Not blocking: opening a FIFO would otherwise wait here for its writer.
    const int fd = standardInput ? fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 0)
                                 : open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *error = tr("cannot open capture %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_description = standardInput ? tr("Capture from standard input") : tr("Capture from %1").arg(path);
    m_reader.startStream(fd, FrameReader::WhenFull::Wait, {}, [this] { Q_EMIT changed(); });
    return true;
}

void CaptureFeed::stop()
{
    m_stopped = true;
    if (m_dumpcap && m_dumpcap->state() != QProcess::NotRunning) {
        m_dumpcap->terminate(); // dumpcap ends its file cleanly on SIGTERM
        if (!m_dumpcap->waitForFinished(3000))
            m_dumpcap->kill();
        m_dumpcap->waitForFinished(1000);
    }
    m_reader.stop();
}

bool CaptureFeed::ended() const
{
    return m_reader.ended() && (!m_dumpcap || m_dumpcap->state() == QProcess::NotRunning);
}

void CaptureFeed::readDumpcapErrors()
{
    const QList<QByteArray> lines = m_dumpcap->readAllStandardError().split('\n');
    for (const QByteArray &line : lines) {
        const QString text = QString::fromLocal8Bit(line).trimmed();
        if (!text.isEmpty())
            m_dumpcapErrors.append(text);
    }
    while (m_dumpcapErrors.size() > kMaxErrorLines)
        m_dumpcapErrors.removeFirst();
}

// dumpcap's own words: its first line after "Capturing on …", with both
// remedies when it was refused permission.
QString CaptureFeed::dumpcapFailure() const
{
    if (!m_dumpcap || m_stopped || (m_dumpcap->exitStatus() == QProcess::NormalExit && m_dumpcap->exitCode() == 0))
        return {};
    QString reason = tr("dumpcap stopped (exit code %1)").arg(m_dumpcap->exitCode());
    for (const QString &line : m_dumpcapErrors) {
        if (!line.startsWith(QLatin1String("Capturing on")) && !line.startsWith(QLatin1String("File:"))) {
            reason = line.startsWith(QLatin1String("dumpcap: ")) ? line.mid(9) : line;
            break;
        }
    }
    if (reason.contains(QLatin1String("permission"), Qt::CaseInsensitive)
        || reason.contains(QLatin1String("not permitted"), Qt::CaseInsensitive))
        return permissionMessage(m_interface, reason, program());
    return tr("cannot capture on %1: %2").arg(m_interface, reason);
}

QString CaptureFeed::failure() const
{
    const QString dumpcap = dumpcapFailure();
    return dumpcap.isEmpty() ? m_reader.error() : dumpcap;
}

} // namespace pfs

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "testsupport.h"

#include "sim/modelfeed.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace pfs::test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(PFSMON_TEST_DATA_DIR "/") + relative;
}

QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace pfs::test

#include "protocol/modelledgrammar.h"

namespace pfs::test {

static const char *kindName(EventKind kind)
{
    static const char *names[]
        = {"PeerListening",  "UdpPortOpened", "ParentState",  "BroadcastOffer",  "TimeoutHandler",   "FunctionTrace",
           "ClaimRoot",      "Advertisement", "Timeout",      "RootTftpCommand", "RootConfirmed",    "HierarchyRoot",
           "UpgradeStart",   "UpgradeDone",   "JoinedParent", "TransferStart",   "TransferProgress", "TransferDone",
           "TransferFailed", "TftpFallback",  "Unknown"};
    static_assert(sizeof(names) / sizeof(names[0]) == kEventKindCount);
    return names[int(kind)];
}

QByteArray describe(const DLoadEvent &e)
{
    static const char *grammars[] = {"verified", "modelled", "unknown"};
    QByteArray out = kindName(e.kind);
    out += ' ';
    out += grammars[int(e.grammar)];
    out += " sev=";
    out += EventNames::severityCode(e.severity);
    if (e.severityRepaired)
        out += "(from " + e.severityText.toByteArray() + ')';
    out += " t=" + (e.timeOfDayUs >= 0 ? modelled::formatTime(e.timeOfDayUs) : QByteArray("-"));
    auto add = [&out](const char *key, const QByteArray &value) {
        out += ' ';
        out += key;
        out += '=';
        out += value;
    };
    auto hex = [](quint32 v) { return QByteArray::number(v, 16).rightJustified(8, '0'); };
    if (e.hasXid)
        add("xid", hex(e.xid));
    if (e.kind == EventKind::ClaimRoot || e.kind == EventKind::Advertisement)
        add("tentative", e.tentative ? "1" : "0");
    if (e.kind == EventKind::ClaimRoot) {
        add("map", hex(e.map));
        add("strength", hex(e.strength));
    }
    if (e.kind == EventKind::HierarchyRoot)
        add("H", hex(e.hierarchyHash));
    if (e.kind == EventKind::PeerListening) {
        add("fd", QByteArray::number(e.fd));
        add("port", QByteArray::number(e.port));
    }
    if (e.kind == EventKind::ParentState) {
        add("parentFd", QByteArray::number(e.parentFd));
        add("fd0", QByteArray::number(e.childFd[0]));
        add("fd1", QByteArray::number(e.childFd[1]));
        add("full", e.full ? "1" : "0");
    }
    if (e.adNumber)
        add("ad", QByteArray::number(e.adNumber));
    if (e.address)
        add("address", modelled::formatAddress(e.address));
    if (e.peer)
        add("peer", modelled::formatAddress(e.peer));
    if (e.kind == EventKind::TransferStart)
        add("src", e.fromTftp ? "TFTP" : "peer");
    if (e.size >= 0)
        add("size", QByteArray::number(e.size));
    if (e.bytes >= 0)
        add("bytes", QByteArray::number(e.bytes));
    if (e.kind == EventKind::UpgradeStart)
        add("pfs", e.pfsEnabled ? "on" : "off");
    const std::pair<const char *, QByteArrayView> views[]
        = {{"model", e.model}, {"path", e.path},       {"state", e.state},      {"reason", e.reason},
           {"mac", e.mac},     {"file", e.sourceFile}, {"function", e.function}};
    for (const auto &[key, view] : views) {
        if (!view.isEmpty())
            add(key, '"' + view.toByteArray() + '"');
    }
    if (e.kind == EventKind::Unknown)
        add("body", '"' + e.body.toByteArray() + '"');
    return out;
}

} // namespace pfs::test

namespace pfs::test {

Expected simulate(int phones, quint64 seed)
{
    struct Counter : sim::Sink {
        void record(qint64, const sim::SimPhone &, const QByteArray &) override { ++records; }
        void broadcast(qint64, const sim::SimPhone &, const QByteArray &) override { ++broadcasts; }
        qint64 records = 0, broadcasts = 0;
    } counter;
    sim::Config config;
    config.phones = phones;
    config.seed = seed;
    sim::Simulator simulator(config);
    simulator.runToEnd(counter);
    return {counter.records, counter.broadcasts, simulator.truth()};
}

void simulateInto(RolloutModel *model, int phones, quint64 seed)
{
    sim::Config config;
    config.phones = phones;
    config.seed = seed;
    sim::Simulator simulator(config);
    ModelFeed feed(model, config.startUtcMs);
    simulator.runToEnd(feed);
}

qint64 peakRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

HierarchyId biggestHierarchy(const RolloutModel &model)
{
    HierarchyId biggest = kNoHierarchy;
    for (const HierarchyId id : model.hierarchyIds()) {
        if (!biggest || model.hierarchy(id)->members.size() > model.hierarchy(biggest)->members.size())
            biggest = id;
    }
    return biggest;
}

} // namespace pfs::test

#include <QElapsedTimer>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <thread>
#include <vector>

namespace pfs::test {

qint64 sendPaced(quint16 port, const QList<QByteArray> &messages, qint64 count, double rate, std::atomic<qint64> *sent)
{
    constexpr int kChunk = 32;
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return 0;
    const int buffer = 4 * 1024 * 1024;
    ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &buffer, sizeof buffer);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    iovec iov[kChunk];
    mmsghdr headers[kChunk];
    QElapsedTimer clock;
    clock.start();
    qint64 done = 0, next = 0;
    while (next < count) {
        if (rate > 0) {
            // Pacing, not waiting for a result: sleep until the next datagram is
            // due, leaving the processor to the receivers meanwhile.
            const qint64 dueNs = qint64(double(next) * 1e9 / rate);
            const qint64 aheadNs = dueNs - clock.nsecsElapsed();
            if (aheadNs > 0) {
                std::this_thread::sleep_for(std::chrono::nanoseconds(aheadNs));
                continue;
            }
        }
        const int n = int(qMin<qint64>(kChunk, count - next));
        for (int i = 0; i < n; ++i) {
            const QByteArray &m = messages[qsizetype((next + i) % messages.size())];
            iov[i] = {const_cast<char *>(m.constData()), size_t(m.size())};
            headers[i] = {};
            headers[i].msg_hdr.msg_name = &to;
            headers[i].msg_hdr.msg_namelen = sizeof to;
            headers[i].msg_hdr.msg_iov = &iov[i];
            headers[i].msg_hdr.msg_iovlen = 1;
        }
        const int accepted = ::sendmmsg(fd, headers, unsigned(n), 0);
        if (accepted > 0)
            done += accepted;
        next += n; // a refused send is not retried: it was never sent
        if (sent)
            sent->store(done);
    }
    ::close(fd);
    return done;
}

QByteArray syslogLine(qint64 n, int size)
{
    const QByteArray head = "<190>Nov 24 02:19:22 SEP" + QByteArray::number(n).rightJustified(12, '0');
    const QByteArray body = " NOT 02:19:22.1 DLoad: ^.idl_child.c-openUDPPort";
    const qsizetype padding = qMax<qsizetype>(0, size - head.size() - body.size());
    return head + QByteArray(padding, 'x') + body;
}

} // namespace pfs::test

namespace pfs::test {

HostileRollout hostileRollout()
{
    HostileRollout r;
    r.xid = 0x0BAD0001;
    r.hosts = {QByteArray("SEP\x1b]0;pwned\x07"
                          "A"),
               QByteArray("=cmd|'/Ccalc'!A0"),
               QByteArray("x\\\"];evil->x;{}"),
               QByteArray("a\"b<c&d]]>e"),
               QByteArray("\x9b"
                          "2J\xc2\x9b"
                          "F\xff\xfe\xc0\x80"),
               QByteArray("abc\xe2\x80\xae"
                          "exe.\xe2\x81\xa6"
                          "gpj"),
               QByteArrayLiteral("N\0UL\x7f\x1b[2J"),
               QByteArray("@SUM(1+1)"),
               QByteArray("\\N\\G\\l\\"),
               QByteArray("+1-2")};
    r.model = "CP\x1b[2J<&\"\\;{}";
    r.file = QByteArrayLiteral("f\x1b]0;t\x07\xff\"\\];x->y;\x9b\0.sbn");
    r.load = "L\xe2\x80\xae<&]]>";
    r.mac = "=1+2\x1b[31m";
    r.unknownRecord = QByteArrayLiteral("INF 08:00:09.000000 DLoad: XID0BAD0001 \x1b]0;pwned\x07 \x9b"
                                        "2J \xe2\x80\xae\x1b[2J\0 \xff\"\\");
    qint64 us = 8 * 3600 * qint64(1000000);
    const auto line = [&](int phone, QByteArrayView severity, const QByteArray &body) {
        us += 1000;
        r.lines.append("<189>Nov 24 08:00:00 " + r.hosts[phone] + ' ' + modelled::record(severity, us, body));
        r.senders.append(r.addresses.value(phone));
    };
    for (int i = 0; i < r.hosts.size(); ++i) {
        r.addresses.append(0x0A090000 + 10 + quint32(i));
        const QByteArray loadPath = "/dnld/" + r.load + ".loads";
        line(i, "NOT", modelled::upgradeStart(r.addresses[i], r.model, loadPath, true, r.mac));
    }
    line(0, "NOT",
         "@@@HROOT:" + modelled::formatXid(r.xid) + " H=1 m=" + r.model
             + " ROOT=" + modelled::formatAddress(r.addresses[0]) + " /dnld/" + r.file);
    for (int i = 1; i < r.hosts.size(); ++i)
        line(i, "INF", modelled::joined(r.xid, r.addresses[(i - 1) / 2], r.addresses[i]));
    for (int i = 0; i < r.hosts.size(); ++i) {
        const quint32 source = i == 0 ? modelled::kTftp : r.addresses[(i - 1) / 2];
        line(i, "INF", modelled::transferStart(r.xid, QByteArray("/dnld/" + r.file), 1000 + i, source, r.addresses[i]));
    }
    r.lines.append("<189>Nov 24 08:00:00 " + r.hosts[0] + ' ' + r.unknownRecord);
    r.senders.append(r.addresses[0]);
    return r;
}

QString hiddenCharacter(QStringView text, bool allowLineFeed)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
        if (c == '\n' && allowLineFeed)
            continue;
        const QChar::Category category = QChar::category(c);
        const bool joiner = c == 0x200C || c == 0x200D;
        if (category == QChar::Other_Control || (category == QChar::Other_Format && !joiner)
            || category == QChar::Other_Surrogate || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph)
            return QStringLiteral("U+%1 at %2").arg(uint(c), 4, 16, QLatin1Char('0')).arg(i);
        if (c > 0xFFFF)
            ++i;
    }
    return {};
}

QString unsafeText(const QByteArray &bytes, QByteArrayView allowedControls)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = uchar(bytes[i]);
        if ((b < 0x20 && !allowedControls.contains(char(b))) || b == 0x7F)
            return QStringLiteral("byte %1 at %2").arg(b, 2, 16, QLatin1Char('0')).arg(i);
    }
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return QStringLiteral("invalid UTF-8");
    QString rest = text; // the layout's own controls are fine, and were checked above
    for (const char c : allowedControls)
        rest.remove(QLatin1Char(c));
    return hiddenCharacter(rest);
}

} // namespace pfs::test

#include "capture/pcaprecorder.h"

namespace pfs::test {

bool writeSyslogCapture(const QString &path, const QList<QByteArray> &lines, const QList<quint32> &senders)
{
    PcapRecorder recorder;
    QString error;
    if (!recorder.open(path, &error))
        return false;
    qint64 us = 1795507200000000;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        ReceivedDatagram d;
        d.payload = lines[i];
        d.source = senders.value(i);
        d.destination = 0x0A000001;
        d.destinationPort = 514;
        d.timeUs = us += 1000;
        recorder.write(d);
    }
    recorder.close();
    return recorder.packets() == lines.size();
}

} // namespace pfs::test

namespace pfs::test {
SessionConfig loopbackSession()
{
    SessionConfig c;
    c.bind = QHostAddress::LocalHost;
    c.pfsPort = 0;
    c.syslogUdpPort = 0;
    c.syslogTcpPort = 0;
    c.anyFreePort = true;
    c.tickMs = 10;
    return c;
}
} // namespace pfs::test

namespace pfs::test {
QString writeCutCopy(const QString &dataFile, const QString &folder, qsizetype chop)
{
    return writeFile(folder + QStringLiteral("/cut-") + QFileInfo(dataFile).fileName(),
                     readData(dataFile).chopped(chop));
}
} // namespace pfs::test

#include "protocol/dloadparser.h"

namespace pfs::test {
WireRollout wireRollout()
{
    WireRollout w;
    const qint64 t0 = 1'796'000'000'000; // model time of a capture: milliseconds since the epoch
    RolloutModel &m = w.model;
    w.root = m.phoneOnWire(WireRollout::kRoot, 0x001bd4000001ULL, t0);
    w.child = m.phoneOnWire(WireRollout::kChild, 0x001bd4000002ULL, t0);
    using Stage = WireTransfer::Stage;
    m.applyWireTransfer({w.root, WireRollout::kFile, 0, 0, 3000, Stage::Started, Provenance::Wire}, t0 + 500);
    m.applyWireTransfer({w.root, WireRollout::kFile, 0, 3000, 3000, Stage::Complete, Provenance::Wire}, t0 + 1000);
    w.hierarchy = m.applyWireEdge(w.child, w.root, WireRollout::kFile, t0 + 2000);
    m.applyWireTransfer({w.child, WireRollout::kFile, WireRollout::kRoot, 0, -1, Stage::Started, Provenance::Inferred},
                        t0 + 2500);
    m.applyWireTransfer(
        {w.child, WireRollout::kFile, WireRollout::kRoot, 1000, -1, Stage::Progress, Provenance::Inferred}, t0 + 3000);
    const QByteArray path = "/dnld/" + WireRollout::kFile.toLatin1();
    // The event views its record's text: the record must outlive it.
    const QByteArray record = modelled::record("INF", 0, modelled::transferDone(0, path, 2999, WireRollout::kRoot));
    DLoadEvent done;
    if (DLoadParser::parse(record, done))
        m.apply(done, {}, t0 + 4000);
    return w;
}
} // namespace pfs::test

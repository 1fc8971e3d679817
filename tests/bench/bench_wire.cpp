// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// bench_wire: packets/s of pfsmon's capture decode (issue #13, "Speed") on
// a simulated capture of >= 2 M packets written once by pfssim, beside two
// baselines measured in the same run on the same file: a bare libpcap loop
// that only reads packets, and `tshark -r FILE -q -z conv,tcp` when tshark
// is in PATH. Two pfsmon figures: the decode (PcapReader handing every
// packet to WireIngest and the console datagrams to Ingest, into a
// RolloutModel: the replay path without the event loop) and the whole
// replay through RolloutEngine at full speed. Goals: >= 2 M packets/s, at
// least half the bare loop's rate, >= 20x tshark. Each measurement runs in
// a child process of its own (this program with --measure), so each has its
// own peak RSS (VmHWM). Memory: the same capture played twice in a row (the
// same phones, twice the length, written here) must not raise the decode's
// peak: state is bounded by phones and open connections.
// Exit status 1 when the decode and the engine rebuild different rollouts,
// or a measurement fails; the goals are printed, not asserted (--quick: a
// small capture, for the test suite).
#include "capture/ingest.h"
#include "capture/pcapreader.h"
#include "capture/wireingest.h"
#include "engine/rolloutengine.h"
#include "export/snapshot.h"
#include "model/bandwidth.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <pcap/pcap.h>

#include <algorithm>
#include <cstdio>

using namespace pfs;

namespace {

// One measurement, as a child prints it on one line and the parent reads it.
struct Figures {
    bool ok = false;
    qint64 packets = 0;
    qint64 bytes = 0; // captured bytes read
    double seconds = 0;
    qint64 peakKb = 0; // VmHWM of the measuring process
    // The rollout rebuilt (decode and engine only).
    qint64 phones = 0;
    qint64 hierarchies = 0;
    qint64 edges = 0;
    qint64 wireEdges = 0; // of them, observed on the wire
    qint64 wanBytes = 0;
    QByteArray digest; // of the JSON snapshot: the whole rollout
    double rate() const { return seconds > 0 ? double(packets) / seconds : 0; }
};

void describe(const RolloutModel &model, Figures *f)
{
    f->phones = qint64(model.phones().size());
    f->hierarchies = qint64(model.hierarchies().size());
    for (const Hierarchy &h : model.hierarchies()) {
        f->edges += h.parentOf.size();
        for (const Provenance p : h.parentFrom)
            f->wireEdges += p == Provenance::Wire;
    }
    f->wanBytes = model.observedWanBytes();
    const QJsonObject json = Snapshot::toJson(model, BandwidthReport::compute(model), SnapshotContext{});
    f->digest = QCryptographicHash::hash(QJsonDocument(json).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
                    .toHex()
                    .left(16);
}

Figures measureBare(const QString &file)
{
    Figures f;
    char error[PCAP_ERRBUF_SIZE] = {};
    QElapsedTimer timer;
    timer.start();
    pcap_t *pcap = pcap_open_offline(QFile::encodeName(file).constData(), error);
    if (!pcap)
        return f;
    pcap_pkthdr *header = nullptr;
    const u_char *data = nullptr;
    while (pcap_next_ex(pcap, &header, &data) == 1) {
        ++f.packets;
        f.bytes += header->caplen;
    }
    pcap_close(pcap);
    f.seconds = double(timer.nsecsElapsed()) / 1e9;
    f.ok = true;
    return f;
}

// What LiveSession::replayTick does at full speed, without its event loop
// and queue: every packet to the wire ingest as read, the console's
// datagrams to Ingest.
Figures measureDecode(const QString &file)
{
    Figures f;
    QElapsedTimer timer;
    timer.start();
    RolloutModel model;
    Ingest ingest(&model);
    WireIngest wire(&model);
    PcapReader reader;
    reader.setPorts(kPfsPort, {514, 601, 5514});
    reader.setPacketSink(&wire);
    QString error;
    if (!reader.open(file, &error))
        return f;
    ReceivedDatagram d;
    while (reader.next(&d)) {
        if (d.channel != ReceivedDatagram::Channel::Wire)
            ingest.receive(d);
    }
    f.seconds = double(timer.nsecsElapsed()) / 1e9;
    f.packets = reader.stats().packets;
    f.ok = reader.error().isEmpty();
    describe(model, &f);
    return f;
}

Figures measureEngine(const QString &file)
{
    Figures f;
    QElapsedTimer timer;
    timer.start();
    RolloutEngine engine;
    if (!engine.startReplay(file, 0))
        return f;
    engine.runToEnd();
    f.seconds = double(timer.nsecsElapsed()) / 1e9;
    f.packets = engine.session()->replayStats()->packets;
    f.ok = engine.session()->statuses().constLast().state == SourceState::Finished;
    describe(engine.model(), &f);
    return f;
}

QByteArray toLine(const Figures &f)
{
    return QByteArray("FIGURES ") + (f.ok ? "1" : "0") + ' ' + QByteArray::number(f.packets) + ' '
        + QByteArray::number(f.bytes) + ' ' + QByteArray::number(f.seconds, 'g', 9) + ' ' + QByteArray::number(f.peakKb)
        + ' ' + QByteArray::number(f.phones) + ' ' + QByteArray::number(f.hierarchies) + ' '
        + QByteArray::number(f.edges) + ' ' + QByteArray::number(f.wireEdges) + ' ' + QByteArray::number(f.wanBytes)
        + ' ' + (f.digest.isEmpty() ? QByteArray("-") : f.digest);
}

Figures fromLine(const QByteArray &output)
{
    Figures f;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> w = line.trimmed().split(' ');
        if (w.size() != 12 || w[0] != "FIGURES")
            continue;
        f.ok = w[1] == "1";
        f.packets = w[2].toLongLong();
        f.bytes = w[3].toLongLong();
        f.seconds = w[4].toDouble();
        f.peakKb = w[5].toLongLong();
        f.phones = w[6].toLongLong();
        f.hierarchies = w[7].toLongLong();
        f.edges = w[8].toLongLong();
        f.wireEdges = w[9].toLongLong();
        f.wanBytes = w[10].toLongLong();
        f.digest = w[11] == "-" ? QByteArray() : w[11];
    }
    return f;
}

// Runs `what` on `file` in a child process (its own peak RSS), `runs`
// times: the fastest run, and the highest peak of them all.
Figures measure(const QString &what, const QString &file, int runs)
{
    Figures best;
    qint64 peak = 0;
    for (int run = 0; run < runs; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure"), what, file});
        if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            return {};
        const Figures f = fromLine(child.readAllStandardOutput());
        if (!f.ok)
            return {};
        peak = qMax(peak, f.peakKb);
        if (run == 0 || f.seconds < best.seconds)
            best = f;
    }
    best.peakKb = peak;
    return best;
}

// The capture played twice in a row, the second time an hour after the
// first ended: the same phones, twice the packets.
bool writeTwice(const QString &from, const QString &to)
{
    char error[PCAP_ERRBUF_SIZE] = {};
    pcap_t *dead = nullptr;
    pcap_dumper_t *dumper = nullptr;
    qint64 shift = 0, first = -1, last = 0;
    for (int pass = 0; pass < 2; ++pass) {
        pcap_t *in = pcap_open_offline(QFile::encodeName(from).constData(), error);
        if (!in)
            return false;
        if (!dumper) {
            dead = pcap_open_dead(pcap_datalink(in), pcap_snapshot(in));
            dumper = pcap_dump_open(dead, QFile::encodeName(to).constData());
            if (!dumper) {
                pcap_close(in);
                pcap_close(dead);
                return false;
            }
        }
        pcap_pkthdr *header = nullptr;
        const u_char *data = nullptr;
        while (pcap_next_ex(in, &header, &data) == 1) {
            pcap_pkthdr h = *header;
            const qint64 us = qint64(h.ts.tv_sec) * 1000000 + h.ts.tv_usec + shift;
            if (first < 0)
                first = us;
            last = qMax(last, us);
            h.ts.tv_sec = time_t(us / 1000000);
            h.ts.tv_usec = suseconds_t(us % 1000000);
            pcap_dump(reinterpret_cast<u_char *>(dumper), &h, data);
        }
        pcap_close(in);
        shift = last + 3600LL * 1000000 - first; // the second pass starts an hour after the first one's end
    }
    pcap_dump_close(dumper);
    pcap_close(dead);
    return true;
}

const char *verdict(bool met)
{
    return met ? "PASS" : "MISS";
}

QString human(double rate)
{
    return rate >= 1e6 ? QStringLiteral("%1 M").arg(rate / 1e6, 0, 'f', 2)
                       : QStringLiteral("%1 k").arg(rate / 1e3, 0, 'f', 1);
}

void printRollout(const char *name, const Figures &f)
{
    std::printf("  %-8s %lld phones, %lld hierarchies, %lld edges (%lld observed on the wire), WAN bytes %lld, "
                "snapshot %s\n",
                name, (long long)f.phones, (long long)f.hierarchies, (long long)f.edges, (long long)f.wireEdges,
                (long long)f.wanBytes, f.digest.constData());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == QLatin1String("--measure")) {
        Figures f;
        if (args[2] == QLatin1String("bare"))
            f = measureBare(args[3]);
        else if (args[2] == QLatin1String("decode"))
            f = measureDecode(args[3]);
        else if (args[2] == QLatin1String("engine"))
            f = measureEngine(args[3]);
        f.peakKb = pfs::test::peakRssKib();
        std::printf("%s\n", toLine(f).constData());
        return f.ok ? 0 : 1;
    }
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("quick"), QStringLiteral("A small capture, one run each, no tshark (the test suite).")},
        {QStringLiteral("file"), QStringLiteral("The capture: written there unless it exists."),
         QStringLiteral("path")},
        {QStringLiteral("phones"), QStringLiteral("Simulated phones (default 220; quick: 20)."), QStringLiteral("n")},
        {QStringLiteral("snaplen"), QStringLiteral("Snap length of the capture (default 96)."), QStringLiteral("n")},
        {QStringLiteral("runs"), QStringLiteral("Runs of each measurement, the best kept (default 3)."),
         QStringLiteral("n")},
        {QStringLiteral("no-memory"), QStringLiteral("Skip the twice-as-long capture.")},
    });
    parser.process(app);
    const bool quick = parser.isSet(QStringLiteral("quick"));
    const int phones
        = parser.isSet(QStringLiteral("phones")) ? parser.value(QStringLiteral("phones")).toInt() : (quick ? 20 : 220);
    const QString snaplen
        = parser.isSet(QStringLiteral("snaplen")) ? parser.value(QStringLiteral("snaplen")) : QStringLiteral("96");
    const int runs = parser.isSet(QStringLiteral("runs")) ? qMax(1, parser.value(QStringLiteral("runs")).toInt())
                                                          : (quick ? 1 : 3);
    QTemporaryDir dir;
    QString file = parser.value(QStringLiteral("file"));
    if (file.isEmpty())
        file = dir.filePath(QStringLiteral("wire.pcap"));
    if (!QFileInfo::exists(file)) {
        QElapsedTimer timer;
        timer.start();
        const int status
            = QProcess::execute(QStringLiteral(PFSSIM_BINARY),
                                {QStringLiteral("--phones"), QString::number(phones), QStringLiteral("--seed"),
                                 QStringLiteral("1"), QStringLiteral("--pcap"), file, QStringLiteral("--snaplen"),
                                 snaplen, QStringLiteral("--sources"), QStringLiteral("both")});
        if (status != 0) {
            std::printf("pfssim failed (%d)\n", status);
            return 1;
        }
        std::printf("capture written in %.1f s: ", double(timer.elapsed()) / 1000);
    }
    std::printf("%s, %.1f MB (%s run, best of %d)\n", qPrintable(file), double(QFileInfo(file).size()) / 1e6,
                quick ? "quick" : "full", runs);

    const Figures bare = measure(QStringLiteral("bare"), file, runs);
    const Figures decode = measure(QStringLiteral("decode"), file, runs);
    const Figures engine = measure(QStringLiteral("engine"), file, runs);
    if (!bare.ok || !decode.ok || !engine.ok) {
        std::printf("a measurement failed: bare %d, decode %d, engine %d\n", bare.ok, decode.ok, engine.ok);
        return 1;
    }
    double tsharkSeconds = -1;
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (!quick && !tshark.isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setStandardErrorFile(QProcess::nullDevice());
        process.start(
            tshark,
            {QStringLiteral("-r"), file, QStringLiteral("-q"), QStringLiteral("-z"), QStringLiteral("conv,tcp")});
        if (process.waitForFinished(-1) && process.exitCode() == 0)
            tsharkSeconds = double(timer.nsecsElapsed()) / 1e9;
    }
    const double tsharkRate = tsharkSeconds > 0 ? double(bare.packets) / tsharkSeconds : 0;

    std::printf("%lld packets, %.1f MB captured\n", (long long)bare.packets, double(bare.bytes) / 1e6);
    std::printf("%-34s %10s %12s %9s %9s %9s\n", "", "seconds", "packets/s", "x bare", "x tshark", "peak RSS");
    const auto row = [&](const char *name, const Figures &f) {
        std::printf("%-34s %10.3f %12s %9.2f %9s %7.1f MB\n", name, f.seconds, qPrintable(human(f.rate())),
                    f.rate() / bare.rate(),
                    tsharkRate > 0 ? qPrintable(QString::number(f.rate() / tsharkRate, 'f', 1)) : "-",
                    double(f.peakKb) / 1024);
    };
    row("bare libpcap loop (baseline)", bare);
    if (tsharkSeconds > 0)
        std::printf("%-34s %10.3f %12s %9.2f %9s %9s\n", "tshark -q -z conv,tcp (baseline)", tsharkSeconds,
                    qPrintable(human(tsharkRate)), tsharkRate / bare.rate(), "1.0", "-");
    else
        std::printf("tshark: %s\n", quick ? "not run (quick)" : "not in PATH, no comparison");
    row("pfsmon decode (reader+ingests)", decode);
    row("pfsmon replay (RolloutEngine)", engine);
    std::printf("rollout rebuilt:\n");
    printRollout("decode", decode);
    printRollout("engine", engine);
    const bool same = decode.digest == engine.digest && decode.packets == engine.packets;
    std::printf("  decode and engine: %s\n", same ? "the same rollout" : "DIFFERENT rollouts");

    std::printf("goals (decode / replay):\n");
    std::printf("  >= 2 M packets/s:          %s / %s\n", verdict(decode.rate() >= 2e6), verdict(engine.rate() >= 2e6));
    std::printf("  >= half the bare loop:     %s / %s\n", verdict(decode.rate() >= bare.rate() / 2),
                verdict(engine.rate() >= bare.rate() / 2));
    if (tsharkRate > 0)
        std::printf("  >= 20x tshark:             %s / %s\n", verdict(decode.rate() >= 20 * tsharkRate),
                    verdict(engine.rate() >= 20 * tsharkRate));
    else
        std::printf("  >= 20x tshark:             not measured\n");

    if (!quick && !parser.isSet(QStringLiteral("no-memory"))) {
        const QString twice = dir.filePath(QStringLiteral("twice.pcap"));
        if (!writeTwice(file, twice)) {
            std::printf("could not write the twice-as-long capture\n");
            return 1;
        }
        const Figures longer = measure(QStringLiteral("decode"), twice, 1);
        QFile::remove(twice);
        if (!longer.ok) {
            std::printf("the decode of the twice-as-long capture failed\n");
            return 1;
        }
        // Bounded: within 10 % (and 4 MB of allocator slack) of the single capture's peak.
        const bool bounded = double(longer.peakKb) <= double(decode.peakKb) * 1.10 + 4096;
        std::printf("memory: the same capture twice in a row (%lld packets, the same phones): peak RSS %.1f MB "
                    "against %.1f MB, %lld phones: %s\n",
                    (long long)longer.packets, double(longer.peakKb) / 1024, double(decode.peakKb) / 1024,
                    (long long)longer.phones, verdict(bounded));
    }
    return same ? 0 : 1;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// bench_import: MB/s and lines/s of LogImporter for each form a file may
// take (syslog or journal prefixes, gzip, UTF-16, colours), beside the
// plain UTF-8 console log measured in the same run as the baseline. Each
// form also must give the same records as the baseline (exit status 1 if not).
//
// Then end to end (issue #17): `pfsmon --headless --import FILE --report R`
// on a syslog file pfssim wrote (about 1 M records; --quick: about 50 k, for
// the suite), with and without the report, beside `awk` splitting the same
// fields and `wc -l` on the same file in the same run: records/s, the
// ratios, peak RSS, CPU seconds (user + system: the import reads on one
// core and applies on the other), the report's bytes per phone, and the peak on the same
// file twice over (the same phones, twice the records). It fails only when
// the results are wrong (records or phones not those of the file), never on
// speed. --log FILE keeps the simulated file for the next run.
#include "childrun.h"
#include "logfiles.h"
#include "logs/logimporter.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace pfs;

namespace {

struct Form {
    const char *name;
    std::function<QByteArray(const QList<QByteArray> &)> make;
};

QByteArray joined(const QList<QByteArray> &lines, const char *prefix, const char *end = "\n")
{
    QByteArray text;
    for (const QByteArray &line : lines)
        text += prefix + line + end;
    return text;
}

struct Result {
    double seconds = 0;
    qint64 records = 0;
    qint64 lines = 0;
};

Result importOnce(const QString &path)
{
    RolloutModel model;
    LogImporter importer(&model, QDate(2026, 12, 1));
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!importer.importFile(path, &error))
        qFatal("%s", qPrintable(error));
    return {double(timer.nsecsElapsed()) / 1e9, importer.stats().records, importer.stats().lines};
}

// ---- end to end ---------------------------------------------------------------

using Child = pfs::bench::ChildRun;

// Runs `argv` with its output into `out`: its wall time and peak RSS.
Child run(const QStringList &argv, const QString &out)
{
    return pfs::bench::runChild(argv, out);
}

// The fastest of `runs`, and the highest peak of them all.
Child best(int runs, const std::function<Child()> &once)
{
    Child b;
    for (int i = 0; i < runs; ++i) {
        const Child c = once();
        if (!c.ok)
            return c;
        const qint64 peak = qMax(b.peakKb, c.peakKb);
        if (i == 0 || c.seconds < b.seconds)
            b = c;
        b.peakKb = peak;
    }
    return b;
}

QByteArray firstWord(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll().simplified().split(' ').value(0) : QByteArray();
}

bool concatenateTwice(const QString &from, const QString &to)
{
    QFile in(from), out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    for (int pass = 0; pass < 2; ++pass) {
        in.seek(0);
        while (!in.atEnd()) {
            if (out.write(in.read(1 << 20)) < 0)
                return false;
        }
    }
    return true;
}

// Exit status 1 when the results are wrong or a program failed.
int endToEnd(const QString &logFile, int phones, int runs, const QString &scratch)
{
    const QString pfsmon = QStringLiteral(PFSMON_BINARY);
    if (!QFileInfo::exists(logFile)) {
        QElapsedTimer timer;
        timer.start();
        const Child sim = run({QStringLiteral(PFSSIM_BINARY), QStringLiteral("--phones"), QString::number(phones),
                               QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--out"), logFile},
                              scratch + QStringLiteral("/pfssim.out"));
        if (!sim.ok) {
            std::printf("pfssim failed\n");
            return 1;
        }
        std::printf("log written by pfssim (%d phones) in %.1f s\n", phones, double(timer.elapsed()) / 1000);
    }
    const QString report = scratch + QStringLiteral("/report.json");
    const QString out = scratch + QStringLiteral("/out.txt");
    const auto import = [&](const QString &file, const QString &reportFile) {
        QStringList argv{pfsmon, QStringLiteral("--headless"), QStringLiteral("--import"), file};
        if (!reportFile.isEmpty())
            argv << QStringLiteral("--report") << reportFile;
        return [argv, out] { return run(argv, out); };
    };
    const Child wc = best(runs, [&] { return run({QStringLiteral("wc"), QStringLiteral("-l"), logFile}, out); });
    const qint64 lines = firstWord(out).toLongLong();
    // Every line split into its fields, as awk splits them, and the host
    // taken from the RFC 3164 or RFC 5424 header ("<PRI>1 TIME HOST …"):
    // the distinct hosts are the phones.
    const QString awkProgram
        = QStringLiteral("{ h = ($1 ~ />1$/) ? $3 : $4; hosts[h]++; n += NF } END { print length(hosts) }");
    const Child awk = best(runs, [&] { return run({QStringLiteral("awk"), awkProgram, logFile}, out); });
    const qint64 awkPhones = firstWord(out).toLongLong();
    const Child bare = best(runs, import(logFile, QString()));
    const Child full = best(runs, import(logFile, report));
    if (!wc.ok || !awk.ok || !bare.ok || !full.ok) {
        std::printf("a program failed: wc %d, awk %d, pfsmon %d, pfsmon --report %d\n", wc.ok, awk.ok, bare.ok,
                    full.ok);
        return 1;
    }
    // Before the report is read back below: that raises this process's
    // peak, which every child spawned after it would start from.
    const QString twice = scratch + QStringLiteral("/twice.log");
    const Child doubled
        = concatenateTwice(logFile, twice) ? best(1, import(twice, scratch + QStringLiteral("/twice.json"))) : Child{};
    QFile::remove(twice);
    QFile reportFile(report);
    const qint64 reportBytes = reportFile.size();
    const QJsonObject json
        = reportFile.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(reportFile.readAll()).object() : QJsonObject();
    const qint64 records = json.value(QLatin1String("records")).toObject().value(QLatin1String("total")).toInteger();
    const qint64 reportPhones = json.value(QLatin1String("phones")).toArray().size();

    std::printf("end to end: %s, %.1f MB, %lld lines (%s)\n", qPrintable(QFileInfo(logFile).fileName()),
                double(QFileInfo(logFile).size()) / 1e6, (long long)lines, runs > 1 ? "best of 3" : "one run");
    std::printf("%-36s %9s %12s %9s %9s %10s %9s\n", "", "seconds", "records/s", "x wc -l", "x awk", "peak RSS",
                "CPU s");
    const auto row = [&](const char *name, const Child &c) {
        std::printf("%-36s %9.3f %12.0f %9.2f %9.2f %7.1f MB %9.3f\n", name, c.seconds, double(lines) / c.seconds,
                    c.seconds / wc.seconds, c.seconds / awk.seconds, double(c.peakKb) / 1024, c.cpuSeconds);
    };
    row("wc -l", wc);
    row("awk (host, time, severity; fields)", awk);
    row("pfsmon --import", bare);
    row("pfsmon --import --report", full);
    std::printf("report: %lld bytes, %lld phones, %.0f bytes/phone (goal <= 2000)\n", (long long)reportBytes,
                (long long)reportPhones, double(reportBytes) / qMax<qint64>(reportPhones, 1));
    std::printf("records/s with the report: %.2f M (goal >= 3 M)\n", double(lines) / full.seconds / 1e6);
    if (doubled.ok)
        std::printf("the file twice over (%lld lines, the same phones): peak %.1f MB, %+.1f %% (goal <= +10 %%)\n",
                    (long long)(2 * lines), double(doubled.peakKb) / 1024,
                    100.0 * double(doubled.peakKb - full.peakKb) / double(full.peakKb));
    std::printf("(a child's peak RSS counts from its parent's at the spawn: wc -l's is that floor)\n\n");
    const bool right = records == lines && reportPhones == awkPhones && doubled.ok;
    if (!right)
        std::printf("WRONG: %lld records for %lld lines, %lld phones for %lld hosts%s\n", (long long)records,
                    (long long)lines, (long long)reportPhones, (long long)awkPhones,
                    doubled.ok ? "" : ", the doubled file failed");
    return right ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("quick"), QStringLiteral("A short run, for the suite.")},
         {QStringLiteral("log"), QStringLiteral("The syslog file of the end-to-end run (kept)."),
          QStringLiteral("file")},
         {QStringLiteral("phones"), QStringLiteral("Phones pfssim simulates for it."), QStringLiteral("count")}});
    parser.process(app);
    const bool quick = parser.isSet(QStringLiteral("quick"));
    // End to end first: a child's peak RSS (wait4) starts at its parent's at
    // the spawn, so the corpus below must not be in memory yet. 9,600
    // simulated phones print about 990 k records; 500, about 52 k.
    QTemporaryDir endToEndDir;
    const int phones = parser.isSet(QStringLiteral("phones")) ? parser.value(QStringLiteral("phones")).toInt()
                                                              : (quick ? 500 : 9600);
    QString logFile = parser.value(QStringLiteral("log"));
    if (logFile.isEmpty())
        logFile = endToEndDir.filePath(QStringLiteral("pfssim.log"));
    const int endToEndStatus = endToEnd(logFile, phones, quick ? 1 : 3, endToEndDir.path());
    // The seed's excerpt as the PDF has it, wrapped and glued records and
    // prose included, many times over.
    const QList<QByteArray> excerpt = test::seedExcerptLines();
    QList<QByteArray> lines;
    for (int i = 0; i < (quick ? 300 : 3000); ++i)
        lines += excerpt;
    const Form forms[] = {
        {"plain console log (baseline)", [](const QList<QByteArray> &l) { return joined(l, ""); }},
        {"syslog file prefixes",
         [](const QList<QByteArray> &l) { return joined(l, "Dec  1 10:00:00 SEP001122334455 console: "); }},
        {"journalctl short-iso-precise",
         [](const QList<QByteArray> &l) {
             return joined(l, "2026-12-01T10:00:00.123456+0100 SEP001122334455 console[4242]: ");
         }},
        {"UTF-16 LE, CRLF", [](const QList<QByteArray> &l) { return test::utf16WithBom(joined(l, "", "\r\n"), true); }},
        {"grep --color=always",
         [](const QList<QByteArray> &l) {
             QByteArray t = joined(l, "");
             return t.replace("DLoad", "\x1b[01;31m\x1b[KDLoad\x1b[m\x1b[K");
         }},
        {"gzip", [](const QList<QByteArray> &l) { return test::gzipWithZlib(joined(l, "")); }},
        {"gzip of a journal",
         [](const QList<QByteArray> &l) {
             return test::gzipWithZlib(joined(l, "Dec 01 10:00:00.123456 SEP001122334455 console[4242]: "));
         }},
    };
    QTemporaryDir dir;
    std::printf("corpus: %lld lines, the seed's excerpt %lld times (%s run)\n", (long long)lines.size(),
                (long long)(lines.size() / excerpt.size()), quick ? "quick" : "full");
    double baseline = 0;
    qint64 baselineRecords = -1;
    bool same = true;
    for (const Form &form : forms) {
        const QByteArray content = form.make(lines);
        const QString path = pfs::test::writeFile(dir.filePath(QStringLiteral("input")), content);
        Result best;
        if (baselineRecords < 0)
            importOnce(path); // a warm-up, so the baseline is not the one to pay for cold caches
        for (int pass = 0; pass < 3; ++pass) {
            const Result r = importOnce(path);
            if (pass == 0 || r.seconds < best.seconds)
                best = r;
        }
        const double linesPerSecond = double(best.lines) / best.seconds;
        if (baselineRecords < 0) {
            baseline = linesPerSecond;
            baselineRecords = best.records;
        }
        same = same && best.records == baselineRecords;
        std::printf("%-30s %8.1f MB/s of file, %10.0f lines/s, %.2fx baseline, %lld records%s\n", form.name,
                    double(content.size()) / best.seconds / 1e6, linesPerSecond, linesPerSecond / baseline,
                    (long long)best.records, best.records == baselineRecords ? "" : " (DIFFERENT)");
    }
    return same && endToEndStatus == 0 ? 0 : 1;
}

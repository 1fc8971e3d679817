// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// bench_import: MB/s and lines/s of LogImporter for each form a file may
// take (syslog or journal prefixes, gzip, UTF-16, colours), beside the
// plain UTF-8 console log measured in the same run as the baseline. Each
// form also must give the same records as the baseline (exit status 1 if not).
#include "logfiles.h"
#include "logs/logimporter.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
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
    return same ? 0 : 1;
}

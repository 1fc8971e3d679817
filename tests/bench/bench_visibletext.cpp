// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// bench_visibletext: records/s of visibleText(), the rule every display of
// untrusted text goes through, against QString::fromUtf8() (what the views
// used before, measured in the same run), on trace records as phones send
// them and on hostile ones. The event log holds up to 20,000 records and its
// phone filter reads every row on each keystroke: 10 ms for plain records
// (2,000,000/s), 40 ms for hostile ones (500,000/s). Exit status 1 when an
// in-run cost against fromUtf8() misses its target (10x plain, 40x hostile).
#include "protocol/modelledgrammar.h"
#include "protocol/visibletext.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <functional>

using namespace pfs;
namespace m = pfs::modelled;

namespace {

QList<QByteArray> plainRecords(int count)
{
    QList<QByteArray> records;
    for (int i = 0; i < count; ++i) {
        const quint32 self = 0x0A000000u + quint32(i % 250) + 2;
        records.append(m::record("DBG", 8 * 3600 * 1000000LL + i * 997,
                                 m::transferProgress(0x08002700u, "/dnld/apps41.9-4-2ES26.sbn", i * 1000, self)));
    }
    return records;
}

QList<QByteArray> hostileRecords(int count)
{
    const test::HostileRollout hostile = test::hostileRollout();
    QList<QByteArray> records;
    for (int i = 0; i < count; ++i)
        records.append(hostile.lines[i % hostile.lines.size()]);
    return records;
}

// Best of `passes` runs, in records per second.
double rate(const QList<QByteArray> &records, int passes, const std::function<qsizetype(const QByteArray &)> &show)
{
    double best = 0;
    qsizetype sink = 0;
    for (int pass = 0; pass < passes; ++pass) {
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray &record : records)
            sink += show(record);
        const double seconds = double(qMax<qint64>(timer.nsecsElapsed(), 1)) / 1e9;
        best = qMax(best, double(records.size()) / seconds);
    }
    return sink > 0 ? best : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int count = quick ? 20000 : 200000;
    const int passes = quick ? 5 : 10;
    const auto fromUtf8 = [](const QByteArray &r) { return QString::fromUtf8(r).size(); };
    const auto visible = [](const QByteArray &r) { return visibleText(r).size(); };
    const QList<QByteArray> plain = plainRecords(count), hostile = hostileRecords(count);
    const double plainBase = rate(plain, passes, fromUtf8), plainShown = rate(plain, passes, visible);
    const double hostileBase = rate(hostile, passes, fromUtf8), hostileShown = rate(hostile, passes, visible);
    const double plainRatio = plainBase / plainShown, hostileRatio = hostileBase / hostileShown;
    const auto met = [](bool ok) { return ok ? "met" : "NOT met"; };
    std::printf("corpus: %d records of each kind (%s run)\n", count, quick ? "quick" : "full");
    std::printf("plain records:   visibleText %.0f records/s (target >= 2000000: %s), fromUtf8 %.0f records/s, "
                "cost %.1fx (target <= 10: %s)\n",
                plainShown, met(plainShown >= 2e6), plainBase, plainRatio, met(plainRatio <= 10));
    std::printf("hostile records: visibleText %.0f records/s (target >= 500000: %s), fromUtf8 %.0f records/s, "
                "cost %.1fx (target <= 40: %s)\n",
                hostileShown, met(hostileShown >= 5e5), hostileBase, hostileRatio, met(hostileRatio <= 40));
    return plainRatio <= 10 && hostileRatio <= 40 ? 0 : 1;
}

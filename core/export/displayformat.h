// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace pfs {

struct BandwidthFigures;
struct TimeLeft;
struct BandwidthReport;
struct Progress;
struct Phone;

// Sizes, durations and percentages as every view, report and export shows
// them: in the given locale, one way each.
class DisplayFormat {
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
public:
    // One convention everywhere, as network tools count: SI units (kB, MB,
    // GB of 1,000), in the locale's words and digits ("6,1 Mo" in French).
    static QString size(qint64 bytes, const QLocale &locale);
    // A unit for a chart's axis whose largest value is `maxBytes`: values are
    // divided by `divisor` and the axis is titled with `unit` ("MB").
    struct SizeScale {
        double divisor = 1;
        QString unit;
    };
    static SizeScale sizeScale(qint64 maxBytes, const QLocale &locale);
    // How far transfers got, with the unit: "584 bytes of 6.1 MB"; the bytes
    // alone when no size is known.
    static QString sizeOf(const Progress &progress, const QLocale &locale);
    static QString duration(double seconds, const QLocale &locale);
    // When a phone was last heard and how long before `nowMs`: "08:02:56,
    // 12 s ago"; empty when never.
    static QString lastHeard(const Phone &phone, qint64 nowMs, const QLocale &locale);
    // A forecast's time left: "done", "about 3 min", "2 min 10 s to 4 min",
    // "unknown" when nothing supports a guess.
    static QString timeLeft(const TimeLeft &left, const QLocale &locale);
    // `value` is already a percentage (0 to 100): "42 %", "12.5 %".
    static QString percent(double value, const QLocale &locale, int decimals = 0);
    // A share of a whole (0 to 1), as a whole percentage: progress. A start is
    // never "0 %" and an unfinished whole never "100 %": "< 1 %", "99 %".
    static QString share(double fraction, const QLocale &locale);
    // Which sizes bandwidth figures rest on: "Sizes: 58 observed (tsize,
    // Content-Length, size=), 2 estimated from the firmware catalogue."
    // Empty when they rest on none.
    static QString sizeSources(const BandwidthFigures &figures);
    // The two bandwidth figures, one sentence each, the same in the window,
    // the text report and the exported trees (the JSON report gives the
    // numbers): "Saved so far: 1.2 GB of 1.5 GB moved (80.0 %); 300 MB
    // crossed the WAN." from the bytes actually moved, and "Projected at the
    // end: …" (marked as an estimate when it is one) with the traditional
    // way's part, the listed phones not heard yet and those left out.
    static QString savedSoFar(const BandwidthFigures &soFar, const QLocale &locale);
    static QString projected(const BandwidthReport &report, const QLocale &locale);
    // "At 2,000,000 bit/s: traditional 10 h 2 min, PFS 25 min." Empty without a rate.
    static QString wanTime(const BandwidthFigures &figures, qint64 bitsPerSecond, const QLocale &locale);
};

} // namespace pfs

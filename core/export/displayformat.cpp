// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "export/displayformat.h"

#include "health/forecast.h"
#include "model/bandwidth.h"
#include "model/rolloutmodel.h"

#include <QDateTime>
#include <QStringList>

#include <limits>

namespace pfs {

QString DisplayFormat::size(qint64 bytes, const QLocale &locale)
{
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

DisplayFormat::SizeScale DisplayFormat::sizeScale(qint64 maxBytes, const QLocale &locale)
{
    // The unit's name as the locale writes it: the size of one such unit,
    // formatted, without its number.
    SizeScale scale;
    qint64 unit = 1;
    while (unit <= std::numeric_limits<qint64>::max() / 1000 && maxBytes >= unit * 1000)
        unit *= 1000;
    scale.divisor = double(unit);
    const QString one = locale.formattedDataSize(unit, 0, QLocale::DataSizeSIFormat);
    scale.unit = one.mid(one.indexOf(u' ') + 1);
    return scale;
}

QString DisplayFormat::sizeOf(const Progress &progress, const QLocale &locale)
{
    if (progress.totalBytes <= 0)
        return size(progress.doneBytes, locale);
    //: How far transfers got: %1 bytes done of %2 bytes in all ("584 bytes of 6.1 MB")
    return tr("%1 of %2").arg(size(progress.doneBytes, locale), size(progress.totalBytes, locale));
}

QString DisplayFormat::duration(double seconds, const QLocale &locale)
{
    const qint64 s = qint64(seconds + 0.5);
    if (s < 60)
        return tr("%1 s").arg(locale.toString(s));
    if (s < 3600 && s % 60 == 0)
        return tr("%1 min").arg(locale.toString(s / 60));
    if (s < 3600)
        return tr("%1 min %2 s").arg(locale.toString(s / 60), locale.toString(s % 60));
    return tr("%1 h %2 min").arg(locale.toString(s / 3600), locale.toString(s / 60 % 60));
}

QString DisplayFormat::lastHeard(const Phone &phone, qint64 nowMs, const QLocale &locale)
{
    if (phone.lastHeardMs < 0)
        return {};
    const QString at = locale.toString(QDateTime::fromMSecsSinceEpoch(phone.lastHeardMs).time(),
                                       QStringLiteral("HH:mm:ss")); // as the event log
    if (nowMs < phone.lastHeardMs)
        return at;
    const qint64 seconds = (nowMs - phone.lastHeardMs) / 1000;
    //: %1: a duration ("2 min 5 s")
    const QString longAgo = tr("%1 ago");
    const QString ago
        = seconds < 60 ? tr("%Ln s ago", nullptr, int(seconds)) : longAgo.arg(duration(double(seconds), locale));
    //: %1: the time a phone was last heard; %2: how long before the snapshot ("12 s ago")
    return tr("%1, %2").arg(at, ago);
}

QString DisplayFormat::timeLeft(const TimeLeft &left, const QLocale &locale)
{
    if (!left.known())
        return tr("unknown");
    if (left.highMs <= 0)
        return tr("done");
    // Seconds are noise in a guess of minutes: shown only under two minutes.
    const auto rounded
        = [](qint64 ms) { return ms < 120'000 ? double(ms) / 1000 : double((ms + 30'000) / 60'000 * 60); };
    const double low = rounded(left.lowMs), high = rounded(left.highMs);
    if (high - low < qMax(10.0, high / 10))
        //: A forecast that is fairly sure: %1 is a duration ("3 min 0 s")
        return tr("about %1").arg(duration(high, locale));
    //: A forecast as a range: %1 the shortest, %2 the longest duration
    return tr("%1 to %2").arg(duration(low, locale), duration(high, locale));
}

QString DisplayFormat::percent(double value, const QLocale &locale, int decimals)
{
    //: A percentage: the number, then the percent sign as the language writes it.
    return tr("%1 %").arg(locale.toString(value, 'f', decimals));
}

QString DisplayFormat::share(double fraction, const QLocale &locale)
{
    if (fraction > 0 && fraction < 0.005)
        return QStringLiteral("< ") + percent(1, locale);
    if (fraction < 1 && fraction >= 0.995)
        return percent(99, locale);
    return percent(100.0 * fraction, locale);
}

QString DisplayFormat::sizeSources(const BandwidthFigures &f)
{
    // %Ln: the count in the default locale, which follows the chosen language.
    QStringList parts;
    if (f.observedSizes > 0)
        parts.append(tr("%Ln observed (tsize, Content-Length, size=)", "component sizes", f.observedSizes));
    if (f.estimatedSizes > 0)
        parts.append(tr("%Ln estimated from the firmware catalogue", "component sizes", f.estimatedSizes));
    if (f.unknownSizes > 0)
        parts.append(tr("%Ln unknown", "component sizes", f.unknownSizes));
    if (parts.isEmpty())
        return {};
    //: %1: how many component sizes were observed, estimated, unknown, joined by ", "
    return tr("Sizes: %1.").arg(parts.join(tr(", ")));
}

QString DisplayFormat::savedSoFar(const BandwidthFigures &f, const QLocale &locale)
{
    //: %1 saved of %2 received by the phones, %3 the percentage, %4 what did cross the WAN
    return tr("Saved so far: %1 of %2 moved (%3); %4 crossed the WAN.")
        .arg(size(f.savedBytes(), locale), size(f.traditionalWanBytes, locale), percent(f.savedPercent(), locale, 1),
             size(f.actualWanBytes, locale));
}

QString DisplayFormat::projected(const BandwidthReport &report, const QLocale &locale)
{
    const BandwidthFigures &f = report.projected();
    //: %1 saved, %2 what a traditional upgrade moves, %3 the percentage, %4 what PFS moves
    const QString figures = f.estimated ? tr("Projected at the end (estimate): %1 saved of the %2 a traditional "
                                             "upgrade moves over the WAN (%3); PFS needs %4.")
                                        : tr("Projected at the end: %1 saved of the %2 a traditional upgrade moves "
                                             "over the WAN (%3); PFS needs %4.");
    QStringList parts{figures.arg(size(f.savedBytes(), locale), size(f.traditionalWanBytes, locale),
                                  percent(f.savedPercent(), locale, 1), size(f.actualWanBytes, locale))};
    // Not an error: these phones were set so, their bytes are their own part.
    if (f.traditionalWayPhones > 0) {
        parts.append(tr("Of that, %1 for %Ln phone(s) upgrading the traditional way (PFS off or a model without PFS).",
                        nullptr, f.traditionalWayPhones)
                         .arg(size(f.traditionalWayWanBytes, locale)));
    }
    if (f.notHeardPhones > 0)
        parts.append(
            tr("It counts %Ln phone(s) listed in the inventory but not heard yet.", nullptr, f.notHeardPhones));
    if (report.phonesWithoutSize > 0) {
        parts.append(
            tr("%Ln phone(s) left out: the size of their load is unknown.", nullptr, report.phonesWithoutSize));
    }
    return parts.join(QLatin1Char(' '));
}

QString DisplayFormat::wanTime(const BandwidthFigures &f, qint64 bitsPerSecond, const QLocale &locale)
{
    if (bitsPerSecond <= 0)
        return {};
    return tr("At %1 bit/s: traditional %2, PFS %3.")
        .arg(locale.toString(bitsPerSecond), duration(f.traditionalSeconds(bitsPerSecond), locale),
             duration(f.pfsSeconds(bitsPerSecond), locale));
}

} // namespace pfs

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "export/displayformat.h"

#include "health/forecast.h"
#include "model/bandwidth.h"

#include <QStringList>

namespace pfs {

QString DisplayFormat::size(qint64 bytes, const QLocale &locale)
{
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
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

} // namespace pfs

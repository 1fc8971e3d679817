// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "export/displayformat.h"

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
    if (s < 3600)
        return tr("%1 min %2 s").arg(locale.toString(s / 60), locale.toString(s % 60));
    return tr("%1 h %2 min").arg(locale.toString(s / 3600), locale.toString(s / 60 % 60));
}

QString DisplayFormat::percent(double value, const QLocale &locale, int decimals)
{
    //: A percentage: the number, then the percent sign as the language writes it.
    return tr("%1 %").arg(locale.toString(value, 'f', decimals));
}

} // namespace pfs

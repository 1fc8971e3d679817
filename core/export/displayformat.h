// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace pfs {

// Sizes and durations as every view, report and export shows
// them: in the given locale, one way each.
class DisplayFormat {
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
public:
    static QString size(qint64 bytes, const QLocale &locale);
    static QString duration(double seconds, const QLocale &locale);
};

} // namespace pfs

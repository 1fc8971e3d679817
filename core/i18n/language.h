// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The language pfsmon speaks: English or French, from the command line, the
// saved choice or the system locale, switchable while running. Installing a
// translator makes Qt send LanguageChange to every widget; the default QLocale
// follows, so numbers, sizes, dates and times do too. Core only: headless
// output is translated the same way.
namespace pfs {

class Language {
    Q_DECLARE_TR_FUNCTIONS(Language)
public:
    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("fr")}; }
    static QString systemDefault();
    // Installs the translation (embedded under :/i18n/) and the locale; false for an unknown code.
    static bool apply(const QString &code);
    static QString current();
    static QString nativeName(const QString &code); // "English", "Français"
};

} // namespace pfs

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "i18n/language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace pfs {
namespace {

std::unique_ptr<QTranslator> g_translator; // replacing it uninstalls the old one
std::unique_ptr<QTranslator> g_qtTranslator;
QString g_current = QStringLiteral("en");

} // namespace

QString Language::systemDefault()
{
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

bool Language::apply(const QString &code)
{
    if (!available().contains(code))
        return false;
    const QLocale locale(code == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                     : QLocale(QLocale::English, QLocale::UnitedStates));
    QLocale::setDefault(locale);
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/pfsmon_") + code + QStringLiteral(".qm")))
        return false;
    // Qt's own strings (standard buttons), when the system has them.
    auto qt = std::make_unique<QTranslator>();
    const bool qtLoaded = qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                   QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    g_translator.reset();
    g_qtTranslator.reset();
    if (qtLoaded) {
        g_qtTranslator = std::move(qt);
        QCoreApplication::installTranslator(g_qtTranslator.get());
    }
    g_translator = std::move(translator);
    QCoreApplication::installTranslator(g_translator.get());
    g_current = code;
    return true;
}

QString Language::current()
{
    return g_current;
}

QString Language::nativeName(const QString &code)
{
    return code == QLatin1String("fr") ? QStringLiteral("Français") : QStringLiteral("English");
}

} // namespace pfs

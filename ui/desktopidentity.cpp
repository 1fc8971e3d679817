// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/desktopidentity.h"

#include <QGuiApplication>

namespace pfs {

QString DesktopIdentity::desktopFileName()
{
    return QStringLiteral(PFSMON_APP_ID);
}

QIcon DesktopIdentity::applicationIcon()
{
    return QIcon::fromTheme(desktopFileName(), QIcon(QStringLiteral(":/icons/pfsmon.svg")));
}

void DesktopIdentity::apply()
{
    QGuiApplication::setDesktopFileName(desktopFileName());
    QGuiApplication::setWindowIcon(applicationIcon());
}

} // namespace pfs

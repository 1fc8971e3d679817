// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QIcon>
#include <QString>

// What the desktop knows the window by. Docks, task bars and Wayland
// compositors match a window to its menu entry through the desktop file's
// name, so it must be the installed file's (PFSMON_APP_ID, set in the top
// CMakeLists.txt). The icon is the theme's when pfsmon is installed (the
// hicolor PNGs and SVG of app/packaging), else the same SVG embedded under
// :/icons/, so a build-tree run shows it too.
namespace pfs {

class DesktopIdentity {
public:
    static QString desktopFileName(); // "io.github.pfsmon.pfsmon", no ".desktop"
    static QIcon applicationIcon();
    // Before the first window: names the application and gives every window its icon.
    static void apply();
};

} // namespace pfs

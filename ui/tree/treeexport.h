// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "engine/enginesnapshot.h"

#include <QCoreApplication>
#include <QStringList>

// The tree snapshot as an image: the scene the tree view draws (same boxes,
// colours, labels and progress), not a screenshot. PNG at a chosen scale
// (device pixel ratio set, so it stays sharp on high-DPI screens), SVG
// (vector, text kept as text) and PDF (fit to one page, or paginated at a
// readable size) with a header. Written atomically.
namespace pfs {

class TreeExport {
    Q_DECLARE_TR_FUNCTIONS(TreeExport)
public:
    enum class Format { Png, Svg, Pdf };

    struct Options {
        quint32 xid = 0;       // 0: every hierarchy
        double scale = 2.0;    // PNG pixels per scene unit
        bool paginate = false; // PDF: tile across pages instead of fitting one
        qint64 wanBitsPerSecond = 2'000'000;
    };

    static bool write(const EngineSnapshot &snapshot, Format format, const QString &path, const Options &options,
                      QString *error);
    // The header printed on PDF pages and kept as the SVG description.
    static QStringList header(const EngineSnapshot &snapshot, quint32 xid);
    static bool formatFromName(const QString &name, Format *format);
    // What a write would produce: the PNG's size in pixels, the PDF's pages.
    static QSize pngSize(const EngineSnapshot &snapshot, const Options &options);
    static int pdfPages(const EngineSnapshot &snapshot, const Options &options);
};

} // namespace pfs

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "export/exporter.h"

#include <QCoreApplication>
#include <QSize>
#include <QStringList>

// The tree snapshot as an image, painted by render/treerenderer.h: the same
// boxes, colours, labels and progress as the window's tree view, not a
// screenshot, and no widget involved. PNG at a chosen scale (device pixel
// ratio set, so it stays sharp on high-DPI screens), SVG (vector, text kept
// as text) and PDF (fit to one page, or paginated at a readable size) with a
// header. Written atomically. Reached through Exporter.
namespace pfs {

class TreeImage {
    Q_DECLARE_TR_FUNCTIONS(TreeImage)
public:
    // format: Png, Svg or Pdf.
    static bool write(const ExportSource &source, ExportFormat format, const QString &path,
                      const ExportOptions &options, QString *error);
    // The header printed on PDF pages and kept as the SVG description.
    static QStringList header(const ExportSource &source, HierarchyId hierarchy);
    // What a write would produce: the PNG's size in pixels, the PDF's pages.
    static QSize pngSize(const ExportSource &source, const ExportOptions &options);
    static int pdfPages(const ExportSource &source, const ExportOptions &options);
};

} // namespace pfs

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "export/exporter.h"
#include "render/treerenderer.h"

#include <QCoreApplication>
#include <QSize>
#include <QStringList>

#include <vector>

// The tree snapshot as an image, painted by render/treerenderer.h: the same
// boxes, colours, labels and progress as the window's tree view, not a
// screenshot, and no widget involved. PNG at a chosen scale (device pixel
// ratio set, so it stays sharp on high-DPI screens), SVG (vector, text kept
// as text) and PDF (fit to one page, or paginated at a readable size, whole
// subtrees per page), all with the header and the legend. Written
// atomically. Reached through Exporter.
namespace pfs {

class TreeImage {
    Q_DECLARE_TR_FUNCTIONS(TreeImage)
public:
    // format: Png, Svg or Pdf.
    static bool write(const ExportSource &source, ExportFormat format, const QString &path,
                      const ExportOptions &options, QString *error);
    // The header printed on PDF pages, drawn above the PNG's and the SVG's
    // trees and kept as the SVG description and the PNG's text: hierarchy,
    // the rollout's time shown and the export's, progress, saved.
    static QStringList header(const ExportSource &source, HierarchyId hierarchy);
    // What a write would produce: the PNG's size in pixels, the PDF's pages.
    static QSize pngSize(const ExportSource &source, const ExportOptions &options);
    // Beyond what a write accepts (400 million pixels).
    static bool pngTooLarge(QSize pixels);
    static int pdfPages(const ExportSource &source, const ExportOptions &options);
    // A paginated PDF's pages, each the parts of trees it shows, in page
    // units before scaling: every part a whole subtree under its title;
    // a box whose subtree goes on in another part shows "+N".
    static std::vector<std::vector<TreeScene>> pdfPageParts(const ExportSource &source, const ExportOptions &options);
};

} // namespace pfs

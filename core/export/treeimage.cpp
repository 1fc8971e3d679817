// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "export/treeimage.h"

#include "export/displayformat.h"
#include "protocol/ipv4.h"
#include "protocol/visibletext.h"
#include "render/treerenderer.h"

#include <QDateTime>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace pfs {
namespace {

constexpr double kPdfUnitsPerScene = 0.6; // paginated PDF: boxes stay readable

constexpr double kLegendGap = 12; // between the legend and the trees, scene units

// The forest the view draws for this snapshot, and the area worth printing.
// With `legendAbove` (PNG, SVG: no header) the legend of its edges sits
// above the trees, in the scene's own units; a PDF draws it in its header.
struct Drawn {
    const ExportSource &source;
    FindingIndex findings; // at the snapshot's time: the boxes' outlines as the window draws them
    TreeScene scene;
    QList<Provenance> kinds;
    QPointF legendAt; // its top left in the scene, when above
    bool legendAbove;
    QRectF rect;

    Drawn(const ExportSource &from, HierarchyId hierarchy, bool withLegendAbove)
        : source(from)
        , findings(Health::assess(*from.model, from.clockMs))
        , scene(TreeScene::build(*from.model, hierarchy))
        , kinds(scene.edgeKinds())
        , legendAbove(withLegendAbove && !scene.isEmpty())
        , rect(scene.bounds(20))
    {
        if (!legendAbove)
            return;
        const QRectF trees = scene.bounds();
        const QSizeF legend = TreeRenderer::legendSize(kinds);
        legendAt = QPointF(trees.left(), trees.top() - kLegendGap - legend.height());
        rect |= QRectF(legendAt, legend).adjusted(-20, -20, 20, 0);
    }

    // The scene's `area` into `target` of the painter, scaled to fit and
    // aligned top left, as QGraphicsScene::render did for the view's scene.
    void render(QPainter &painter, const QRectF &target, const QRectF &area,
                Qt::AspectRatioMode aspect = Qt::KeepAspectRatio) const
    {
        double sx = target.width() / area.width(), sy = target.height() / area.height();
        if (aspect == Qt::KeepAspectRatio)
            sx = sy = std::min(sx, sy);
        painter.save();
        painter.setClipRect(target, Qt::IntersectClip);
        painter.translate(target.topLeft());
        painter.scale(sx, sy);
        painter.translate(-area.topLeft());
        TreeRenderer::paint(painter, *source.model, findings, scene);
        if (legendAbove) {
            painter.translate(legendAt);
            TreeRenderer::paintLegend(painter, kinds);
        }
        painter.restore();
    }
};

bool commit(QSaveFile &file, const QString &path, QString *error)
{
    if (file.commit())
        return true;
    *error = TreeImage::tr("cannot write %1: %2").arg(path, file.errorString());
    return false;
}

bool open(QSaveFile &file, const QString &path, QString *error)
{
    file.setFileName(path);
    if (file.open(QIODevice::WriteOnly))
        return true;
    *error = TreeImage::tr("cannot write %1: %2").arg(path, file.errorString());
    return false;
}

bool writePng(const Drawn &drawn, const QRectF &rect, const QString &path, double scale, QString *error)
{
    const QSize pixels(qCeil(rect.width() * scale), qCeil(rect.height() * scale));
    if (pixels.isEmpty() || qint64(pixels.width()) * pixels.height() > 400'000'000LL) {
        *error = TreeImage::tr("the image would be %1 × %2 pixels: choose a smaller scale")
                     .arg(pixels.width())
                     .arg(pixels.height());
        return false;
    }
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        drawn.render(painter, QRectF(QPointF(0, 0), QSizeF(pixels)), rect);
    }
    image.setDevicePixelRatio(scale);
    QSaveFile file;
    if (!open(file, path, error))
        return false;
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        *error = TreeImage::tr("cannot write %1: %2").arg(path, writer.errorString());
        return false;
    }
    return commit(file, path, error);
}

bool writeSvg(const Drawn &drawn, const QRectF &rect, const QString &path, const QStringList &header, QString *error)
{
    QSaveFile file;
    if (!open(file, path, error))
        return false;
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(rect.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), rect.size()));
    // QSvgGenerator writes title and description into the XML as they are:
    // a model name holding "<" or "&" would break the file or add markup.
    svg.setTitle(header.value(0).toHtmlEscaped());
    svg.setDescription(header.join(QLatin1Char('\n')).toHtmlEscaped());
    {
        QPainter painter(&svg);
        drawn.render(painter, QRectF(QPointF(0, 0), rect.size()), rect);
    }
    return commit(file, path, error);
}

QSizeF pageTile(QSize body, int resolution)
{
    const double unitsPerPoint = double(resolution) / 72.0;
    return {body.width() / (kPdfUnitsPerScene * unitsPerPoint), body.height() / (kPdfUnitsPerScene * unitsPerPoint)};
}

std::pair<int, int> tiles(const QRectF &rect, QSizeF tile)
{
    return {qMax(1, int(std::ceil(rect.width() / tile.width()))),
            qMax(1, int(std::ceil(rect.height() / tile.height())))};
}

// The header's lines on the left of `page`, the legend of `kinds` on its
// right, at about the header's type size and never taller than the header's
// `height`, so that it never covers the trees below.
void drawHeader(QPainter &painter, const QStringList &header, const QList<Provenance> &kinds, const QRect &page,
                int height, int resolution)
{
    const QSizeF legend = TreeRenderer::legendSize(kinds);
    const double scale = std::min(7.5 / 11.0 * resolution / 72.0, height * 0.95 / legend.height());
    const double legendWidth = legend.width() * scale;
    painter.save();
    painter.translate(page.right() - legendWidth, page.top());
    painter.scale(scale, scale);
    TreeRenderer::paintLegend(painter, kinds);
    painter.restore();
    QFont font = painter.font();
    font.setPointSizeF(9);
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QRect text = page.adjusted(0, 0, -int(legendWidth) - resolution / 6, 0);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, header.join(QLatin1Char('\n')));
}

bool writePdf(const Drawn &drawn, const QRectF &rect, const QString &path, const QStringList &header, bool paginate,
              QString *error)
{
    QSaveFile file;
    if (!open(file, path, error))
        return false;
    QPdfWriter pdf(&file);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    pdf.setTitle(header.value(0));
    pdf.setCreator(QStringLiteral("pfsmon"));
    QPainter painter(&pdf);
    const QRect page = painter.viewport();
    const int headerHeight = page.height() / 9;
    const QRect body(page.left(), page.top() + headerHeight, page.width(), page.height() - headerHeight);
    if (!paginate) {
        drawHeader(painter, header, drawn.kinds, page, headerHeight, pdf.resolution());
        drawn.render(painter, body, rect, Qt::KeepAspectRatio);
        painter.end();
        return commit(file, path, error);
    }
    // Tiles of the scene at a fixed size per page, left to right, top to bottom.
    const QSizeF tile = pageTile(body.size(), pdf.resolution());
    const auto [columns, rows] = tiles(rect, tile);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            if (row || column)
                pdf.newPage();
            drawHeader(painter,
                       QStringList(header) << TreeImage::tr("Page %1 of %2 (row %3, column %4)")
                                                  .arg(row * columns + column + 1)
                                                  .arg(rows * columns)
                                                  .arg(row + 1)
                                                  .arg(column + 1),
                       drawn.kinds, page, headerHeight, pdf.resolution());
            const QRectF source(rect.left() + column * tile.width(), rect.top() + row * tile.height(), tile.width(),
                                tile.height());
            drawn.render(painter, body, source, Qt::KeepAspectRatio);
        }
    }
    painter.end();
    return commit(file, path, error);
}

} // namespace

QStringList TreeImage::header(const ExportSource &snapshot, HierarchyId hierarchy)
{
    const RolloutModel &model = *snapshot.model;
    const QLocale locale;
    const BandwidthFigures &f = snapshot.bandwidth.projected();
    QStringList lines;
    lines.append(
        tr("pfsmon tree snapshot, %1")
            .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(
                                     snapshot.clockMs > 0 ? snapshot.clockMs : QDateTime::currentMSecsSinceEpoch()),
                                 QLocale::LongFormat)));
    if (const Hierarchy *h = model.hierarchy(hierarchy)) {
        lines.append(
            tr("Hierarchy %1: model %2, subnet %3, file %4 (load %5), %n phone(s)", nullptr, int(h->members.size()))
                .arg(RolloutModel::xidName(*h), h->model.isEmpty() ? tr("unknown") : visibleText(h->model),
                     h->hasSubnet ? formatSubnet(h->subnet, model.subnetPrefix()) : tr("unknown"), visibleText(h->file),
                     h->load.isEmpty() ? tr("unknown") : visibleText(h->load)));
    } else {
        lines.append(tr("All %n hierarchies", nullptr, int(model.hierarchies().size())));
    }
    const BandwidthFigures &soFar = snapshot.bandwidth.soFar();
    lines.append(
        tr("Overall progress %1; WAN bandwidth saved so far %2 (%3), projected at the end %4 (%5)%6")
            .arg(DisplayFormat::share(model.overallProgress().fraction(), locale),
                 DisplayFormat::size(soFar.savedBytes(), locale),
                 DisplayFormat::percent(soFar.savedPercent(), locale, 1), DisplayFormat::size(f.savedBytes(), locale),
                 DisplayFormat::percent(f.savedPercent(), locale, 1), f.estimated ? tr(", estimated") : QString()));
    const QString sizes = DisplayFormat::sizeSources(f);
    if (!sizes.isEmpty())
        lines.append(sizes);
    return lines;
}

bool TreeImage::write(const ExportSource &snapshot, ExportFormat format, const QString &path,
                      const ExportOptions &options, QString *error)
{
    // The view's own layout and painting for this snapshot: what the window shows.
    const Drawn drawn(snapshot, options.hierarchy, format != ExportFormat::Pdf);
    const QRectF rect = drawn.rect;
    if (drawn.scene.isEmpty()) {
        *error = tr("there is no tree to export yet");
        return false;
    }
    const QStringList lines = header(snapshot, options.hierarchy);
    switch (format) {
    case ExportFormat::Png: return writePng(drawn, rect, path, options.scale, error);
    case ExportFormat::Svg: return writeSvg(drawn, rect, path, lines, error);
    case ExportFormat::Pdf: return writePdf(drawn, rect, path, lines, options.paginate, error);
    default: break;
    }
    return false;
}

QSize TreeImage::pngSize(const ExportSource &snapshot, const ExportOptions &options)
{
    const QRectF rect = Drawn(snapshot, options.hierarchy, true).rect;
    return {qCeil(rect.width() * options.scale), qCeil(rect.height() * options.scale)};
}

int TreeImage::pdfPages(const ExportSource &snapshot, const ExportOptions &options)
{
    if (!options.paginate)
        return 1;
    // The body of an A4 landscape page with 10 mm margins, at QPdfWriter's resolution.
    QPdfWriter probe(QStringLiteral("/dev/null"));
    probe.setPageSize(QPageSize(QPageSize::A4));
    probe.setPageOrientation(QPageLayout::Landscape);
    probe.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    const QRect page = probe.pageLayout().paintRectPixels(probe.resolution());
    const int headerHeight = page.height() / 9;
    const QSizeF tile = pageTile(QSize(page.width(), page.height() - headerHeight), probe.resolution());
    const auto [columns, rows] = tiles(Drawn(snapshot, options.hierarchy, false).rect, tile);
    return columns * rows;
}

} // namespace pfs

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
constexpr int kHeaderShare = 7;           // a PDF page's header: a seventh of its height

constexpr double kLegendGap = 12; // between the header, the legend and the trees, scene units
constexpr double kHeaderPixels = 13;
constexpr double kHeaderLine = 18;

QFont headerFont()
{
    QFont font;
    font.setPixelSize(int(kHeaderPixels));
    return font;
}

// The forest the view draws for this snapshot, and the area worth printing.
// PNG and SVG carry, above the trees, the header the PDF prints on its pages
// and the legend of its edges, in the scene's own units; a PDF draws both in
// its page header instead.
struct Drawn {
    const ExportSource &source;
    FindingIndex findings; // at the snapshot's time: the boxes' outlines as the window draws them
    TreeScene scene;
    QList<Provenance> kinds;
    QStringList header; // drawn above the legend, when above
    QPointF headerAt;   // its top left in the scene
    QPointF legendAt;   // its top left in the scene, when above
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
        header = TreeImage::header(from, hierarchy);
        const QFontMetricsF metrics(headerFont());
        double width = 0;
        for (const QString &line : std::as_const(header))
            width = std::max(width, metrics.horizontalAdvance(line));
        headerAt = QPointF(trees.left(), legendAt.y() - kLegendGap - double(header.size()) * kHeaderLine);
        rect |= QRectF(headerAt, QSizeF(width, double(header.size()) * kHeaderLine)).adjusted(-20, -20, 20, 0);
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
            paintHeader(painter);
            painter.translate(legendAt);
            TreeRenderer::paintLegend(painter, kinds);
        }
        painter.restore();
    }

    void paintHeader(QPainter &painter) const
    {
        painter.setFont(headerFont());
        painter.setPen(Qt::black);
        for (qsizetype i = 0; i < header.size(); ++i)
            painter.drawText(QRectF(headerAt + QPointF(0, double(i) * kHeaderLine), QSizeF(1e6, kHeaderLine)),
                             Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, header[i]);
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
    if (TreeImage::pngTooLarge(pixels)) {
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
    // The header drawn above the trees, also as the PNG's own text, for indexers and viewers.
    image.setText(QStringLiteral("Title"), drawn.header.value(0));
    image.setText(QStringLiteral("Description"), drawn.header.join(QLatin1Char('\n')));
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

// Splits one tree into parts that each fit a page's `tile`, whole subtrees
// each: a part goes as deep as fits, and the subtree under each box it cuts
// starts a part of its own, under that box drawn again, titled with it.
class TreeSplitter {
public:
    TreeSplitter(const RolloutModel &model, const Hierarchy &h, QSizeF tile, std::vector<TreeScene> &parts)
        : m_model(model)
        , m_h(h)
        , m_tile(tile)
        , m_parts(parts)
        , m_title(TreeScene::titleOf(model, h))
    {
    }

    void split(const QList<PhoneId> &roots, const QString &title)
    {
        const QList<QList<PhoneId>> levels = levelsUnder(roots);
        // A part of one root shows at least its children: the next part starts lower.
        const int shallowest = roots.size() > 1 ? 0 : 1;
        QSet<PhoneId> cut;
        TreeScene part;
        for (int depth = std::min(shallowest, int(levels.size()) - 1); depth < int(levels.size()); ++depth) {
            QSet<PhoneId> deeperCut = cutAt(levels, depth);
            TreeScene deeper = TreeScene::buildPart(m_model, m_h, roots, deeperCut, title);
            if (!part.isEmpty() && !fits(deeper))
                break;
            part = std::move(deeper);
            cut = std::move(deeperCut);
            if (!fits(part))
                break; // the least there is, even if too wide
        }
        if (!fits(part) && roots.size() > 1) { // a forest too wide for a page: half each
            split(roots.mid(0, roots.size() / 2), title);
            split(roots.mid(roots.size() / 2), title);
            return;
        }
        std::vector<PhoneId> continued;
        for (const TreeScene::Node &node : part.nodes) {
            if (node.hiddenBelow > 0)
                continued.push_back(node.phone);
        }
        m_parts.push_back(std::move(part));
        for (const PhoneId phone : continued) {
            const Phone *p = m_model.phone(phone);
            //: A page of a paginated PDF tree: %1 the tree's title, %2 the phone whose subtree follows
            split({phone}, TreeImage::tr("%1, under %2 (continued)").arg(m_title, p ? p->displayName() : QString()));
        }
    }

private:
    bool fits(const TreeScene &part) const
    {
        const QSizeF size = part.bounds(10).size();
        return size.width() <= m_tile.width() && size.height() <= m_tile.height();
    }

    // The phones under `roots`, level by level, each once.
    QList<QList<PhoneId>> levelsUnder(const QList<PhoneId> &roots) const
    {
        QList<QList<PhoneId>> levels{roots};
        QSet<PhoneId> seen(roots.cbegin(), roots.cend());
        while (true) {
            QList<PhoneId> next;
            for (const PhoneId id : levels.last()) {
                for (const PhoneId child : m_h.children(id)) {
                    if (!seen.contains(child)) {
                        seen.insert(child);
                        next.append(child);
                    }
                }
            }
            if (next.isEmpty())
                return levels;
            levels.append(next);
        }
    }

    // The boxes of level `depth` with children: their subtrees go on.
    QSet<PhoneId> cutAt(const QList<QList<PhoneId>> &levels, int depth) const
    {
        QSet<PhoneId> cut;
        for (const PhoneId id : levels.value(depth)) {
            if (!m_h.children(id).isEmpty())
                cut.insert(id);
        }
        return cut;
    }

    const RolloutModel &m_model;
    const Hierarchy &m_h;
    QSizeF m_tile;
    std::vector<TreeScene> &m_parts;
    QString m_title;
};

// The parts on pages, in reading order, left to right in rows: a part is
// never split, so its title always stands on the page of its boxes.
std::vector<std::vector<TreeScene>> packParts(std::vector<TreeScene> parts, QSizeF tile)
{
    std::vector<std::vector<TreeScene>> pages(1);
    double x = 0, y = 0, rowHeight = 0;
    for (TreeScene &part : parts) {
        const QRectF bounds = part.bounds(10);
        if (x > 0 && x + bounds.width() > tile.width()) {
            x = 0;
            y += rowHeight;
            rowHeight = 0;
        }
        if (y > 0 && y + bounds.height() > tile.height()) {
            pages.emplace_back();
            x = y = rowHeight = 0;
        }
        part.translate(QPointF(x, y) - bounds.topLeft());
        x += bounds.width();
        rowHeight = std::max(rowHeight, bounds.height());
        pages.back().push_back(std::move(part));
    }
    return pages;
}

std::vector<std::vector<TreeScene>> paginate(const RolloutModel &model, HierarchyId hierarchy, QSizeF tile)
{
    std::vector<TreeScene> parts;
    for (const HierarchyId each : model.hierarchyIds()) {
        if (hierarchy && each != hierarchy)
            continue;
        const Hierarchy &h = *model.hierarchy(each);
        const QList<PhoneId> roots = model.treeRoots(h);
        if (!roots.isEmpty())
            TreeSplitter(model, h, tile, parts).split(roots, TreeScene::titleOf(model, h));
    }
    return packParts(std::move(parts), tile);
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
    painter.setPen(Qt::black);
    const QRect text(page.left(), page.top(), page.width() - int(legendWidth) - resolution / 6, height);
    const QString lines = header.join(QLatin1Char('\n'));
    // Smaller type rather than lines running into the trees below.
    QFont font = painter.font();
    for (double points = 9; points >= 5; points -= 0.5) {
        font.setPointSizeF(points);
        painter.setFont(font);
        if (painter.boundingRect(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, lines).height() <= height)
            break;
    }
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, lines);
}

bool writePdf(const Drawn &drawn, const QRectF &rect, const QString &path, const QStringList &header,
              HierarchyId hierarchy, bool paginated, QString *error)
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
    const int headerHeight = page.height() / kHeaderShare;
    const QRect body(page.left(), page.top() + headerHeight, page.width(), page.height() - headerHeight);
    if (!paginated) {
        drawHeader(painter, header, drawn.kinds, page, headerHeight, pdf.resolution());
        drawn.render(painter, body, rect, Qt::KeepAspectRatio);
        painter.end();
        return commit(file, path, error);
    }
    // Whole subtrees per page at a fixed, readable size (paginate()).
    const QSizeF tile = pageTile(body.size(), pdf.resolution());
    const auto pages = paginate(*drawn.source.model, hierarchy, tile);
    for (size_t i = 0; i < pages.size(); ++i) {
        if (i)
            pdf.newPage();
        drawHeader(painter, QStringList(header) << TreeImage::tr("Page %1 of %2").arg(i + 1).arg(pages.size()),
                   drawn.kinds, page, headerHeight, pdf.resolution());
        painter.save();
        painter.setClipRect(body);
        painter.translate(body.topLeft());
        const double scale = kPdfUnitsPerScene * pdf.resolution() / 72.0;
        painter.scale(scale, scale);
        for (const TreeScene &part : pages[i])
            TreeRenderer::paint(painter, *drawn.source.model, drawn.findings, part);
        painter.restore();
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
    // Two clocks, each named: the rollout's own (the time the trees show,
    // the last record's for a log read afterwards) and the wall clock's when
    // the file was made.
    const QString shown = snapshot.clockMs > 0
        ? locale.toString(QDateTime::fromMSecsSinceEpoch(snapshot.clockMs), QLocale::LongFormat)
        : tr("unknown");
    const qint64 exported = snapshot.exportedMs > 0 ? snapshot.exportedMs : QDateTime::currentMSecsSinceEpoch();
    lines.append(tr("pfsmon tree snapshot"));
    lines.append(tr("Rollout time shown: %1 (the rollout's own clock); exported: %2")
                     .arg(shown, locale.toString(QDateTime::fromMSecsSinceEpoch(exported), QLocale::LongFormat)));
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
    TreeRenderer::setSizeFormat(&DisplayFormat::size);
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
    case ExportFormat::Pdf: return writePdf(drawn, rect, path, lines, options.hierarchy, options.paginate, error);
    default: break;
    }
    return false;
}

bool TreeImage::pngTooLarge(QSize pixels)
{
    return pixels.isEmpty() || qint64(pixels.width()) * pixels.height() > 400'000'000LL;
}

QSize TreeImage::pngSize(const ExportSource &snapshot, const ExportOptions &options)
{
    const QRectF rect = Drawn(snapshot, options.hierarchy, true).rect;
    return {qCeil(rect.width() * options.scale), qCeil(rect.height() * options.scale)};
}

int TreeImage::pdfPages(const ExportSource &snapshot, const ExportOptions &options)
{
    return options.paginate ? int(pdfPageParts(snapshot, options).size()) : 1;
}

std::vector<std::vector<TreeScene>> TreeImage::pdfPageParts(const ExportSource &snapshot, const ExportOptions &options)
{
    // The body of an A4 landscape page with 10 mm margins, at QPdfWriter's resolution.
    QPdfWriter probe(QStringLiteral("/dev/null"));
    probe.setPageSize(QPageSize(QPageSize::A4));
    probe.setPageOrientation(QPageLayout::Landscape);
    probe.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    const QRect page = probe.pageLayout().paintRectPixels(probe.resolution());
    const int headerHeight = page.height() / kHeaderShare;
    const QSizeF tile = pageTile(QSize(page.width(), page.height() - headerHeight), probe.resolution());
    return paginate(*snapshot.model, options.hierarchy, tile);
}

} // namespace pfs

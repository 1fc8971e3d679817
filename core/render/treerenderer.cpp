// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "render/treerenderer.h"

#include "model/treelayout.h"
#include "protocol/ipv4.h"
#include "protocol/visibletext.h"
#include "render/edgestyle.h"
#include "render/phonestate.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace pfs {
namespace {

constexpr double kSlot = 150; // horizontal distance of neighbours
constexpr double kLevel = 90; // vertical distance of levels
constexpr double kTreeGap = 1.5;
constexpr double kRowGap = 40;
constexpr double kTitleHeight = 30;

struct PlacedTree {
    TreeLayout layout;
    double widthSlots = 0;
};

PlacedTree layoutTree(const RolloutModel &model, const Hierarchy &h)
{
    PlacedTree tree;
    tree.layout = TreeLayout::compute(model.treeRoots(h), [&h](int id) { return h.children(id); });
    double minX = 0;
    for (const TreeLayout::Node &n : tree.layout.nodes)
        minX = std::min(minX, n.x);
    for (TreeLayout::Node &n : tree.layout.nodes)
        n.x -= minX;
    tree.widthSlots = tree.layout.width + 1 + kTreeGap;
    return tree;
}

QString titleOf(const RolloutModel &model, const Hierarchy &h)
{
    if (!h.xid)
        return model.hierarchyName(h); // model, subnet and file already
    return QStringLiteral("%1  %2  %3").arg(xidText(h.xid), visibleText(h.model), visibleText(h.file));
}

void place(const RolloutModel &model, const Hierarchy &h, const PlacedTree &tree, QPointF origin, TreeScene &scene)
{
    const double left = origin.x() * kSlot + TreeRenderer::kNodeWidth / 2;
    const double top = origin.y() + kTitleHeight;
    for (const TreeLayout::Node &n : tree.layout.nodes) {
        scene.nodes.push_back({n.id, h.id, QPointF(left + n.x * kSlot, top + n.depth * kLevel)});
        const PhoneId parent = h.parent(n.id);
        if (parent != kNoPhone && tree.layout.index.contains(parent)) {
            const TreeLayout::Node &p = tree.layout.nodes[size_t(tree.layout.index.value(parent))];
            const QLineF line(left + p.x * kSlot, top + p.depth * kLevel + TreeRenderer::kNodeHeight,
                              left + n.x * kSlot, top + n.depth * kLevel);
            scene.edges.append({line, h.edgeProvenance(n.id)});
        }
    }
    scene.titles.append({titleOf(model, h), QPointF(left - TreeRenderer::kNodeWidth / 2, origin.y())});
}

QFont titleFont()
{
    QFont font;
    font.setPixelSize(int(TreeRenderer::kTitlePixels));
    return font;
}

// The bar shows the hierarchy's file when the box is in a hierarchy's tree.
double progressOn(const RolloutModel &model, const Phone &phone, HierarchyId hierarchy)
{
    const Hierarchy *h = model.hierarchy(hierarchy);
    const ComponentProgress *c = h ? phone.component(h->file) : currentComponent(phone);
    return c ? c->progress().fraction() : 0.0;
}

constexpr double kLegendPixels = 11;
constexpr double kLegendRow = 16;
constexpr double kLegendPad = 6;
constexpr double kLegendSample = 34; // an edge's line sample
constexpr double kLegendSwatch = 11; // a state's colour
constexpr double kLegendGap = 14;
constexpr int kLegendStateRows = 5;

QFont legendFont()
{
    QFont font;
    font.setPixelSize(int(kLegendPixels));
    return font;
}

// A swatch of the legend: a state's colour, or a finding's outline.
struct LegendEntry {
    QColor fill;
    QColor outline;
    QString name;
};

QList<LegendEntry> legendEntries()
{
    QList<LegendEntry> entries;
    for (const PhoneState state :
         {PhoneState::Waiting, PhoneState::FromTftp, PhoneState::FromPeer, PhoneState::Complete, PhoneState::Failed,
          PhoneState::Silent, PhoneState::NotInPfs, PhoneState::NotHeard}) {
        const QColor colour = PhoneStateStyle::colour(state);
        entries.append({colour, colour.darker(130), PhoneStateStyle::name(state)});
    }
    for (const Finding::Severity severity : {Finding::Severity::Error, Finding::Severity::Warning}) {
        //: Legend: a box outlined in this colour has a problem of this severity (the Problems tab)
        const QString name = severity == Finding::Severity::Error ? TreeRenderer::tr("error (Problems tab)")
                                                                  : TreeRenderer::tr("warning (Problems tab)");
        entries.append({Qt::white, PhoneStateStyle::severityColour(severity), name});
    }
    return entries;
}

// A box's outline when its phone has a problem: wide enough to see at any zoom.
constexpr double kTroublePen = 4;

// Where the legend's parts go: the edges' column, then the states' colours
// in columns of kLegendStateRows, so that it stays low and unobtrusive.
struct LegendLayout {
    double edgesWidth = 0;
    QList<double> stateColumns; // each column's left edge
    QSizeF size;

    explicit LegendLayout(const QList<Provenance> &kinds)
    {
        const QFontMetricsF metrics(legendFont());
        edgesWidth = metrics.horizontalAdvance(TreeRenderer::tr("Tree edges"));
        for (const Provenance kind : kinds)
            edgesWidth
                = std::max(edgesWidth, kLegendSample + 4 + metrics.horizontalAdvance(EdgeStyle::legendLabel(kind)));
        double x = kLegendPad + edgesWidth + kLegendGap;
        const QList<LegendEntry> states = legendEntries();
        for (qsizetype first = 0; first < states.size(); first += kLegendStateRows) {
            stateColumns.append(x);
            double widest = first == 0 ? metrics.horizontalAdvance(TreeRenderer::tr("Phones")) : 0;
            for (qsizetype i = first; i < std::min(states.size(), first + kLegendStateRows); ++i)
                widest = std::max(widest, kLegendSwatch + 5 + metrics.horizontalAdvance(states[i].name));
            x += widest + kLegendGap / 2;
        }
        const qsizetype rows = 1 + std::max<qsizetype>(kinds.size(), kLegendStateRows);
        size = QSizeF(x - kLegendGap / 2 + kLegendPad, 2 * kLegendPad + double(rows) * kLegendRow);
    }
};

void drawLegendText(QPainter &painter, double x, double rowTop, const QString &text)
{
    painter.drawText(QRectF(x, rowTop, 1e5, kLegendRow), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
}

} // namespace

QList<Provenance> TreeScene::edgeKinds() const
{
    QList<Provenance> kinds;
    for (const Provenance kind : EdgeStyle::legendOrder()) {
        if (std::any_of(edges.cbegin(), edges.cend(), [kind](const Edge &e) { return e.from == kind; }))
            kinds.append(kind);
    }
    return kinds;
}

TreeScene TreeScene::build(const RolloutModel &model, HierarchyId hierarchy)
{
    QList<const Hierarchy *> shown;
    std::vector<PlacedTree> trees;
    double total = 0, widest = 0, deepest = 0;
    for (const HierarchyId each : model.hierarchyIds()) {
        if (hierarchy && each != hierarchy)
            continue;
        shown.append(model.hierarchy(each));
        trees.push_back(layoutTree(model, *shown.back()));
        total += trees.back().widthSlots;
        widest = std::max(widest, trees.back().widthSlots);
        deepest = std::max(deepest, double(trees.back().layout.depth + 1));
    }
    TreeScene scene;
    const double rowWidth = std::max(widest, std::sqrt(total * deepest * 2.0 * kLevel / kSlot));
    QPointF origin(0, 0);
    double rowDepth = 0;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const PlacedTree &tree = trees[size_t(i)];
        if (origin.x() > 0 && origin.x() + tree.widthSlots > rowWidth) {
            origin = QPointF(0, origin.y() + (rowDepth + 1) * kLevel + kRowGap);
            rowDepth = 0;
        }
        place(model, *shown[i], tree, origin, scene);
        origin.rx() += tree.widthSlots;
        rowDepth = std::max(rowDepth, double(tree.layout.depth));
    }
    return scene;
}

QRectF TreeScene::bounds(double margin) const
{
    QRectF r;
    for (const Node &n : nodes)
        r |= TreeRenderer::nodeRect().translated(n.topCentre);
    const QFontMetricsF metrics(titleFont());
    for (const Title &t : titles)
        r |= QRectF(t.topLeft, QSizeF(metrics.horizontalAdvance(t.text), metrics.height()));
    return r.isNull() ? r : r.adjusted(-margin, -margin, margin, margin);
}

quint64 TreeScene::structureKey(const RolloutModel &model, HierarchyId hierarchy)
{
    quint64 key = quint64(hierarchy) * 0x9e3779b97f4a7c15ULL + 1;
    for (const HierarchyId each : model.hierarchyIds()) {
        if (hierarchy && each != hierarchy)
            continue;
        const Hierarchy &h = *model.hierarchy(each);
        key = key * 31 + quint64(h.members.size()) * 7 + quint64(model.effectiveRoot(h) + 2);
        for (auto it = h.parentOf.cbegin(); it != h.parentOf.cend(); ++it)
            key += quint64(it.key() + 1) * 2654435761ULL
                ^ (quint64(it.value() + 1) * 40503ULL + quint64(h.edgeProvenance(it.key())) * 7919ULL);
    }
    return key;
}

void TreeRenderer::paintNode(QPainter &painter, const RolloutModel &model, const FindingIndex &findings, PhoneId id,
                             HierarchyId hierarchy, double detail, bool selected)
{
    const Phone *phone = model.phone(id);
    if (!phone)
        return;
    const PhoneHealth health = findings.of(id);
    const QColor colour = PhoneStateStyle::colour(phoneState(*phone, model, health));
    const QColor trouble = PhoneStateStyle::troubleColour(health);
    const QRectF r = nodeRect();
    if (detail < 0.35) { // far away: a coloured box is all one can see
        painter.fillRect(r, selected ? QColor(Qt::black) : colour);
        if (trouble.isValid()) {
            painter.setPen(QPen(trouble, qMin(2 / qMax(detail, 0.01), 16.0))); // two pixels, as far as the box allows
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r);
        }
        return;
    }
    if (selected)
        painter.setPen(QPen(Qt::black, 3));
    else
        painter.setPen(trouble.isValid() ? QPen(trouble, kTroublePen) : QPen(colour.darker(130), 1));
    painter.setBrush(colour.lighter(165));
    painter.drawRoundedRect(r, 6, 6);
    const QRectF bar(r.left() + 6, r.bottom() - 11, (r.width() - 12) * progressOn(model, *phone, hierarchy), 6);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRect(bar);
    painter.setPen(Qt::black);
    QFont font = painter.font();
    font.setPixelSize(11); // scene units: the same on screen, in PNG, SVG and PDF
    painter.setFont(font);
    const QString name = phone->displayName();
    const QString modelName = visibleText(phone->model);
    const QString second = phone->address && !phone->host.isEmpty() ? formatIpv4(phone->address) : modelName;
    const int textWidth = int(r.width() - 12);
    painter.drawText(r.adjusted(6, 3, -6, -20), Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                     painter.fontMetrics().elidedText(name, Qt::ElideRight, textWidth));
    painter.setPen(QColor(60, 60, 60));
    painter.drawText(
        r.adjusted(6, 18, -6, -12), Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
        painter.fontMetrics().elidedText(second + QLatin1String("  ") + modelName, Qt::ElideRight, textWidth));
}

double TreeRenderer::levelOfDetail(const QTransform &transform)
{
    // How long a unit square's sides come out: the scale, whatever the rotation.
    const QLineF x = transform.map(QLineF(0, 0, 1, 0));
    const QLineF y = transform.map(QLineF(0, 0, 0, 1));
    return std::sqrt(x.length() * y.length());
}

void TreeRenderer::paintEdges(QPainter &painter, const QList<TreeScene::Edge> &edges)
{
    // One path per kind: a few pens for thousands of edges.
    const double detail = levelOfDetail(painter.worldTransform());
    painter.setBrush(Qt::NoBrush);
    for (const Provenance kind : EdgeStyle::legendOrder()) {
        QPainterPath path;
        for (const TreeScene::Edge &edge : edges) {
            if (edge.from != kind)
                continue;
            path.moveTo(edge.line.p1());
            path.lineTo(edge.line.p2());
        }
        if (path.isEmpty())
            continue;
        painter.setPen(EdgeStyle::of(kind).pen(detail));
        painter.drawPath(path);
    }
}

QSizeF TreeRenderer::legendSize(const QList<Provenance> &kinds)
{
    return LegendLayout(kinds).size;
}

void TreeRenderer::paintLegend(QPainter &painter, const QList<Provenance> &kinds)
{
    const LegendLayout layout(kinds);
    painter.save();
    painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 0));
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.drawRoundedRect(QRectF(QPointF(0, 0), layout.size), 4, 4);
    painter.setFont(legendFont());
    painter.setPen(Qt::black);
    drawLegendText(painter, kLegendPad, kLegendPad, tr("Tree edges"));
    double top = kLegendPad + kLegendRow;
    for (const Provenance kind : kinds) {
        const EdgeStyle style = EdgeStyle::of(kind);
        painter.setPen(style.pen(levelOfDetail(painter.worldTransform())));
        const double y = top + kLegendRow / 2;
        painter.drawLine(QPointF(kLegendPad + 2, y), QPointF(kLegendPad + kLegendSample - 4, y));
        painter.setPen(Qt::black);
        drawLegendText(painter, kLegendPad + kLegendSample + 4, top, EdgeStyle::legendLabel(kind));
        top += kLegendRow;
    }
    drawLegendText(painter, layout.stateColumns.value(0), kLegendPad, tr("Phones"));
    const QList<LegendEntry> states = legendEntries();
    for (qsizetype i = 0; i < states.size(); ++i) {
        const double x = layout.stateColumns.value(i / kLegendStateRows);
        const double rowTop = kLegendPad + kLegendRow * double(1 + i % kLegendStateRows);
        const bool trouble = states[i].fill == QColor(Qt::white);
        painter.setPen(QPen(states[i].outline, trouble ? 2 : 0));
        painter.setBrush(states[i].fill);
        painter.drawRect(QRectF(x, rowTop + (kLegendRow - kLegendSwatch) / 2, kLegendSwatch, kLegendSwatch));
        painter.setPen(Qt::black);
        drawLegendText(painter, x + kLegendSwatch + 5, rowTop, states[i].name);
    }
    painter.restore();
}

QStringList TreeRenderer::legendLines(const QList<Provenance> &kinds)
{
    QStringList lines{tr("Tree edges")};
    for (const Provenance kind : kinds)
        lines.append(EdgeStyle::legendLabel(kind));
    lines.append(tr("Phones"));
    for (const LegendEntry &entry : legendEntries())
        lines.append(entry.name);
    return lines;
}

void TreeRenderer::paintTitle(QPainter &painter, const TreeScene::Title &title)
{
    painter.setFont(titleFont());
    painter.setPen(Qt::black);
    painter.drawText(QRectF(title.topLeft, QSizeF(1e6, kNodeHeight)), Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                     title.text);
}

void TreeRenderer::paint(QPainter &painter, const RolloutModel &model, const FindingIndex &findings,
                         const TreeScene &scene)
{
    const double detail = levelOfDetail(painter.worldTransform());
    paintEdges(painter, scene.edges);
    for (const TreeScene::Title &title : scene.titles)
        paintTitle(painter, title);
    for (const TreeScene::Node &node : scene.nodes) {
        painter.save();
        painter.translate(node.topCentre);
        paintNode(painter, model, findings, node.phone, node.hierarchy, detail, false);
        painter.restore();
    }
}

} // namespace pfs

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "render/treerenderer.h"

#include "model/treelayout.h"
#include "protocol/ipv4.h"
#include "protocol/visibletext.h"
#include "render/edgestyle.h"
#include "render/phonestate.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace pfs {
namespace {

constexpr double kSlot = 150; // horizontal distance of neighbours
constexpr double kLevel = 90; // vertical distance of levels
constexpr double kTreeGap = 1.5;
constexpr double kRowGap = 40;
constexpr double kTitleHeight = 30;
constexpr double kTitleMinPixels = 11; // a title's smallest size on the device

struct PlacedTree {
    TreeLayout layout;
    double widthSlots = 0;
};

PlacedTree layoutTree(const QList<PhoneId> &roots, const Hierarchy &h, const QSet<PhoneId> &collapsed)
{
    PlacedTree tree;
    tree.layout = TreeLayout::compute(
        roots, [&h, &collapsed](int id) { return collapsed.contains(id) ? QList<PhoneId>() : h.children(id); });
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

// Everyone under `phone` in `h`, however deep (a cycle counted once).
int descendants(const Hierarchy &h, PhoneId phone)
{
    QSet<PhoneId> seen{phone};
    QList<PhoneId> next = h.children(phone);
    while (!next.isEmpty()) {
        const PhoneId child = next.takeLast();
        if (seen.contains(child))
            continue;
        seen.insert(child);
        next.append(h.children(child));
    }
    return int(seen.size()) - 1;
}

void place(const QString &title, const Hierarchy &h, const PlacedTree &tree, QPointF origin,
           const QSet<PhoneId> &collapsed, TreeScene &scene)
{
    const double left = origin.x() * kSlot + TreeRenderer::kNodeWidth / 2;
    const double top = origin.y() + kTitleHeight;
    for (const TreeLayout::Node &n : tree.layout.nodes) {
        const int hidden = collapsed.contains(n.id) ? descendants(h, n.id) : 0;
        scene.nodes.push_back({n.id, h.id, QPointF(left + n.x * kSlot, top + n.depth * kLevel), hidden});
        const PhoneId parent = h.parent(n.id);
        if (parent != kNoPhone && tree.layout.index.contains(parent)) {
            const TreeLayout::Node &p = tree.layout.nodes[size_t(tree.layout.index.value(parent))];
            const QLineF line(left + p.x * kSlot, top + p.depth * kLevel + TreeRenderer::kNodeHeight,
                              left + n.x * kSlot, top + n.depth * kLevel);
            scene.edges.append({line, h.edgeProvenance(n.id)});
        }
    }
    scene.titles.append({title, QPointF(left - TreeRenderer::kNodeWidth / 2, origin.y())});
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
// The smallest text worth drawing, in device pixels.
constexpr double kReadablePixels = 7;
// Below this scale not even a name fits a box legibly: colour and bar only.
constexpr double kNameDetail = 0.2;

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

std::atomic<TreeRenderer::SizeFormat> g_sizeFormat{nullptr};

// "1.2 MB of 3.4 MB" of the hierarchy's file (else of the whole load); the
// done part alone when the size is unknown; empty before any byte.
QString bytesOn(const RolloutModel &model, const Phone &phone, HierarchyId hierarchy)
{
    const Hierarchy *h = model.hierarchy(hierarchy);
    qint64 done = 0, total = -1;
    if (h) {
        const ComponentProgress *c = phone.component(h->file);
        if (!c)
            return {};
        done = c->state == ComponentState::Complete && c->total > 0 ? c->total : c->bytes;
        total = c->total;
    } else {
        done = phone.bytesReceived();
        total = phone.bytesTotal();
    }
    const QString doneText = TreeRenderer::sizeText(done);
    if (doneText.isEmpty() || (done == 0 && total <= 0))
        return {};
    //: A tree box: bytes received of the file's size, both sizes
    return total > 0 ? TreeRenderer::tr("%1 of %2").arg(doneText, TreeRenderer::sizeText(total)) : doneText;
}

// Far away: the box is its progress bar, the done part in the state's
// colour, the rest in its tint; a problem outlines it two pixels wide.
void paintColourBox(QPainter &painter, const QColor &colour, const QColor &trouble, double done, double detail,
                    bool selected)
{
    const QRectF r = TreeRenderer::nodeRect();
    painter.fillRect(r, selected ? QColor(Qt::black) : colour.lighter(150));
    if (!selected)
        painter.fillRect(QRectF(r.left(), r.top(), r.width() * done, r.height()), colour);
    if (trouble.isValid()) {
        painter.setPen(QPen(trouble, qMin(2 / qMax(detail, 0.01), 16.0)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(r);
    }
}

// The first of `names` that can be read at this scale, as large as the box
// allows, centred: nothing when none can.
void paintNameOnly(QPainter &painter, const QStringList &names, const QRectF &area, double detail)
{
    QFont font = painter.font();
    for (const QString &name : names) {
        font.setPixelSize(100);
        const double fullWidth = QFontMetricsF(font).horizontalAdvance(name);
        const double pixels = std::min({area.height(), 100 * area.width() / std::max(fullWidth, 1.0), 30.0});
        if (pixels * detail < kReadablePixels)
            continue;
        font.setPixelSize(std::max(1, int(pixels)));
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(area, Qt::AlignCenter | Qt::TextSingleLine, name);
        return;
    }
}

// Name in bold, then the other lines, each shrunk to fit rather than elided.
void paintLines(QPainter &painter, const QStringList &lines, const QRectF &box)
{
    double top = box.top() + 3;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QFont font = painter.font();
        font.setBold(i == 0);
        double pixels = i == 0 ? 12 : 10;
        font.setPixelSize(int(pixels));
        const double width = QFontMetricsF(font).horizontalAdvance(lines[i]);
        const double room = box.width() - 12;
        if (width > room) {
            pixels = std::max(7.0, pixels * room / width);
            font.setPixelSize(int(pixels));
        }
        painter.setFont(font);
        painter.setPen(i == 0 ? QColor(Qt::black) : QColor(50, 50, 50));
        painter.drawText(QRectF(box.left() + 6, top, room, pixels + 3),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, lines[i]);
        top += i == 0 ? 15 : 12;
    }
}

// A collapsed subtree: "+N" in a dark tab under the box, legible at any scale.
void paintHiddenMark(QPainter &painter, int hidden, double detail)
{
    const QRectF r = TreeRenderer::nodeRect();
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(std::max(11, int(kReadablePixels / std::max(detail, 0.01))));
    const QString text = QStringLiteral("+%1").arg(QLocale().toString(hidden));
    const QFontMetricsF metrics(font);
    const QRectF tab(-metrics.horizontalAdvance(text) / 2 - 4, r.bottom() + 1, metrics.horizontalAdvance(text) + 8,
                     metrics.height() + 2);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(40, 40, 40));
    painter.drawRoundedRect(tab, 3, 3);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(tab, Qt::AlignCenter | Qt::TextSingleLine, text);
}

// The legend as a strip: its items flowed into rows no wider than a width.
struct StripItem {
    enum class Kind : quint8 { Heading, Edge, State } kind;
    QString text;
    Provenance edge = Provenance::None;
    LegendEntry state;
    double width = 0;
    QPointF at; // top left, set by the flow
};

QList<StripItem> stripItems(const QList<Provenance> &kinds, bool collapsed)
{
    const QFontMetricsF metrics(legendFont());
    QList<StripItem> items;
    //: The tree view's legend, folded: a click shows it
    const QString heading = collapsed ? TreeRenderer::tr("\u25b8 Legend") : TreeRenderer::tr("\u25be Legend:");
    items.append({StripItem::Kind::Heading, heading, Provenance::None, {}, metrics.horizontalAdvance(heading), {}});
    if (collapsed)
        return items;
    for (const Provenance kind : kinds) {
        const QString text = EdgeStyle::legendLabel(kind);
        items.append({StripItem::Kind::Edge, text, kind, {}, kLegendSample + 4 + metrics.horizontalAdvance(text), {}});
    }
    for (const LegendEntry &entry : legendEntries())
        items.append({StripItem::Kind::State,
                      entry.name,
                      Provenance::None,
                      entry,
                      kLegendSwatch + 5 + metrics.horizontalAdvance(entry.name),
                      {}});
    return items;
}

QSizeF flowStrip(QList<StripItem> &items, double width)
{
    double x = kLegendPad, y = kLegendPad, right = 0;
    for (StripItem &item : items) {
        if (x > kLegendPad && x + item.width > width - kLegendPad) {
            x = kLegendPad;
            y += kLegendRow;
        }
        item.at = QPointF(x, y);
        x += item.width + kLegendGap;
        right = std::max(right, x - kLegendGap);
    }
    return {right + kLegendPad, y + kLegendRow + kLegendPad};
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

TreeScene TreeScene::build(const RolloutModel &model, HierarchyId hierarchy, const QSet<PhoneId> &collapsed)
{
    QList<const Hierarchy *> shown;
    std::vector<PlacedTree> trees;
    double total = 0, widest = 0, deepest = 0;
    for (const HierarchyId each : model.hierarchyIds()) {
        if (hierarchy && each != hierarchy)
            continue;
        shown.append(model.hierarchy(each));
        trees.push_back(layoutTree(model.treeRoots(*shown.back()), *shown.back(), collapsed));
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
        place(titleOf(model, *shown[i]), *shown[i], tree, origin, collapsed, scene);
        origin.rx() += tree.widthSlots;
        rowDepth = std::max(rowDepth, double(tree.layout.depth));
    }
    return scene;
}

TreeScene TreeScene::buildPart(const RolloutModel &model, const Hierarchy &h, const QList<PhoneId> &roots,
                               const QSet<PhoneId> &cut, const QString &title)
{
    TreeScene scene;
    place(title.isNull() ? titleOf(model, h) : title, h, layoutTree(roots, h, cut), QPointF(0, 0), cut, scene);
    return scene;
}

QString TreeScene::titleOf(const RolloutModel &model, const Hierarchy &h)
{
    return pfs::titleOf(model, h);
}

void TreeScene::translate(QPointF by)
{
    for (Node &n : nodes)
        n.topCentre += by;
    for (Edge &e : edges)
        e.line.translate(by);
    for (Title &t : titles)
        t.topLeft += by;
}

QRectF TreeScene::bounds(double margin) const
{
    QRectF r;
    for (const Node &n : nodes) // a collapsed box's "+N" tab hangs under it
        r |= TreeRenderer::nodeRect().adjusted(0, 0, 0, n.hiddenBelow ? 20 : 0).translated(n.topCentre);
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
                             HierarchyId hierarchy, double detail, bool selected, int hiddenBelow)
{
    const Phone *phone = model.phone(id);
    if (!phone)
        return;
    const PhoneHealth health = findings.of(id);
    const QColor colour = PhoneStateStyle::colour(phoneStateOn(*phone, model, health, model.hierarchy(hierarchy)));
    const QColor trouble = PhoneStateStyle::troubleColour(health);
    const double done = progressOn(model, *phone, hierarchy);
    const BoxDetail level = boxDetail(detail);
    if (level == BoxDetail::Colour) {
        paintColourBox(painter, colour, trouble, done, detail, selected);
        if (hiddenBelow > 0)
            paintHiddenMark(painter, hiddenBelow, detail);
        return;
    }
    const QRectF r = nodeRect();
    if (selected)
        painter.setPen(QPen(Qt::black, qMax(3.0, 2 / detail)));
    else
        painter.setPen(trouble.isValid() ? QPen(trouble, qMax(kTroublePen, 2 / detail)) : QPen(colour.darker(130), 1));
    painter.setBrush(colour.lighter(165));
    painter.drawRoundedRect(r, 6, 6);
    const double barHeight = level == BoxDetail::Name ? 12 : 6;
    const QRectF bar(r.left() + 6, r.bottom() - 5 - barHeight, (r.width() - 12) * done, barHeight);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRect(bar);
    const QStringList lines = boxLines(model, id, hierarchy, level);
    if (level == BoxDetail::Name) {
        // The name, or where it is too long to read at this scale, the shorter address.
        QStringList names = lines;
        if (phone->address && !phone->host.isEmpty())
            names.append(formatIpv4(phone->address));
        paintNameOnly(painter, names, r.adjusted(4, 3, -4, -5 - barHeight - 2), detail);
    } else
        paintLines(painter, lines, r);
    if (hiddenBelow > 0)
        paintHiddenMark(painter, hiddenBelow, detail);
}

BoxDetail TreeRenderer::boxDetail(double detail)
{
    if (detail >= kFullDetail)
        return BoxDetail::Full;
    if (detail >= kLabelDetail)
        return BoxDetail::Label;
    return detail >= kNameDetail ? BoxDetail::Name : BoxDetail::Colour;
}

QStringList TreeRenderer::boxLines(const RolloutModel &model, PhoneId id, HierarchyId hierarchy, BoxDetail level)
{
    const Phone *phone = model.phone(id);
    if (!phone || level == BoxDetail::Colour)
        return {};
    const QString modelName = visibleText(phone->model);
    const QString name = phone->displayName();
    // A phone known by neither name nor address is named by its model, once.
    QStringList lines{name.isEmpty() ? (modelName.isEmpty() ? tr("unnamed phone") : modelName) : name};
    if (level == BoxDetail::Name)
        return lines;
    QStringList second;
    if (phone->address && !phone->host.isEmpty())
        second.append(formatIpv4(phone->address));
    if (!name.isEmpty() && !modelName.isEmpty())
        second.append(modelName);
    if (!second.isEmpty())
        lines.append(second.join(QStringLiteral(" \u00b7 ")));
    if (level == BoxDetail::Full) {
        const QString bytes = bytesOn(model, *phone, hierarchy);
        if (!bytes.isEmpty())
            lines.append(bytes);
    }
    return lines;
}

QString TreeRenderer::toolTip(const RolloutModel &model, const FindingIndex &findings, PhoneId id,
                              HierarchyId hierarchy)
{
    const Phone *phone = model.phone(id);
    if (!phone)
        return {};
    const Hierarchy *h = model.hierarchy(hierarchy);
    const PhoneHealth health = findings.of(id);
    QStringList lines = boxLines(model, id, hierarchy, BoxDetail::Label);
    const QString state = PhoneStateStyle::name(phoneStateOn(*phone, model, health, h));
    const QLocale locale;
    const QString share = locale.toString(qRound(100 * progressOn(model, *phone, hierarchy)));
    if (h)
        //: A tree box's tooltip: %1 the file, %2 the phone's state for it, %3 its progress in percent
        lines.append(tr("%1: %2, %3 %").arg(visibleText(h->file), state, share));
    else
        //: A tree box's tooltip: %1 the phone's state, %2 its progress over its whole load in percent
        lines.append(tr("Whole load: %1, %2 %").arg(state, share));
    const QString bytes = bytesOn(model, *phone, hierarchy);
    if (!bytes.isEmpty())
        lines.append(bytes);
    const ComponentProgress *c = h ? phone->component(h->file) : currentComponent(*phone);
    if (const QString source = c ? PhoneStateStyle::source(*c, model, true) : QString(); !source.isEmpty())
        lines.append(tr("Source: %1").arg(source));
    if (h) {
        if (h->parent(id) != kNoPhone)
            lines.append(tr("Parent: %1").arg(PhoneStateStyle::peerNameAndAddress(model, h->parent(id))));
        else if (model.effectiveRoot(*h) == id)
            lines.append(tr("Root of this hierarchy"));
        const qsizetype children = h->children(id).size();
        if (children > 0) {
            lines.append(tr("%n child(ren)", nullptr, int(children)));
            lines.append(tr("Double-click to collapse or expand its subtree"));
        }
    }
    if (health.troubled)
        //: A tree box's tooltip: %n problems of this phone, listed in the Problems tab
        lines.append(tr("%n problem(s): see the Problems tab", nullptr, health.count));
    return lines.join(QLatin1Char('\n'));
}

void TreeRenderer::setSizeFormat(SizeFormat format)
{
    g_sizeFormat.store(format);
}

QString TreeRenderer::sizeText(qint64 bytes)
{
    const SizeFormat format = g_sizeFormat.load();
    return format ? format(bytes, QLocale()) : QString();
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

QSizeF TreeRenderer::legendStripSize(const QList<Provenance> &kinds, double width, bool collapsed)
{
    QList<StripItem> items = stripItems(kinds, collapsed);
    return flowStrip(items, width);
}

void TreeRenderer::paintLegendStrip(QPainter &painter, const QList<Provenance> &kinds, double width, bool collapsed)
{
    QList<StripItem> items = stripItems(kinds, collapsed);
    flowStrip(items, width);
    painter.save();
    painter.setFont(legendFont());
    const double detail = levelOfDetail(painter.worldTransform());
    for (const StripItem &item : std::as_const(items)) {
        double textLeft = item.at.x();
        if (item.kind == StripItem::Kind::Edge) {
            const double y = item.at.y() + kLegendRow / 2;
            painter.setPen(EdgeStyle::of(item.edge).pen(detail));
            painter.drawLine(QPointF(textLeft + 2, y), QPointF(textLeft + kLegendSample - 4, y));
            textLeft += kLegendSample + 4;
        } else if (item.kind == StripItem::Kind::State) {
            const bool trouble = item.state.fill == QColor(Qt::white);
            painter.setPen(QPen(item.state.outline, trouble ? 2 : 0));
            painter.setBrush(item.state.fill);
            painter.drawRect(
                QRectF(textLeft, item.at.y() + (kLegendRow - kLegendSwatch) / 2, kLegendSwatch, kLegendSwatch));
            textLeft += kLegendSwatch + 5;
        }
        QFont font = legendFont();
        font.setBold(item.kind == StripItem::Kind::Heading);
        painter.setFont(font);
        painter.setPen(Qt::black);
        drawLegendText(painter, textLeft, item.at.y(), item.text);
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
    // Readable however far the tree is zoomed out, up to a level's height:
    // it spans the root's level, where a tidy tree has only its root, centred.
    QFont font = titleFont();
    const double detail = levelOfDetail(painter.worldTransform());
    font.setPixelSize(int(std::clamp(kTitleMinPixels / std::max(detail, 0.01), kTitlePixels, kTitleMaxPixels)));
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(title.topLeft, QSizeF(1e6, kLevel)), Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
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
        paintNode(painter, model, findings, node.phone, node.hierarchy, detail, false, node.hiddenBelow);
        painter.restore();
    }
}

} // namespace pfs

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "health/health.h"
#include "model/rolloutmodel.h"

#include <QCoreApplication>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <vector>

class QPainter;
class QTransform;

// How the distribution trees look, on any QPainter: the window's tree view
// paints its items with it, and the PNG, SVG and PDF exports paint a whole
// forest with it, so a file shows exactly what the window shows and needs
// no widgets (the way Tiled's MapRenderer serves its editor and its
// command-line rasterizer). Qt GUI only.
namespace pfs {

// The trees of one hierarchy, or of all of them (kNoHierarchy), laid out with
// the tidy layout of model/treelayout.h: root on top, the forest wrapped into
// rows so that "All" fills a screen instead of a thin strip. Scene units.
struct TreeScene {
    struct Node {
        PhoneId phone = kNoPhone;
        HierarchyId hierarchy = kNoHierarchy;
        QPointF topCentre;   // the box is TreeRenderer::nodeRect() around it
        int hiddenBelow = 0; // phones under it not drawn: its subtree is collapsed
    };
    struct Edge {
        QLineF line; // parent's bottom to child's top
        Provenance from = Provenance::None;
    };
    struct Title {
        QString text; // the hierarchy's name, model and file, made visible
        QPointF topLeft;
    };

    std::vector<Node> nodes;
    QList<Edge> edges;
    QList<Title> titles;

    // `collapsed`: phones whose subtrees are folded into their own box.
    static TreeScene build(const RolloutModel &model, HierarchyId hierarchy, const QSet<PhoneId> &collapsed = {});
    // Part of one tree, for a page: the subtrees under `roots`, those under
    // `cut` folded into their root's box (drawn elsewhere), with `title`
    // (null: the hierarchy's). Its title's top left at the origin.
    static TreeScene buildPart(const RolloutModel &model, const Hierarchy &h, const QList<PhoneId> &roots,
                               const QSet<PhoneId> &cut, const QString &title = {});
    static QString titleOf(const RolloutModel &model, const Hierarchy &h);
    void translate(QPointF by);
    bool isEmpty() const { return nodes.empty(); }
    // The provenances its edges have, in the legend's order (EdgeStyle::legendOrder).
    QList<Provenance> edgeKinds() const;
    // Every box, edge and title, with a margin.
    QRectF bounds(double margin = 0) const;
    // Changes whenever the drawn trees would: members, edges and their
    // provenance, the chosen hierarchy.
    static quint64 structureKey(const RolloutModel &model, HierarchyId hierarchy);
};

// How much of a box can be read at a painter's scale: from a coloured
// box with its progress (far away) to name, address, model and bytes.
enum class BoxDetail : quint8 { Colour, Name, Label, Full };

class TreeRenderer {
    Q_DECLARE_TR_FUNCTIONS(TreeRenderer)
public:
    static constexpr double kNodeWidth = 132;
    static constexpr double kNodeHeight = 54;
    static constexpr double kTitlePixels = 12;
    // Zoomed out, a title grows to stay readable, up to a tree level's height.
    static constexpr double kTitleMaxPixels = 80;

    // A box relative to its top centre.
    static QRectF nodeRect() { return {-kNodeWidth / 2, 0, kNodeWidth, kNodeHeight}; }

    // One phone's box at the painter's origin (its top centre), in its
    // state's colour (its state for the hierarchy's file), outlined in its
    // worst finding's. `detail` is the painter's scale: the box shows what
    // can be read at it (boxDetail), never an elided word. `hiddenBelow`:
    // its collapsed subtree's size, shown as "+N".
    static void paintNode(QPainter &painter, const RolloutModel &model, const FindingIndex &findings, PhoneId phone,
                          HierarchyId hierarchy, double detail, bool selected, int hiddenBelow = 0);
    static BoxDetail boxDetail(double detail);
    // The scale from which names, then labels, then every line are drawn.
    static constexpr double kLabelDetail = 0.8;
    static constexpr double kFullDetail = 1.3;
    // The lines of text a box shows at `level`, top to bottom (Colour: none;
    // Name: its name, when it fits at `detail`).
    static QStringList boxLines(const RolloutModel &model, PhoneId phone, HierarchyId hierarchy, BoxDetail level);
    // The phone's summary, as the view's tooltip shows it: name, address,
    // model, state and progress on the hierarchy's file, source, parent,
    // children, worst finding.
    static QString toolTip(const RolloutModel &model, const FindingIndex &findings, PhoneId phone,
                           HierarchyId hierarchy);
    // Sizes are written by export/displayformat.h, a library above this
    // one: the view and the exports hand its function over. Until then, no
    // size is written.
    using SizeFormat = QString (*)(qint64 bytes, const QLocale &locale);
    static void setSizeFormat(SizeFormat format);
    static QString sizeText(qint64 bytes);
    // The painter's scale, the detail paintNode() is given.
    static double levelOfDetail(const QTransform &transform);
    // Each edge in the style of its provenance (render/edgestyle.h).
    static void paintEdges(QPainter &painter, const QList<TreeScene::Edge> &edges);
    // The legend of the edge kinds `kinds`, in scene units, its top left at
    // the painter's origin: a line sample and its words per kind, then the
    // phones' state colours. Drawn by the view's overlay and by the exports.
    static QSizeF legendSize(const QList<Provenance> &kinds);
    static void paintLegend(QPainter &painter, const QList<Provenance> &kinds);
    // The same legend as a strip of rows no wider than `width` (the view's
    // foot, beside the trees rather than over them); `collapsed`: one row,
    // its heading alone.
    static QSizeF legendStripSize(const QList<Provenance> &kinds, double width, bool collapsed);
    static void paintLegendStrip(QPainter &painter, const QList<Provenance> &kinds, double width, bool collapsed);
    // The legend's lines as words, for tests and accessibility.
    static QStringList legendLines(const QList<Provenance> &kinds);
    static void paintTitle(QPainter &painter, const TreeScene::Title &title);
    // The whole forest, as the window shows it with nothing selected.
    static void paint(QPainter &painter, const RolloutModel &model, const FindingIndex &findings,
                      const TreeScene &scene);
    // A node's box in the scene.
    static QRectF boxOf(const TreeScene::Node &node) { return nodeRect().translated(node.topCentre); }
};

} // namespace pfs

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
        QPointF topCentre; // the box is TreeRenderer::nodeRect() around it
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

    static TreeScene build(const RolloutModel &model, HierarchyId hierarchy);
    bool isEmpty() const { return nodes.empty(); }
    // The provenances its edges have, in the legend's order (EdgeStyle::legendOrder).
    QList<Provenance> edgeKinds() const;
    // Every box, edge and title, with a margin.
    QRectF bounds(double margin = 0) const;
    // Changes whenever the drawn trees would: members, edges and their
    // provenance, the chosen hierarchy.
    static quint64 structureKey(const RolloutModel &model, HierarchyId hierarchy);
};

class TreeRenderer {
    Q_DECLARE_TR_FUNCTIONS(TreeRenderer)
public:
    static constexpr double kNodeWidth = 132;
    static constexpr double kNodeHeight = 46;
    static constexpr double kTitlePixels = 12;

    // A box relative to its top centre.
    static QRectF nodeRect() { return {-kNodeWidth / 2, 0, kNodeWidth, kNodeHeight}; }

    // One phone's box at the painter's origin (its top centre), in its
    // state's colour, outlined in its worst finding's. `detail` is the
    // painter's scale: far away, a coloured box is all one can see.
    static void paintNode(QPainter &painter, const RolloutModel &model, const FindingIndex &findings, PhoneId phone,
                          HierarchyId hierarchy, double detail, bool selected);
    // The painter's scale, the detail paintNode() is given.
    static double levelOfDetail(const QTransform &transform);
    // Each edge in the style of its provenance (render/edgestyle.h).
    static void paintEdges(QPainter &painter, const QList<TreeScene::Edge> &edges);
    // The legend of the edge kinds `kinds`, in scene units, its top left at
    // the painter's origin: a line sample and its words per kind, then the
    // phones' state colours. Drawn by the view's overlay and by the exports.
    static QSizeF legendSize(const QList<Provenance> &kinds);
    static void paintLegend(QPainter &painter, const QList<Provenance> &kinds);
    // The legend's lines as words, for tests and accessibility.
    static QStringList legendLines(const QList<Provenance> &kinds);
    static void paintTitle(QPainter &painter, const TreeScene::Title &title);
    // The whole forest, as the window shows it with nothing selected.
    static void paint(QPainter &painter, const RolloutModel &model, const FindingIndex &findings,
                      const TreeScene &scene);
};

} // namespace pfs

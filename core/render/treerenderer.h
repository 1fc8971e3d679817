// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "model/rolloutmodel.h"

#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

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
    struct Title {
        QString text; // the hierarchy's name, model and file, made visible
        QPointF topLeft;
    };

    std::vector<Node> nodes;
    QList<QLineF> edges; // parent's bottom to child's top
    QList<Title> titles;

    static TreeScene build(const RolloutModel &model, HierarchyId hierarchy);
    bool isEmpty() const { return nodes.empty(); }
    // Every box, edge and title, with a margin.
    QRectF bounds(double margin = 0) const;
    // Changes whenever the drawn trees would: members, edges, the chosen hierarchy.
    static quint64 structureKey(const RolloutModel &model, HierarchyId hierarchy);
};

class TreeRenderer {
public:
    static constexpr double kNodeWidth = 132;
    static constexpr double kNodeHeight = 46;
    static constexpr double kTitlePixels = 12;

    // A box relative to its top centre.
    static QRectF nodeRect() { return {-kNodeWidth / 2, 0, kNodeWidth, kNodeHeight}; }

    // One phone's box at the painter's origin (its top centre). `detail` is
    // the painter's scale: far away, a coloured box is all one can see.
    static void paintNode(QPainter &painter, const RolloutModel &model, qint64 nowMs, PhoneId phone,
                          HierarchyId hierarchy, double detail, bool selected);
    // The painter's scale, the detail paintNode() is given.
    static double levelOfDetail(const QTransform &transform);
    static void paintEdges(QPainter &painter, const QList<QLineF> &edges);
    static void paintTitle(QPainter &painter, const TreeScene::Title &title);
    // The whole forest, as the window shows it with nothing selected.
    static void paint(QPainter &painter, const RolloutModel &model, qint64 nowMs, const TreeScene &scene);
};

} // namespace pfs

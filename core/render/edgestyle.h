// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "model/provenance.h"

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPen>
#include <QString>

// How a tree edge shows where it comes from: one table for the window's
// tree, the PNG, SVG and PDF exports, their legend and the DOT export, so
// that an observed edge never looks like a modelled one anywhere.
// Seen edges (wire, trace) are solid, inferred ones dotted, modelled ones
// dashed; the colours are greys of different weight, apart from the
// phones' state colours.
namespace pfs {

struct EdgeStyle {
    Q_DECLARE_TR_FUNCTIONS(EdgeStyle)
public:
    Qt::PenStyle line = Qt::SolidLine;
    QColor colour;
    double width = 1.2;   // scene units
    const char *dot = ""; // the Graphviz style: solid, dotted, dashed

    static EdgeStyle of(Provenance from);
    // The pen at a painter's scale `detail` (TreeRenderer::levelOfDetail):
    // never thinner than a pixel and a half on the device, so that a dotted
    // line stays a line of dots when the forest is zoomed far out.
    QPen pen(double detail) const;
    // Graphviz attributes: [style=…, color="#…", provenance=…].
    static QByteArray dotAttributes(Provenance from);
    // The legend's words for the edges of this provenance.
    static QString legendLabel(Provenance from);
    // Every provenance an edge can have, in the legend's order.
    static QList<Provenance> legendOrder();
};

} // namespace pfs

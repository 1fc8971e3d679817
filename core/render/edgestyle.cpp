// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "render/edgestyle.h"

#include <algorithm>

namespace pfs {
namespace {

constexpr double kMinimumDevicePixels = 1.5;

} // namespace

EdgeStyle EdgeStyle::of(Provenance from)
{
    switch (from) {
    case Provenance::Wire: return {Qt::SolidLine, QColor(0x20, 0x20, 0x20), 2.0, "solid"};
    case Provenance::Trace: return {Qt::SolidLine, QColor(0x6e, 0x6e, 0x6e), 1.4, "solid"};
    case Provenance::Inferred: return {Qt::DotLine, QColor(0x40, 0x40, 0x40), 1.8, "dotted"};
    case Provenance::Modelled: return {Qt::DashLine, QColor(0x80, 0x80, 0x80), 1.4, "dashed"};
    case Provenance::Listed: // an inventory names no edge
    case Provenance::None: break;
    }
    return {Qt::SolidLine, QColor(0xa8, 0xa8, 0xa8), 1.0, "solid"};
}

QPen EdgeStyle::pen(double detail) const
{
    const double minimum = detail > 0 ? kMinimumDevicePixels / detail : width;
    QPen pen(colour, std::max(width, minimum), line);
    pen.setCapStyle(line == Qt::SolidLine ? Qt::SquareCap : Qt::FlatCap);
    return pen;
}

QByteArray EdgeStyle::dotAttributes(Provenance from)
{
    const EdgeStyle style = of(from);
    return QByteArray(" [style=") + style.dot + ", color=\"" + style.colour.name().toLatin1()
        + "\", provenance=" + ProvenanceNames::key(from).toByteArray() + "]";
}

QString EdgeStyle::legendLabel(Provenance from)
{
    switch (from) {
    case Provenance::Wire: return tr("observed on the wire (TCP 4051)");
    case Provenance::Trace: return tr("from a trace (verified grammar)");
    case Provenance::Inferred: return tr("inferred by pfsmon");
    case Provenance::Modelled: return tr("modelled (pfsmon's own records)");
    case Provenance::Listed:
    case Provenance::None: break;
    }
    return tr("source unknown");
}

QList<Provenance> EdgeStyle::legendOrder()
{
    return {Provenance::Wire, Provenance::Trace, Provenance::Inferred, Provenance::Modelled, Provenance::None};
}

} // namespace pfs

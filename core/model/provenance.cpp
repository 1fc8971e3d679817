// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "model/provenance.h"

namespace pfs {

Provenance provenanceOf(Grammar grammar)
{
    switch (grammar) {
    case Grammar::Verified: return Provenance::Trace;
    case Grammar::Modelled: return Provenance::Modelled;
    case Grammar::Unknown: return Provenance::None;
    }
    return Provenance::None;
}

QString ProvenanceNames::name(Provenance provenance)
{
    switch (provenance) {
    case Provenance::None: return tr("unknown");
    case Provenance::Trace: return tr("trace");
    case Provenance::Wire: return tr("observed on the wire");
    case Provenance::Inferred: return tr("inferred");
    case Provenance::Modelled: return tr("modelled");
    case Provenance::Listed: return tr("listed in the inventory");
    }
    return {};
}

QByteArrayView ProvenanceNames::key(Provenance provenance)
{
    switch (provenance) {
    case Provenance::None: return "none";
    case Provenance::Trace: return "trace";
    case Provenance::Wire: return "wire";
    case Provenance::Inferred: return "inferred";
    case Provenance::Modelled: return "modelled";
    case Provenance::Listed: return "inventory";
    }
    return "none";
}

} // namespace pfs
